//! Undo and redo of every change to a board, deletes included.

use super::Board;

/// The earlier and later states of one board. Each change records the board as it was before;
/// undo steps back to it and keeps the undone state for redo.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Board>,
    redo: Vec<Board>,
}

/// How many steps back are kept per board; older ones are forgotten.
pub const HISTORY_STEPS: usize = 100;

impl History {
    /// Records the board as it was before a change. A new change ends what could be redone.
    pub fn record(&mut self, before: Board) {
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

    /// Puts `board` back as it was before the last change; false when there is none.
    pub fn undo(&mut self, board: &mut Board) -> bool {
        match self.undo.pop() {
            Some(before) => {
                self.redo.push(std::mem::replace(board, before));
                true
            }
            None => false,
        }
    }

    /// Applies the last undone change again; false when there is none.
    pub fn redo(&mut self, board: &mut Board) -> bool {
        match self.redo.pop() {
            Some(after) => {
                self.undo.push(std::mem::replace(board, after));
                true
            }
            None => false,
        }
    }
}
