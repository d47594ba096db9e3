//! The domain: boards, notes and every change to them, in plain Rust with no browser in it.

mod board;
mod example;
mod facilitation;
mod history;
mod id;
mod library;
mod merge;
mod quadrant;

pub use board::{
    Board, BoardError, Invalid, Note, Problem, RemovedNote, MAX_NOTES, MAX_NOTE_CHARS,
    MAX_TITLE_CHARS,
};
pub use example::example_board;
pub use facilitation::{
    Action, ActionStatus, Domain, Part, Participant, Phase, RoleInPhase, SessionContext, Strategy,
    StrategyKind, Term, Theme, Tows, TowsScore, VoteSettings,
};
pub use history::{History, HISTORY_STEPS};
pub use id::{Id, Timestamp};
pub use library::Library;
pub use merge::MergeReport;
pub use quadrant::Quadrant;

#[cfg(test)]
mod tests;
