//! The session file and the stored form of a board: one versioned envelope, written by
//! [`to_json`] and read back by [`restore`], which serves imported files and localStorage alike.
//! Beside it: a session file locked with a passphrase ([`LockedFile`]), and notes read from a
//! spreadsheet's CSV ([`read_notes_csv`]).

mod base64;
mod csv;
mod locked;
mod migrate;
mod path;

pub use csv::{read_notes_csv, Column, CsvError, CsvWords};
pub use locked::{
    is_locked, Derived, LockedError, LockedFile, CHECK_BYTES, CIPHER, DERIVED_BYTES, ITERATIONS,
    KDF, KEY_BYTES, LOCKED_KIND, LOCKED_VERSION, MAX_ITERATIONS, MAX_LOCKED_BYTES, NONCE_BYTES,
    SALT_BYTES, TAG_BYTES,
};

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use crate::model::{Board, Invalid, Note, Timestamp};

/// The `kind` every envelope carries, so a file of another app is told apart at once.
pub const KIND: &str = "swot-board";
/// The format version this app writes. Older versions are migrated on reading.
pub const FORMAT_VERSION: u32 = 2;
/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: usize = 25_000_000;

/// The outer shape of a session file and of each stored board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Envelope {
    /// Always [`KIND`].
    pub kind: String,
    /// The format version, [`FORMAT_VERSION`] when written by this app.
    pub version: u32,
    /// Which app and version wrote it, e.g. `SWOT Board 0.1.0`.
    #[serde(default)]
    pub app: String,
    /// The newest change among its boards. Not the moment of writing, so that writing the same
    /// boards twice gives the same bytes.
    pub saved_at: Timestamp,
    /// The boards it holds.
    pub boards: Vec<Board>,
    /// Fields written by a newer version of the app, kept as they were (filled by `restore`).
    #[serde(flatten, skip_deserializing)]
    pub extra: BTreeMap<String, Value>,
}

impl Envelope {
    /// An envelope of the current version around these boards.
    pub fn new(boards: Vec<Board>) -> Self {
        Envelope {
            kind: KIND.to_string(),
            version: FORMAT_VERSION,
            app: format!("SWOT Board {}", env!("CARGO_PKG_VERSION")),
            saved_at: boards
                .iter()
                .map(|b| b.updated_at)
                .max()
                .unwrap_or_default(),
            boards,
            extra: BTreeMap::new(),
        }
    }
}

/// Why a file picked for import or the synthesis could not be read, whatever its kind.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ImportError {
    /// A session file that [`restore`] refused.
    #[error(transparent)]
    Session(#[from] RestoreError),
    /// A CSV of notes that [`read_notes_csv`] refused.
    #[error(transparent)]
    Csv(#[from] CsvError),
    /// A locked file that could not be opened.
    #[error(transparent)]
    Locked(#[from] LockedError),
    /// A locked file, on a page that has no Web Crypto to open it (browsers give it only to
    /// pages served over HTTPS or from the computer itself).
    #[error("this page cannot open locked files")]
    NoCrypto,
    /// The browser could not read the file (moved or deleted since it was picked, or not
    /// allowed): nothing is known of its content.
    #[error("the file could not be read")]
    Unreadable,
}

/// Why a file or a stored value could not be read. Nothing is changed when this is returned.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum RestoreError {
    /// Zero bytes, or only white space.
    #[error("the file is empty")]
    Empty,
    /// Larger than [`MAX_FILE_BYTES`].
    #[error("the file is {bytes} bytes; files up to {max} bytes can be read")]
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// Not UTF-8 text.
    #[error("the file is not text (invalid UTF-8 at byte {at})")]
    NotText {
        /// Offset of the first bad byte.
        at: usize,
    },
    /// Ends in the middle of the JSON.
    #[error("the file ends too early; it may be cut off")]
    Truncated,
    /// JSON nested deeper than can be read safely.
    #[error("the file is nested too deeply to be a session file")]
    TooDeep,
    /// Not JSON at all.
    #[error("the file is not JSON (line {line}, column {column})")]
    NotJson {
        /// Line of the first error.
        line: usize,
        /// Column of the first error.
        column: usize,
    },
    /// JSON, but not a SWOT Board file (no `kind`).
    #[error("the file is JSON but not a SWOT Board file")]
    NotOurs,
    /// A `kind` other than [`KIND`].
    #[error("the file is of kind '{0}', not a SWOT Board file")]
    WrongKind(String),
    /// A version this app cannot read because it is newer.
    #[error("the file was made by a newer version of SWOT Board (format {found}); this version reads up to format {supported}")]
    TooNew {
        /// The version in the file.
        found: u64,
        /// The newest this app reads.
        supported: u32,
    },
    /// A version that is not a positive whole number.
    #[error("the file's format version is missing or not a whole number")]
    BadVersion,
    /// A migration from an older version failed.
    #[error("the file could not be brought from format {from} to the current one: {reason}")]
    Migration {
        /// The version it started from.
        from: u32,
        /// What went wrong.
        reason: String,
    },
    /// A field missing, of the wrong type, or with a value not allowed.
    #[error("{path}: {problem}")]
    Field {
        /// Where, e.g. `boards[0].notes[3].quadrant`; empty for the file as a whole.
        path: String,
        /// What is wrong there.
        problem: FieldProblem,
    },
    /// A stored value that holds another board than its key names, or more than one.
    #[error("a stored value holds another board than its key names")]
    NotItsKey,
    /// Well-formed, but breaking a rule of the board (duplicate ids, missing links, ...).
    #[error("boards[{board}].{invalid}")]
    Invalid {
        /// Which board.
        board: usize,
        /// What rule, where.
        invalid: Invalid,
    },
    /// Holds no board.
    #[error("the file holds no board")]
    NoBoards,
}

/// What is wrong with one field of a file, typed so that every language can say it.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum FieldProblem {
    /// A field that must be there is not.
    #[error("field `{0}` is missing")]
    Missing(String),
    /// A field named twice in one object.
    #[error("field `{0}` appears twice")]
    Duplicate(String),
    /// A value that is not one of those allowed.
    #[error("`{value}` is not an allowed value")]
    UnknownValue {
        /// The value in the file.
        value: String,
        /// The values allowed there.
        allowed: Vec<String>,
    },
    /// A value of another kind than the field takes.
    #[error("a value of another kind")]
    WrongType {
        /// The kind the field takes.
        expected: Kind,
    },
}

