//! A board: one focus-group session, its notes and everything the group makes of them.
//!
//! What a group makes of its notes (who is in the room, themes, votes, the confrontation matrix,
//! strategies, phases and roles, the shared glossary and the action plan) is typed in the module
//! of its step. The records are part of every board from the first format version on, so that
//! files stay readable as the screens that edit them are added.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::actions::Action;
use super::context::{Participant, SessionContext};
use super::glossary::Term;
use super::id::Records;
use super::kinds::{links, At, Kind, List};
use super::limits::{
    Field, MAX_NOTES, MAX_NOTE_CHARS, MAX_TAGS, MAX_TITLE_CHARS, NAME, NOTE_VOTES,
};
use super::matrix::{Strategy, Tows};
use super::merge::MergeReport;
use super::roles::{Phase, RoleInPhase};
use super::themes::Theme;
use super::timer::TimerSettings;
use super::votes::VoteSettings;
use super::{Id, Quadrant, Timestamp};

/// One sticky note on the board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Note {
    /// Stable identity.
    pub id: Id,
    /// Where the note stands.
    pub quadrant: Quadrant,
    /// What was said, as typed; may hold line breaks.
    pub text: String,
    /// When the note was first written.
    pub created_at: Timestamp,
    /// When its text or place last changed.
    pub updated_at: Timestamp,
    /// The theme it is grouped under, in the same quadrant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<Id>,
    /// Free labels, e.g. the domain a note came from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Dot votes the note received.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub votes: u32,
    /// The group looked at the quadrant check's prompt and keeps the note where it is.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub keep_here: bool,
    /// Fields written by a newer version of the app, kept as they were (filled by `restore`).
    #[serde(flatten, skip_deserializing)]
    pub extra: BTreeMap<String, Value>,
}

links!(Note: id; theme: Optional(Theme));

impl Kind for Note {
    const PATH: &'static str = "notes";
    const MAX: Option<usize> = Some(MAX_NOTES);

    fn check(&self, at: &At, board: &Board) -> Result<(), Invalid> {
        if self.text.trim().is_empty() {
            return at.bad("text", Problem::Empty);
        }
        if self.text.chars().count() > MAX_NOTE_CHARS {
            return at.bad("text", Problem::TooLong(MAX_NOTE_CHARS));
        }
        if self.tags.len() > MAX_TAGS {
            return at.bad("tags", Problem::TooMany(MAX_TAGS));
        }
        for (j, tag) in self.tags.iter().enumerate() {
            if let Some(problem) = NAME.problem(tag) {
                return at.bad(&format!("tags[{j}]"), problem);
            }
        }
        at.number("votes", self.votes, NOTE_VOTES)?;
        // A theme groups notes of one quadrant.
        match self.theme.and_then(|t| board.theme(t)) {
            Some(t) if t.quadrant != self.quadrant => at.bad("theme", Problem::OtherQuadrant(t.id)),
            _ => Ok(()),
        }
    }

    /// Matched by id; a note with the same id and another text on each side keeps both texts,
    /// the other's as a new note right after ours, in our quadrant and theme.
    fn merge(ours: &mut Vec<Note>, theirs: &[Note], report: &mut MergeReport) {
        let at: HashMap<Id, usize> = ours.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
        let mut after: Vec<(usize, Note)> = Vec::new();
        for note in theirs {
            match at.get(&note.id) {
                Some(&i) if ours[i].text == note.text => report.unchanged += 1,
                Some(&i) => {
                    let mut copy = note.clone();
                    copy.id = Id::new();
                    copy.quadrant = ours[i].quadrant;
                    copy.theme = ours[i].theme;
                    after.push((i, copy));
                    report.both_kept += 1;
                }
                None => {
                    ours.push(note.clone());
                    report.added_notes += 1;
                }
            }
        }
        // From the last place back, so the places still hold.
        after.sort_by_key(|(i, _)| *i);
        for (i, copy) in after.into_iter().rev() {
            ours.insert(i + 1, copy);
        }
    }
}

