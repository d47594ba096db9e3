//! The changes the facilitation steps make to a board: session context, themes and tags, votes,
//! the confrontation matrix and its strategies, phases and roles, the glossary and the action
//! plan. Each change checks its input, leaves the board as it was when refused, and drops every
//! link to a record it removes.

use super::board::{Board, BoardError};
use super::facilitation::{
    Action, ActionStatus, Domain, Part, Participant, Phase, RoleInPhase, Strategy, StrategyKind,
    Term, Theme, TowsScore,
};
use super::limits::{
    Range, MAX_TAGS, NAME, NOTE_VOTES, OPTIONAL_NAME, OPTIONAL_TEXT, PEOPLE, ROUND_MINUTES, TEXT,
    TOWS_TOP, VOTES,
};
use super::{Id, Quadrant};

/// A field of the session context that holds one text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContextField {
    /// Place or municipality.
    Place,
    /// Day of the session.
    Date,
    /// Who led it.
    Facilitator,
    /// What it is for.
    Purpose,
}

/// A field of an action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActionField {
    /// What will be done.
    Text(String),
    /// Who acts.
    Owner(Option<Id>),
    /// In which phase.
    Phase(Option<Id>),
    /// By when, `YYYY-MM-DD`, or none.
    Due(Option<String>),
    /// Where it stands.
    Status(ActionStatus),
}

/// One voter's turn at dot voting: what this participant has given so far. Kept by the screen,
/// not on the board: the board holds only the totals.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VoteRound {
    /// The votes this voter gave, per note.
    pub given: Vec<(Id, u32)>,
}

impl VoteRound {
    /// Votes this voter gave in all.
    pub fn used(&self) -> u32 {
        self.given.iter().map(|(_, n)| n).sum()
    }

    /// Votes this voter gave one note.
    pub fn on(&self, note: Id) -> u32 {
        self.given
            .iter()
            .find(|(id, _)| *id == note)
            .map_or(0, |(_, n)| *n)
    }

    fn add(&mut self, note: Id, by: i64) {
        match self.given.iter_mut().find(|(id, _)| *id == note) {
            Some((_, n)) => *n = (i64::from(*n) + by).max(0) as u32,
            None if by > 0 => self.given.push((note, by as u32)),
            None => {}
        }
        self.given.retain(|(_, n)| *n > 0);
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
    /// Its votes.
    pub votes: u32,
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

/// Everything a record is linked with, both ways along note → theme → strategy → action.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Chain {
    /// Notes in the chain.
    pub notes: Vec<Id>,
    /// Themes in the chain.
    pub themes: Vec<Id>,
    /// Strategies in the chain.
    pub strategies: Vec<Id>,
    /// Actions in the chain.
    pub actions: Vec<Id>,
}

impl Chain {
    /// Whether the record is linked with nothing.
    pub fn is_empty(&self) -> bool {
        self.notes.len() + self.themes.len() + self.strategies.len() + self.actions.len() <= 1
    }
}

/// Where on a note another note is dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropPlace {
    /// The top quarter: before it.
    Before,
    /// The middle: grouped with it.
    Onto,
    /// The bottom quarter: after it.
    After,
}

impl DropPlace {
    /// The place of a drop `fraction` of the way down the note (0 at its top, 1 at its bottom).
    pub fn at(fraction: f64) -> Self {
        if fraction < 0.25 {
            DropPlace::Before
        } else if fraction > 0.75 {
            DropPlace::After
        } else {
            DropPlace::Onto
        }
    }
}

/// What a drop did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dropped {
    /// Nothing: the note was dropped on itself.
    Stayed,
    /// It joined the target's theme.
    Joined,
    /// It and the target form a new theme of this name.
    NewTheme(String),
    /// It moved before or after the target.
    Moved,
}

/// Whether `text` is a day of the calendar written `YYYY-MM-DD`.
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        text.get(r)
            .filter(|s| s.bytes().all(|c| c.is_ascii_digit()))?
            .parse()
            .ok()
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

impl Board {
    fn changed<T>(&mut self, value: T) -> Result<T, BoardError> {
        self.touch();
        Ok(value)
    }

    // --- Session context -----------------------------------------------------------------

