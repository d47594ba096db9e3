//! The passing message: what it says, kept as data until shown, and what its Undo takes back;
//! and what screen readers are told.

use leptos::prelude::*;

use super::AppState;
use crate::file::ImportError;
use crate::i18n::{fill, Texts};
use crate::model::{Board, BoardError, Id, Invalid, RemovedNote, Timestamp};
use crate::ui::browser::focus_element;
use crate::workspace::Merged;

/// What a confirmation can take back.
#[derive(Debug)]
pub enum Undo {
    /// A deleted board, with its place in the library.
    Board(usize, Box<Board>),
    /// A deleted note of a board.
    Note(Id, Box<RemovedNote>),
}

/// What a message says, kept as data and put in words in the language on screen when it is
/// shown, so it follows a language switch.
#[derive(Debug)]
pub enum Said {
    /// A text as it is.
    Text(fn(&'static Texts) -> &'static str),
    /// A text with one value: the text, the placeholder's name, the value.
    With(fn(&'static Texts) -> &'static str, &'static str, String),
    /// What a merge brought in.
    Merged(Merged),
    /// Why a change was refused.
    Refused(BoardError),
    /// The files that could not be imported, and why.
    NotImported(Vec<(String, ImportError)>),
    /// The rule a merge would break.
    Invalid(Invalid),
}

impl Said {
    /// The message in these texts' language.
    pub fn in_words(&self, t: &'static Texts) -> String {
        match self {
            Said::Text(text) => text(t).to_string(),
            Said::With(text, name, value) => fill(text(t), &[(name, value)]),
            Said::Merged(merged) => fill(
                t.files.merged,
                &[
                    ("added", &merged.added_notes.to_string()),
                    ("both", &merged.both_kept.to_string()),
                ],
            ),
            Said::Refused(error) => t.board_error(error),
            Said::NotImported(files) => files
                .iter()
                .map(|(name, why)| t.not_imported(name, why))
                .collect::<Vec<_>>()
                .join(" "),
            Said::Invalid(invalid) => t.invalid(invalid),
        }
    }
}

/// A passing message to the user.
#[derive(Debug)]
pub struct Message {
    /// What to say.
    pub text: Said,
    /// An error (announced assertively) or a confirmation.
    pub is_error: bool,
    /// What the Undo button takes back, if it has one.
    pub undo: Option<Undo>,
}

impl AppState {
    /// Shows a confirmation, optionally with Undo, and announces it.
    pub fn inform(&self, text: Said, undo: Option<Undo>) {
        self.say(text, false, undo);
    }

    /// Shows an error.
    pub fn error(&self, text: Said) {
        self.say(text, true, None);
    }

    fn say(&self, text: Said, is_error: bool, undo: Option<Undo>) {
        self.message.set(Some(Message {
            text,
            is_error,
            undo,
        }));
    }

    /// Tells screen-reader users what just happened, without showing anything.
    pub fn announce(&self, text: String) {
        // Setting the same text twice would not be announced again; a trailing space alternates.
        let same = self.announcement.with_untracked(|a| a.trim_end() == text);
        self.announcement
            .set(if same { format!("{text}\u{a0}") } else { text });
    }

    /// Takes back what the current message offers to undo.
    pub fn undo(&self) {
        let Some(undo) = self
            .message
            .try_update(Option::take)
            .flatten()
            .and_then(|m| m.undo)
        else {
            return;
        };
        match undo {
            Undo::Board(position, board) => {
                let id = board.id;
                self.update(|w| w.put_back(position, *board, Timestamp::now()));
                focus_element(&format!("board-{id}"));
            }
            Undo::Note(board, removed) => {
                let id = removed.note.id;
                if self.change(board, |b| b.restore_note(*removed)).is_some() {
                    focus_element(&format!("note-{id}"));
                }
            }
        }
    }
}
