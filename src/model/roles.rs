//! Step 5, the phases of prevention and who leads or contributes in each.
//!
//! Its records (`Phase`, `Part`, `RoleInPhase`) and every change to them.

use serde::{Deserialize, Serialize};

use super::board::{Board, BoardError, Invalid};
use super::context::Participant;
use super::id::Records;
use super::kinds::{links, At, Kind};
use super::limits::{Field, NAME, OPTIONAL_TEXT};
use super::Id;

/// A phase of prevention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Phase {
    /// Stable identity.
    pub id: Id,
    /// Its short name.
    pub name: String,
    /// What the phase is aimed at.
    #[serde(default)]
    pub description: String,
}

links!(Phase: id;);

impl Kind for Phase {
    const PATH: &'static str = "phases";

    fn check(&self, at: &At, _: &Board) -> Result<(), Invalid> {
        at.text("name", &self.name, NAME)?;
        at.text("description", &self.description, OPTIONAL_TEXT)
    }
}

/// Whether a participant leads or contributes in a phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// Is "aan zet": leads in this phase.
    Leads,
    /// Contributes in this phase.
    Contributes,
}

impl Part {
    /// Both, in the order the roles' cells list them.
    pub const ALL: [Part; 2] = [Part::Leads, Part::Contributes];

    /// The name used in files and test hooks.
    pub fn key(self) -> &'static str {
        match self {
            Part::Leads => "leads",
            Part::Contributes => "contributes",
        }
    }
}

/// One cell of the roles × phases matrix.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct RoleInPhase {
    /// The participant (role in the room).
    pub participant: Id,
    /// The phase.
    pub phase: Id,
    /// Leads or contributes.
    pub part: Part,
}

// A role is known by its participant and phase, and goes with either.
links!(RoleInPhase: ; participant: Required(Participant), phase: Required(Phase));

impl Kind for RoleInPhase {
    const PATH: &'static str = "roles";
}

/// A field of a phase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhaseField {
    /// Its name.
    Name(String),
    /// What it is aimed at.
    Description(String),
}

impl Board {
    /// Adds phases, each a name and a description, after any phases already there: all of them,
    /// or none if one is refused.
    pub fn add_phases(&mut self, phases: &[(&str, &str)]) -> Result<(), BoardError> {
        let mut added = Vec::with_capacity(phases.len());
        for (name, description) in phases {
            added.push(Phase {
                id: Id::new(),
                name: NAME.clean(Field::PhaseName, name)?,
                description: OPTIONAL_TEXT.clean(Field::PhaseDescription, description)?,
            });
        }
        self.phases.extend(added);
        self.changed(())
    }

    /// Adds a phase at the end.
    pub fn add_phase(&mut self, name: &str, description: &str) -> Result<Id, BoardError> {
        let name = NAME.clean(Field::PhaseName, name)?;
        let description = OPTIONAL_TEXT.clean(Field::PhaseDescription, description)?;
        let id = Id::new();
        self.phases.push(Phase {
            id,
            name,
            description,
        });
        self.changed(id)
    }

    /// Renames a phase or rewrites what it is aimed at.
    pub fn edit_phase(&mut self, id: Id, field: PhaseField) -> Result<(), BoardError> {
        let p = self.phases.with_id_mut(id).ok_or(BoardError::NoSuchItem)?;
        let (slot, text) = match field {
            PhaseField::Name(name) => (&mut p.name, NAME.clean(Field::PhaseName, &name)?),
            PhaseField::Description(text) => (
                &mut p.description,
                OPTIONAL_TEXT.clean(Field::PhaseDescription, &text)?,
            ),
        };
        if *slot == text {
            return Ok(());
        }
        *slot = text;
        self.changed(())
    }

    /// Moves a phase one place earlier (`-1`) or later (`1`).
    pub fn shift_phase(&mut self, id: Id, by: isize) -> Result<(), BoardError> {
        let at = self.phases.index_of(id).ok_or(BoardError::NoSuchItem)?;
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
        self.remove_record(Phase::PATH, id)
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
}
