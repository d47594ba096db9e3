//! The rules of the application core, against a store in memory: what counts as a change, when
//! history is recorded, when and how boards are saved, what a failed save does, what another
//! tab's write does, import as new, merge, export and the settings.

use std::cell::RefCell;
use std::rc::Rc;

use super::*;
use crate::file::restore;
use crate::model::{Quadrant, MAX_NOTES};
use crate::storage::{board_key, MemoryStore, StoreError};

const AT: Timestamp = Timestamp(1_764_633_600_000); // 2025-12-02

/// One store seen by several workspaces, as two tabs share localStorage.
#[derive(Clone, Default)]
pub(super) struct Shared(pub(super) Rc<RefCell<MemoryStore>>);

impl Store for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.0.borrow().keys()
    }
}

/// A store the browser refuses altogether.
struct Refused;

impl Store for Refused {
    fn get(&self, _: &str) -> Result<Option<String>, StoreError> {
        Err(StoreError::Unavailable("blocked".into()))
    }
    fn set(&mut self, _: &str, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Unavailable("blocked".into()))
    }
    fn remove(&mut self, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Unavailable("blocked".into()))
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Err(StoreError::Unavailable("blocked".into()))
    }
}

fn later(ms: u64) -> Timestamp {
    Timestamp(AT.0 + ms)
}

/// A workspace with one board holding a strength, already saved.
fn with_board(store: &Shared) -> (Workspace<Shared>, Id) {
    let mut w = Workspace::open(store.clone());
    let id = w.create_board("Waterdam", &[], AT).unwrap();
    w.change(id, AT, |b| b.add_note(Quadrant::Strengths, "Korte lijnen"))
        .unwrap();
    w.flush(later(2_000));
    (w, id)
}

fn texts(w: &Workspace<Shared>, board: Id) -> Vec<String> {
    let b = w.library().board(board).unwrap();
    b.notes.iter().map(|n| n.text.clone()).collect()
}

#[test]
fn a_change_is_saved_after_a_pause_or_at_most_two_seconds_after_the_first() {
    let store = Shared::default();
    let mut w = Workspace::open(store.clone());
    let id = w.create_board("Waterdam", &[], AT).unwrap();
    assert!(w.is_pending());
    assert_eq!(w.save_due(), Some(later(QUIET_MS).0));
    for ms in [300, 600, 900, 1_200, 1_500, 1_800] {
        w.change(id, later(ms), |b| b.add_note(Quadrant::Threats, "t"))
            .unwrap();
    }
    assert_eq!(w.save_due(), Some(later(MOST_MS).0));
    assert!(!store.0.borrow().entries.contains_key(&board_key(id)));
    w.flush(later(MOST_MS));
    assert!(!w.is_pending());
    assert_eq!(w.last_saved(), Some(later(MOST_MS)));
    assert_eq!(w.save_due(), None);
    let reopened = Workspace::open(store);
    assert_eq!(reopened.library().board(id).unwrap().notes.len(), 6);
}

#[test]
fn a_refused_change_changes_nothing_and_records_no_history() {
    let store = Shared::default();
    let (mut w, id) = with_board(&store);
    let before = w.library().board(id).unwrap().clone();
    let refused = w.change(id, later(3_000), |b| {
        b.add_note(Quadrant::Strengths, "half")?;
        b.add_note(Quadrant::Strengths, "")
    });
    assert_eq!(refused, Err(BoardError::EmptyNote));
    // The closure's first step is not kept either: a change is all or nothing.
    assert_eq!(w.library().board(id), Some(&before));
    assert!(!w.is_pending());
    assert_eq!(
        w.change(Id::new(), AT, |b| b.add_note(Quadrant::Strengths, "x")),
        Err(BoardError::NoSuchBoard)
    );
}

