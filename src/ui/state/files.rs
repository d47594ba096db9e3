//! Session files: reading and checking them for import or the synthesis, bringing them in as
//! new boards or merged into the open one, and the download of an export.

use leptos::prelude::*;

use super::{AppState, Said};
use crate::file::{restore, RestoreError, MAX_FILE_BYTES};
use crate::model::{Board, BoardError, Id, Timestamp};
use crate::workspace::MergeError;

/// One file picked or dropped for import, read and checked, not yet applied.
#[derive(Debug)]
pub struct ImportFile {
    /// The file's name.
    pub name: String,
    /// Its boards, or what is wrong with it.
    pub boards: Result<Vec<Board>, RestoreError>,
}

/// How checked files come in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Each board as a new board; never replaces anything.
    AsNew,
    /// Into the open board.
    MergeIntoOpen,
}

impl AppState {
    /// Downloads boards as a session file: the open board, or with `None` every board.
    pub fn export(&self, board: Option<Id>) {
        // An export changes no board: only what the storage line says of it follows.
        let file = self
            .workspace
            .try_update_value(|w| w.export(board, Timestamp::now()));
        self.status.notify();
        if let Some(Some(file)) = file {
            crate::ui::download::download_text(&file.name, &file.json, "application/json");
        }
    }

    /// Reads picked or dropped files and asks the user how to bring them in. Nothing is
    /// changed until the user confirms.
    pub fn read_files(&self, files: Vec<web_sys::File>) {
        if files.is_empty() {
            return;
        }
        let state = *self;
        leptos::task::spawn_local(async move {
            let read = read_boards(files).await;
            if read.iter().all(|f| f.boards.is_err()) {
                let problems: Vec<(String, RestoreError)> = read
                    .into_iter()
                    .filter_map(|f| Some((f.name, f.boards.err()?)))
                    .collect();
                state.error(Said::NotImported(problems));
            } else {
                state.import.set(Some(read));
            }
        });
    }

    /// Brings in the boards of the checked files, as new boards or merged into the open one.
    pub fn apply_import(&self, mode: ImportMode) {
        let Some(files) = self.import.try_update(Option::take).flatten() else {
            return;
        };
        let boards: Vec<Board> = files
            .into_iter()
            .filter_map(|f| f.boards.ok())
            .flatten()
            .collect();
        let now = Timestamp::now();
        match (mode, self.current.get_untracked()) {
            (ImportMode::MergeIntoOpen, Some(target)) => {
                match self.update(|w| w.merge_into(target, &boards, now)) {
                    Some(Ok(merged)) => self.inform(Said::Merged(merged), None),
                    Some(Err(MergeError::Invalid(invalid))) => self.error(Said::Invalid(invalid)),
                    Some(Err(MergeError::NoBoard)) => {
                        self.error(Said::Refused(BoardError::NoSuchBoard))
                    }
                    None => {}
                }
            }
            _ => {
                let titles: Vec<String> = boards.iter().map(|b| b.title.clone()).collect();
                let ids = self
                    .update(|w| w.import_as_new(boards, now))
                    .unwrap_or_default();
                if let [only] = ids[..] {
                    self.open(Some(only));
                }
                let titles = titles.join(", ");
                self.inform(Said::With(|t| t.files.imported, "titles", titles), None);
            }
        }
    }

    /// Reads picked or dropped session files into the synthesis, never into the library.
    pub fn read_for_synthesis(&self, files: Vec<web_sys::File>) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let mut problems = Vec::new();
            let mut boards = Vec::new();
            for file in read_boards(files).await {
                match file.boards {
                    Ok(b) => boards.extend(b),
                    Err(why) => problems.push((file.name, why)),
                }
            }
            state.synthesis_files.update(|list| {
                for b in boards {
                    if !list.iter().any(|x| x.id == b.id) {
                        list.push(b);
                    }
                }
            });
            if !problems.is_empty() {
                state.error(Said::NotImported(problems));
            }
        });
    }
}

/// Reads files and checks each through `restore`: its boards, or what is wrong with it in the
/// user's language. A file over the size limit is refused before it is read.
async fn read_boards(files: Vec<web_sys::File>) -> Vec<ImportFile> {
    let mut read = Vec::new();
    for file in files {
        let name = file.name();
        let size = file.size() as usize;
        let boards = if size > MAX_FILE_BYTES {
            Err(crate::file::RestoreError::TooLarge {
                bytes: size,
                max: MAX_FILE_BYTES,
            })
        } else {
            match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => restore(&js_sys::Uint8Array::new(&buffer).to_vec())
                    .map(|envelope| envelope.boards),
                Err(_) => Err(crate::file::RestoreError::Empty),
            }
        };
        read.push(ImportFile { boards, name });
    }
    read
}
