//! Stable identities and points in time, the two things every record on a board carries.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use uuid::Uuid;

/// The identity of a board, note, theme, action or any other record: a random UUID (v4).
///
/// Ids never change once made, so a record keeps its identity through edits, moves, exports and
/// imports; a merge matches records by id.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(Uuid);

impl Id {
    /// A new random id.
    pub fn new() -> Self {
        Id(Uuid::new_v4())
    }

    /// Reads an id in its usual hyphenated form.
    pub fn parse(text: &str) -> Option<Self> {
        Uuid::parse_str(text).ok().map(Id)
    }
}

/// A record with an identity of its own: a board, note, theme, strategy, action, phase, term or
/// participant.
pub trait Record {
    /// Its identity.
    fn id(&self) -> Id;
}

/// A record with what a screen computed for it beside it (e.g. a term and the notes using it).
impl<T: Record, U> Record for (T, U) {
    fn id(&self) -> Id {
        self.0.id()
    }
}

/// Finds records by id in the list that holds them, the one lookup every step shares.
pub trait Records<T> {
    /// The record with this id.
    fn with_id(&self, id: Id) -> Option<&T>;
    /// The record with this id, to change it.
    fn with_id_mut(&mut self, id: Id) -> Option<&mut T>;
    /// Where the record with this id stands in the list.
    fn index_of(&self, id: Id) -> Option<usize>;
}

impl<T: Record> Records<T> for [T] {
    fn with_id(&self, id: Id) -> Option<&T> {
        self.iter().find(|r| r.id() == id)
    }

    fn with_id_mut(&mut self, id: Id) -> Option<&mut T> {
        self.iter_mut().find(|r| r.id() == id)
    }

    fn index_of(&self, id: Id) -> Option<usize> {
        self.iter().position(|r| r.id() == id)
    }
}

/// Makes each of these types a [`Record`] through its `id` field.
macro_rules! records {
    ($($record:ty),+) => {
        $(impl Record for $record {
            fn id(&self) -> Id {
                self.id
            }
        })+
    };
}

// The kinds of record on a board are records through their `links!` (`kinds.rs`).
records!(super::Board, super::Item);

impl Default for Id {
    fn default() -> Self {
        Id::new()
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Id({})", self.0.hyphenated())
    }
}

/// A moment, in whole milliseconds since the Unix epoch (UTC).
///
/// Written to files as an RFC 3339 string (`2026-11-20T14:05:00.000Z`) so people can read it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp(pub u64);

impl Timestamp {
    /// The present moment, from the browser's clock in wasm and the system clock natively.
    pub fn now() -> Self {
        let since = web_time::SystemTime::now()
            .duration_since(web_time::SystemTime::UNIX_EPOCH)
            .unwrap_or_default();
        Timestamp(since.as_millis() as u64)
    }

    /// The time of a change that follows one made at `self`: now, but always later than `self`,
    /// so that two changes in the same millisecond still differ in time.
    pub fn next(self) -> Self {
        Timestamp::now().max(Timestamp(self.0 + 1))
    }

    /// Milliseconds since the Unix epoch.
    pub fn millis(self) -> u64 {
        self.0
    }

    fn to_system_time(self) -> SystemTime {
        // Building a SystemTime from the epoch is pure arithmetic, safe in wasm too.
        UNIX_EPOCH + Duration::from_millis(self.0)
    }

    /// The RFC 3339 form, e.g. `2026-11-20T14:05:00.000Z`.
    pub fn to_rfc3339(self) -> String {
        humantime::format_rfc3339_millis(self.to_system_time()).to_string()
    }

    /// The date part alone, `2026-11-20`, as used in file names.
    pub fn date(self) -> String {
        self.to_rfc3339()[..10].to_string()
    }

    /// Reads an RFC 3339 moment.
    pub fn parse_rfc3339(text: &str) -> Option<Self> {
        let time = humantime::parse_rfc3339_weak(text.trim_end_matches('Z')).ok()?;
        let since = time.duration_since(UNIX_EPOCH).ok()?;
        Some(Timestamp(since.as_millis() as u64))
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Timestamp({})", self.to_rfc3339())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse_rfc3339(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "'{text}' is not a date and time like 2026-11-20T14:05:00.000Z"
            ))
        })
    }
}

#[cfg(test)]
impl schemars::JsonSchema for Id {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Id".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A random UUID (version 4), e.g. 6f1c2b7e-3d4a-4c5b-9e8f-0a1b2c3d4e5f.",
            "type": "string",
            "format": "uuid"
        })
    }
}

#[cfg(test)]
impl schemars::JsonSchema for Timestamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Timestamp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A moment in UTC, RFC 3339 with milliseconds, e.g. 2026-11-20T14:05:00.000Z.",
            "type": "string",
            "format": "date-time"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_round_trip_through_rfc3339() {
        let t = Timestamp(1_763_647_500_123);
        let text = t.to_rfc3339();
        assert_eq!(text, "2025-11-20T14:05:00.123Z");
        assert_eq!(Timestamp::parse_rfc3339(&text), Some(t));
        assert_eq!(t.date(), "2025-11-20");
    }

    #[test]
    fn timestamps_refuse_what_is_not_a_date() {
        assert_eq!(Timestamp::parse_rfc3339("yesterday"), None);
        assert!(serde_json::from_str::<Timestamp>("\"20-11-2025\"").is_err());
    }

    #[test]
    fn ids_are_unique_and_round_trip() {
        let a = Id::new();
        let b = Id::new();
        assert_ne!(a, b);
        assert_eq!(Id::parse(&a.to_string()), Some(a));
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(serde_json::from_str::<Id>(&json).unwrap(), a);
    }
}