    /// Sets the place, date, facilitator or purpose. A date must be `YYYY-MM-DD` or empty.
    pub fn set_context(&mut self, field: ContextField, text: &str) -> Result<(), BoardError> {
        let rule = if field == ContextField::Purpose {
            OPTIONAL_TEXT
        } else {
            OPTIONAL_NAME
        };
        let text = rule.clean(text)?;
        if field == ContextField::Date && !text.is_empty() && !is_date(&text) {
            return Err(BoardError::BadDate);
        }
        let slot = match field {
            ContextField::Place => &mut self.context.place,
            ContextField::Date => &mut self.context.date,
            ContextField::Facilitator => &mut self.context.facilitator,
            ContextField::Purpose => &mut self.context.purpose,
        };
        if *slot == text {
            return Ok(());
        }
        *slot = text;
        self.changed(())
    }

    /// Adds a kind of participant (organisation, role, domain) to the people in the room.
    pub fn add_participant(
        &mut self,
        organisation: &str,
        role: &str,
        domain: Domain,
    ) -> Result<Id, BoardError> {
        let organisation = OPTIONAL_NAME.clean(organisation)?;
        let role = OPTIONAL_NAME.clean(role)?;
        if organisation.is_empty() && role.is_empty() {
            return Err(BoardError::EmptyText);
        }
        let id = Id::new();
        self.context.participants.push(Participant {
            id,
            organisation,
            role,
            domain,
            count: 1,
        });
        self.changed(id)
    }

    /// Changes a participant's organisation, role, domain and how many are present (1 to 1,000).
    pub fn edit_participant(
        &mut self,
        id: Id,
        organisation: &str,
        role: &str,
        domain: Domain,
        count: u32,
    ) -> Result<(), BoardError> {
        let organisation = OPTIONAL_NAME.clean(organisation)?;
        let role = OPTIONAL_NAME.clean(role)?;
        if organisation.is_empty() && role.is_empty() {
            return Err(BoardError::EmptyText);
        }
        let count = PEOPLE.check(count)?;
        let p = self
            .context
            .participants
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or(BoardError::NoSuchItem)?;
        let new = Participant {
            id,
            organisation,
            role,
            domain,
            count,
        };
        if *p == new {
            return Ok(());
        }
        *p = new;
        self.changed(())
    }

    /// Takes a participant out, with its roles; actions it owned keep no owner.
    pub fn remove_participant(&mut self, id: Id) -> Result<(), BoardError> {
        let at = self
            .context
            .participants
            .iter()
            .position(|p| p.id == id)
            .ok_or(BoardError::NoSuchItem)?;
        self.context.participants.remove(at);
        self.forget(id);
        self.changed(())
    }

    /// How a participant is named on screen: "role (organisation)" or whichever is filled.
    pub fn participant_label(&self, id: Id) -> String {
        self.participant(id).map_or_else(String::new, |p| {
            match (p.role.is_empty(), p.organisation.is_empty()) {
                (false, false) => format!("{} ({})", p.role, p.organisation),
                (false, true) => p.role.clone(),
                _ => p.organisation.clone(),
            }
        })
    }

    // --- Themes and tags -----------------------------------------------------------------

    /// The theme with this id.
    pub fn theme(&self, id: Id) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    /// Groups notes of one quadrant under a new theme and returns its id.
    pub fn add_theme(&mut self, name: &str, notes: &[Id]) -> Result<Id, BoardError> {
        let name = NAME.clean(name)?;
        let first = *notes.first().ok_or(BoardError::NoSuchNote)?;
        let quadrant = self.note(first).ok_or(BoardError::NoSuchNote)?.quadrant;
        for id in notes {
            if self.note(*id).ok_or(BoardError::NoSuchNote)?.quadrant != quadrant {
                return Err(BoardError::OtherQuadrant);
            }
        }
        let id = Id::new();
        self.themes.push(Theme { id, quadrant, name });
        for note in self.notes.iter_mut().filter(|n| notes.contains(&n.id)) {
            note.theme = Some(id);
        }
        self.changed(id)
    }

    /// Gives a theme another name.
    pub fn rename_theme(&mut self, id: Id, name: &str) -> Result<(), BoardError> {
        let name = NAME.clean(name)?;
        let theme = self
            .themes
            .iter_mut()
            .find(|t| t.id == id)
            .ok_or(BoardError::NoSuchItem)?;
        if theme.name == name {
            return Ok(());
        }
        theme.name = name;
        self.changed(())
    }

