//! Generic tests of the kinds of record: that `Board::lists` names every list of records a board
//! holds, that each kind declares every id it holds, and that forgetting, renaming and merging
//! keep every link of every kind. A kind or link that is missing from a list fails here, with no
//! test written for it; `test_support::full` must hold a record of every kind, with every link.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use proptest::prelude::*;
use serde_json::Value;

use super::kinds::Ids;
use super::test_support::{filled, full, ids_of};
use super::{Board, BoardError, Id, Problem};

/// The schema of a board, as schemars reads the types.
fn schema() -> Value {
    serde_json::to_value(schemars::schema_for!(Board)).unwrap()
}

/// The definition a schema node refers to, or the node itself.
fn resolve<'a>(schema: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(to) => schema.pointer(&to[1..]).expect("a definition"),
        None => node,
    }
}

/// Whether a schema node holds an `Id` anywhere, through the definitions it refers to.
fn holds_id(schema: &Value, node: &Value) -> bool {
    match node {
        Value::Object(fields) => fields.iter().any(|(name, value)| match value {
            Value::String(to) if name == "$ref" => {
                to == "#/$defs/Id" || holds_id(schema, resolve(schema, node))
            }
            _ => holds_id(schema, value),
        }),
        Value::Array(items) => items.iter().any(|item| holds_id(schema, item)),
        _ => false,
    }
}

/// What the schema of a board says it holds: the lists of records (objects) with the path of
/// each and its definition, and the other fields that hold an id, found through the board's
/// objects (`context`, `tows`, ...).
fn board_shape(schema: &Value) -> (BTreeMap<String, Value>, BTreeSet<String>) {
    fn walk(
        schema: &Value,
        node: &Value,
        prefix: &str,
        lists: &mut BTreeMap<String, Value>,
        ids: &mut BTreeSet<String>,
    ) {
        let node = resolve(schema, node);
        for (name, field) in node["properties"].as_object().into_iter().flatten() {
            let path = format!("{prefix}{name}");
            let object = resolve(schema, field);
            let items = resolve(schema, &object["items"]);
            if items.get("properties").is_some() {
                lists.insert(path, items.clone());
            } else if object.get("properties").is_some() {
                walk(schema, object, &format!("{path}."), lists, ids);
            } else if holds_id(schema, field) {
                ids.insert(path);
            }
        }
    }
    let (mut lists, mut ids) = (BTreeMap::new(), BTreeSet::new());
    walk(schema, schema, "", &mut lists, &mut ids);
    (lists, ids)
}

/// Each list of the board by its path, with the fields its records declare as ids: `id` if
/// they have one, and each link.
fn declared(board: &Board) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for list in board.lists() {
        let mut fields = BTreeSet::new();
        for i in 0..list.count() {
            if list.id_at(i).is_some() {
                fields.insert("id".to_string());
            }
            list.links_at(i, &mut |link, _| {
                fields.insert(link.field.to_string());
            });
        }
        assert!(
            list.count() > 0,
            "test_support::full() holds no {}: add one",
            list.path()
        );
        all.insert(list.path().to_string(), fields);
    }
    all
}

#[test]
fn the_one_list_of_kinds_names_every_list_of_records_a_board_holds() {
    let schema = schema();
    let (lists, ids) = board_shape(&schema);
    let kinds: BTreeSet<String> = declared(&full()).into_keys().collect();
    let in_schema: BTreeSet<String> = lists.into_keys().collect();
    assert_eq!(
        kinds, in_schema,
        "Board::lists (left) and the lists of records of a board (right) differ"
    );
    // Outside its records, a board holds one id: its own.
    assert_eq!(ids, BTreeSet::from(["id".to_string()]));
}

