//! Two tabs changing one board at once, against one store in memory: both tabs' changes are
//! kept, whether this tab hears of the other's write first (the storage event) or finds it
//! when it saves.

use super::super::tests::Shared;
use crate::file::restore;
use crate::model::{Id, Quadrant, Timestamp};
use crate::storage::board_key;
use crate::workspace::{Outside, Warning, Workspace};

const AT: Timestamp = Timestamp(1_764_633_600_000);

fn later(ms: u64) -> Timestamp {
    Timestamp(AT.0 + ms)
}

/// Two tabs on one store with one saved board holding a strength.
fn two_tabs() -> (Shared, Workspace<Shared>, Workspace<Shared>, Id) {
    let store = Shared::default();
    let mut here = Workspace::open(store.clone());
    let id = here.create_board("Waterdam", &[], AT).unwrap();
    here.change(id, AT, |b| b.add_note(Quadrant::Strengths, "Korte lijnen"))
        .unwrap();
    here.flush(later(2_000));
    let there = Workspace::open(store.clone());
    (store, here, there, id)
}

fn texts(w: &Workspace<Shared>, board: Id) -> Vec<String> {
    let b = w.library().board(board).unwrap();
    b.notes.iter().map(|n| n.text.clone()).collect()
}

fn stored_texts(store: &Shared, board: Id) -> Vec<String> {
    let text = store.0.borrow().entries[&board_key(board)].clone();
    let envelope = restore(text.as_bytes()).unwrap();
    envelope.boards[0]
        .notes
        .iter()
        .map(|n| n.text.clone())
        .collect()
}

#[test]
fn a_save_that_finds_another_tabs_write_keeps_both() {
    let (store, mut here, mut there, id) = two_tabs();
    there
        .change(id, AT, |b| b.add_note(Quadrant::Strengths, "Van elders"))
        .unwrap();
    here.change(id, AT, |b| b.add_note(Quadrant::Threats, "Van hier"))
        .unwrap();
    there.flush(later(3_000));
    // This tab saves before it hears of the other's write.
    here.flush(later(3_000));
    assert_eq!(here.warning(), None);
    assert!(!here.is_pending());
    for text in ["Korte lijnen", "Van elders", "Van hier"] {
        assert!(
            stored_texts(&store, id).contains(&text.to_string()),
            "{text}"
        );
        assert!(texts(&here, id).contains(&text.to_string()), "{text}");
    }
    let merged = here.take_merged_tabs();
    assert_eq!(merged.len(), 1);
    assert!(!merged[0].merge.clashed());
    // The other tab takes in the merged board: it lost nothing either.
    assert_eq!(
        there.take_outside_write(Some(&board_key(id))),
        Outside::Updated(id)
    );
    assert!(texts(&there, id).contains(&"Van hier".to_string()));
}

#[test]
fn another_tabs_write_is_merged_with_unsaved_changes_here() {
    let (store, mut here, mut there, id) = two_tabs();
    there
        .change(id, AT, |b| b.add_note(Quadrant::Strengths, "Van elders"))
        .unwrap();
    there.flush(later(3_000));
    here.change(id, AT, |b| b.add_note(Quadrant::Threats, "Van hier"))
        .unwrap();

    assert_eq!(
        here.take_outside_write(Some(&board_key(id))),
        Outside::Merged(id)
    );
    assert_eq!(here.warning(), None);
    assert!(texts(&here, id).contains(&"Van elders".to_string()));
    assert!(texts(&here, id).contains(&"Van hier".to_string()));
    assert!(here.is_pending(), "the merged board is still to be saved");
    here.flush(later(4_000));
    assert!(stored_texts(&store, id).contains(&"Van hier".to_string()));
    assert!(stored_texts(&store, id).contains(&"Van elders".to_string()));
}

#[test]
fn one_note_changed_in_both_tabs_keeps_both_texts_and_says_so() {
    let (store, mut here, mut there, id) = two_tabs();
    let note = here.library().board(id).unwrap().notes[0].id;
    there
        .change(id, AT, |b| b.edit_note(note, "Korte lijnen met de wijk"))
        .unwrap();
    there.flush(later(3_000));
    here.change(id, AT, |b| b.edit_note(note, "Korte lijnen met de school"))
        .unwrap();
    here.flush(later(3_500));
    let stored = stored_texts(&store, id);
    assert!(stored.contains(&"Korte lijnen met de wijk".to_string()));
    assert!(stored.contains(&"Korte lijnen met de school".to_string()));
    let merged = here.take_merged_tabs();
    assert_eq!(merged.len(), 1);
    assert_eq!(merged[0].board, id);
    assert_eq!(merged[0].merge.notes_copied.len(), 1);
    assert!(here.take_merged_tabs().is_empty(), "told once");
}

#[test]
fn a_board_deleted_in_another_tab_is_not_brought_back_silently() {
    let (store, mut here, mut there, id) = two_tabs();
    assert!(there.delete_board(id).is_some());
    here.change(id, AT, |b| b.add_note(Quadrant::Threats, "Van hier"))
        .unwrap();
    assert_eq!(
        here.take_outside_write(Some(&board_key(id))),
        Outside::Stale
    );
    assert_eq!(here.warning(), Some(Warning::Stale));
    here.flush(later(3_000));
    assert_eq!(here.warning(), Some(Warning::Stale));
    assert!(texts(&here, id).contains(&"Van hier".to_string()));
    assert!(!store.0.borrow().entries.contains_key(&board_key(id)));
}

/// Two tabs typing a note each, round after round, saving and hearing of each other's writes
/// in every order: every note of both ends up stored and on both screens.
#[test]
fn two_tabs_typing_at_once_lose_no_note() {
    let (store, mut a, mut b, id) = two_tabs();
    let mut typed = vec!["Korte lijnen".to_string()];
    for round in 0..20u64 {
        let t = later(10_000 + round * 1_000);
        let ta = format!("A{round}");
        let tb = format!("B{round}");
        a.change(id, t, |x| {
            x.add_note(Quadrant::ALL[(round % 4) as usize], &ta)
        })
        .unwrap();
        b.change(id, t, |x| {
            x.add_note(Quadrant::ALL[(round % 3) as usize], &tb)
        })
        .unwrap();
        typed.extend([ta, tb]);
        let key = board_key(id);
        match round % 4 {
            0 => {
                a.flush(t);
                b.flush(t);
                a.take_outside_write(Some(&key));
            }
            1 => {
                b.flush(t);
                a.take_outside_write(Some(&key));
                a.flush(t);
                b.take_outside_write(Some(&key));
            }
            2 => {
                a.flush(t);
                b.take_outside_write(Some(&key));
                b.flush(t);
                a.take_outside_write(Some(&key));
            }
            _ => {
                b.flush(t);
                a.flush(t);
                b.take_outside_write(Some(&key));
            }
        }
    }
    let last = later(100_000);
    a.flush(last);
    b.flush(last);
    a.take_outside_write(Some(&board_key(id)));
    b.take_outside_write(Some(&board_key(id)));
    let stored = stored_texts(&store, id);
    for text in &typed {
        assert!(stored.contains(text), "{text} lost: {stored:?}");
        assert!(texts(&a, id).contains(text), "{text} not in tab A");
        assert!(texts(&b, id).contains(text), "{text} not in tab B");
    }
    assert_eq!(stored.len(), typed.len(), "no note twice");
    assert_eq!(a.warning(), None);
    assert_eq!(b.warning(), None);
}