/// A kind of JSON value, as a field expects it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A string.
    Text,
    /// A whole number.
    WholeNumber,
    /// `true` or `false`.
    TrueFalse,
    /// An array.
    List,
    /// An object.
    Object,
    /// A kind this app has no name for (a date, an id): the value is not valid there.
    Other,
}

impl FieldProblem {
    /// Reads what serde_json says of a field (its messages are stable: "missing field `x`",
    /// "unknown variant `v`, expected one of `a`, `b`", "invalid type: integer `42`, expected a
    /// string"); anything else is a value not valid there.
    pub fn from_serde(message: &str) -> Self {
        // The words between backticks: the field, or the value and then those allowed.
        let mut quoted = message.split('`').skip(1).step_by(2).map(str::to_string);
        if let Some(first) = quoted.next() {
            if message.starts_with("missing field") {
                return FieldProblem::Missing(first);
            }
            if message.starts_with("duplicate field") {
                return FieldProblem::Duplicate(first);
            }
            if message.starts_with("unknown variant") {
                return FieldProblem::UnknownValue {
                    value: first,
                    allowed: quoted.collect(),
                };
            }
        }
        // What follows "expected", up to serde_json's " at line ...".
        let expected = message.split_once("expected ").map_or("", |(_, e)| e);
        FieldProblem::WrongType {
            expected: Kind::named(expected),
        }
    }
}

impl Kind {
    fn named(expected: &str) -> Self {
        let whole = [
            "u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64", "isize",
        ];
        if expected.contains("string") || expected.contains("char") {
            Kind::Text
        } else if whole.iter().any(|w| expected.starts_with(w)) || expected.contains("integer") {
            Kind::WholeNumber
        } else if expected.contains("bool") {
            Kind::TrueFalse
        } else if ["sequence", "array", "tuple", "list"]
            .iter()
            .any(|k| expected.contains(k))
        {
            Kind::List
        } else if ["struct", "map", "object"]
            .iter()
            .any(|k| expected.contains(k))
        {
            Kind::Object
        } else {
            Kind::Other
        }
    }
}

/// Writes boards as a session file: pretty-printed, fields always in the same order, so two
/// exports of the same boards are byte-identical.
pub fn to_json(envelope: &Envelope) -> String {
    // Serialising plain data structs to a String cannot fail.
    serde_json::to_string_pretty(envelope).unwrap_or_default()
}

/// A safe file name for a board's export: `<title>-<date>.swot.json`, with every character that
/// some file system refuses replaced by `-` (letters with accents are kept).
pub fn file_name(title: &str, date: &str) -> String {
    let mut name = String::new();
    for c in title.chars() {
        // ASCII letters and digits, and any letter beyond ASCII (é, ü, ...) but the typographic
        // marks listed; no Unicode tables, which would cost kilobytes of wasm.
        let keep = c.is_ascii_alphanumeric()
            || c == '_'
            || c == '.'
            || (!c.is_ascii()
                && !"‘’‚“”„–—…·•«»‹›".contains(c)
                && !c.is_control()
                && !c.is_whitespace());
        if keep {
            name.push(c);
        } else if !name.ends_with('-') {
            name.push('-');
        }
        if name.chars().count() >= 80 {
            break;
        }
    }
    let name = name.trim_matches(|c| c == '-' || c == '.');
    let name = if name.is_empty() { "swot-board" } else { name };
    format!("{name}-{date}.swot.json")
}

