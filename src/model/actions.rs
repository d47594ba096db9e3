//! Step 7, the local action plan: what will be done, who acts, in which phase, by when.
//!
//! Its records (`Action`, `ActionStatus`) and every change to them.

use serde::{Deserialize, Serialize};

use super::board::{Board, BoardError, Invalid, Problem};
use super::context::Participant;
use super::id::Records;
use super::kinds::{links, At, Kind};
use super::limits::{Field, TEXT};
use super::matrix::Strategy;
use super::roles::Phase;
use super::themes::Theme;
use super::{Id, Note};

/// Where an action stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    /// Gepland.
    #[default]
    Planned,
    /// Bezig.
    InProgress,
    /// Afgerond.
    Done,
}

impl ActionStatus {
    /// All three, in the order of work.
    pub const ALL: [ActionStatus; 3] = [
        ActionStatus::Planned,
        ActionStatus::InProgress,
        ActionStatus::Done,
    ];

    /// The name used in files and test hooks.
    pub fn key(self) -> &'static str {
        match self {
            ActionStatus::Planned => "planned",
            ActionStatus::InProgress => "in_progress",
            ActionStatus::Done => "done",
        }
    }
}

/// An action of the local action plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Action {
    /// Stable identity.
    pub id: Id,
    /// What will be done.
    pub text: String,
    /// Who acts ("wie is aan zet"): a participant of the session.
    #[serde(default)]
    pub owner: Option<Id>,
    /// In which phase of prevention.
    #[serde(default)]
    pub phase: Option<Id>,
    /// By when, as an ISO date `2027-03-01`.
    #[serde(default)]
    pub due: Option<String>,
    /// Planned, in progress or done.
    #[serde(default)]
    pub status: ActionStatus,
    /// The notes, themes or strategies it answers.
    #[serde(default)]
    pub links: Vec<Id>,
}

links!(
    Action: id;
    owner: Optional(Participant),
    phase: Optional(Phase),
    links: List(Note | Theme | Strategy),
);

impl Kind for Action {
    const PATH: &'static str = "actions";

    fn check(&self, at: &At, _: &Board) -> Result<(), Invalid> {
        at.text("text", &self.text, TEXT)?;
        if self.due.as_deref().is_some_and(|d| !is_date(d)) {
            return at.bad("due", Problem::NotADate);
        }
        Ok(())
    }
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
    /// Adds an action, planned, with no owner, phase or date yet.
    pub fn add_action(&mut self, text: &str) -> Result<Id, BoardError> {
        let text = TEXT.clean(Field::Action, text)?;
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
        self.actions.with_id(id)
    }

    /// Changes one field of an action.
    pub fn edit_action(&mut self, id: Id, field: ActionField) -> Result<(), BoardError> {
        let field = match field {
            ActionField::Text(text) => ActionField::Text(TEXT.clean(Field::Action, &text)?),
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
        let a = self.actions.with_id_mut(id).ok_or(BoardError::NoSuchItem)?;
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
        let a = self.actions.with_id_mut(id).ok_or(BoardError::NoSuchItem)?;
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
        self.remove_record(Action::PATH, id)
    }

    /// Moves an action one place up (`-1`) or down (`1`) in the plan.
    pub fn shift_action(&mut self, id: Id, by: isize) -> Result<(), BoardError> {
        let at = self.actions.index_of(id).ok_or(BoardError::NoSuchItem)?;
        let to = at.saturating_add_signed(by).min(self.actions.len() - 1);
        if to == at {
            return Ok(());
        }
        let action = self.actions.remove(at);
        self.actions.insert(to, action);
        self.changed(())
    }
}
