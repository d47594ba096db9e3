//! The application core: every board on the device, one history per board, saving and what
//! goes wrong with it, other tabs' writes, import, merge and export, and the settings kept
//! beside the boards. Plain Rust over the [`Store`] trait, so each rule is tested natively
//! against `MemoryStore`; `ui::state` wraps it in signals and a timer.
//!
//! Time comes in as an argument (`now`), never from a clock, so the rules are the same in a
//! test and in the browser.

use std::collections::HashMap;

use crate::file::{file_name, to_json, Envelope};
use crate::model::{
    Board, BoardError, History, Id, Invalid, Library, Timestamp, VoteRound, MAX_TITLE_CHARS,
};
use crate::storage::{Autosave, BoardStore, SaveError, Store, Unreadable, BOARD_PREFIX};

pub mod reading;
mod tabs;
#[cfg(test)]
mod tests;

pub use tabs::MergedTabs;

/// A save waits for this long a pause in changes...
pub const QUIET_MS: u64 = 400;
/// ...but never longer than this after the first unsaved change.
pub const MOST_MS: u64 = 2_000;

/// A lasting problem with saving, shown until a save succeeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warning {
    /// Storage is full.
    Full,
    /// Storage cannot be used.
    Unavailable,
    /// Another tab changed a board that has unsaved changes here.
    Stale,
}

/// What a write by another tab did here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outside {
    /// Nothing of ours (another app's key, or a setting).
    Nothing,
    /// A board was taken in as the other tab wrote it.
    Updated(Id),
    /// A board was deleted by the other tab, and here too.
    Removed(Id),
    /// The other tab's write and the unsaved changes here were merged; the board is saved soon.
    Merged(Id),
    /// The other tab deleted or cleared a board with unsaved changes here, or its write could
    /// not be read or merged: what is on screen stays, and [`Warning::Stale`] says so.
    Stale,
}

/// Why a merge changed nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum MergeError {
    /// The board to merge into is gone.
    NoBoard,
    /// The merged board would break a rule of the board (e.g. too many notes).
    Invalid(Invalid),
}

/// What a merge brought in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// Notes that were new to the board.
    pub added_notes: usize,
    /// Notes found on both sides with different texts, both texts kept.
    pub both_kept: usize,
}

/// A session file ready to download.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionFile {
    /// Its name, e.g. `focusgroep-waterdam-2026-12-02.swot.json`.
    pub name: String,
    /// Its text.
    pub json: String,
    /// When it was written.
    pub made_at: Timestamp,
    /// Each board it holds, with its `updated_at` as written: what an export remembers as
    /// exported ([`Workspace::exported`]), whatever changes before the download ends.
    pub holds: Vec<(Id, Timestamp)>,
}

/// A setting kept beside the boards; each has one key in the store.
#[derive(Clone, Copy, Debug)]
enum Setting {
    /// The interface language the user chose.
    Lang,
    /// The board that was open.
    Current,
    /// When a board was last exported on this device.
    Exported(Id),
}

impl Setting {
    fn key(self) -> String {
        match self {
            Setting::Lang => "lang".into(),
            Setting::Current => "current".into(),
            Setting::Exported(id) => format!("exported/{id}"),
        }
    }
}

/// Everything the app keeps, and the rules for changing, saving and sharing it.
pub struct Workspace<S: Store> {
    library: Library,
    /// Each board's history, with the vote round as it stood before each change, so an undone
    /// dot goes back to its voter.
    histories: HashMap<Id, History<(Board, VoteRound)>>,
    /// Each board's dot-voting turn in this tab (not saved: a turn lasts a session in the room).
    rounds: HashMap<Id, VoteRound>,
    store: BoardStore<S>,
    autosave: Autosave,
    exported: HashMap<Id, Timestamp>,
    warning: Option<Warning>,
    last_saved: Option<Timestamp>,
    unreadable: Vec<Unreadable>,
    lang: Option<String>,
    current: Option<Id>,
    merged_tabs: Vec<MergedTabs>,
}

impl<S: Store> Workspace<S> {
    /// Reads the boards and settings kept in `store`. What cannot be read is kept aside as
    /// [`Unreadable`], never overwritten; a store that cannot be used gives an empty workspace
    /// with [`Warning::Unavailable`].
    pub fn open(store: S) -> Self {
        let mut store = BoardStore::new(store);
        let (boards, unreadable, warning) = match store.load() {
            Ok(loaded) => (loaded.boards, loaded.unreadable, None),
            Err(_) => (Vec::new(), Vec::new(), Some(Warning::Unavailable)),
        };
        let library = Library::new(boards);
        let exported = library
            .boards()
            .iter()
            .filter_map(|b| {
                let at = store
                    .setting(&Setting::Exported(b.id).key())?
                    .parse()
                    .ok()?;
                Some((b.id, Timestamp(at)))
            })
            .collect();
        let lang = store.setting(&Setting::Lang.key());
        let current = store
            .setting(&Setting::Current.key())
            .and_then(|id| Id::parse(&id))
            .filter(|id| library.board(*id).is_some());
        Workspace {
            library,
            histories: HashMap::new(),
            rounds: HashMap::new(),
            store,
            autosave: Autosave::new(QUIET_MS, MOST_MS),
            exported,
            warning,
            last_saved: None,
            unreadable,
            lang,
            current,
            merged_tabs: Vec::new(),
        }
    }