/// Writes boards for localStorage: the same text as a file, since one JSON writer in the app
/// costs fewer bytes of wasm than two.
pub fn to_stored_json(envelope: &Envelope) -> String {
    to_json(envelope)
}

/// The fields a type reads, as its derived `Deserialize` names them to a deserializer: on each
/// record that can carry unknown ones, anything else in a file was written by a newer version
/// and is kept as it was. Read from the type, so that a new field needs no list here.
fn fields_of<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    use serde::de::{value::Error, Deserializer, Error as _, Visitor};

    /// A deserializer that only takes note of the fields a struct asks for.
    struct Fields(&'static [&'static str]);

    impl<'de> Deserializer<'de> for &mut Fields {
        type Error = Error;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
            Err(Error::custom("not a struct"))
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Error> {
            self.0 = fields;
            Err(Error::custom("only its fields"))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
            ignored_any
        }
    }

    let mut fields = Fields(&[]);
    let _ = T::deserialize(&mut fields);
    fields.0
}

/// The fields of `original` not named in `known`.
fn unknown_fields(original: &Value, known: &[&str]) -> BTreeMap<String, Value> {
    original
        .as_object()
        .map(|object| {
            object
                .iter()
                .filter(|(key, _)| !known.contains(&key.as_str()))
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// Keeps what a newer writer added to the envelope, a board or a note, so that reading and
/// writing a file again does not drop it.
fn keep_unknown_fields(envelope: &mut Envelope, original: &Value) {
    envelope.extra = unknown_fields(original, fields_of::<Envelope>());
    let (board_fields, note_fields) = (fields_of::<Board>(), fields_of::<Note>());
    for (i, board) in envelope.boards.iter_mut().enumerate() {
        let original = &original["boards"][i];
        board.extra = unknown_fields(original, board_fields);
        for (j, note) in board.notes.iter_mut().enumerate() {
            note.extra = unknown_fields(&original["notes"][j], note_fields);
        }
    }
}

/// Reads a session file or a stored value: checks kind and version, migrates older versions,
/// checks every field and every rule, and fills defaults. The one way in from the outside.
pub fn restore(bytes: &[u8]) -> Result<Envelope, RestoreError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(RestoreError::TooLarge {
            bytes: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| RestoreError::NotText {
        at: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(RestoreError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            RestoreError::Truncated
        } else if e.to_string().contains("recursion limit") {
            RestoreError::TooDeep
        } else {
            RestoreError::NotJson {
                line: e.line(),
                column: e.column(),
            }
        }
    })?;
    let Value::Object(object) = &value else {
        return Err(RestoreError::NotOurs);
    };
    match object.get("kind") {
        None => return Err(RestoreError::NotOurs),
        Some(Value::String(kind)) if kind == KIND => {}
        Some(other) => {
            let shown = match other {
                Value::String(s) => s.clone(),
                v => v.to_string(),
            };
            return Err(RestoreError::WrongKind(shown.chars().take(60).collect()));
        }
    }
    let version = match object.get("version").and_then(Value::as_u64) {
        Some(v) if v >= 1 => v,
        _ => return Err(RestoreError::BadVersion),
    };
    if version > u64::from(FORMAT_VERSION) {
        return Err(RestoreError::TooNew {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let migrated = version < u64::from(FORMAT_VERSION);
    let value = migrate::to_current(value, version as u32)?;
    // The typed read goes over the text, whose errors carry a line and column; `json_path`
    // turns those into the path the user is shown.
    let current = if migrated {
        value.to_string()
    } else {
        text.to_string()
    };
    let mut envelope: Envelope =
        serde_json::from_str(&current).map_err(|e| RestoreError::Field {
            path: path::json_path(&current, e.line(), e.column()),
            problem: FieldProblem::from_serde(&e.to_string()),
        })?;
    keep_unknown_fields(&mut envelope, &value);
    if envelope.boards.is_empty() {
        return Err(RestoreError::NoBoards);
    }
    for (board, b) in envelope.boards.iter().enumerate() {
        b.validate()
            .map_err(|invalid| RestoreError::Invalid { board, invalid })?;
    }
    Ok(envelope)
}

#[cfg(test)]
mod csv_tests;
#[cfg(test)]
mod locked_tests;
#[cfg(test)]
mod schema_tests;
#[cfg(test)]
mod tests;
