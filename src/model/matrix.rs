//! Step 4, the confrontation (TOWS) matrix: scores of inside against outside, and the
//! strategies drawn from it.
//!
//! Its records (`Tows`, `TowsScore`, `StrategyKind`, `Strategy`) and every change to them.

use serde::{Deserialize, Serialize};

use super::board::{Board, BoardError, Invalid, Problem};
use super::id::Records;
use super::kinds::{check_number, links, At, Kind};
use super::limits::{Field, TEXT, TOWS_TOP};
use super::themes::Theme;
use super::{Id, Note, Quadrant};

/// The confrontation (TOWS) matrix: the top inside items against the top outside items.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Tows {
    /// How many top items of each quadrant take part.
    pub top: u32,
    /// The scored cells; a cell not listed scores 0.
    #[serde(default)]
    pub scores: Vec<TowsScore>,
}

impl Tows {
    /// The matrix's setting, for [`Board::validate`] (its scores are records of their own).
    pub(super) fn check(&self) -> Result<(), Invalid> {
        check_number("tows.top", self.top, TOWS_TOP)
    }
}

impl Default for Tows {
    fn default() -> Self {
        Tows {
            top: 3,
            scores: Vec::new(),
        }
    }
}

/// One scored cell of the matrix.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct TowsScore {
    /// A strength or weakness (note or theme).
    pub inside: Id,
    /// An opportunity or threat (note or theme).
    pub outside: Id,
    /// From -2 (−−) to +2 (++).
    pub score: i8,
}

// A score is known by the cell it scores, and goes with the note or theme of either side.
links!(TowsScore: ; inside: Required(Note | Theme), outside: Required(Note | Theme));

impl Kind for TowsScore {
    const PATH: &'static str = "tows.scores";

    fn check(&self, at: &At, _: &Board) -> Result<(), Invalid> {
        if !(-2..=2).contains(&self.score) {
            return at.bad("score", Problem::OutOfRange(-2, 2));
        }
        Ok(())
    }
}

/// The four kinds of strategy the matrix yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "UPPERCASE")]
pub enum StrategyKind {
    /// Use strengths to seize opportunities.
    So,
    /// Use strengths against threats.
    St,
    /// Overcome weaknesses by opportunities.
    Wo,
    /// Limit weaknesses against threats.
    Wt,
}

impl StrategyKind {
    /// All four, in the order of the matrix: SO, ST, WO, WT.
    pub const ALL: [StrategyKind; 4] = [
        StrategyKind::So,
        StrategyKind::St,
        StrategyKind::Wo,
        StrategyKind::Wt,
    ];

    /// The kind that joins an inside quadrant (S or W) and an outside one (O or T).
    pub fn of(inside: Quadrant, outside: Quadrant) -> Option<StrategyKind> {
        match (inside, outside) {
            (Quadrant::Strengths, Quadrant::Opportunities) => Some(StrategyKind::So),
            (Quadrant::Strengths, Quadrant::Threats) => Some(StrategyKind::St),
            (Quadrant::Weaknesses, Quadrant::Opportunities) => Some(StrategyKind::Wo),
            (Quadrant::Weaknesses, Quadrant::Threats) => Some(StrategyKind::Wt),
            _ => None,
        }
    }

    /// Its two letters, the same in Dutch and English.
    pub fn key(self) -> &'static str {
        match self {
            StrategyKind::So => "SO",
            StrategyKind::St => "ST",
            StrategyKind::Wo => "WO",
            StrategyKind::Wt => "WT",
        }
    }
}

/// A strategy written from the matrix.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Strategy {
    /// Stable identity.
    pub id: Id,
    /// Which pair of quadrants it joins.
    pub kind: StrategyKind,
    /// What the group will do.
    pub text: String,
    /// The notes or themes it came from.
    #[serde(default)]
    pub sources: Vec<Id>,
}

links!(Strategy: id; sources: List(Note | Theme));

impl Kind for Strategy {
    const PATH: &'static str = "strategies";

    fn check(&self, at: &At, _: &Board) -> Result<(), Invalid> {
        at.text("text", &self.text, TEXT)
    }
}

/// A note or a theme as it takes part in ranking and in the matrix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// The note's or theme's id.
    pub id: Id,
    /// Its quadrant.
    pub quadrant: Quadrant,
    /// The note's text or the theme's name.
    pub label: String,
    /// Whether it is a theme (its votes are its notes' votes).
    pub is_theme: bool,
    /// Its votes (a theme's are the sum of its notes', which can pass a u32).
    pub votes: u64,
}

/// The confrontation matrix as the screen shows it: rows are the top strengths then weaknesses,
/// columns the top opportunities then threats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matrix {
    /// Inside items, strengths first.
    pub rows: Vec<Item>,
    /// Outside items, opportunities first.
    pub columns: Vec<Item>,
    /// Scores, `cells[row][column]`, from −2 to +2.
    pub cells: Vec<Vec<i8>>,
    /// Sum of each row.
    pub row_totals: Vec<i32>,
    /// Sum of each column.
    pub column_totals: Vec<i32>,
}

