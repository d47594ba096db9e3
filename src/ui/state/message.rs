//! The passing message: what it says, kept as data until shown, and what its Undo takes back;
//! and what screen readers are told.

use leptos::prelude::*;

use super::AppState;
use crate::file::ImportError;
use crate::i18n::{fill, Texts};
use crate::model::{Board, BoardError, Clash, Id, Invalid, RemovedNote, Timestamp};
use crate::ui::browser::focus_element;
use crate::workspace::{Merged, MergedTabs};

/// What a confirmation can take back.
#[derive(Debug)]
pub enum Undo {
    /// A deleted board, with its place in the library.
    Board(usize, Box<Board>),
    /// A deleted note of a board.
    Note(Id, Box<RemovedNote>),
    /// This tab's values where a merge with another tab kept the other tab's.
    Clashes(Id, Vec<Clash>),
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
    /// What a merge with another tab's write of the same moment could not keep side by side.
    TabClash(TabClash),
}

/// The clashes of a merge with another tab, in words the message can use.
#[derive(Debug, Default)]
pub struct TabClash {
    /// Notes whose text both changed, this tab's now right after the other's.
    pub notes_kept: usize,
    /// The texts of the notes with another field both changed (cut short).
    pub notes: Vec<String>,
    /// Whether both changed the board's title.
    pub title: bool,
    /// How many other fields both changed.
    pub others: usize,
}

impl TabClash {
    fn in_words(&self, t: &'static Texts) -> String {
        let mut said = Vec::new();
        if self.notes_kept > 0 {
            said.push(fill(
                t.saving.tab_notes_kept,
                &[("count", &self.notes_kept.to_string())],
            ));
        }
        let mut what: Vec<String> = self
            .notes
            .iter()
            .map(|text| fill(t.saving.clash_note, &[("text", text)]))
            .collect();
        if self.title {
            what.push(t.saving.clash_title.to_string());
        }
        if self.others > 0 {
            what.push(fill(
                t.saving.clash_other,
                &[("count", &self.others.to_string())],
            ));
        }
        if !what.is_empty() {
            said.push(fill(
                t.saving.tab_fields_clashed,
                &[("where", &what.join(", "))],
            ));
        }
        said.join(" ")
    }
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
            Said::TabClash(clash) => clash.in_words(t),
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
            Undo::Clashes(board, clashes) => {
                self.change(board, |b| b.put_mine(&clashes));
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

impl AppState {
    /// Tells of the clashes of merges with other tabs' writes, if any, with an Undo that puts
    /// this tab's values back.
    pub(super) fn tell_merged_tabs(&self) {
        let Some(merged) = self.workspace.try_update_value(|w| w.take_merged_tabs()) else {
            return;
        };
        if merged.is_empty() {
            return;
        }
        // The boards changed under the views.
        for board in &merged {
            self.notify(Some(board.board));
        }
        for MergedTabs { board, merge } in merged.into_iter().filter(|m| m.merge.clashed()) {
            let mut said = TabClash {
                notes_kept: merge.notes_copied.len(),
                ..TabClash::default()
            };
            self.with_library_untracked(|library| {
                let on_board = library.board(board);
                for clash in &merge.clashes {
                    match clash.path.as_slice() {
                        [title] if title == "title" => said.title = true,
                        [notes, id, ..] if notes == "notes" => {
                            let text = on_board
                                .and_then(|b| b.notes.iter().find(|n| n.id.to_string() == *id))
                                .map(|n| n.text.chars().take(40).collect::<String>());
                            match text {
                                Some(text) if !said.notes.contains(&text) => said.notes.push(text),
                                Some(_) => {}
                                None => said.others += 1,
                            }
                        }
                        _ => said.others += 1,
                    }
                }
            });
            let undo = (!merge.clashes.is_empty()).then_some(Undo::Clashes(board, merge.clashes));
            self.inform(Said::TabClash(said), undo);
        }
    }
}