    /// Dissolves a theme: its notes stay, ungrouped; links to the theme are dropped.
    pub fn ungroup(&mut self, id: Id) -> Result<(), BoardError> {
        let at = self
            .themes
            .iter()
            .position(|t| t.id == id)
            .ok_or(BoardError::NoSuchItem)?;
        self.themes.remove(at);
        self.forget(id);
        self.changed(())
    }

    /// Puts a note under a theme of its quadrant, or takes it out (`None`). A theme left with no
    /// notes stays, so its name and links survive until it is ungrouped.
    pub fn set_theme(&mut self, note: Id, theme: Option<Id>) -> Result<(), BoardError> {
        let quadrant = self.note(note).ok_or(BoardError::NoSuchNote)?.quadrant;
        if let Some(theme) = theme {
            let t = self.theme(theme).ok_or(BoardError::NoSuchItem)?;
            if t.quadrant != quadrant {
                return Err(BoardError::OtherQuadrant);
            }
        }
        let n = self
            .notes
            .iter_mut()
            .find(|n| n.id == note)
            .ok_or(BoardError::NoSuchNote)?;
        if n.theme == theme {
            return Ok(());
        }
        n.theme = theme;
        self.changed(())
    }

    /// What dropping note `dragged` on note `target` does: joins the target's theme, or makes a
    /// new theme named `name` of the two. Returns the theme.
    pub fn group_onto(&mut self, dragged: Id, target: Id, name: &str) -> Result<Id, BoardError> {
        if dragged == target {
            return Err(BoardError::NoSuchNote);
        }
        let t = self.note(target).ok_or(BoardError::NoSuchNote)?;
        let d = self.note(dragged).ok_or(BoardError::NoSuchNote)?;
        if t.quadrant != d.quadrant {
            return Err(BoardError::OtherQuadrant);
        }
        match t.theme {
            Some(theme) => {
                self.set_theme(dragged, Some(theme))?;
                Ok(theme)
            }
            None => self.add_theme(name, &[target, dragged]),
        }
    }

    /// Drops note `dragged` on note `target`, as a note is dragged on the board. Onto a note of
    /// its own quadrant it groups the two (joining the target's theme, or making one named
    /// `theme_name(number)`); otherwise it lands before or after the target, in the target's
    /// quadrant and theme. All of it is one change.
    pub fn drop_note(
        &mut self,
        dragged: Id,
        target: Id,
        place: DropPlace,
        theme_name: impl FnOnce(usize) -> String,
    ) -> Result<Dropped, BoardError> {
        if dragged == target {
            return Ok(Dropped::Stayed);
        }
        let to = self.note(target).ok_or(BoardError::NoSuchNote)?;
        let (quadrant, theme) = (to.quadrant, to.theme);
        let from = self.note(dragged).ok_or(BoardError::NoSuchNote)?.quadrant;
        if place == DropPlace::Onto && from == quadrant {
            if theme.is_some() {
                self.group_onto(dragged, target, "")?;
                return Ok(Dropped::Joined);
            }
            let name = theme_name(self.themes.len() + 1);
            self.group_onto(dragged, target, &name)?;
            return Ok(Dropped::NewTheme(name));
        }
        // The index counts the notes of the quadrant without the dragged one.
        let index = self
            .notes_in(quadrant)
            .filter(|n| n.id != dragged)
            .position(|n| n.id == target)
            .ok_or(BoardError::NoSuchNote)?;
        let index = if place == DropPlace::Before {
            index
        } else {
            index + 1
        };
        self.move_note(dragged, quadrant, index)?;
        self.set_theme(dragged, theme)?;
        Ok(Dropped::Moved)
    }

    /// The notes grouped under a theme.
    pub fn notes_of_theme(&self, theme: Id) -> impl Iterator<Item = &super::Note> {
        self.notes.iter().filter(move |n| n.theme == Some(theme))
    }

