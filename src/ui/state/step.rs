//! The steps of a session, as the screens of a board.

use crate::i18n::Texts;

/// The steps of a session, each a screen of the board, in the order a facilitator runs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Place, date, purpose, who is in the room.
    Context,
    /// The four quadrants, themes and tags.
    Notes,
    /// Dot voting and tallies.
    Votes,
    /// The confrontation matrix and strategies.
    Tows,
    /// Phases of prevention and who acts in each.
    Roles,
    /// The shared language.
    Glossary,
    /// The local action plan.
    Actions,
    /// The report: print, Markdown, CSV.
    Report,
}

impl Step {
    /// All steps in order.
    pub const ALL: [Step; 8] = [
        Step::Context,
        Step::Notes,
        Step::Votes,
        Step::Tows,
        Step::Roles,
        Step::Glossary,
        Step::Actions,
        Step::Report,
    ];

    /// The name used in test hooks and element ids.
    pub fn key(self) -> &'static str {
        match self {
            Step::Context => "context",
            Step::Notes => "notes",
            Step::Votes => "votes",
            Step::Tows => "tows",
            Step::Roles => "roles",
            Step::Glossary => "glossary",
            Step::Actions => "actions",
            Step::Report => "report",
        }
    }

    /// The step's name in the interface.
    pub fn name(self, t: &Texts) -> &'static str {
        let s = &t.steps;
        match self {
            Step::Context => s.context,
            Step::Notes => s.notes,
            Step::Votes => s.votes,
            Step::Tows => s.tows,
            Step::Roles => s.roles,
            Step::Glossary => s.glossary,
            Step::Actions => s.actions,
            Step::Report => s.report,
        }
    }

    pub(super) fn offset(self, by: isize) -> Option<Step> {
        Step::ALL
            .get((self as usize).checked_add_signed(by)?)
            .copied()
    }
}
