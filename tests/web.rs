//! What only a browser has: localStorage, and how it fails when full. Run by
//! `cargo test --target wasm32-unknown-unknown --test web` in headless Chromium.
#![cfg(target_arch = "wasm32")]

use swot_board::model::{Board, Quadrant};
use swot_board::storage::{
    board_key, BoardStore, BrowserStore, LocalStore, SaveError, Store, StoreError,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear() {
    let mut store = LocalStore;
    for key in store.keys().unwrap() {
        store.remove(&key).unwrap();
    }
}

#[wasm_bindgen_test]
fn local_store_keeps_and_lists_values() {
    clear();
    let mut store = LocalStore;
    assert_eq!(store.get("swot-board/x").unwrap(), None);
    store.set("swot-board/x", "één ✨").unwrap();
    assert_eq!(
        store.get("swot-board/x").unwrap().as_deref(),
        Some("één ✨")
    );
    assert_eq!(store.keys().unwrap(), vec!["swot-board/x".to_string()]);
    store.remove("swot-board/x").unwrap();
    assert!(store.keys().unwrap().is_empty());
}

#[wasm_bindgen_test]
fn where_local_storage_can_be_used_the_browser_store_uses_it() {
    clear();
    let mut store = BrowserStore::default();
    assert!(LocalStore::available());
    assert!(store.outlives_tab());
    store.set("swot-board/y", "bewaard").unwrap();
    assert_eq!(
        LocalStore.get("swot-board/y").unwrap().as_deref(),
        Some("bewaard")
    );
    clear();
}

#[wasm_bindgen_test]
fn where_storage_is_blocked_boards_live_in_memory_for_the_tab() {
    clear();
    let mut boards = BoardStore::new(BrowserStore::Memory(Vec::new()));
    assert!(!boards.store().outlives_tab());
    let mut board = Board::new("Alleen in dit tabblad").unwrap();
    board.add_note(Quadrant::Threats, "Verloop").unwrap();
    boards.save(&board).unwrap();
    board.add_note(Quadrant::Threats, "Nog een").unwrap();
    boards.save(&board).unwrap();
    assert_eq!(boards.load().unwrap().boards, vec![board.clone()]);
    boards.delete(board.id).unwrap();
    assert!(boards.load().unwrap().boards.is_empty());
    assert!(
        LocalStore.keys().unwrap().is_empty(),
        "nothing reached localStorage"
    );
}

#[wasm_bindgen_test]
fn boards_saved_in_local_storage_load_back() {
    clear();
    let mut board = Board::new("Focusgroep Waterdam").unwrap();
    board
        .add_note(Quadrant::Strengths, "Korte lijnen 👍")
        .unwrap();
    BoardStore::new(LocalStore).save(&board).unwrap();
    let loaded = BoardStore::new(LocalStore).load().unwrap();
    assert_eq!(loaded.boards, vec![board]);
    assert!(loaded.unreadable.is_empty());
}

#[wasm_bindgen_test]
fn a_full_local_storage_is_told_apart_and_keeps_what_was_saved() {
    clear();
    let mut board = Board::new("Waterdam").unwrap();
    board.add_note(Quadrant::Threats, "kort").unwrap();
    let mut boards = BoardStore::new(LocalStore);
    boards.save(&board).unwrap();
    let saved = LocalStore.get(&board_key(board.id)).unwrap();

    // Fill the quota with 1 MiB values until the browser refuses.
    let filler = "x".repeat(1 << 20);
    let mut store = LocalStore;
    let mut refused = None;
    for i in 0..64 {
        if let Err(e) = store.set(&format!("filler/{i}"), &filler) {
            refused = Some(e);
            break;
        }
    }
    assert_eq!(refused, Some(StoreError::Full));

    board
        .add_note(Quadrant::Threats, &"lang ".repeat(300))
        .unwrap();
    let mut full = Err(SaveError::Stale);
    // Top up what is left so that this save cannot fit either.
    for size in [1 << 18, 1 << 14, 1 << 10, 1 << 6, 1] {
        let value = "y".repeat(size);
        let mut i = 0;
        while store.set(&format!("filler/{size}/{i}"), &value).is_ok() {
            i += 1;
        }
    }
    for _ in 0..2 {
        full = boards.save(&board);
    }
    assert_eq!(full, Err(SaveError::Full));
    assert_eq!(LocalStore.get(&board_key(board.id)).unwrap(), saved);
    clear();
}
