//! Merging what two tabs did to one board: this tab's changes since it last read the board
//! (base → mine) are laid onto what another tab wrote meanwhile (base → theirs), record by
//! record and field by field. Only two changes to the same field of the same record clash:
//! the other tab's value is kept, and the clash is reported with this tab's value, so nothing
//! is dropped silently (a note's text is even kept on the board, as a note right after it).
//!
//! The merge works on the board's JSON, so every kind of record (and fields a newer version
//! wrote) is merged by the same rules: lists are matched by each record's key, objects field
//! by field, and any other value is one field.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde_json::{Map, Value};
use thiserror::Error;

use super::{Board, BoardError, Id, Invalid};

/// Why two tabs' changes to a board could not be merged; the caller keeps both as they were.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum TabMergeError {
    /// The merged board would break a rule of the board (e.g. too many notes).
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// The merged fields do not make a board (two tabs changed the shape of one value).
    #[error("the merged board cannot be read: {0}")]
    Shape(String),
}

/// A field both tabs changed, each in its own way.
#[derive(Clone, Debug, PartialEq)]
pub struct Clash {
    /// Where it is, from the board down: field names and the keys of records in lists, e.g.
    /// `["notes", "<note id>", "quadrant"]`.
    pub path: Vec<String>,
    /// This tab's value, which lost to the other tab's (`None`: this tab removed the field).
    pub mine: Option<Value>,
}

/// What a three-way merge did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TabMerge {
    /// Notes whose text both tabs changed: the note keeps the other tab's text, and this tab's
    /// text is a new note right after it. The ids of those new notes.
    pub notes_copied: Vec<Id>,
    /// Other fields both tabs changed: the other tab's value was kept.
    pub clashes: Vec<Clash>,
}

impl TabMerge {
    /// Whether both tabs changed the same field somewhere.
    pub fn clashed(&self) -> bool {
        !self.notes_copied.is_empty() || !self.clashes.is_empty()
    }
}

/// Fields that only record when something changed: two tabs changing them is no clash, the
/// later moment wins (RFC 3339 texts of one length sort as the moments do).
const MOMENTS: &[&str] = &["updated_at"];

/// The key of an element of a list: its `id`; for a record known by its links (a matrix score,
/// a role; see `Kind::key`), the ids it links to; else its whole value (a tag, a link).
fn key_of(value: &Value) -> String {
    if let Value::Object(fields) = value {
        if let Some(Value::String(id)) = fields.get("id") {
            return id.clone();
        }
        let mut links: Vec<&str> = Vec::new();
        for field in fields.values() {
            let values = match field {
                Value::Array(items) => items.as_slice(),
                one => std::slice::from_ref(one),
            };
            let ids = values.iter().filter_map(Value::as_str);
            links.extend(ids.filter(|s| Id::parse(s).is_some()));
        }
        if !links.is_empty() {
            return links.join("/");
        }
    }
    value.to_string()
}

struct Merger {
    path: Vec<String>,
    clashes: Vec<Clash>,
}

impl Merger {
    /// Merges one value; `None` is a field that is not there.
    fn value(
        &mut self,
        base: Option<&Value>,
        mine: Option<&Value>,
        theirs: Option<&Value>,
    ) -> Option<Value> {
        if mine == theirs || mine == base {
            return theirs.cloned();
        }
        if theirs == base {
            return mine.cloned();
        }
        match (mine, theirs) {
            (Some(Value::Object(m)), Some(Value::Object(t))) => {
                let empty = Map::new();
                let b = base.and_then(Value::as_object).unwrap_or(&empty);
                Some(Value::Object(self.object(b, m, t)))
            }
            (Some(Value::Array(m)), Some(Value::Array(t))) => {
                let b = match base {
                    Some(Value::Array(b)) => b.as_slice(),
                    _ => &[],
                };
                match self.list(b, m, t) {
                    Some(list) => Some(Value::Array(list)),
                    None => self.clash(mine, theirs),
                }
            }
            _ => self.clash(mine, theirs),
        }
    }

    fn clash(&mut self, mine: Option<&Value>, theirs: Option<&Value>) -> Option<Value> {
        let field = self.path.last().map(String::as_str).unwrap_or_default();
        if MOMENTS.contains(&field) {
            let moment = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
            return if moment(mine) > moment(theirs) {
                mine.cloned()
            } else {
                theirs.cloned()
            };
        }
        self.clashes.push(Clash {
            path: self.path.clone(),
            mine: mine.cloned(),
        });
        theirs.cloned()
    }