#[test]
fn each_change_is_one_step_of_its_boards_history() {
    let store = Shared::default();
    let (mut w, id) = with_board(&store);
    let other = w.create_board("Rivierstad", &[], AT).unwrap();
    w.change(id, AT, |b| b.add_note(Quadrant::Weaknesses, "Geen taal"))
        .unwrap();
    assert!(w.can_undo(id));
    assert!(!w.can_redo(id));
    assert!(!w.can_undo(other), "each board has its own history");
    // An accepted change that changes nothing is not a step.
    w.change(id, AT, |_| Ok(())).unwrap();
    assert!(w.step_history(id, true, AT));
    assert_eq!(texts(&w, id), ["Korte lijnen"]);
    assert!(w.step_history(id, true, AT));
    assert!(w.library().board(id).unwrap().notes.is_empty());
    assert!(!w.step_history(id, true, AT), "nothing left to undo");
    assert!(w.can_redo(id));
    assert!(w.step_history(id, false, AT));
    assert_eq!(texts(&w, id), ["Korte lijnen"]);
    // A new change ends what could be redone.
    w.change(id, AT, |b| b.add_note(Quadrant::Threats, "Polarisatie"))
        .unwrap();
    assert!(!w.can_redo(id));
    assert!(w.is_pending(), "undo and redo are saved like any change");
}

#[test]
fn a_full_store_keeps_the_change_unsaved_and_warns_until_a_save_succeeds() {
    let store = Shared::default();
    let (mut w, id) = with_board(&store);
    let used: usize = store
        .0
        .borrow()
        .entries
        .iter()
        .map(|(k, v)| k.encode_utf16().count() + v.encode_utf16().count())
        .sum();
    store.0.borrow_mut().quota = Some(used);
    w.change(id, AT, |b| {
        b.add_note(Quadrant::Opportunities, "Sportclubs")
    })
    .unwrap();
    w.flush(later(5_000));
    assert_eq!(w.warning(), Some(Warning::Full));
    assert!(w.is_pending(), "the change waits to be saved again");
    assert_eq!(w.last_saved(), Some(later(2_000)));
    let kept = store
        .0
        .borrow()
        .entries
        .get(&board_key(id))
        .cloned()
        .unwrap();
    assert!(
        !kept.contains("Sportclubs"),
        "what was stored stays as it was"
    );
    // The export still holds the unsaved change.
    let file = w.export(Some(id), later(6_000)).unwrap();
    assert!(file.json.contains("Sportclubs"));

    store.0.borrow_mut().quota = None;
    w.flush(later(7_000));
    assert_eq!(w.warning(), None);
    assert!(!w.is_pending());
    assert_eq!(w.last_saved(), Some(later(7_000)));
}

#[test]
fn a_store_that_cannot_be_used_opens_empty_and_says_so() {
    let mut w = Workspace::open(Refused);
    assert_eq!(w.warning(), Some(Warning::Unavailable));
    assert!(w.library().boards().is_empty());
    let id = w.create_board("Waterdam", &[], AT).unwrap();
    w.flush(later(400));
    assert_eq!(w.warning(), Some(Warning::Unavailable));
    assert!(w.is_pending());
    assert!(w.delete_board(id).is_some());
    assert_eq!(w.warning(), Some(Warning::Unavailable));
    assert!(!w.is_pending(), "a deleted board is not saved");
}

#[test]
fn another_tabs_write_is_taken_in_and_ends_the_history_here() {
    let store = Shared::default();
    let (mut here, id) = with_board(&store);
    here.change(id, AT, |b| b.add_note(Quadrant::Threats, "t"))
        .unwrap();
    here.flush(later(2_000));
    let mut there = Workspace::open(store.clone());
    there
        .change(id, AT, |b| b.add_note(Quadrant::Strengths, "Van elders"))
        .unwrap();
    there.flush(later(3_000));

    assert_eq!(
        here.take_outside_write(Some(&board_key(id))),
        Outside::Updated(id)
    );
    assert!(texts(&here, id).contains(&"Van elders".to_string()));
    assert!(
        !here.can_undo(id),
        "undo would bring back what the other tab replaced"
    );
    assert_eq!(here.warning(), None);
    // Settings and other apps' keys change nothing here.
    assert_eq!(
        here.take_outside_write(Some("swot-board/settings/lang")),
        Outside::Nothing
    );
    assert_eq!(here.take_outside_write(Some("other-app")), Outside::Nothing);

    assert!(there.delete_board(id).is_some());
    assert_eq!(
        here.take_outside_write(Some(&board_key(id))),
        Outside::Removed(id)
    );
    assert!(here.library().board(id).is_none());
}

