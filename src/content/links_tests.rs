//! Generic tests of the links between records on the example board, through the changes a user
//! makes: whatever record of whatever kind a delete method takes off, no link points nowhere; a
//! merge keeps every link resolvable; and every id is renamed in a copy. A record kind or link
//! that a delete, `forget`, `merge` or `visit_ids` misses fails here, without a test written for
//! it. They stand here, not in `model/`, because the example board is language content;
//! `model/kinds_tests.rs` tests the kinds themselves (every list, every link declared).

use crate::content::example_board;
use crate::i18n::Lang;
use crate::model::test_support::ids_of;
use crate::model::{Board, Id};

/// Every record of the board that can be removed, by kind, with the change that removes it.
fn removals(b: &Board) -> Vec<(&'static str, Id)> {
    let mut all = Vec::new();
    all.extend(b.notes.iter().map(|r| ("note", r.id)));
    all.extend(b.themes.iter().map(|r| ("theme", r.id)));
    all.extend(b.context.participants.iter().map(|r| ("participant", r.id)));
    all.extend(b.strategies.iter().map(|r| ("strategy", r.id)));
    all.extend(b.phases.iter().map(|r| ("phase", r.id)));
    all.extend(b.glossary.iter().map(|r| ("term", r.id)));
    all.extend(b.actions.iter().map(|r| ("action", r.id)));
    all
}

fn remove(b: &mut Board, kind: &str, id: Id) {
    match kind {
        "note" => b.delete_note(id).map(|_| ()),
        "theme" => b.ungroup(id),
        "participant" => b.remove_participant(id),
        "strategy" => b.delete_strategy(id),
        "phase" => b.delete_phase(id),
        "term" => b.delete_term(id),
        "action" => b.delete_action(id),
        other => panic!("no removal for {other}"),
    }
    .unwrap_or_else(|e| panic!("removing {kind} {id}: {e}"));
}

/// A board with every kind of record and link: the example in both languages share none.
fn linked() -> Board {
    let b = example_board(Lang::Nl);
    for (kind, present) in [
        ("themes", !b.themes.is_empty()),
        ("scores", !b.tows.scores.is_empty()),
        (
            "strategy sources",
            b.strategies.iter().any(|s| !s.sources.is_empty()),
        ),
        ("roles", !b.roles.is_empty()),
        (
            "action links",
            b.actions.iter().any(|a| !a.links.is_empty()),
        ),
        ("action owners", b.actions.iter().any(|a| a.owner.is_some())),
        ("action phases", b.actions.iter().any(|a| a.phase.is_some())),
    ] {
        assert!(
            present,
            "the example board has no {kind}: the tests below would miss them"
        );
    }
    b
}

#[test]
fn removing_any_record_of_any_kind_leaves_no_link_pointing_nowhere() {
    let board = linked();
    for (kind, id) in removals(&board) {
        let mut b = board.clone();
        remove(&mut b, kind, id);
        b.validate()
            .unwrap_or_else(|e| panic!("after removing {kind} {id}: {e:?}"));
        assert!(
            !ids_of(&b).contains(&id),
            "after removing {kind} {id}, a link still points at it"
        );
    }
}

#[test]
fn every_id_is_renamed_in_a_copy() {
    // A copy renames every id through visit_ids; an id it missed, a record's or a link's, would
    // still stand in the copy's JSON.
    let board = linked();
    let copy = board.duplicate("Kopie").unwrap();
    copy.validate().unwrap();
    let new = ids_of(&copy);
    for id in ids_of(&board) {
        assert!(!new.contains(&id), "{id} was not renamed");
    }
}

#[test]
fn the_removals_reach_every_record_with_an_id() {
    // Removing every record the table above knows, by the board's own methods, leaves no id
    // but the board's: a kind of record missing from the table would leave its ids.
    let mut b = linked();
    while let Some((kind, id)) = removals(&b).pop() {
        remove(&mut b, kind, id);
    }
    assert_eq!(ids_of(&b), [b.id].into());
}

#[test]
fn a_merge_into_itself_and_into_another_board_keeps_every_link() {
    let board = linked();
    let mut same = board.clone();
    same.merge(&board).unwrap();
    same.validate().unwrap();
    let mut other = example_board(Lang::En);
    other.merge(&board).unwrap();
    other.validate().unwrap();
    let mut copy = board.duplicate("Kopie").unwrap();
    copy.merge(&board).unwrap();
    copy.validate().unwrap();
}