#[test]
fn every_kind_declares_every_id_its_records_hold() {
    let schema = schema();
    let (lists, _) = board_shape(&schema);
    for (path, fields) in declared(&full()) {
        let definition = &lists[&path];
        let in_schema: BTreeSet<String> = definition["properties"]
            .as_object()
            .unwrap()
            .iter()
            .filter(|(_, field)| holds_id(&schema, field))
            .map(|(name, _)| name.clone())
            .collect();
        assert_eq!(
            fields, in_schema,
            "{path}: the ids its Kind declares (left, in links!) and the fields that hold ids"
        );
    }
}

#[test]
fn the_full_board_sets_every_link_of_every_kind() {
    let board = full();
    for list in board.lists() {
        let mut set: BTreeMap<&str, bool> = BTreeMap::new();
        for i in 0..list.count() {
            list.links_at(i, &mut |link, ids| {
                let some = match ids {
                    Ids::Required(_) => true,
                    Ids::Optional(id) => id.is_some(),
                    Ids::List(ids) => !ids.is_empty(),
                };
                *set.entry(link.field).or_default() |= some;
            });
        }
        for (field, some) in set {
            assert!(
                some,
                "no {}.{field} is set in test_support::full()",
                list.path()
            );
        }
    }
}

#[test]
fn renaming_every_id_leaves_no_old_id_anywhere_in_the_board() {
    let board = full();
    let before = ids_of(&board);
    let mut copy = board.clone();
    let mut fresh: HashMap<Id, Id> = HashMap::new();
    copy.visit_ids(&mut |id| *id = *fresh.entry(*id).or_default());
    let after = ids_of(&copy);
    let left: Vec<&Id> = before.intersection(&after).collect();
    assert!(left.is_empty(), "not renamed by visit_ids: {left:?}");
    assert_eq!(after.len(), before.len());
    copy.validate().unwrap();
}

/// Every record of the board with an id, as (path of its list, place, id).
fn records(board: &Board) -> Vec<(&'static str, usize, Id)> {
    let mut all = Vec::new();
    for list in board.lists() {
        all.extend((0..list.count()).filter_map(|i| Some((list.path(), i, list.id_at(i)?))));
    }
    all
}

/// The board without the record at `path[index]`, taken out as any record could be (through
/// its JSON, with no method of its kind), and then forgotten.
fn without(board: &Board, path: &str, index: usize, id: Id) -> Board {
    let mut value = serde_json::to_value(board).unwrap();
    let pointer = format!("/{}", path.replace('.', "/"));
    value
        .pointer_mut(&pointer)
        .unwrap()
        .as_array_mut()
        .unwrap()
        .remove(index);
    let mut b: Board = serde_json::from_value(value).unwrap();
    b.forget(id);
    b
}

#[test]
fn deleting_or_forgetting_any_record_of_any_kind_leaves_no_link_pointing_nowhere() {
    let board = full();
    for (path, index, id) in records(&board) {
        let mut gone = deleted(&board, path, id);
        assert_eq!(gone.remove_record(path, id), Err(BoardError::NoSuchItem));
        for (how, b) in [
            ("deleting", gone),
            ("forgetting", without(&board, path, index, id)),
        ] {
            b.validate()
                .unwrap_or_else(|e| panic!("after {how} {path}[{index}]: {e}"));
            assert!(
                !ids_of(&b).contains(&id),
                "after {how} {path}[{index}], a link still points at it"
            );
        }
    }
}

/// Each list's records by what a merge knows them by: their id, or the ids they link to.
fn keys(board: &Board) -> Vec<(&'static str, BTreeSet<Vec<Id>>)> {
    board
        .lists()
        .iter()
        .map(|list| {
            let keys = (0..list.count())
                .map(|i| match list.id_at(i) {
                    Some(id) => vec![id],
                    None => {
                        let mut key = Vec::new();
                        list.links_at(i, &mut |_, ids| match ids {
                            Ids::Required(id) => key.push(*id),
                            Ids::Optional(id) => key.extend(*id),
                            Ids::List(ids) => key.extend_from_slice(ids),
                        });
                        key
                    }
                })
                .collect();
            (list.path(), keys)
        })
        .collect()
}