    /// Every board.
    pub fn library(&self) -> &Library {
        &self.library
    }

    /// The tag of the language the user chose (`nl`, `en`), if they ever did. The workspace
    /// keeps the tag as it is; the interface reads it (`i18n::Lang::from_tag`).
    pub fn lang(&self) -> Option<&str> {
        self.lang.as_deref()
    }

    /// Remembers the language the user chose, by its tag.
    pub fn set_lang(&mut self, tag: &str) {
        self.lang = Some(tag.to_string());
        self.store.set_setting(&Setting::Lang.key(), tag);
    }

    /// The board that was open when the app was last used, if it still exists.
    pub fn current(&self) -> Option<Id> {
        self.current
    }

    /// Remembers the open board, or that the list of boards is on screen (`None`).
    pub fn set_current(&mut self, board: Option<Id>) {
        self.current = board;
        let value = board.map(|id| id.to_string()).unwrap_or_default();
        self.store.set_setting(&Setting::Current.key(), &value);
    }

    /// The lasting problem with saving, if any.
    pub fn warning(&self) -> Option<Warning> {
        self.warning
    }

    /// Whether changes wait to be saved.
    pub fn is_pending(&self) -> bool {
        self.autosave.is_dirty()
    }

    /// When the boards should be saved, if a change waits (in milliseconds, as `now`).
    pub fn save_due(&self) -> Option<u64> {
        self.autosave.due()
    }

    /// When a save last succeeded.
    pub fn last_saved(&self) -> Option<Timestamp> {
        self.last_saved
    }

    /// Stored values that could not be read at start-up.
    pub fn unreadable(&self) -> &[Unreadable] {
        &self.unreadable
    }

    /// When a board was last exported on this device.
    pub fn exported_at(&self, board: Id) -> Option<Timestamp> {
        self.exported.get(&board).copied()
    }

    /// Whether what is saved outlives the tab (false where the browser blocks storage).
    pub fn outlives_tab(&self) -> bool {
        self.store.store().outlives_tab()
    }

    /// Bytes the app uses in the store.
    pub fn storage_used(&self) -> usize {
        self.store.used()
    }

    /// Whether the board has a change to undo.
    pub fn can_undo(&self, board: Id) -> bool {
        self.histories.get(&board).is_some_and(History::can_undo)
    }

    /// Whether the board has an undone change to redo.
    pub fn can_redo(&self, board: Id) -> bool {
        self.histories.get(&board).is_some_and(History::can_redo)
    }

    /// Applies a change to a board. A refused change leaves the board as it was; an accepted one
    /// that changed something (every change moves `updated_at` on) can be undone. Either way
    /// an accepted change is saved soon.
    pub fn change<T>(
        &mut self,
        board: Id,
        now: Timestamp,
        f: impl FnOnce(&mut Board) -> Result<T, BoardError>,
    ) -> Result<T, BoardError> {
        // The work is done once, in `apply`, not in each of the many copies of this generic
        // function (one per kind of change): that keeps the app smaller.
        let mut f = Some(f);
        let mut value = None;
        self.apply(board, now, &mut |b| {
            if let Some(f) = f.take() {
                value = Some(f(b)?);
            }
            Ok(())
        })?;
        value.ok_or(BoardError::NoSuchBoard)
    }

    fn apply(
        &mut self,
        board: Id,
        now: Timestamp,
        f: &mut dyn FnMut(&mut Board) -> Result<(), BoardError>,
    ) -> Result<(), BoardError> {
        let b = self
            .library
            .board_mut(board)
            .ok_or(BoardError::NoSuchBoard)?;
        let before = b.clone();
        if let Err(error) = f(b) {
            // A change of several steps whose last one is refused keeps none of them.
            *b = before;
            return Err(error);
        }
        if b.updated_at != before.updated_at {
            let round = self.rounds.get(&board).cloned().unwrap_or_default();
            self.histories
                .entry(board)
                .or_default()
                .record((before, round));
        }
        self.changed(board, now);
        Ok(())
    }

