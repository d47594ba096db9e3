use super::*;
use crate::content::example_board;
use crate::i18n::Lang;
use crate::model::Quadrant;

fn store_with(board: &Board) -> BoardStore<MemoryStore> {
    let mut store = BoardStore::new(MemoryStore::default());
    store.save(board).unwrap();
    store
}

#[test]
fn saved_boards_load_back() {
    let mut a = Board::new("Waterdam").unwrap();
    a.add_note(Quadrant::Strengths, "Korte lijnen ✨").unwrap();
    let b = example_board(Lang::Nl);
    let mut store = store_with(&a);
    store.save(&b).unwrap();

    let mut fresh = BoardStore::new(store.store().clone());
    let loaded = fresh.load().unwrap();
    assert!(loaded.unreadable.is_empty());
    assert_eq!(loaded.boards.len(), 2);
    assert!(loaded.boards.contains(&a));
    assert!(loaded.boards.contains(&b));
}

#[test]
fn unreadable_values_are_reported_and_never_overwritten() {
    let board = Board::new("Waterdam").unwrap();
    let mut memory = MemoryStore::default();
    let key = board_key(board.id);
    memory
        .set(&key, "{\"kind\": \"swot-board\", \"vers")
        .unwrap();
    memory.set("swot-board/settings/lang", "nl").unwrap();
    memory.set("other-app", "whatever").unwrap();
    let mut store = BoardStore::new(memory);
    let loaded = store.load().unwrap();
    assert!(loaded.boards.is_empty());
    assert_eq!(loaded.unreadable.len(), 1);
    assert_eq!(loaded.unreadable[0].key, key);
    assert_eq!(loaded.unreadable[0].error, RestoreError::Truncated);

    // A board with that id is not written over the unreadable text.
    assert_eq!(store.save(&board), Err(SaveError::Stale));
    assert_eq!(
        store.store().get(&key).unwrap().unwrap(),
        "{\"kind\": \"swot-board\", \"vers"
    );
}

#[test]
fn a_value_under_the_wrong_key_is_unreadable() {
    let board = Board::new("Waterdam").unwrap();
    let mut memory = MemoryStore::default();
    let text = to_stored_json(&Envelope::new(vec![board]));
    memory.set(&board_key(Id::new()), &text).unwrap();
    let loaded = BoardStore::new(memory).load().unwrap();
    assert_eq!(loaded.unreadable.len(), 1);
}

#[test]
fn a_full_store_refuses_and_keeps_what_was_saved() {
    let mut board = Board::new("Waterdam").unwrap();
    board.add_note(Quadrant::Threats, "kort").unwrap();
    let mut store = store_with(&board);
    let before = store.store().get(&board_key(board.id)).unwrap();
    store.store_mut().quota = Some(store.used() + 10);
    board
        .add_note(Quadrant::Threats, &"lang ".repeat(100))
        .unwrap();
    assert_eq!(store.save(&board), Err(SaveError::Full));
    assert_eq!(store.store().get(&board_key(board.id)).unwrap(), before);
    // Once there is room again, the same board saves.
    store.store_mut().quota = None;
    store.save(&board).unwrap();
}

#[test]
fn a_stale_tab_never_overwrites_newer_data() {
    let mut board = Board::new("Waterdam").unwrap();
    let mut tab_a = store_with(&board);
    let mut tab_b = BoardStore::new(tab_a.store().clone());
    tab_b.load().unwrap();

    // Tab B writes first; both tabs share one storage, so copy it across.
    let mut from_b = board.clone();
    from_b.add_note(Quadrant::Strengths, "uit tab B").unwrap();
    tab_b.save(&from_b).unwrap();
    *tab_a.store_mut() = tab_b.store().clone();

    board.add_note(Quadrant::Strengths, "uit tab A").unwrap();
    assert!(!tab_a.is_current(board.id));
    assert_eq!(tab_a.save(&board), Err(SaveError::Stale));
    let stored = tab_a.reread(board.id).unwrap().unwrap();
    assert_eq!(stored, from_b);
    // After reading the newer data, tab A may write again.
    assert!(tab_a.is_current(board.id));
    tab_a.save(&stored).unwrap();
}