    /// Replaces a note's tags: trimmed, empty ones and repeats dropped.
    pub fn set_tags(&mut self, note: Id, tags: &[String]) -> Result<(), BoardError> {
        let mut clean_tags: Vec<String> = Vec::new();
        for tag in tags {
            let tag = OPTIONAL_NAME.clean(tag)?;
            if !tag.is_empty() && !clean_tags.contains(&tag) {
                clean_tags.push(tag);
            }
        }
        if clean_tags.len() > MAX_TAGS {
            return Err(BoardError::OutOfRange {
                min: 0,
                max: MAX_TAGS as i64,
            });
        }
        let n = self
            .notes
            .iter_mut()
            .find(|n| n.id == note)
            .ok_or(BoardError::NoSuchNote)?;
        if n.tags == clean_tags {
            return Ok(());
        }
        n.tags = clean_tags;
        self.changed(())
    }

    /// Every tag on the board, in the order first used.
    pub fn all_tags(&self) -> Vec<String> {
        let mut tags: Vec<String> = Vec::new();
        for tag in self.notes.iter().flat_map(|n| &n.tags) {
            if !tags.contains(tag) {
                tags.push(tag.clone());
            }
        }
        tags
    }

    /// The group keeps a note where it is although the quadrant check asked.
    pub fn keep_here(&mut self, note: Id) -> Result<(), BoardError> {
        let n = self
            .notes
            .iter_mut()
            .find(|n| n.id == note)
            .ok_or(BoardError::NoSuchNote)?;
        if n.keep_here {
            return Ok(());
        }
        n.keep_here = true;
        self.changed(())
    }

    // --- Votes -----------------------------------------------------------------------------

    /// How many people vote: as set, or else everyone counted in the session context.
    pub fn voters(&self) -> u32 {
        self.voting.voters.unwrap_or_else(|| {
            self.context
                .participants
                .iter()
                .map(|p| p.count)
                .fold(0u32, u32::saturating_add)
        })
    }

    /// All votes the room has, when it is known how many people vote.
    pub fn vote_budget(&self) -> Option<u32> {
        match self.voters() {
            0 => None,
            n => Some(n.saturating_mul(self.voting.per_participant)),
        }
    }

    /// Votes cast on the board in all.
    pub fn votes_cast(&self) -> u32 {
        self.notes
            .iter()
            .map(|n| n.votes)
            .fold(0, u32::saturating_add)
    }

    /// Sets how voting works: votes per participant (1 to 1,000), an optional cap per note, and
    /// the number of voters (`None`: from the session context).
    pub fn set_vote_settings(
        &mut self,
        per_participant: u32,
        cap: Option<u32>,
        voters: Option<u32>,
    ) -> Result<(), BoardError> {
        let per_participant = VOTES.check(per_participant)?;
        let most = Range {
            min: 1,
            max: per_participant,
        };
        let cap = cap.map(|c| most.check(c)).transpose()?;
        let voters = voters.map(|v| VOTES.check(v)).transpose()?;
        let new = super::VoteSettings {
            per_participant,
            cap_per_note: cap,
            voters,
        };
        if self.voting == new {
            return Ok(());
        }
        self.voting = new;
        self.changed(())
    }

    /// One dot of the voter whose turn it is, on a note: within the voter's votes, the cap per
    /// note and the room's votes.
    pub fn cast_vote(&mut self, round: &mut VoteRound, note: Id) -> Result<(), BoardError> {
        self.note(note).ok_or(BoardError::NoSuchNote)?;
        if round.used() >= self.voting.per_participant {
            return Err(BoardError::NoVotesLeft);
        }
        if let Some(cap) = self.voting.cap_per_note {
            if round.on(note) >= cap {
                return Err(BoardError::CapReached { cap });
            }
        }
        if let Some(budget) = self.vote_budget() {
            if self.votes_cast() >= budget {
                return Err(BoardError::OverBudget { budget });
            }
        }
        self.add_votes(note, 1);
        round.add(note, 1);
        self.changed(())
    }

    /// Takes back one dot this voter gave a note.
    pub fn take_back_vote(&mut self, round: &mut VoteRound, note: Id) -> Result<(), BoardError> {
        if round.on(note) == 0 {
            return Err(BoardError::NoSuchNote);
        }
        self.add_votes(note, -1);
        round.add(note, -1);
        self.changed(())
    }

    fn add_votes(&mut self, note: Id, by: i64) {
        if let Some(n) = self.notes.iter_mut().find(|n| n.id == note) {
            n.votes = (i64::from(n.votes) + by).max(0) as u32;
        }
    }