    /// The dot-voting turn on a board: whose turn it is and what they gave.
    pub fn round(&self, board: Id) -> VoteRound {
        self.rounds.get(&board).cloned().unwrap_or_default()
    }

    /// One dot of the voter whose turn it is (`add`), or one taken back; one change, which undo
    /// takes back from the board and from the voter's turn alike.
    pub fn vote(
        &mut self,
        board: Id,
        note: Id,
        add: bool,
        now: Timestamp,
    ) -> Result<(), BoardError> {
        let mut round = self.round(board);
        self.change(board, now, |b| {
            if add {
                b.cast_vote(&mut round, note)
            } else {
                b.take_back_vote(&mut round, note)
            }
        })?;
        self.rounds.insert(board, round);
        Ok(())
    }

    /// The next participant's turn at dot voting.
    pub fn next_voter(&mut self, board: Id) {
        self.rounds.entry(board).or_default().next_voter();
    }

    /// Clears every vote on a board and starts the round again with the first participant; undo
    /// brings both back.
    pub fn reset_votes(&mut self, board: Id, now: Timestamp) -> Result<(), BoardError> {
        self.change(board, now, Board::reset_votes)?;
        self.rounds.remove(&board);
        Ok(())
    }

    /// Steps a board back (`undo`) or forward through its history; false when there was nothing
    /// to step to.
    pub fn step_history(&mut self, board: Id, undo: bool, now: Timestamp) -> bool {
        let (Some(b), Some(history)) = (
            self.library.board_mut(board),
            self.histories.get_mut(&board),
        ) else {
            return false;
        };
        let round = self.rounds.entry(board).or_default();
        let mut state = (b.clone(), std::mem::take(round));
        let done = if undo {
            history.undo(&mut state)
        } else {
            history.redo(&mut state)
        };
        (*b, *round) = state;
        if done {
            self.changed(board, now);
        }
        done
    }

    /// Makes a board with this title and these phases (name, description).
    pub fn create_board(
        &mut self,
        title: &str,
        phases: &[(&str, &str)],
        now: Timestamp,
    ) -> Result<Id, BoardError> {
        let mut board = Board::new(title)?;
        board.add_phases(phases)?;
        Ok(self.add_board(board, now))
    }

    /// Adds a board (the example, or one from a file) as a new board: it never replaces one.
    pub fn add_board(&mut self, board: Board, now: Timestamp) -> Id {
        let id = self.library.add(board);
        self.changed(id, now);
        id
    }

    /// Copies a board; `title` makes the copy's title from the original's, cut to the limit.
    pub fn duplicate(
        &mut self,
        board: Id,
        title: impl FnOnce(&str) -> String,
        now: Timestamp,
    ) -> Result<Id, BoardError> {
        let original = self.library.board(board).ok_or(BoardError::NoSuchBoard)?;
        let title: String = title(&original.title)
            .chars()
            .take(MAX_TITLE_CHARS)
            .collect();
        let id = self.library.duplicate(board, &title)?;
        self.changed(id, now);
        Ok(id)
    }

    /// Deletes a board here and in the store; returns where it stood and the board, for
    /// [`Workspace::put_back`]. Its history stays, so undo works again once it is back.
    pub fn delete_board(&mut self, board: Id) -> Option<(usize, Board)> {
        let removed = self.library.remove(board)?;
        self.autosave.forget(board);
        if self.store.delete(board).is_err() {
            self.warning = Some(Warning::Unavailable);
        }
        Some(removed)
    }

    /// Puts a deleted board back where it stood.
    pub fn put_back(&mut self, position: usize, board: Board, now: Timestamp) {
        let id = board.id;
        self.library.put_back(position, board);
        self.changed(id, now);
    }

    /// Adds the boards of checked files, each as a new board.
    pub fn import_as_new(&mut self, boards: Vec<Board>, now: Timestamp) -> Vec<Id> {
        boards
            .into_iter()
            .map(|board| self.add_board(board, now))
            .collect()
    }

    /// Merges boards into one board, as one change that can be undone: all of them, or, if the
    /// result would break a rule, none.
    pub fn merge_into(
        &mut self,
        target: Id,
        boards: &[Board],
        now: Timestamp,
    ) -> Result<Merged, MergeError> {
        let board = self.library.board(target).ok_or(MergeError::NoBoard)?;
        let mut merged = board.clone();
        let mut counts = Merged::default();
        for incoming in boards {
            let report = merged.merge(incoming).map_err(MergeError::Invalid)?;
            counts.added_notes += report.added_notes;
            counts.both_kept += report.both_kept;
        }
        self.change(target, now, |b| {
            *b = merged;
            Ok(())
        })
        .map_err(|_| MergeError::NoBoard)?;
        Ok(counts)
    }