/// The lists of records a board holds, one of each kind: the one place that names them, written
/// once for [`Board::lists`] and [`Board::lists_mut`]. The order is the order in which `validate`
/// checks them.
macro_rules! lists {
    ($board:ident $($mut:tt)?) => {
        vec![
            &$($mut)? $board.notes as &$($mut)? dyn List,
            &$($mut)? $board.themes as &$($mut)? dyn List,
            &$($mut)? $board.context.participants as &$($mut)? dyn List,
            &$($mut)? $board.tows.scores as &$($mut)? dyn List,
            &$($mut)? $board.strategies as &$($mut)? dyn List,
            &$($mut)? $board.phases as &$($mut)? dyn List,
            &$($mut)? $board.roles as &$($mut)? dyn List,
            &$($mut)? $board.glossary as &$($mut)? dyn List,
            &$($mut)? $board.actions as &$($mut)? dyn List,
        ]
    };
}

impl Board {
    /// The lists of records the board holds, one of each kind, from which `validate`, `forget`,
    /// `visit_ids`, `drop_dangling_links` and `merge` reach every kind.
    pub(super) fn lists(&self) -> Vec<&dyn List> {
        lists!(self)
    }

    /// The lists of [`Board::lists`], to change them.
    pub(super) fn lists_mut(&mut self) -> Vec<&mut dyn List> {
        lists!(self mut)
    }

    /// A note keeps no theme of another quadrant (after a merge brought in themes or notes).
    pub(super) fn leave_themes_of_other_quadrants(&mut self) {
        let quadrant_of: HashMap<Id, Quadrant> =
            self.themes.iter().map(|t| (t.id, t.quadrant)).collect();
        for note in &mut self.notes {
            if note
                .theme
                .is_some_and(|t| quadrant_of.get(&t) != Some(&note.quadrant))
            {
                note.theme = None;
            }
        }
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// A board: one session, e.g. "Focusgroep Eindhoven, 20 november".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Board {
    /// Stable identity.
    pub id: Id,
    /// What the facilitator calls the session.
    pub title: String,
    /// When the board was made.
    pub created_at: Timestamp,
    /// When anything on it last changed.
    pub updated_at: Timestamp,
    /// Marks the fictional example board, so nobody mistakes it for a real session.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
    /// Place, date, purpose and who is in the room.
    #[serde(default)]
    pub context: SessionContext,
    /// All notes; the order within each quadrant is the order in this list.
    pub notes: Vec<Note>,
    /// Named groups of notes.
    #[serde(default)]
    pub themes: Vec<Theme>,
    /// How dot voting works on this board.
    #[serde(default)]
    pub voting: VoteSettings,
    /// The confrontation (TOWS) matrix.
    #[serde(default)]
    pub tows: Tows,
    /// Strategies written from the matrix.
    #[serde(default)]
    pub strategies: Vec<Strategy>,
    /// Phases of prevention, in order.
    #[serde(default)]
    pub phases: Vec<Phase>,
    /// Who leads or contributes in which phase.
    #[serde(default)]
    pub roles: Vec<RoleInPhase>,
    /// The shared language: terms and the meaning the group agreed on.
    #[serde(default)]
    pub glossary: Vec<Term>,
    /// The local action plan.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// The facilitator's round timer.
    #[serde(default)]
    pub timer: TimerSettings,
    /// Fields written by a newer version of the app, kept as they were (filled by `restore`).
    #[serde(flatten, skip_deserializing)]
    pub extra: BTreeMap<String, Value>,
}

/// A change to a board that was refused; the board is left as it was.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum BoardError {
    /// The note text was empty or only white space.
    #[error("a note cannot be empty")]
    EmptyNote,
    /// The note text was longer than [`MAX_NOTE_CHARS`].
    #[error("a note can hold at most {max} characters")]
    NoteTooLong {
        /// The limit.
        max: usize,
    },
    /// The board already holds [`MAX_NOTES`] notes.
    #[error("a board can hold at most {max} notes")]
    TooManyNotes {
        /// The limit.
        max: usize,
    },
    /// The note is not (or no longer) on this board.
    #[error("that note is no longer on the board")]
    NoSuchNote,
    /// The board is not (or no longer) on this device.
    #[error("that board is no longer on this device")]
    NoSuchBoard,
    /// The title was empty or only white space.
    #[error("a board needs a title")]
    EmptyTitle,
    /// The title was longer than [`MAX_TITLE_CHARS`].
    #[error("a title can hold at most {max} characters")]
    TitleTooLong {
        /// The limit.
        max: usize,
    },
    /// A name, term, strategy or action was empty.
    #[error("{field:?} cannot be empty")]
    EmptyText {
        /// The field.
        field: Field,
    },
    /// A name, term, strategy or action was longer than its limit.
    #[error("{field:?} can hold at most {max} characters")]
    TextTooLong {
        /// The field.
        field: Field,
        /// The limit.
        max: usize,
    },
    /// A theme, participant, phase, term, strategy or action is no longer on the board.
    #[error("that item is no longer on the board")]
    NoSuchItem,
    /// Notes of different quadrants cannot share a theme.
    #[error("a theme groups notes of one quadrant")]
    OtherQuadrant,
    /// The voter has cast all their votes.
    #[error("no votes left for this participant")]
    NoVotesLeft,
    /// The voter whose turn it is gave this note no vote to take back.
    #[error("this participant gave that note no vote")]
    NoVoteToTakeBack,
    /// The voter gave this note as many votes as one note may get.
    #[error("one participant can give a note at most {cap} votes")]
    CapReached {
        /// The cap.
        cap: u32,
    },
    /// The tallies would exceed the votes the room has.
    #[error("the room has {budget} votes in all")]
    OverBudget {
        /// All votes of the room.
        budget: u64,
    },
    /// A date that is not a day of the calendar as `YYYY-MM-DD`.
    #[error("not a date")]
    BadDate,
    /// A number outside what the field allows.
    #[error("{field:?} must lie between {min} and {max}")]
    OutOfRange {
        /// The field.
        field: Field,
        /// The smallest allowed.
        min: i64,
        /// The largest allowed.
        max: i64,
    },
}