    /// Scribe mode: the tally counted in the room for a note. Refused when all tallies together
    /// would pass the room's votes.
    pub fn set_votes(&mut self, note: Id, votes: u32) -> Result<(), BoardError> {
        let votes = NOTE_VOTES.check(votes)?;
        let current = self.note(note).ok_or(BoardError::NoSuchNote)?.votes;
        if current == votes {
            return Ok(());
        }
        if let Some(budget) = self.vote_budget() {
            if self.votes_cast() - current + votes > budget {
                return Err(BoardError::OverBudget { budget });
            }
        }
        self.add_votes(note, i64::from(votes) - i64::from(current));
        self.changed(())
    }

    /// Clears every vote on the board.
    pub fn reset_votes(&mut self) -> Result<(), BoardError> {
        if self.votes_cast() == 0 {
            return Ok(());
        }
        for n in &mut self.notes {
            n.votes = 0;
        }
        self.changed(())
    }

    /// The quadrant's themes and ungrouped notes, most votes first (a theme counts its notes'
    /// votes); equal votes keep the board's order.
    pub fn ranked(&self, quadrant: Quadrant) -> Vec<Item> {
        let mut items: Vec<Item> = Vec::new();
        for note in self.notes_in(quadrant) {
            match note.theme {
                Some(theme) => {
                    if let Some(item) = items.iter_mut().find(|i| i.id == theme) {
                        item.votes += note.votes;
                    } else if let Some(t) = self.theme(theme) {
                        items.push(Item {
                            id: theme,
                            quadrant,
                            label: t.name.clone(),
                            is_theme: true,
                            votes: note.votes,
                        });
                    }
                }
                None => items.push(Item {
                    id: note.id,
                    quadrant,
                    label: note.text.clone(),
                    is_theme: false,
                    votes: note.votes,
                }),
            }
        }
        items.sort_by_key(|i| std::cmp::Reverse(i.votes));
        items
    }

    // --- Confrontation matrix and strategies ---------------------------------------------

    /// How many top items of each quadrant the matrix takes (1 to 10).
    pub fn set_tows_top(&mut self, top: u32) -> Result<(), BoardError> {
        let top = TOWS_TOP.check(top)?;
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
            return Err(BoardError::OutOfRange { min: -2, max: 2 });
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
        let text = TEXT.clean(text)?;
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
        self.strategies.iter().find(|s| s.id == id)
    }

    /// Rewrites a strategy.
    pub fn edit_strategy(&mut self, id: Id, text: &str) -> Result<(), BoardError> {
        let text = TEXT.clean(text)?;
        let s = self
            .strategies
            .iter_mut()
            .find(|s| s.id == id)
            .ok_or(BoardError::NoSuchItem)?;
        if s.text == text {
            return Ok(());
        }
        s.text = text;
        self.changed(())
    }

    /// Takes a strategy off the board; actions that answered it lose the link.
    pub fn delete_strategy(&mut self, id: Id) -> Result<(), BoardError> {
        let at = self
            .strategies
            .iter()
            .position(|s| s.id == id)
            .ok_or(BoardError::NoSuchItem)?;
        self.strategies.remove(at);
        self.forget(id);
        self.changed(())
    }

    // --- Phases and roles ------------------------------------------------------------------

    /// Adds phases, each a name and a description, after any phases already there: all of them,
    /// or none if one is refused.
    pub fn add_phases(&mut self, phases: &[(&str, &str)]) -> Result<(), BoardError> {
        let mut added = Vec::with_capacity(phases.len());
        for (name, description) in phases {
            added.push(Phase {
                id: Id::new(),
                name: NAME.clean(name)?,
                description: OPTIONAL_TEXT.clean(description)?,
            });
        }
        self.phases.extend(added);
        self.changed(())
    }

    /// Adds a phase at the end.
    pub fn add_phase(&mut self, name: &str, description: &str) -> Result<Id, BoardError> {
        let name = NAME.clean(name)?;
        let description = OPTIONAL_TEXT.clean(description)?;
        let id = Id::new();
        self.phases.push(Phase {
            id,
            name,
            description,
        });
        self.changed(id)
    }

