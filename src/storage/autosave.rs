//! When to save: a debounce that waits for a pause in typing but never waits too long.

use std::collections::BTreeSet;

use crate::model::Id;

/// Which boards have unsaved changes and when they are due to be saved.
///
/// A change pushes the save back by `quiet_ms` so a burst of typing costs one write, but never
/// past `most_ms` after the first unsaved change, so a long burst still reaches storage.
#[derive(Clone, Debug)]
pub struct Autosave {
    quiet_ms: u64,
    most_ms: u64,
    dirty: BTreeSet<Id>,
    first_change: Option<u64>,
    due: Option<u64>,
}

impl Autosave {
    /// A debounce of `quiet_ms`, capped at `most_ms`.
    pub fn new(quiet_ms: u64, most_ms: u64) -> Self {
        Autosave {
            quiet_ms,
            most_ms,
            dirty: BTreeSet::new(),
            first_change: None,
            due: None,
        }
    }

    /// Notes a change to a board at time `now` (ms) and returns when the save is due.
    pub fn changed(&mut self, board: Id, now: u64) -> u64 {
        self.dirty.insert(board);
        let first = *self.first_change.get_or_insert(now);
        let due = (now + self.quiet_ms).min(first + self.most_ms);
        self.due = Some(due);
        due
    }

    /// Whether there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        !self.dirty.is_empty()
    }

    /// Whether this board has unsaved changes.
    pub fn is_board_dirty(&self, board: Id) -> bool {
        self.dirty.contains(&board)
    }

    /// When the next save is due, if any.
    pub fn due(&self) -> Option<u64> {
        self.due
    }

    /// Whether the save is due at `now`.
    pub fn is_due(&self, now: u64) -> bool {
        self.due.is_some_and(|due| now >= due)
    }

    /// The boards to save now; afterwards nothing is pending. A board whose save failed is
    /// handed back through [`Autosave::changed`] by the caller.
    pub fn take(&mut self) -> Vec<Id> {
        self.first_change = None;
        self.due = None;
        std::mem::take(&mut self.dirty).into_iter().collect()
    }

    /// Forgets pending changes of one board (it was deleted or reloaded from another tab).
    pub fn forget(&mut self, board: Id) {
        self.dirty.remove(&board);
        if self.dirty.is_empty() {
            self.first_change = None;
            self.due = None;
        }
    }
}
