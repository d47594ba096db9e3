//! Every limit of a board, in one place. The edit methods refuse a change that breaks one, and
//! [`Board::validate`](super::Board::validate) refuses a file or a stored board that breaks one,
//! so a file can never load a board the app could not have made.

use super::{BoardError, Problem};

/// The longest title a board may have, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// The longest text a note may hold, in characters.
pub const MAX_NOTE_CHARS: usize = 2_000;
/// The most notes one board may hold.
pub const MAX_NOTES: usize = 10_000;
/// The longest name of a theme, phase, term, tag, participant or context field, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest strategy, action, meaning, description or purpose, in characters.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// The most tags one note may carry.
pub const MAX_TAGS: usize = 12;
/// The most items of each quadrant the matrix takes.
pub const MAX_TOWS_TOP: u32 = 10;
/// The most votes per participant, cap or voters a form accepts.
pub const MAX_VOTES: u32 = 1_000;

/// What a limit is about, so that a refusal can say which field it concerns ("A tag can hold at
/// most 200 characters", not "This field ...").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The name of a theme.
    ThemeName,
    /// A tag of a note.
    Tag,
    /// A strategy's text.
    Strategy,
    /// An action's text.
    Action,
    /// A term of the glossary.
    Term,
    /// A term's meaning.
    Meaning,
    /// The name of a phase.
    PhaseName,
    /// What a phase is aimed at.
    PhaseDescription,
    /// A participant's organisation.
    Organisation,
    /// A participant's role.
    Role,
    /// A participant needs an organisation or a role.
    OrganisationOrRole,
    /// A score of the confrontation matrix.
    Score,
    /// How many tags a note carries.
    Tags,
    /// The place of the session.
    Place,
    /// The day of the session.
    Date,
    /// Who led the session.
    Facilitator,
    /// What the session is for.
    Purpose,
    /// How many people in one role are present.
    People,
    /// Votes each participant may cast.
    VotesPerParticipant,
    /// The most votes one participant may give one note.
    CapPerNote,
    /// How many people vote.
    Voters,
    /// The tally of one note.
    Tally,
    /// How many top items of each quadrant the matrix takes.
    TowsTop,
    /// The length of a round of the timer.
    RoundMinutes,
}

/// `text` trimmed and cut to at most `max` characters, ending in "…" where it was cut: for a
/// text the app makes from others (a tag naming a session, a theme named after a note) that
/// must still fit its own limit.
pub fn fit(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// What a text field takes: how many characters at most, and whether it may be empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextRule {
    /// The most characters.
    pub max: usize,
    /// Whether it must hold more than white space.
    pub required: bool,
}

/// A name that must be given: a theme, phase, term or tag.
pub const NAME: TextRule = TextRule {
    max: MAX_NAME_CHARS,
    required: true,
};
/// A name that may be empty: a tag, a participant's organisation or role, a context field.
pub const OPTIONAL_NAME: TextRule = TextRule {
    max: MAX_NAME_CHARS,
    required: false,
};
/// A text that must be given: a strategy, an action, a term's meaning.
pub const TEXT: TextRule = TextRule {
    max: MAX_TEXT_CHARS,
    required: true,
};
/// A text that may be empty: a phase's description, the purpose of the session.
pub const OPTIONAL_TEXT: TextRule = TextRule {
    max: MAX_TEXT_CHARS,
    required: false,
};

impl TextRule {
    /// The text as the board keeps it (trimmed, with `\n` line ends), or why it is refused,
    /// naming the field.
    pub fn clean(self, field: Field, text: &str) -> Result<String, BoardError> {
        let text = text.trim();
        if self.required && text.is_empty() {
            return Err(BoardError::EmptyText { field });
        }
        if text.chars().count() > self.max {
            return Err(BoardError::TextTooLong {
                field,
                max: self.max,
            });
        }
        Ok(text.replace("\r\n", "\n"))
    }

    /// What is wrong with a text read from a file, if anything.
    pub fn problem(self, text: &str) -> Option<Problem> {
        if self.required && text.trim().is_empty() {
            Some(Problem::Empty)
        } else if text.chars().count() > self.max {
            Some(Problem::TooLong(self.max))
        } else {
            None
        }
    }
}

/// A range of whole numbers a setting takes, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    /// The least.
    pub min: u32,
    /// The most.
    pub max: u32,
}

/// Votes per participant, and voters.
pub const VOTES: Range = Range {
    min: 1,
    max: MAX_VOTES,
};
/// The tally of one note: the room's votes at most.
pub const NOTE_VOTES: Range = Range {
    min: 0,
    max: MAX_VOTES * MAX_VOTES,
};
/// How many people in one role are present.
pub const PEOPLE: Range = VOTES;
/// How many top items of each quadrant the matrix takes.
pub const TOWS_TOP: Range = Range {
    min: 1,
    max: MAX_TOWS_TOP,
};
/// The length of a round of the timer, in minutes.
pub const ROUND_MINUTES: Range = Range { min: 1, max: 180 };

impl Range {
    /// The number, or why it is refused, naming the field.
    pub fn check(self, field: Field, n: u32) -> Result<u32, BoardError> {
        if self.contains(n) {
            Ok(n)
        } else {
            Err(BoardError::OutOfRange {
                field,
                min: self.min.into(),
                max: self.max.into(),
            })
        }
    }

    /// Whether the number is in the range.
    pub fn contains(self, n: u32) -> bool {
        (self.min..=self.max).contains(&n)
    }

    /// What is wrong with a number read from a file, if anything.
    pub fn problem(self, n: u32) -> Option<Problem> {
        (!self.contains(n)).then_some(Problem::OutOfRange(self.min.into(), self.max.into()))
    }
}