/// A note taken off the board, with where it stood, so that the delete can be undone.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedNote {
    /// The note as it was.
    pub note: Note,
    /// Its position in [`Board::notes`].
    pub position: usize,
}

impl Board {
    /// A new, empty board.
    pub fn new(title: &str) -> Result<Self, BoardError> {
        let title = clean_title(title)?;
        let now = Timestamp::now();
        Ok(Board {
            id: Id::new(),
            title,
            created_at: now,
            updated_at: now,
            example: false,
            context: SessionContext::default(),
            notes: Vec::new(),
            themes: Vec::new(),
            voting: VoteSettings::default(),
            tows: Tows::default(),
            strategies: Vec::new(),
            phases: Vec::new(),
            roles: Vec::new(),
            glossary: Vec::new(),
            actions: Vec::new(),
            timer: TimerSettings::default(),
            extra: BTreeMap::new(),
        })
    }

    /// Marks a change. `updated_at` strictly grows with every change, even two in the same
    /// millisecond, so that a change can be told by its time alone.
    pub(super) fn touch(&mut self) {
        self.updated_at = self.updated_at.next();
    }

    /// Gives the board another title.
    pub fn rename(&mut self, title: &str) -> Result<(), BoardError> {
        let title = clean_title(title)?;
        if title != self.title {
            self.title = title;
            self.touch();
        }
        Ok(())
    }