    fn object(
        &mut self,
        base: &Map<String, Value>,
        mine: &Map<String, Value>,
        theirs: &Map<String, Value>,
    ) -> Map<String, Value> {
        let names: BTreeSet<&String> = base
            .keys()
            .chain(mine.keys())
            .chain(theirs.keys())
            .collect();
        let mut merged = Map::new();
        // Theirs first, so the fields keep the order the app writes them in.
        let order = theirs
            .keys()
            .chain(mine.keys())
            .chain(base.keys())
            .filter(|k| names.contains(k));
        let mut done = HashSet::new();
        for name in order {
            if !done.insert(name) {
                continue;
            }
            self.path.push(name.clone());
            let value = self.value(base.get(name), mine.get(name), theirs.get(name));
            self.path.pop();
            if let Some(value) = value {
                merged.insert(name.clone(), value);
            }
        }
        merged
    }

    /// Merges a list by the key of each element; `None` when keys repeat within a list, so
    /// the list is one value.
    fn list(&mut self, base: &[Value], mine: &[Value], theirs: &[Value]) -> Option<Vec<Value>> {
        let keyed = |list: &[Value]| -> Option<(Vec<String>, HashMap<String, Value>)> {
            let keys: Vec<String> = list.iter().map(key_of).collect();
            let map: HashMap<String, Value> =
                keys.iter().cloned().zip(list.iter().cloned()).collect();
            (map.len() == keys.len()).then_some((keys, map))
        };
        let (base_keys, b) = keyed(base)?;
        let (mine_keys, m) = keyed(mine)?;
        let (their_keys, t) = keyed(theirs)?;

        let mut merged: HashMap<String, Value> = HashMap::new();
        let all: BTreeSet<&String> = base_keys
            .iter()
            .chain(&mine_keys)
            .chain(&their_keys)
            .collect();
        for key in all {
            self.path.push(key.clone());
            // A record one tab removed and the other changed stays, changed: nothing lost.
            let value = match (b.get(key), m.get(key), t.get(key)) {
                (Some(base), Some(mine), None) => (mine != base).then(|| mine.clone()),
                (Some(base), None, Some(theirs)) => (theirs != base).then(|| theirs.clone()),
                (base, mine, theirs) => self.value(base, mine, theirs),
            };
            self.path.pop();
            if let Some(value) = value {
                merged.insert(key.clone(), value);
            }
        }

        // The order of the tab that reordered; theirs when both did. Records only the other
        // side has go in after the record they followed there.
        let in_base: HashSet<&String> = base_keys.iter().collect();
        let kept_order = |keys: &[String]| -> Vec<String> {
            keys.iter()
                .filter(|k| in_base.contains(k) && m.contains_key(*k) && t.contains_key(*k))
                .cloned()
                .collect()
        };
        let theirs_reordered = kept_order(&their_keys) != kept_order(&base_keys);
        let (first, second) = if theirs_reordered {
            (&their_keys, &mine_keys)
        } else {
            (&mine_keys, &their_keys)
        };
        let mut order: Vec<String> = first
            .iter()
            .filter(|k| merged.contains_key(*k))
            .cloned()
            .collect();
        let mut placed: HashSet<String> = order.iter().cloned().collect();
        let mut after: Option<String> = None;
        for key in second {
            if merged.contains_key(key) && !placed.contains(key) {
                let at = match &after {
                    Some(prev) => order.iter().position(|k| k == prev).map_or(0, |i| i + 1),
                    None => 0,
                };
                order.insert(at, key.clone());
                placed.insert(key.clone());
            }
            if placed.contains(key) {
                after = Some(key.clone());
            }
        }
        // Records kept because one side changed what the other removed, and the base's order
        // has them nowhere else.
        for key in &base_keys {
            if merged.contains_key(key) && !placed.contains(key) {
                order.push(key.clone());
                placed.insert(key.clone());
            }
        }
        Some(
            order
                .into_iter()
                .filter_map(|k| merged.remove(&k))
                .collect(),
        )
    }
}

/// The fields a newer version wrote on these objects, which the model keeps in `extra`.
fn extra_names<'a>(extras: impl Iterator<Item = &'a BTreeMap<String, Value>>) -> BTreeSet<String> {
    extras.flat_map(|e| e.keys().cloned()).collect()
}

fn pick(object: &Value, names: &BTreeSet<String>) -> BTreeMap<String, Value> {
    names
        .iter()
        .filter_map(|n| Some((n.clone(), object.get(n)?.clone())))
        .collect()
}

