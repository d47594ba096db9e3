//! The domain: boards, notes and every change to them, in plain Rust with no browser in it.

mod actions;
mod board;
mod chain;
mod check;
mod context;
mod glossary;
mod history;
mod id;
mod key;
mod kinds;
mod library;
pub mod limits;
mod matrix;
mod merge;
mod merge3;
mod paste;
mod quadrant;
mod roles;
mod text;
mod themes;
mod timer;
mod votes;

pub use actions::{is_date, Action, ActionField, ActionStatus};
pub use board::{Board, BoardError, Invalid, Note, Problem, RemovedNote};
pub use chain::Chain;
pub use check::{placement_hint, CheckWords, PlacementHint};
pub use context::{ContextField, Domain, Participant, ParticipantField, SessionContext};
pub use glossary::{terms_in, Term, TermField};
pub use history::{History, HISTORY_STEPS};
pub use id::{Id, Record, Records, Timestamp};
pub use key::UnknownKey;
pub use library::Library;
pub use limits::{
    fit, Field, Range, TextRule, MAX_NAME_CHARS, MAX_NOTES, MAX_NOTE_CHARS, MAX_TAGS,
    MAX_TEXT_CHARS, MAX_TITLE_CHARS, MAX_TOWS_TOP, MAX_VOTES,
};
pub use matrix::{Item, Matrix, Strategy, StrategyKind, Tows, TowsScore};
pub use merge::MergeReport;
pub use merge3::{Clash, TabMerge, TabMergeError};
pub use paste::pasted_notes;
pub use quadrant::Quadrant;
pub use roles::{Part, Phase, PhaseField, RoleInPhase};
pub use text::fold_case;
pub use themes::{DropPlace, Dropped, Theme};
pub use timer::{clock, Countdown, TimerSettings};
pub use votes::{VoteRound, VoteSettings};

#[cfg(test)]
mod actions_tests;
#[cfg(test)]
mod chain_tests;
#[cfg(test)]
mod check_tests;
#[cfg(test)]
mod context_tests;
#[cfg(test)]
mod glossary_tests;
#[cfg(test)]
mod history_tests;
#[cfg(test)]
mod kinds_tests;
#[cfg(test)]
mod matrix_tests;
#[cfg(test)]
mod merge3_tests;
#[cfg(test)]
mod roles_tests;
#[cfg(test)]
pub(crate) mod test_support;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod text_tests;
#[cfg(test)]
mod themes_tests;
#[cfg(test)]
mod votes_tests;