    /// The notes of one quadrant, in their order.
    pub fn notes_in(&self, quadrant: Quadrant) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(move |n| n.quadrant == quadrant)
    }

    /// The note with this id.
    pub fn note(&self, id: Id) -> Option<&Note> {
        self.notes.with_id(id)
    }

    fn position(&self, id: Id) -> Result<usize, BoardError> {
        self.notes.index_of(id).ok_or(BoardError::NoSuchNote)
    }

    /// Adds a note at the end of a quadrant and returns its id.
    pub fn add_note(&mut self, quadrant: Quadrant, text: &str) -> Result<Id, BoardError> {
        let text = clean_note(text)?;
        if self.notes.len() >= MAX_NOTES {
            return Err(BoardError::TooManyNotes { max: MAX_NOTES });
        }
        let now = Timestamp::now();
        let id = Id::new();
        self.notes.push(Note {
            id,
            quadrant,
            text,
            created_at: now,
            updated_at: now,
            theme: None,
            tags: Vec::new(),
            votes: 0,
            keep_here: false,
            extra: BTreeMap::new(),
        });
        self.touch();
        Ok(id)
    }

    /// Replaces the text of a note. An empty text is refused: deleting is its own action.
    pub fn edit_note(&mut self, id: Id, text: &str) -> Result<(), BoardError> {
        let text = clean_note(text)?;
        let at = self.position(id)?;
        if self.notes[at].text != text {
            self.notes[at].text = text;
            self.notes[at].updated_at = self.notes[at].updated_at.next();
            self.touch();
        }
        Ok(())
    }

    /// Takes a note off the board, and everything that pointed at it with it.
    pub fn delete_note(&mut self, id: Id) -> Result<RemovedNote, BoardError> {
        let position = self.position(id)?;
        let note = self.notes.remove(position);
        self.forget(id);
        self.touch();
        Ok(RemovedNote { note, position })
    }

    /// Puts a deleted note back where it stood (undo of [`Board::delete_note`]).
    pub fn restore_note(&mut self, removed: RemovedNote) -> Result<(), BoardError> {
        if self.note(removed.note.id).is_some() {
            return Ok(());
        }
        if self.notes.len() >= MAX_NOTES {
            return Err(BoardError::TooManyNotes { max: MAX_NOTES });
        }
        let mut note = removed.note;
        if note
            .theme
            .is_some_and(|t| !self.themes.iter().any(|th| th.id == t))
        {
            note.theme = None;
        }
        let at = removed.position.min(self.notes.len());
        self.notes.insert(at, note);
        self.touch();
        Ok(())
    }

    /// Moves a note to `index` among the notes of quadrant `to` (counted without the note
    /// itself); an index past the end puts it last. Moving to another quadrant leaves its theme.
    pub fn move_note(&mut self, id: Id, to: Quadrant, index: usize) -> Result<(), BoardError> {
        let from = self.position(id)?;
        let before = self.notes[from].clone();
        let mut note = self.notes.remove(from);
        if note.quadrant != to {
            note.quadrant = to;
            note.theme = None;
            note.updated_at = note.updated_at.next();
        }
        let target = self
            .notes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.quadrant == to)
            .map(|(i, _)| i)
            .nth(index);
        let at = match target {
            Some(i) => i,
            None => self
                .notes
                .iter()
                .rposition(|n| n.quadrant == to)
                .map_or(self.notes.len(), |i| i + 1),
        };
        self.notes.insert(at, note);
        if at != from || self.notes[at] != before {
            self.touch();
        }
        Ok(())
    }

    /// Moves a note up (negative) or down (positive) among the notes of its quadrant that share
    /// its theme (the notes it is shown with), stopping at the ends.
    pub fn shift_note(&mut self, id: Id, by: isize) -> Result<(), BoardError> {
        let note = self.note(id).ok_or(BoardError::NoSuchNote)?;
        let (quadrant, theme) = (note.quadrant, note.theme);
        let group: Vec<usize> = self
            .notes_in(quadrant)
            .enumerate()
            .filter(|(_, n)| n.theme == theme)
            .map(|(i, _)| i)
            .collect();
        let at = self
            .notes_in(quadrant)
            .position(|n| n.id == id)
            .ok_or(BoardError::NoSuchNote)?;
        let in_group = group.iter().position(|i| *i == at).unwrap_or(0);
        let to = in_group
            .saturating_add_signed(by)
            .min(group.len().saturating_sub(1));
        // `move_note` counts the quadrant without the moved note, so the neighbour's index
        // lands the note after it going down and before it going up.
        let target = group.get(to).copied().unwrap_or(at);
        self.move_note(id, quadrant, target)
    }

    /// Where a note stands in its quadrant: (quadrant, index).
    pub fn place_of(&self, id: Id) -> Option<(Quadrant, usize)> {
        let quadrant = self.note(id)?.quadrant;
        let index = self.notes_in(quadrant).position(|n| n.id == id)?;
        Some((quadrant, index))
    }

    /// A copy of the board under a new title, with new ids for the board and every record in it
    /// and the links between them kept.
    pub fn duplicate(&self, title: &str) -> Result<Board, BoardError> {
        let mut copy = self.clone();
        copy.title = clean_title(title)?;
        let mut fresh: HashMap<Id, Id> = HashMap::new();
        copy.visit_ids(&mut |id| *id = *fresh.entry(*id).or_default());
        let now = Timestamp::now();
        copy.created_at = now;
        copy.updated_at = now;
        Ok(copy)
    }

    /// Ends an accepted change: `updated_at` moves on, which is what makes it a step of the
    /// history and a change to save.
    pub(super) fn changed<T>(&mut self, value: T) -> Result<T, BoardError> {
        self.touch();
        Ok(value)
    }

    /// Checks the rules every board keeps. The first broken rule is returned with the path of
    /// the field that breaks it, relative to the board (e.g. `notes[3].text`): the title, how
    /// many records of a kind, ids used twice, the board's settings, then record by record its
    /// own rules (see [`Kind::check`]) and its links, in the order of [`Board::lists`].
    pub fn validate(&self) -> Result<(), Invalid> {
        let bad = |path: &str, problem: Problem| {
            Err(Invalid {
                path: path.into(),
                problem,
            })
        };
        if self.title.trim().is_empty() {
            return bad("title", Problem::Empty);
        }
        if self.title.chars().count() > MAX_TITLE_CHARS {
            return bad("title", Problem::TooLong(MAX_TITLE_CHARS));
        }
        for list in self.lists() {
            if let Some(max) = list.max().filter(|max| list.count() > *max) {
                return bad(list.path(), Problem::TooMany(max));
            }
        }
        let index = self.index()?;
        self.context.check()?;
        self.tows.check()?;
        self.voting.check()?;
        self.timer.check()?;
        self.check_records(&index)
    }

    /// The participants, for looking up an owner.
    pub fn participant(&self, id: Id) -> Option<&Participant> {
        self.context.participants.with_id(id)
    }
}

