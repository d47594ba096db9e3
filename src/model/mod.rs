//! The domain: boards, notes and every change to them, in plain Rust with no browser in it.

mod board;
mod check;
mod countdown;
mod facilitation;
mod history;
mod id;
mod library;
mod limits;
mod merge;
mod quadrant;
mod steps;

pub use board::{Board, BoardError, Invalid, Note, Problem, RemovedNote};
pub use check::{placement_hint, CheckWords, PlacementHint};
pub use countdown::{clock, Countdown};
pub use facilitation::{
    Action, ActionStatus, Domain, Part, Participant, Phase, RoleInPhase, SessionContext, Strategy,
    StrategyKind, Term, Theme, TimerSettings, Tows, TowsScore, VoteSettings,
};
pub use history::{History, HISTORY_STEPS};
pub use id::{Id, Timestamp};
pub use library::Library;
pub use limits::{
    Range, TextRule, MAX_NAME_CHARS, MAX_NOTES, MAX_NOTE_CHARS, MAX_TAGS, MAX_TEXT_CHARS,
    MAX_TITLE_CHARS, MAX_TOWS_TOP, MAX_VOTES,
};
pub use merge::MergeReport;
pub use quadrant::Quadrant;
pub use steps::{
    fold_case, is_date, terms_in, ActionField, Chain, ContextField, DropPlace, Dropped, Item,
    Matrix, VoteRound,
};

#[cfg(test)]
mod facilitation_tests;
#[cfg(test)]
mod tests;