#[test]
fn a_board_deleted_elsewhere_is_not_brought_back() {
    let board = Board::new("Waterdam").unwrap();
    let mut tab = store_with(&board);
    tab.store_mut().remove(&board_key(board.id)).unwrap();
    assert_eq!(tab.save(&board), Err(SaveError::Stale));
    assert_eq!(tab.reread(board.id), Ok(None));
}

#[test]
fn deleting_removes_the_key_and_undo_can_save_again() {
    let board = Board::new("Waterdam").unwrap();
    let mut store = store_with(&board);
    store.delete(board.id).unwrap();
    assert_eq!(store.store().get(&board_key(board.id)).unwrap(), None);
    store.save(&board).unwrap();
    assert!(store.store().get(&board_key(board.id)).unwrap().is_some());
}

#[test]
fn settings_are_kept_under_the_app_prefix() {
    let mut store = BoardStore::new(MemoryStore::default());
    assert_eq!(store.setting("lang"), None);
    store.set_setting("lang", "en");
    assert_eq!(store.setting("lang").as_deref(), Some("en"));
    assert!(store
        .store()
        .entries
        .contains_key("swot-board/settings/lang"));
}

#[test]
fn autosave_waits_for_a_pause_but_not_forever() {
    let board = Id::new();
    let mut autosave = Autosave::new(500, 3_000);
    assert!(!autosave.is_dirty());
    assert_eq!(autosave.changed(board, 1_000), 1_500);
    assert!(!autosave.is_due(1_400));
    assert_eq!(autosave.changed(board, 1_400), 1_900);
    assert!(autosave.is_due(1_900));
    // Typing without pause: the save still comes within `most` of the first change.
    for t in (2_000..5_000).step_by(100) {
        autosave.changed(board, t);
    }
    assert_eq!(autosave.due(), Some(4_000));
    assert_eq!(autosave.take(), vec![board]);
    assert!(!autosave.is_dirty());
    assert_eq!(autosave.due(), None);
    assert_eq!(autosave.changed(board, 10_000), 10_500);
}

#[test]
fn autosave_forgets_a_deleted_board() {
    let (a, b) = (Id::new(), Id::new());
    let mut autosave = Autosave::new(500, 3_000);
    autosave.changed(a, 0);
    autosave.changed(b, 10);
    autosave.forget(a);
    assert!(!autosave.is_board_dirty(a));
    assert!(autosave.is_board_dirty(b));
    assert_eq!(autosave.take(), vec![b]);
}

/// Space used, counted from scratch.
fn counted(store: &MemoryStore) -> usize {
    store
        .entries
        .iter()
        .filter(|(k, _)| k.starts_with(PREFIX))
        .map(|(k, v)| k.encode_utf16().count() + v.encode_utf16().count())
        .sum()
}

#[test]
fn space_used_matches_what_is_stored_through_saves_deletes_and_other_tabs() {
    let mut board = example_board(Lang::Nl);
    let mut store = store_with(&board);
    store.set_setting("lang", "nl");
    store.store_mut().set("other-app", "not ours").unwrap();
    store
        .store_mut()
        .set("swot-board/board/unreadable", "{ kapot ✨")
        .unwrap();
    assert_eq!(store.used(), counted(store.store()));
    board
        .add_note(Quadrant::Threats, "één notitie meer 📱")
        .unwrap();
    store.save(&board).unwrap();
    assert_eq!(store.used(), counted(store.store()));
    let other = Board::new("Uit een ander tabblad").unwrap();
    let mut tab = BoardStore::new(store.store().clone());
    tab.save(&other).unwrap();
    *store.store_mut() = tab.store().clone();
    assert_eq!(store.used(), counted(store.store()));
    store.reread(other.id).unwrap();
    store.delete(board.id).unwrap();
    assert_eq!(store.used(), counted(store.store()));
}

proptest::proptest! {
    /// The byte count of UTF-16 units agrees with decoding, for any text (accents, emoji,
    /// surrogate pairs).
    #[test]
    fn utf16_length_from_bytes_agrees_with_decoding(text in "\\PC*") {
        proptest::prop_assert_eq!(utf16_len(&text), text.encode_utf16().count());
    }
}

#[test]
fn utf16_length_counts_pairs_for_emoji() {
    assert_eq!(utf16_len("a"), 1);
    assert_eq!(utf16_len("één"), 3);
    assert_eq!(utf16_len("👍🏽"), 4);
}
