//! Step 1, the session: place, date, facilitator, purpose, and who is in the room.
//!
//! Its records (`SessionContext`, `Participant`, `Domain`) and every change to them.

use serde::{Deserialize, Serialize};

use super::actions::is_date;
use super::board::{Board, BoardError, Invalid, Problem};
use super::id::Records;
use super::kinds::{check_text, links, At, Kind};
use super::limits::{Field, OPTIONAL_NAME, OPTIONAL_TEXT, PEOPLE};
use super::Id;

/// Where and why the session was held, and who took part (by organisation and role, no names).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct SessionContext {
    /// The municipality or place.
    #[serde(default)]
    pub place: String,
    /// The day of the session, as the facilitator wrote it (ISO `2026-11-20` when picked).
    #[serde(default)]
    pub date: String,
    /// Who led the session (a role or a name, as the facilitator chooses).
    #[serde(default)]
    pub facilitator: String,
    /// What the session is for.
    #[serde(default)]
    pub purpose: String,
    /// Who is in the room.
    #[serde(default)]
    pub participants: Vec<Participant>,
}

/// A kind of participant in the room, e.g. two youth workers of a welfare organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Participant {
    /// Stable identity, used by roles and action owners.
    pub id: Id,
    /// The organisation, e.g. "Politie" or "Jongerenwerk".
    #[serde(default)]
    pub organisation: String,
    /// The role, e.g. "wijkagent" (community police officer).
    #[serde(default)]
    pub role: String,
    /// The domain the organisation belongs to.
    #[serde(default)]
    pub domain: Domain,
    /// How many people in this role are present.
    #[serde(default = "one")]
    pub count: u32,
}

impl SessionContext {
    /// The fields of the session, for [`Board::validate`] (its participants are records of
    /// their own).
    pub(super) fn check(&self) -> Result<(), Invalid> {
        check_text("context.place", &self.place, OPTIONAL_NAME)?;
        check_text("context.facilitator", &self.facilitator, OPTIONAL_NAME)?;
        check_text("context.purpose", &self.purpose, OPTIONAL_TEXT)?;
        if !self.date.is_empty() && !is_date(&self.date) {
            return Err(Invalid {
                path: "context.date".into(),
                problem: Problem::NotADate,
            });
        }
        Ok(())
    }
}

links!(Participant: id;);

impl Kind for Participant {
    const PATH: &'static str = "context.participants";

    fn check(&self, at: &At, _: &Board) -> Result<(), Invalid> {
        at.text("organisation", &self.organisation, OPTIONAL_NAME)?;
        at.text("role", &self.role, OPTIONAL_NAME)?;
        at.number("count", self.count, PEOPLE)
    }
}

fn one() -> u32 {
    1
}

/// The domains that meet in a session.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Domain {
    /// Education, youth care, welfare, youth work, neighbourhood teams.
    Social,
    /// Police, community officer, public order and safety, safety house.
    Safety,
    /// Parents, sports clubs, key figures, community ambassadors.
    Informal,
    /// Anything else.
    #[default]
    Other,
}

impl Domain {
    /// All four, in the order forms list them.
    pub const ALL: [Domain; 4] = [
        Domain::Social,
        Domain::Safety,
        Domain::Informal,
        Domain::Other,
    ];

    /// The name used in files and test hooks.
    pub fn key(self) -> &'static str {
        match self {
            Domain::Social => "social",
            Domain::Safety => "safety",
            Domain::Informal => "informal",
            Domain::Other => "other",
        }
    }
}

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

/// A field of a participant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParticipantField {
    /// The organisation they come from.
    Organisation(String),
    /// Their role in it.
    Role(String),
    /// The domain they work in.
    Domain(Domain),
    /// How many of them are in the room.
    Count(u32),
}

impl Board {
    /// Sets the place, date, facilitator or purpose. A date must be `YYYY-MM-DD` or empty.
    pub fn set_context(&mut self, field: ContextField, text: &str) -> Result<(), BoardError> {
        let (rule, name) = match field {
            ContextField::Place => (OPTIONAL_NAME, Field::Place),
            ContextField::Date => (OPTIONAL_NAME, Field::Date),
            ContextField::Facilitator => (OPTIONAL_NAME, Field::Facilitator),
            ContextField::Purpose => (OPTIONAL_TEXT, Field::Purpose),
        };
        let text = rule.clean(name, text)?;
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
        let organisation = OPTIONAL_NAME.clean(Field::Organisation, organisation)?;
        let role = OPTIONAL_NAME.clean(Field::Role, role)?;
        if organisation.is_empty() && role.is_empty() {
            return Err(BoardError::EmptyText {
                field: Field::OrganisationOrRole,
            });
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

    /// Changes one field of a participant: organisation or role (not both empty), domain, or how
    /// many are present (1 to 1,000).
    pub fn edit_participant(&mut self, id: Id, field: ParticipantField) -> Result<(), BoardError> {
        let p = self
            .context
            .participants
            .with_id_mut(id)
            .ok_or(BoardError::NoSuchItem)?;
        let mut new = p.clone();
        match field {
            ParticipantField::Organisation(text) => {
                new.organisation = OPTIONAL_NAME.clean(Field::Organisation, &text)?
            }
            ParticipantField::Role(text) => new.role = OPTIONAL_NAME.clean(Field::Role, &text)?,
            ParticipantField::Domain(domain) => new.domain = domain,
            ParticipantField::Count(count) => new.count = PEOPLE.check(Field::People, count)?,
        }
        if new.organisation.is_empty() && new.role.is_empty() {
            return Err(BoardError::EmptyText {
                field: Field::OrganisationOrRole,
            });
        }
        if *p == new {
            return Ok(());
        }
        *p = new;
        self.changed(())
    }

    /// Takes a participant out, with its roles; actions it owned keep no owner.
    pub fn remove_participant(&mut self, id: Id) -> Result<(), BoardError> {
        self.remove_record(Participant::PATH, id)
    }

    /// How a participant is named on screen: "role (organisation)" or whichever is filled.
    pub fn participant_label(&self, id: Id) -> String {
        self.participant(id)
            .map_or_else(String::new, Participant::label)
    }
}

impl Participant {
    /// How the participant is named on screen: "role (organisation)" or whichever is filled.
    pub fn label(&self) -> String {
        match (self.role.is_empty(), self.organisation.is_empty()) {
            (false, false) => format!("{} ({})", self.role, self.organisation),
            (false, true) => self.role.clone(),
            _ => self.organisation.clone(),
        }
    }
}
