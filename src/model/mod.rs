//! The domain: boards, notes and every change to them, in plain Rust with no browser in it.

mod actions;
mod board;
mod chain;
mod check;
mod context;
mod facilitation;
mod glossary;
mod history;
mod id;
mod key;
mod library;
mod limits;
mod matrix;
mod merge;
mod paste;
mod quadrant;
mod roles;
mod text;
mod themes;
mod timer;
mod votes;

pub use actions::{is_date, ActionField};
pub use board::{Board, BoardError, Invalid, Note, Problem, RemovedNote};
pub use chain::Chain;
pub use check::{placement_hint, CheckWords, PlacementHint};
pub use context::{ContextField, ParticipantField};
pub use facilitation::{
    Action, ActionStatus, Domain, Part, Participant, Phase, RoleInPhase, SessionContext, Strategy,
    StrategyKind, Term, Theme, TimerSettings, Tows, TowsScore, VoteSettings,
};
pub use glossary::{terms_in, TermField};
pub use history::{History, HISTORY_STEPS};
pub use id::{Id, Record, Records, Timestamp};
pub use key::UnknownKey;
pub use library::Library;
pub use limits::{
    Range, TextRule, MAX_NAME_CHARS, MAX_NOTES, MAX_NOTE_CHARS, MAX_TAGS, MAX_TEXT_CHARS,
    MAX_TITLE_CHARS, MAX_TOWS_TOP, MAX_VOTES,
};
pub use matrix::{Item, Matrix};
pub use merge::MergeReport;
pub use paste::pasted_notes;
pub use quadrant::Quadrant;
pub use roles::PhaseField;
pub use text::fold_case;
pub use themes::{DropPlace, Dropped};
pub use timer::{clock, Countdown};
pub use votes::VoteRound;

#[cfg(test)]
mod facilitation_tests;
#[cfg(test)]
mod tests;