/// A board as a JSON value. Through the JSON text, not `serde_json::to_value`: the app already
/// has the code that writes a board as text and reads text as a value, and `to_value` and
/// `from_value` would bring a second copy of every record's (de)serialising code (measured:
/// about 30 KB brotli of wasm).
fn value_of(board: &Board) -> Value {
    // Pretty, as files and storage are written: the app has that one JSON writer.
    serde_json::to_string_pretty(board)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null)
}

/// The board a JSON value holds, read through its text (see [`value_of`]).
fn board_of(value: &Value) -> Result<Board, serde_json::Error> {
    serde_json::from_str(&serde_json::to_string_pretty(value)?)
}

/// The board a merged JSON value holds, with the fields a newer version wrote (`extra`) that
/// any of `sources` had kept on the board and on each note.
fn from_merged(merged: &Value, sources: &[&Board]) -> Result<Board, TabMergeError> {
    let mut board = board_of(merged).map_err(|e| TabMergeError::Shape(e.to_string()))?;
    board.extra = pick(merged, &extra_names(sources.iter().map(|b| &b.extra)));
    let merged_notes: HashMap<String, &Value> = merged["notes"]
        .as_array()
        .map(|notes| notes.iter().map(|n| (key_of(n), n)).collect())
        .unwrap_or_default();
    for note in &mut board.notes {
        let names = extra_names(
            sources
                .iter()
                .filter_map(|b| b.notes.iter().find(|n| n.id == note.id))
                .map(|n| &n.extra),
        );
        if let Some(value) = merged_notes.get(&note.id.to_string()) {
            note.extra = pick(value, &names);
        }
    }
    Ok(board)
}

/// The field at `path` in a board's JSON: names in objects, keys of records in lists.
fn field_at<'a>(value: &'a mut Value, path: &[String]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |at, step| match at {
        Value::Object(fields) => fields.get_mut(step),
        Value::Array(list) => list.iter_mut().find(|v| key_of(v) == *step),
        _ => None,
    })
}

impl Board {
    /// Puts this tab's values back where a merge with another tab kept the other tab's (the
    /// Undo of the message that tells of the clash). Refused, changing nothing, when a record
    /// is gone since or the result would break a rule of the board.
    pub fn put_mine(&mut self, clashes: &[Clash]) -> Result<(), BoardError> {
        let mut value = value_of(self);
        for clash in clashes {
            let Some((name, parent)) = clash.path.split_last() else {
                continue;
            };
            let Some(Value::Object(fields)) = field_at(&mut value, parent) else {
                return Err(BoardError::NoSuchItem);
            };
            match &clash.mine {
                Some(mine) => fields.insert(name.clone(), mine.clone()),
                None => fields.remove(name),
            };
        }
        let mut board = from_merged(&value, &[self]).map_err(|_| BoardError::NoSuchItem)?;
        board.drop_dangling_links();
        board.validate().map_err(|_| BoardError::NoSuchItem)?;
        board.touch();
        *self = board;
        Ok(())
    }

    /// Merges this tab's changes (from `base`, what this tab last read or wrote, to `mine`)
    /// onto `theirs`, what another tab wrote since. Changes to different records, or to
    /// different fields of one record, are all kept; where both changed the same field the
    /// other tab's value is kept and [`TabMerge`] reports this tab's (a note's text is kept as
    /// a note right after it). A result that would break a rule of the board is refused.
    pub fn merge_tabs(
        base: &Board,
        mine: &Board,
        theirs: &Board,
    ) -> Result<(Board, TabMerge), TabMergeError> {
        let mut merger = Merger {
            path: Vec::new(),
            clashes: Vec::new(),
        };
        let merged = merger
            .value(
                Some(&value_of(base)),
                Some(&value_of(mine)),
                Some(&value_of(theirs)),
            )
            .unwrap_or(Value::Null);
        let mut board = from_merged(&merged, &[base, mine, theirs])?;

        let mut report = TabMerge::default();
        for clash in merger.clashes {
            match clash.path.as_slice() {
                [notes, id, text] if notes == "notes" && text == "text" => {
                    let mine_text = clash.mine.as_ref().and_then(Value::as_str);
                    let at =
                        Id::parse(id).and_then(|id| board.notes.iter().position(|n| n.id == id));
                    if let (Some(at), Some(mine_text)) = (at, mine_text) {
                        let mut copy = board.notes[at].clone();
                        copy.id = Id::new();
                        copy.text = mine_text.to_string();
                        copy.votes = 0;
                        report.notes_copied.push(copy.id);
                        board.notes.insert(at + 1, copy);
                        continue;
                    }
                    report.clashes.push(clash);
                }
                _ => report.clashes.push(clash),
            }
        }
        board.drop_dangling_links();
        board.validate()?;
        Ok((board, report))
    }
}