    /// A session file of one board, or with `None` of every board (newest first), and the
    /// moment of export remembered for each; `None` when there is nothing to export.
    pub fn export(&mut self, board: Option<Id>, now: Timestamp) -> Option<SessionFile> {
        let file = self.session_file(board, now)?;
        self.exported(&file);
        Some(file)
    }

    /// The session file an export of one board (or with `None` of every board, newest first)
    /// writes, without remembering it as exported: a locked export is remembered once the
    /// browser has locked it ([`Workspace::exported`]).
    pub fn session_file(&self, board: Option<Id>, now: Timestamp) -> Option<SessionFile> {
        let boards = self.to_export(board);
        let first = boards.first()?;
        let name = match board {
            Some(_) => file_name(&first.title, &now.date()),
            None => file_name("swot-board-all", &now.date()),
        };
        let holds = boards.iter().map(|b| (b.id, b.updated_at)).collect();
        let json = to_json(&Envelope::new(boards.into_iter().cloned().collect()));
        Some(SessionFile {
            name,
            json,
            made_at: now,
            holds,
        })
    }

    /// Remembers the boards of a file as exported when it was written. A board changed since
    /// (while a locked export derived its key) is remembered as exported before that change,
    /// so the storage line says it changed since; a board deleted since is left out.
    pub fn exported(&mut self, file: &SessionFile) {
        for &(id, written) in &file.holds {
            let Some(board) = self.library.board(id) else {
                continue;
            };
            // "Changed since the export" is `updated_at > exported`; a change in the very
            // millisecond the file was written must count too.
            let at = match board.updated_at == written {
                true => file.made_at,
                false => file
                    .made_at
                    .min(Timestamp(board.updated_at.millis().saturating_sub(1))),
            };
            self.exported.insert(id, at);
            self.store
                .set_setting(&Setting::Exported(id).key(), &at.millis().to_string());
        }
    }

    fn to_export(&self, board: Option<Id>) -> Vec<&Board> {
        match board {
            Some(id) => self.library.board(id).into_iter().collect(),
            None => self.library.newest_first(),
        }
    }

    /// Saves every board with unsaved changes; one another tab wrote since this tab read it is
    /// first merged with that write (`tabs.rs`). A board that cannot be saved stays unsaved, so
    /// the next change or page hide tries again, and the warning says why; a save of all of
    /// them ends the warning.
    pub fn flush(&mut self, now: Timestamp) {
        let ids = self.autosave.take();
        if ids.is_empty() {
            return;
        }
        let mut problem = None;
        for id in ids {
            let Some(board) = self.library.board(id) else {
                continue;
            };
            let mut saved = self.store.save(board);
            if saved == Err(SaveError::Stale) && self.merge_other_tab(id) {
                if let Some(board) = self.library.board(id) {
                    saved = self.store.save(board);
                }
            }
            let Err(error) = saved else {
                continue;
            };
            problem = match error {
                SaveError::Stale => Some(Warning::Stale),
                SaveError::Full => problem.or(Some(Warning::Full)),
                SaveError::Unavailable(_) => problem.or(Some(Warning::Unavailable)),
            };
            self.autosave.changed(id, now.millis());
        }
        if problem.is_none() {
            self.last_saved = Some(now);
        }
        self.warning = problem;
    }

    /// Takes in a write another tab made to the store (`None`: it cleared the store). A board
    /// with unsaved changes here is merged with the other tab's write (both kept, see
    /// `tabs.rs`), or where that cannot be, kept as it is on screen with a warning; any other
    /// board follows the other tab. Either way its history here ends, so undo never brings back
    /// what the other tab replaced.
    pub fn take_outside_write(&mut self, key: Option<&str>) -> Outside {
        let Some(key) = key else {
            self.warning = Some(Warning::Stale);
            return Outside::Stale;
        };
        let Some(id) = key.strip_prefix(BOARD_PREFIX).and_then(Id::parse) else {
            return Outside::Nothing;
        };
        if self.autosave.is_board_dirty(id) {
            if self.merge_other_tab(id) {
                return Outside::Merged(id);
            }
            self.warning = Some(Warning::Stale);
            return Outside::Stale;
        }
        match self.store.reread(id) {
            Ok(Some(board)) => {
                self.library.replace(board);
                self.histories.remove(&id);
                self.rounds.remove(&id);
                Outside::Updated(id)
            }
            Ok(None) => {
                self.library.remove(id);
                self.histories.remove(&id);
                self.rounds.remove(&id);
                Outside::Removed(id)
            }
            Err(_) => {
                self.warning = Some(Warning::Stale);
                Outside::Stale
            }
        }
    }

    fn changed(&mut self, board: Id, now: Timestamp) {
        self.autosave.changed(board, now.millis());
    }
}