    /// Renames a phase and rewrites what it is aimed at.
    pub fn edit_phase(&mut self, id: Id, name: &str, description: &str) -> Result<(), BoardError> {
        let name = NAME.clean(name)?;
        let description = OPTIONAL_TEXT.clean(description)?;
        let p = self
            .phases
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or(BoardError::NoSuchItem)?;
        if p.name == name && p.description == description {
            return Ok(());
        }
        p.name = name;
        p.description = description;
        self.changed(())
    }

    /// Moves a phase one place earlier (`-1`) or later (`1`).
    pub fn shift_phase(&mut self, id: Id, by: isize) -> Result<(), BoardError> {
        let at = self
            .phases
            .iter()
            .position(|p| p.id == id)
            .ok_or(BoardError::NoSuchItem)?;
        let to = at.saturating_add_signed(by).min(self.phases.len() - 1);
        if to == at {
            return Ok(());
        }
        let phase = self.phases.remove(at);
        self.phases.insert(to, phase);
        self.changed(())
    }

    /// Takes a phase out, with its roles; actions in it keep no phase.
    pub fn delete_phase(&mut self, id: Id) -> Result<(), BoardError> {
        let at = self
            .phases
            .iter()
            .position(|p| p.id == id)
            .ok_or(BoardError::NoSuchItem)?;
        self.phases.remove(at);
        self.forget(id);
        self.changed(())
    }

    /// The part a participant plays in a phase.
    pub fn part(&self, participant: Id, phase: Id) -> Option<Part> {
        self.roles
            .iter()
            .find(|r| r.participant == participant && r.phase == phase)
            .map(|r| r.part)
    }

    /// Marks who leads or contributes in a phase; `None` clears the cell.
    pub fn set_part(
        &mut self,
        participant: Id,
        phase: Id,
        part: Option<Part>,
    ) -> Result<(), BoardError> {
        if self.participant(participant).is_none() || !self.phases.iter().any(|p| p.id == phase) {
            return Err(BoardError::NoSuchItem);
        }
        if self.part(participant, phase) == part {
            return Ok(());
        }
        self.roles
            .retain(|r| !(r.participant == participant && r.phase == phase));
        if let Some(part) = part {
            self.roles.push(RoleInPhase {
                participant,
                phase,
                part,
            });
        }
        self.changed(())
    }

    // --- Glossary --------------------------------------------------------------------------

    /// Adds a term with the meaning the group agreed on.
    pub fn add_term(&mut self, term: &str, meaning: &str) -> Result<Id, BoardError> {
        let term = NAME.clean(term)?;
        let meaning = TEXT.clean(meaning)?;
        let id = Id::new();
        self.glossary.push(Term { id, term, meaning });
        self.changed(id)
    }

    /// Rewrites a term and its meaning.
    pub fn edit_term(&mut self, id: Id, term: &str, meaning: &str) -> Result<(), BoardError> {
        let term = NAME.clean(term)?;
        let meaning = TEXT.clean(meaning)?;
        let t = self
            .glossary
            .iter_mut()
            .find(|t| t.id == id)
            .ok_or(BoardError::NoSuchItem)?;
        if t.term == term && t.meaning == meaning {
            return Ok(());
        }
        t.term = term;
        t.meaning = meaning;
        self.changed(())
    }

    /// Takes a term out of the glossary.
    pub fn delete_term(&mut self, id: Id) -> Result<(), BoardError> {
        let at = self
            .glossary
            .iter()
            .position(|t| t.id == id)
            .ok_or(BoardError::NoSuchItem)?;
        self.glossary.remove(at);
        self.changed(())
    }

    /// The glossary terms a text uses, as whole words, ignoring case.
    pub fn terms_in(&self, text: &str) -> Vec<&Term> {
        terms_in(&self.glossary, text)
    }

    // --- Action plan -----------------------------------------------------------------------

    /// Adds an action, planned, with no owner, phase or date yet.
    pub fn add_action(&mut self, text: &str) -> Result<Id, BoardError> {
        let text = TEXT.clean(text)?;
        let id = Id::new();
        self.actions.push(Action {
            id,
            text,
            owner: None,
            phase: None,
            due: None,
            status: ActionStatus::Planned,
            links: Vec::new(),
        });
        self.changed(id)
    }

