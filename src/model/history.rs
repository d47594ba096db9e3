//! Undo and redo of every change to a board, deletes included.

use super::Board;

/// The earlier and later states of one board (or of a board with what the screen keeps beside
/// it, such as the vote round). Each change records the state as it was before; undo steps back
/// to it and keeps the undone state for redo.
#[derive(Clone, Debug)]
pub struct History<S = Board> {
    undo: Vec<S>,
    redo: Vec<S>,
}

impl<S> Default for History<S> {
    fn default() -> Self {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }
}

/// How many steps back are kept per board; older ones are forgotten.
pub const HISTORY_STEPS: usize = 100;

impl<S> History<S> {
    /// Records the state as it was before a change. A new change ends what could be redone.
    pub fn record(&mut self, before: S) {
        if self.undo.len() == HISTORY_STEPS {
            self.undo.remove(0);
        }
        self.undo.push(before);
        self.redo.clear();
    }

    /// Whether there is a change to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is an undone change to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Puts `state` back as it was before the last change; false when there is none.
    pub fn undo(&mut self, state: &mut S) -> bool {
        match self.undo.pop() {
            Some(before) => {
                self.redo.push(std::mem::replace(state, before));
                true
            }
            None => false,
        }
    }

    /// Applies the last undone change again; false when there is none.
    pub fn redo(&mut self, state: &mut S) -> bool {
        match self.redo.pop() {
            Some(after) => {
                self.undo.push(std::mem::replace(state, after));
                true
            }
            None => false,
        }
    }
}