#[test]
fn another_tabs_write_never_replaces_unsaved_changes_here() {
    let store = Shared::default();
    let (mut here, id) = with_board(&store);
    let mut there = Workspace::open(store.clone());
    there
        .change(id, AT, |b| b.add_note(Quadrant::Strengths, "Van elders"))
        .unwrap();
    there.flush(later(3_000));
    here.change(id, AT, |b| b.add_note(Quadrant::Threats, "Van hier"))
        .unwrap();

    // Both are kept: the changes here are merged onto the other tab's write (src/workspace/tabs.rs).
    assert_eq!(
        here.take_outside_write(Some(&board_key(id))),
        Outside::Merged(id)
    );
    assert!(texts(&here, id).contains(&"Van hier".to_string()));
    assert!(texts(&here, id).contains(&"Van elders".to_string()));
    here.flush(later(4_000));
    assert_eq!(here.warning(), None);
    assert!(store.0.borrow().entries[&board_key(id)].contains("Van elders"));
    assert!(store.0.borrow().entries[&board_key(id)].contains("Van hier"));
    here.change(id, AT, |b| b.add_note(Quadrant::Threats, "Nog een"))
        .unwrap();
    // A cleared store is the same: what is on screen stays.
    assert_eq!(here.take_outside_write(None), Outside::Stale);
    assert!(here.library().board(id).is_some());
}

#[test]
fn a_deleted_board_comes_back_in_its_place_with_its_history() {
    let store = Shared::default();
    let (mut w, first) = with_board(&store);
    let second = w.create_board("Rivierstad", &[], AT).unwrap();
    w.flush(later(2_000));
    let (position, board) = w.delete_board(first).unwrap();
    assert_eq!(position, 0);
    assert!(w.library().board(first).is_none());
    assert!(!store.0.borrow().entries.contains_key(&board_key(first)));
    assert!(w.delete_board(first).is_none());

    w.put_back(position, board, later(3_000));
    assert_eq!(w.library().boards()[0].id, first);
    assert_eq!(w.library().boards()[1].id, second);
    assert!(w.can_undo(first));
    w.flush(later(4_000));
    assert!(store.0.borrow().entries.contains_key(&board_key(first)));
}

#[test]
fn imported_boards_come_in_as_new_boards_and_never_replace_one() {
    let store = Shared::default();
    let (mut w, id) = with_board(&store);
    let copy = w.library().board(id).unwrap().clone();
    let ids = w.import_as_new(vec![copy.clone(), copy], AT);
    assert_eq!(ids.len(), 2);
    assert!(ids.iter().all(|new| *new != id) && ids[0] != ids[1]);
    assert_eq!(w.library().boards().len(), 3);
    assert_eq!(texts(&w, id), ["Korte lijnen"]);
    w.flush(later(2_000));
    assert_eq!(Workspace::open(store).library().boards().len(), 3);
}

#[test]
fn a_merge_is_one_change_of_the_open_board_and_all_or_nothing() {
    let store = Shared::default();
    let (mut w, id) = with_board(&store);
    let mut theirs = w.library().board(id).unwrap().clone();
    theirs.add_note(Quadrant::Threats, "Nepnieuws").unwrap();
    let note = theirs.notes[0].id;
    theirs
        .edit_note(note, "Korte lijnen met de wijkagent")
        .unwrap();
    let mut second = Board::new("Rivierstad").unwrap();
    second
        .add_note(Quadrant::Weaknesses, "Wachtlijsten")
        .unwrap();

    let merged = w.merge_into(id, &[theirs, second], AT).unwrap();
    assert_eq!(
        merged,
        Merged {
            added_notes: 2,
            both_kept: 1
        }
    );
    assert_eq!(w.library().boards().len(), 1);
    assert!(
        w.step_history(id, true, AT),
        "one undo takes the whole merge back"
    );
    assert_eq!(texts(&w, id), ["Korte lijnen"]);

    let mut big = Board::new("Groot").unwrap();
    for i in 0..MAX_NOTES {
        big.add_note(Quadrant::Strengths, &i.to_string()).unwrap();
    }
    let before = w.library().board(id).unwrap().clone();
    assert!(matches!(
        w.merge_into(id, &[big], AT),
        Err(MergeError::Invalid(_))
    ));
    assert_eq!(w.library().board(id), Some(&before));
    assert_eq!(w.merge_into(Id::new(), &[], AT), Err(MergeError::NoBoard));
}