    /// The action with this id.
    pub fn action(&self, id: Id) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    /// Changes one field of an action.
    pub fn edit_action(&mut self, id: Id, field: ActionField) -> Result<(), BoardError> {
        let field = match field {
            ActionField::Text(text) => ActionField::Text(TEXT.clean(&text)?),
            ActionField::Owner(Some(owner)) if self.participant(owner).is_none() => {
                return Err(BoardError::NoSuchItem)
            }
            ActionField::Phase(Some(phase)) if !self.phases.iter().any(|p| p.id == phase) => {
                return Err(BoardError::NoSuchItem)
            }
            ActionField::Due(Some(due)) if due.trim().is_empty() => ActionField::Due(None),
            ActionField::Due(Some(due)) if !is_date(due.trim()) => return Err(BoardError::BadDate),
            ActionField::Due(Some(due)) => ActionField::Due(Some(due.trim().to_string())),
            other => other,
        };
        let a = self
            .actions
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or(BoardError::NoSuchItem)?;
        let before = a.clone();
        match field {
            ActionField::Text(text) => a.text = text,
            ActionField::Owner(owner) => a.owner = owner,
            ActionField::Phase(phase) => a.phase = phase,
            ActionField::Due(due) => a.due = due,
            ActionField::Status(status) => a.status = status,
        }
        if *a == before {
            return Ok(());
        }
        self.changed(())
    }

    /// Links an action to a note, theme or strategy it answers (`on`) or unlinks it.
    pub fn link_action(&mut self, id: Id, target: Id, on: bool) -> Result<(), BoardError> {
        if self.note(target).is_none()
            && self.theme(target).is_none()
            && self.strategy(target).is_none()
        {
            return Err(BoardError::NoSuchItem);
        }
        let a = self
            .actions
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or(BoardError::NoSuchItem)?;
        let has = a.links.contains(&target);
        if has == on {
            return Ok(());
        }
        if on {
            a.links.push(target);
        } else {
            a.links.retain(|l| *l != target);
        }
        self.changed(())
    }

    /// Takes an action out of the plan.
    pub fn delete_action(&mut self, id: Id) -> Result<(), BoardError> {
        let at = self
            .actions
            .iter()
            .position(|a| a.id == id)
            .ok_or(BoardError::NoSuchItem)?;
        self.actions.remove(at);
        self.changed(())
    }

    /// Moves an action one place up (`-1`) or down (`1`) in the plan.
    pub fn shift_action(&mut self, id: Id, by: isize) -> Result<(), BoardError> {
        let at = self
            .actions
            .iter()
            .position(|a| a.id == id)
            .ok_or(BoardError::NoSuchItem)?;
        let to = at.saturating_add_signed(by).min(self.actions.len() - 1);
        if to == at {
            return Ok(());
        }
        let action = self.actions.remove(at);
        self.actions.insert(to, action);
        self.changed(())
    }

    // --- Timer -------------------------------------------------------------------------------

    /// Sets the length of a round (1 to 180 minutes) and whether its end sounds.
    pub fn set_timer(&mut self, minutes: u32, sound: bool) -> Result<(), BoardError> {
        let minutes = ROUND_MINUTES.check(minutes)?;
        let new = super::TimerSettings { minutes, sound };
        if self.timer == new {
            return Ok(());
        }
        self.timer = new;
        self.changed(())
    }

    /// A note, theme, strategy or action as a link or the chain names it, at most `chars`
    /// characters of its text: "S: Korte lijnen", "SO: Sportclubs betrekken", an action's text.
    pub fn record_label(&self, id: Id, chars: usize) -> String {
        let cut = |s: &str| s.chars().take(chars).collect::<String>();
        if let Some(n) = self.note(id) {
            format!("{}: {}", n.quadrant.letter(), cut(&n.text))
        } else if let Some(t) = self.theme(id) {
            format!("{}: {}", t.quadrant.letter(), cut(&t.name))
        } else if let Some(s) = self.strategy(id) {
            format!("{}: {}", s.kind.key(), cut(&s.text))
        } else if let Some(a) = self.action(id) {
            cut(&a.text)
        } else {
            String::new()
        }
    }

    // --- The chain ---------------------------------------------------------------------------

