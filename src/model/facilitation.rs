//! What a group makes of its notes: who is in the room, themes, votes, the confrontation matrix,
//! strategies, phases and roles, the shared glossary and the action plan.
//!
//! The records are part of every board from the first format version on, so that files stay
//! readable as the screens that edit them are added.

use serde::{Deserialize, Serialize};

use super::{Id, Quadrant};

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

/// A named group of notes of one quadrant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Theme {
    /// Stable identity.
    pub id: Id,
    /// The quadrant whose notes it groups.
    pub quadrant: Quadrant,
    /// Its name.
    pub name: String,
}

/// How dot voting works on a board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct VoteSettings {
    /// Votes each participant may cast.
    pub per_participant: u32,
    /// The most votes one participant may give one note, if capped.
    #[serde(default)]
    pub cap_per_note: Option<u32>,
    /// How many people vote; when not set, the people counted in the session context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voters: Option<u32>,
}

impl Default for VoteSettings {
    fn default() -> Self {
        VoteSettings {
            per_participant: 3,
            cap_per_note: None,
            voters: None,
        }
    }
}

/// The facilitator's round timer: how long a round lasts and whether its end sounds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct TimerSettings {
    /// Length of a round in minutes.
    pub minutes: u32,
    /// Whether the end of a round plays a short tone.
    #[serde(default)]
    pub sound: bool,
}

impl Default for TimerSettings {
    fn default() -> Self {
        TimerSettings {
            minutes: 10,
            sound: false,
        }
    }
}

/// The confrontation (TOWS) matrix: the top inside items against the top outside items.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Tows {
    /// How many top items of each quadrant take part.
    pub top: u32,
    /// The scored cells; a cell not listed scores 0.
    #[serde(default)]
    pub scores: Vec<TowsScore>,
}

impl Default for Tows {
    fn default() -> Self {
        Tows {
            top: 3,
            scores: Vec::new(),
        }
    }
}

/// One scored cell of the matrix.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct TowsScore {
    /// A strength or weakness (note or theme).
    pub inside: Id,
    /// An opportunity or threat (note or theme).
    pub outside: Id,
    /// From -2 (−−) to +2 (++).
    pub score: i8,
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

/// The four kinds of strategy the matrix yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "UPPERCASE")]
pub enum StrategyKind {
    /// Use strengths to seize opportunities.
    So,
    /// Use strengths against threats.
    St,
    /// Overcome weaknesses by opportunities.
    Wo,
    /// Limit weaknesses against threats.
    Wt,
}

impl StrategyKind {
    /// All four, in the order of the matrix: SO, ST, WO, WT.
    pub const ALL: [StrategyKind; 4] = [
        StrategyKind::So,
        StrategyKind::St,
        StrategyKind::Wo,
        StrategyKind::Wt,
    ];

    /// The kind that joins an inside quadrant (S or W) and an outside one (O or T).
    pub fn of(inside: Quadrant, outside: Quadrant) -> Option<StrategyKind> {
        match (inside, outside) {
            (Quadrant::Strengths, Quadrant::Opportunities) => Some(StrategyKind::So),
            (Quadrant::Strengths, Quadrant::Threats) => Some(StrategyKind::St),
            (Quadrant::Weaknesses, Quadrant::Opportunities) => Some(StrategyKind::Wo),
            (Quadrant::Weaknesses, Quadrant::Threats) => Some(StrategyKind::Wt),
            _ => None,
        }
    }

    /// Its two letters, the same in Dutch and English.
    pub fn key(self) -> &'static str {
        match self {
            StrategyKind::So => "SO",
            StrategyKind::St => "ST",
            StrategyKind::Wo => "WO",
            StrategyKind::Wt => "WT",
        }
    }
}

/// A strategy written from the matrix.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Strategy {
    /// Stable identity.
    pub id: Id,
    /// Which pair of quadrants it joins.
    pub kind: StrategyKind,
    /// What the group will do.
    pub text: String,
    /// The notes or themes it came from.
    #[serde(default)]
    pub sources: Vec<Id>,
}

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

/// A term of the shared language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Term {
    /// Stable identity.
    pub id: Id,
    /// The word, e.g. "signaal".
    pub term: String,
    /// The meaning the group agreed on.
    pub meaning: String,
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
