//! The boards kept on this device.

use super::id::Records;
use super::{Board, BoardError, Id};

/// All boards on the device, in the order they were made or added.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    boards: Vec<Board>,
}

impl Library {
    /// A library holding these boards.
    pub fn new(boards: Vec<Board>) -> Self {
        Library { boards }
    }

    /// Every board.
    pub fn boards(&self) -> &[Board] {
        &self.boards
    }

    /// The boards, the most recently changed first, as the board list shows them.
    pub fn newest_first(&self) -> Vec<&Board> {
        let mut list: Vec<&Board> = self.boards.iter().collect();
        list.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.title.cmp(&b.title)));
        list
    }

    /// The board with this id.
    pub fn board(&self, id: Id) -> Option<&Board> {
        self.boards.with_id(id)
    }

    /// The board with this id, to change it.
    pub fn board_mut(&mut self, id: Id) -> Option<&mut Board> {
        self.boards.with_id_mut(id)
    }

    /// Adds a board. A board whose id is already here comes in as a copy with new ids, so an
    /// add never replaces anything. Returns the id it got.
    pub fn add(&mut self, board: Board) -> Id {
        let board = if self.board(board.id).is_some() {
            let title = board.title.clone();
            // The title was valid on the way in, so a duplicate under it cannot fail.
            board.duplicate(&title).unwrap_or(board)
        } else {
            board
        };
        let id = board.id;
        self.boards.push(board);
        id
    }

    /// Makes a new empty board.
    pub fn create(&mut self, title: &str) -> Result<Id, BoardError> {
        let board = Board::new(title)?;
        Ok(self.add(board))
    }

    /// Copies a board under a new title.
    pub fn duplicate(&mut self, id: Id, title: &str) -> Result<Id, BoardError> {
        let mut copy = self
            .board(id)
            .ok_or(BoardError::NoSuchBoard)?
            .duplicate(title)?;
        copy.example = false;
        Ok(self.add(copy))
    }

    /// Takes a board out, returning where it stood and the board, for undo.
    pub fn remove(&mut self, id: Id) -> Option<(usize, Board)> {
        let at = self.boards.index_of(id)?;
        Some((at, self.boards.remove(at)))
    }

    /// Puts a removed board back (undo of [`Library::remove`]).
    pub fn put_back(&mut self, position: usize, board: Board) {
        if self.board(board.id).is_none() {
            let at = position.min(self.boards.len());
            self.boards.insert(at, board);
        }
    }

    /// Replaces a board by a newer copy of itself (e.g. written by another tab), or adds it.
    pub fn replace(&mut self, board: Board) {
        match self.board_mut(board.id) {
            Some(slot) => *slot = board,
            None => self.boards.push(board),
        }
    }
}