impl Matrix {
    /// The cells with the largest absolute score (at least 1), strongest first, as
    /// `(row, column, score)`: where strategies come from.
    pub fn strongest(&self, n: usize) -> Vec<(usize, usize, i8)> {
        let mut cells: Vec<(usize, usize, i8)> = self
            .cells
            .iter()
            .enumerate()
            .flat_map(|(r, row)| row.iter().enumerate().map(move |(c, s)| (r, c, *s)))
            .filter(|(_, _, s)| *s != 0)
            .collect();
        cells.sort_by_key(|(r, c, s)| (std::cmp::Reverse(s.unsigned_abs()), *r, *c));
        cells.truncate(n);
        cells
    }
}

impl Board {
    /// How many top items of each quadrant the matrix takes (1 to 10).
    pub fn set_tows_top(&mut self, top: u32) -> Result<(), BoardError> {
        let top = TOWS_TOP.check(Field::TowsTop, top)?;
        if self.tows.top == top {
            return Ok(());
        }
        self.tows.top = top;
        self.changed(())
    }

    /// The matrix of the top items, scores and totals.
    pub fn matrix(&self) -> Matrix {
        let top = self.tows.top as usize;
        let take = |q: Quadrant| self.ranked(q).into_iter().take(top);
        let rows: Vec<Item> = take(Quadrant::Strengths)
            .chain(take(Quadrant::Weaknesses))
            .collect();
        let columns: Vec<Item> = take(Quadrant::Opportunities)
            .chain(take(Quadrant::Threats))
            .collect();
        let cells: Vec<Vec<i8>> = rows
            .iter()
            .map(|r| columns.iter().map(|c| self.score(r.id, c.id)).collect())
            .collect();
        let row_totals = cells
            .iter()
            .map(|row| row.iter().map(|s| i32::from(*s)).sum())
            .collect();
        let column_totals = (0..columns.len())
            .map(|c| cells.iter().map(|row| i32::from(row[c])).sum())
            .collect();
        Matrix {
            rows,
            columns,
            cells,
            row_totals,
            column_totals,
        }
    }

    /// The score of one cell; 0 when not scored.
    pub fn score(&self, inside: Id, outside: Id) -> i8 {
        self.tows
            .scores
            .iter()
            .find(|s| s.inside == inside && s.outside == outside)
            .map_or(0, |s| s.score)
    }

    /// Scores a cell from −2 (−−) to +2 (++); 0 clears it.
    pub fn set_score(&mut self, inside: Id, outside: Id, score: i8) -> Result<(), BoardError> {
        if !(-2..=2).contains(&score) {
            return Err(BoardError::OutOfRange {
                field: Field::Score,
                min: -2,
                max: 2,
            });
        }
        let quadrant_of = |id: Id| {
            self.note(id)
                .map(|n| n.quadrant)
                .or(self.theme(id).map(|t| t.quadrant))
        };
        match (quadrant_of(inside), quadrant_of(outside)) {
            (Some(i), Some(o)) if i.is_internal() && !o.is_internal() => {}
            (Some(_), Some(_)) => return Err(BoardError::OtherQuadrant),
            _ => return Err(BoardError::NoSuchItem),
        }
        if self.score(inside, outside) == score {
            return Ok(());
        }
        self.tows
            .scores
            .retain(|s| !(s.inside == inside && s.outside == outside));
        if score != 0 {
            self.tows.scores.push(TowsScore {
                inside,
                outside,
                score,
            });
        }
        self.changed(())
    }

    fn check_sources(&self, sources: &[Id]) -> Result<(), BoardError> {
        for id in sources {
            if self.note(*id).is_none() && self.theme(*id).is_none() {
                return Err(BoardError::NoSuchItem);
            }
        }
        Ok(())
    }

    /// Writes a strategy of a kind, linked to the notes or themes it came from.
    pub fn add_strategy(
        &mut self,
        kind: StrategyKind,
        text: &str,
        sources: &[Id],
    ) -> Result<Id, BoardError> {
        let text = TEXT.clean(Field::Strategy, text)?;
        self.check_sources(sources)?;
        let id = Id::new();
        let mut unique: Vec<Id> = Vec::new();
        for s in sources {
            if !unique.contains(s) {
                unique.push(*s);
            }
        }
        self.strategies.push(Strategy {
            id,
            kind,
            text,
            sources: unique,
        });
        self.changed(id)
    }

    /// The strategy with this id.
    pub fn strategy(&self, id: Id) -> Option<&Strategy> {
        self.strategies.with_id(id)
    }

    /// Rewrites a strategy.
    pub fn edit_strategy(&mut self, id: Id, text: &str) -> Result<(), BoardError> {
        let text = TEXT.clean(Field::Strategy, text)?;
        let s = self
            .strategies
            .with_id_mut(id)
            .ok_or(BoardError::NoSuchItem)?;
        if s.text == text {
            return Ok(());
        }
        s.text = text;
        self.changed(())
    }

    /// Takes a strategy off the board; actions that answered it lose the link.
    pub fn delete_strategy(&mut self, id: Id) -> Result<(), BoardError> {
        self.remove_record(Strategy::PATH, id)
    }
}
