//! The list of boards: open, make, copy, delete and add a board.

use leptos::prelude::*;

use super::{AppState, Said, Step, Undo};
use crate::content::{default_phases, example_board};
use crate::i18n::fill;
use crate::model::{Board, Id, Timestamp};
use crate::ui::browser::focus_element;

impl AppState {
    /// Opens a board, or the list of boards with `None`, and remembers it.
    ///
    /// Focus follows: an opened board's title is read out first; back on the list, focus is on
    /// the board just left.
    pub fn open(&self, board: Option<Id>) {
        let left = self.current.get_untracked();
        self.editing.set(None);
        self.presenting.set(None);
        self.grouping.set(None);
        self.chain_of.set(None);
        self.current.set(board);
        self.workspace.update_value(|w| w.set_current(board));
        match (board, left) {
            (Some(_), _) => focus_element("board-heading"),
            (None, Some(left)) => focus_element(&format!("board-{left}")),
            (None, None) => {}
        }
    }

    /// Adds a board made elsewhere (e.g. in the synthesis) as a new board; returns its id.
    pub fn add_board(&self, board: Board) -> Option<Id> {
        self.update(|w| w.add_board(board, Timestamp::now()))
    }

    /// Makes an empty board and opens it.
    pub fn create_board(&self) {
        let title = self.t_now().boards.new_board_title;
        // A new board starts with the phases of the prevention model, to adapt as needed.
        let phases = default_phases(self.lang.get_untracked());
        match self.update(|w| w.create_board(title, &phases, Timestamp::now())) {
            Some(Ok(id)) => {
                self.step.set(Step::Notes);
                self.open(Some(id));
                // An empty board: the scribe can start typing strengths at once.
                focus_element("input-strengths");
            }
            Some(Err(e)) => self.error(Said::Refused(e)),
            None => {}
        }
    }

    /// Adds the example board and opens it.
    pub fn open_example(&self) {
        if let Some(id) = self.add_board(example_board(self.lang.get_untracked())) {
            self.open(Some(id));
        }
    }

    /// Copies a board under "Copy of ...".
    pub fn duplicate_board(&self, board: Id) {
        let t = self.t_now();
        let copy_of = |title: &str| fill(t.boards.copy_of, &[("title", title)]);
        match self.update(|w| w.duplicate(board, copy_of, Timestamp::now())) {
            Some(Ok(_)) => self.announce(t.boards.duplicate.to_string()),
            Some(Err(e)) => self.error(Said::Refused(e)),
            None => {}
        }
    }

    /// Deletes a board; the confirmation offers Undo.
    pub fn delete_board(&self, board: Id) {
        let Some(Some((position, gone))) = self.update(|w| w.delete_board(board)) else {
            return;
        };
        if self.current.get_untracked() == Some(board) {
            self.open(None);
        }
        let title = gone.title.clone();
        self.inform(
            Said::With(|t| t.boards.board_deleted, "title", title),
            Some(Undo::Board(position, Box::new(gone))),
        );
    }
}