#[test]
fn an_export_is_a_session_file_that_imports_again_and_is_remembered() {
    let store = Shared::default();
    let (mut w, id) = with_board(&store);
    let other = w.create_board("Rivierstad", &[], later(10)).unwrap();
    let one = w.export(Some(id), AT).unwrap();
    assert_eq!(one.name, "Waterdam-2025-12-02.swot.json");
    assert_eq!(restore(one.json.as_bytes()).unwrap().boards.len(), 1);
    assert_eq!(w.exported_at(id), Some(AT));
    assert_eq!(w.exported_at(other), None);

    let all = w.export(None, later(60_000)).unwrap();
    assert_eq!(all.name, "swot-board-all-2025-12-02.swot.json");
    let boards = restore(all.json.as_bytes()).unwrap().boards;
    assert_eq!(boards.len(), 2);
    w.flush(later(61_000));
    let reopened = Workspace::open(store);
    assert_eq!(reopened.exported_at(id), Some(later(60_000)));
    assert_eq!(reopened.exported_at(other), Some(later(60_000)));

    assert_eq!(Workspace::open(Shared::default()).export(None, AT), None);
}

#[test]
fn a_locked_export_remembers_the_boards_as_they_were_locked_not_as_they_are_when_it_ends() {
    let store = Shared::default();
    let (mut w, id) = with_board(&store);
    let other = w.create_board("Rivierstad", &[], AT).unwrap();
    let changed = |w: &Workspace<Shared>, board| w.library().board(board).unwrap().updated_at;
    // A change takes its time from the clock (later than the one before, even in the same
    // millisecond), so the export's time does too.
    let start = Timestamp::now()
        .max(changed(&w, id))
        .max(changed(&w, other));
    let file = w.session_file(None, start).unwrap();
    // Typed while the browser derives the key, which takes a good part of a second.
    w.change(id, start, |b| {
        b.add_note(Quadrant::Weaknesses, "Typed meanwhile")
    })
    .unwrap();
    w.exported(&file);
    assert!(!file.json.contains("Typed meanwhile"));
    // The storage line says "changed since the last export" when a board changed after it.
    assert!(changed(&w, id) > w.exported_at(id).unwrap());
    assert!(changed(&w, other) <= w.exported_at(other).unwrap());
    let reopened = Workspace::open(store);
    assert!(changed(&w, id) > reopened.exported_at(id).unwrap());
}

#[test]
fn the_language_and_the_open_board_are_remembered() {
    let store = Shared::default();
    let (mut w, id) = with_board(&store);
    assert_eq!(
        w.lang(),
        None,
        "until chosen, the browser's language applies"
    );
    w.set_lang("en");
    w.set_current(Some(id));
    let mut reopened = Workspace::open(store.clone());
    assert_eq!(reopened.lang(), Some("en"));
    assert_eq!(reopened.current(), Some(id));
    reopened.delete_board(id).unwrap();
    assert_eq!(
        Workspace::open(store).current(),
        None,
        "a board that is gone is not opened"
    );
}