    /// Everything linked with a note, theme, strategy or action, followed both ways along
    /// note → theme → strategy → action. The record itself is included.
    pub fn chain(&self, id: Id) -> Chain {
        let mut chain = Chain::default();
        // Downstream first: from notes to themes to strategies to actions.
        let mut notes: Vec<Id> = Vec::new();
        let mut themes: Vec<Id> = Vec::new();
        let mut strategies: Vec<Id> = Vec::new();
        let mut actions: Vec<Id> = Vec::new();
        if let Some(n) = self.note(id) {
            notes.push(id);
            themes.extend(n.theme);
        } else if self.theme(id).is_some() {
            themes.push(id);
            notes.extend(self.notes_of_theme(id).map(|n| n.id));
        } else if let Some(s) = self.strategy(id) {
            strategies.push(id);
            for source in &s.sources {
                self.upstream(*source, &mut notes, &mut themes);
            }
        } else if let Some(a) = self.action(id) {
            actions.push(id);
            for link in &a.links {
                if let Some(s) = self.strategy(*link) {
                    push(&mut strategies, s.id);
                    for source in &s.sources {
                        self.upstream(*source, &mut notes, &mut themes);
                    }
                } else {
                    self.upstream(*link, &mut notes, &mut themes);
                }
            }
        } else {
            return chain;
        }
        // Strategies that came from these notes or themes, then actions that answer any of it.
        if self.action(id).is_none() && self.strategy(id).is_none() {
            for s in &self.strategies {
                if s.sources
                    .iter()
                    .any(|x| notes.contains(x) || themes.contains(x))
                {
                    push(&mut strategies, s.id);
                }
            }
        }
        if self.action(id).is_none() {
            for a in &self.actions {
                if a.links
                    .iter()
                    .any(|x| notes.contains(x) || themes.contains(x) || strategies.contains(x))
                {
                    push(&mut actions, a.id);
                }
            }
        }
        chain.notes = notes;
        chain.themes = themes;
        chain.strategies = strategies;
        chain.actions = actions;
        chain
    }

    /// Adds a note or theme and what it is grouped with.
    fn upstream(&self, id: Id, notes: &mut Vec<Id>, themes: &mut Vec<Id>) {
        if let Some(n) = self.note(id) {
            push(notes, id);
            if let Some(t) = n.theme {
                push(themes, t);
            }
        } else if self.theme(id).is_some() {
            push(themes, id);
            for n in self.notes_of_theme(id) {
                push(notes, n.id);
            }
        }
    }
}

/// The terms of a glossary a text uses, as whole words, ignoring case.
pub fn terms_in<'a>(glossary: &'a [Term], text: &str) -> Vec<&'a Term> {
    if glossary.is_empty() {
        return Vec::new();
    }
    let text = fold_case(text);
    glossary
        .iter()
        .filter(|t| contains_word(&text, &fold_case(&t.term)))
        .collect()
}

fn push(list: &mut Vec<Id>, id: Id) {
    if !list.contains(&id) {
        list.push(id);
    }
}

/// Lower case for the Latin letters Dutch and English use (ASCII, Latin-1, Latin Extended-A);
/// other scripts stay as they are. Unicode's full case tables would add kilobytes to the app.
pub fn fold_case(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(c as u32 + 32).unwrap_or(c),
            '\u{100}'..='\u{137}' | '\u{14a}'..='\u{177}' if (c as u32).is_multiple_of(2) => {
                char::from_u32(c as u32 + 1).unwrap_or(c)
            }
            '\u{139}'..='\u{148}' | '\u{179}'..='\u{17e}' if !(c as u32).is_multiple_of(2) => {
                char::from_u32(c as u32 + 1).unwrap_or(c)
            }
            'Ÿ' => 'ÿ',
            _ => c,
        })
        .collect()
}

/// A letter or digit of the Latin script (see [`fold_case`]).
pub(super) fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (('\u{c0}'..='\u{24f}').contains(&c) && c != '×' && c != '÷')
}

/// Whether `word` occurs in `text` with no letter or digit right before or after it.
pub(super) fn contains_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let is_word = |c: Option<char>| c.is_some_and(is_word_char);
    text.match_indices(word).any(|(at, _)| {
        !is_word(text[..at].chars().next_back()) && !is_word(text[at + word.len()..].chars().next())
    })
}