/// A rule of the board that data read from a file or from storage breaks.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{path}: {problem}")]
pub struct Invalid {
    /// Where, relative to the board, e.g. `notes[3].text`.
    pub path: String,
    /// What is wrong there.
    pub problem: Problem,
}

/// What is wrong with one field.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Problem {
    /// Empty where text is required.
    #[error("is empty")]
    Empty,
    /// Longer than the limit, in characters.
    #[error("is longer than {0} characters")]
    TooLong(usize),
    /// More records than the limit.
    #[error("holds more than {0} items")]
    TooMany(usize),
    /// An id used twice.
    #[error("id {0} is used more than once")]
    DuplicateId(Id),
    /// A link to a record that does not exist.
    #[error("points to {0}, which does not exist")]
    MissingLink(Id),
    /// A note grouped under a theme of another quadrant.
    #[error("theme {0} belongs to another quadrant")]
    OtherQuadrant(Id),
    /// A number outside its range.
    #[error("lies outside {0} to {1}")]
    OutOfRange(i64, i64),
    /// A date not written `YYYY-MM-DD`.
    #[error("is not a date written YYYY-MM-DD")]
    NotADate,
}

fn clean_title(title: &str) -> Result<String, BoardError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(BoardError::EmptyTitle);
    }
    if title.chars().count() > MAX_TITLE_CHARS {
        return Err(BoardError::TitleTooLong {
            max: MAX_TITLE_CHARS,
        });
    }
    Ok(title.to_string())
}

fn clean_note(text: &str) -> Result<String, BoardError> {
    // Trailing white space and blank lines at either end are noise from fast typing.
    let text = text.trim();
    if text.is_empty() {
        return Err(BoardError::EmptyNote);
    }
    if text.chars().count() > MAX_NOTE_CHARS {
        return Err(BoardError::NoteTooLong {
            max: MAX_NOTE_CHARS,
        });
    }
    Ok(text.replace("\r\n", "\n"))
}