#[test]
fn a_copy_gets_a_title_made_from_the_original_cut_to_the_limit() {
    let store = Shared::default();
    let (mut w, id) = with_board(&store);
    let copy = w.duplicate(id, |t| format!("Kopie van {t}"), AT).unwrap();
    assert_eq!(w.library().board(copy).unwrap().title, "Kopie van Waterdam");
    assert_eq!(texts(&w, copy), ["Korte lijnen"]);
    let long = w
        .duplicate(id, |_| "x".repeat(MAX_TITLE_CHARS + 5), AT)
        .unwrap();
    assert_eq!(
        w.library().board(long).unwrap().title.chars().count(),
        MAX_TITLE_CHARS
    );
    assert_eq!(
        w.duplicate(Id::new(), |t| t.to_string(), AT),
        Err(BoardError::NoSuchBoard)
    );
}

#[test]
fn a_new_board_gets_the_phases_it_is_given() {
    let mut w = Workspace::open(Shared::default());
    let id = w
        .create_board("Waterdam", &[("Signaleren", "Vroeg"), ("Nazorg", "")], AT)
        .unwrap();
    let b = w.library().board(id).unwrap();
    assert_eq!(b.phases.len(), 2);
    assert_eq!(b.phases[0].name, "Signaleren");
    assert!(!w.can_undo(id), "making a board is not a step to undo");
    assert_eq!(w.create_board("", &[], AT), Err(BoardError::EmptyTitle));
}

#[test]
fn what_could_not_be_read_is_kept_aside() {
    let store = Shared::default();
    let key = board_key(Id::new());
    store
        .0
        .borrow_mut()
        .set(&key, "{\"kind\": \"swot-bo")
        .unwrap();
    let w = Workspace::open(store.clone());
    assert_eq!(w.unreadable().len(), 1);
    assert_eq!(w.unreadable()[0].key, key);
    assert!(w.library().boards().is_empty());
    assert_eq!(store.0.borrow().entries[&key], "{\"kind\": \"swot-bo");
}

#[test]
fn undoing_a_dot_gives_it_back_to_the_voter_whose_dot_it_was() {
    let store = Shared::default();
    let (mut w, id) = with_board(&store);
    let note = w.library().board(id).unwrap().notes[0].id;
    w.change(id, AT, |b| b.set_vote_settings(3, None, Some(4)))
        .unwrap();
    w.vote(id, note, true, later(1)).unwrap();
    w.vote(id, note, true, later(2)).unwrap();
    assert_eq!(w.round(id).used(), 2);

    assert!(w.step_history(id, true, later(3)));
    assert_eq!(w.library().board(id).unwrap().notes[0].votes, 1);
    assert_eq!(w.round(id).used(), 1, "the undone dot is the voter's again");
    assert!(w.step_history(id, false, later(4)));
    assert_eq!(w.round(id).used(), 2, "redo gives it again");

    // The next voter cannot take back a dot the first one gave, and undo after the turn
    // passed takes back the first voter's last dot, in the first voter's turn.
    w.next_voter(id);
    assert_eq!(w.round(id).voter, 2);
    assert_eq!(
        w.vote(id, note, false, later(5)),
        Err(BoardError::NoVoteToTakeBack)
    );
    assert_eq!(w.library().board(id).unwrap().notes[0].votes, 2);
    assert!(w.step_history(id, true, later(6)));
    assert_eq!(w.round(id).voter, 1);
    assert_eq!(w.round(id).used(), 1);
}

#[test]
fn resetting_the_votes_starts_the_round_again_and_undo_brings_both_back() {
    let store = Shared::default();
    let (mut w, id) = with_board(&store);
    let note = w.library().board(id).unwrap().notes[0].id;
    w.vote(id, note, true, later(1)).unwrap();
    w.next_voter(id);
    w.vote(id, note, true, later(2)).unwrap();
    w.reset_votes(id, later(3)).unwrap();
    assert_eq!(w.round(id), VoteRound::default());
    assert_eq!(w.library().board(id).unwrap().votes_cast(), 0);
    assert!(w.step_history(id, true, later(4)));
    assert_eq!(w.library().board(id).unwrap().votes_cast(), 2);
    assert_eq!((w.round(id).voter, w.round(id).used()), (2, 1));
}