/// Merges `theirs` into `ours`: the result keeps every link and every record of either.
fn merged(ours: &Board, theirs: &Board) -> Result<(), TestCaseError> {
    let mut result = ours.clone();
    result.merge(theirs).unwrap();
    prop_assert!(result.validate().is_ok(), "{:?}", result.validate());
    let all = keys(&result);
    for side in [ours, theirs] {
        for ((path, keys), (_, kept)) in keys(side).iter().zip(&all) {
            let lost: Vec<_> = keys.difference(kept).collect();
            prop_assert!(lost.is_empty(), "the merge lost {} {:?}", path, lost);
        }
    }
    Ok(())
}

#[test]
fn a_merge_into_itself_into_a_copy_and_into_another_board_keeps_every_link_and_record() {
    let board = full();
    let copy = board.duplicate("Kopie").unwrap();
    let (other, _) = filled();
    for (ours, theirs) in [
        (&board, &board),
        (&board, &copy),
        (&copy, &board),
        (&board, &other),
        (&other, &board),
    ] {
        merged(ours, theirs).unwrap();
    }
}

/// The board without the record with this id, deleted as a user deletes it: a note with
/// `delete_note`, any other record with `remove_record`, which every delete method calls.
fn deleted(board: &Board, path: &str, id: Id) -> Board {
    let mut b = board.clone();
    if path == "notes" {
        b.delete_note(id).unwrap();
    } else {
        b.remove_record(path, id).unwrap();
    }
    b
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Records of any kind deleted or forgotten in any order, any number of them: no link
    /// points nowhere; then the board merged with the untouched one, either way: no link and no
    /// record lost.
    #[test]
    fn deleting_records_in_any_order_then_merging_keeps_every_link(
        picks in prop::collection::vec((any::<prop::sample::Index>(), any::<bool>()), 0..24),
    ) {
        let board = full();
        let mut b = board.clone();
        for (pick, forget) in picks {
            let all = records(&b);
            if all.is_empty() {
                break;
            }
            let (path, index, id) = all[pick.index(all.len())];
            b = if forget { without(&b, path, index, id) } else { deleted(&b, path, id) };
            prop_assert!(b.validate().is_ok(), "after taking out {}[{}]", path, index);
            prop_assert!(!ids_of(&b).contains(&id));
        }
        merged(&board, &b)?;
        merged(&b, &board)?;
    }
}

#[test]
fn a_link_to_no_record_or_to_a_record_of_another_kind_is_refused_with_its_path() {
    let board = full();
    let index = board.index().unwrap();
    let value = serde_json::to_value(&board).unwrap();
    for list in board.lists() {
        for i in 0..list.count() {
            let mut links = Vec::new();
            list.links_at(i, &mut |link, ids| {
                let many = matches!(ids, Ids::List(ids) if !ids.is_empty());
                let one = matches!(ids, Ids::Required(_) | Ids::Optional(Some(_)));
                if many || one {
                    links.push((link, many));
                }
            });
            for (link, many) in links {
                let other_kind = index
                    .iter()
                    .find(|(_, kind)| !link.to.contains(kind))
                    .map(|(id, _)| *id)
                    .unwrap();
                for wrong in [Id::new(), other_kind] {
                    let mut v = value.clone();
                    let pointer = format!("/{}/{i}/{}", list.path().replace('.', "/"), link.field);
                    let field = v.pointer_mut(&pointer).unwrap();
                    let (field, path) = if many {
                        let path = format!("{}[{i}].{}[0]", list.path(), link.field);
                        (&mut field[0], path)
                    } else {
                        (field, format!("{}[{i}].{}", list.path(), link.field))
                    };
                    *field = Value::String(wrong.to_string());
                    let b: Board = serde_json::from_value(v).unwrap();
                    let err = b.validate().unwrap_err();
                    assert_eq!((err.path, err.problem), (path, Problem::MissingLink(wrong)));
                }
            }
        }
    }
}
