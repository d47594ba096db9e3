//! Files: reading and checking them for import or the synthesis (session files, locked ones once
//! their passphrase is given, CSVs of notes), bringing them in as new boards or merged into the
//! open one, and the download of an export, plain or locked.

use leptos::prelude::*;

use super::{AppState, Said};
use crate::content::csv_words;
use crate::file::ImportError;
use crate::model::{Board, BoardError, Id, Timestamp};
use crate::ui::locking::{lock, unlock, LockFailed};
use crate::workspace::reading::{check, too_large, Next, Purpose, Read};
pub use crate::workspace::reading::{ImportFile, Unlocking};
use crate::workspace::MergeError;

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

    /// Downloads boards as a session file locked with a passphrase (see [`AppState::export`]).
    /// The passphrase is used for this file and forgotten. `done` hears whether it was
    /// downloaded.
    pub fn export_locked(
        &self,
        board: Option<Id>,
        passphrase: String,
        done: impl FnOnce(bool) + 'static,
    ) {
        // The file as a plain export writes it, remembered as exported once it is locked: the
        // boards as they were written, not as they are when the browser has locked them.
        let Some(file) = self.with_untracked(|w| w.session_file(board, Timestamp::now())) else {
            return done(false);
        };
        let state = *self;
        leptos::task::spawn_local(async move {
            match lock(&file.json, &passphrase).await {
                Ok(locked) => {
                    crate::ui::download::download_text(&file.name, &locked, "application/json");
                    state.workspace.update_value(|w| w.exported(&file));
                    state.status.notify();
                    state.inform(
                        Said::With(|t| t.locked.locked_done, "file", file.name),
                        None,
                    );
                    done(true);
                }
                Err(failed) => {
                    state.error(Said::Text(match failed {
                        LockFailed::NoCrypto => |t| t.locked.no_crypto,
                        LockFailed::Refused => |t| t.locked.lock_failed,
                    }));
                    done(false);
                }
            }
        });
    }

    /// Reads picked or dropped files and asks the user how to bring them in (first for the
    /// passphrase of any locked one). Nothing is changed until the user confirms.
    pub fn read_files(&self, files: Vec<web_sys::File>) {
        self.read(files, Purpose::Import);
    }

    /// Reads picked or dropped files into the synthesis, never into the library.
    pub fn read_for_synthesis(&self, files: Vec<web_sys::File>) {
        self.read(files, Purpose::Synthesis);
    }

    /// Reads files as one request: it replaces any earlier one, whose files, read before or
    /// after, open or change no dialog (see [`crate::workspace::reading`]).
    fn read(&self, files: Vec<web_sys::File>, purpose: Purpose) {
        if files.is_empty() {
            return;
        }
        let Some(request) = self.requests.try_update_value(|r| r.start()) else {
            return;
        };
        let state = *self;
        leptos::task::spawn_local(async move {
            let mut read = Vec::new();
            for file in files {
                read.push(read_file(file).await);
            }
            let next = state
                .requests
                .try_with_value(|r| r.read(request, purpose, read))
                .flatten();
            // The newest request's dialog replaces one an earlier request left open.
            match next {
                Some(Next::TakeIn(purpose, read)) => {
                    if state.unlocking.with_untracked(Option::is_some) {
                        state.unlocking.set(None);
                    }
                    // An import dialog this request does not replace closes (a dialog emptied
                    // and filled again would close on its close event).
                    let opens = purpose == Purpose::Import && read.iter().any(|f| f.boards.is_ok());
                    if !opens && state.import.with_untracked(Option::is_some) {
                        state.import.set(None);
                    }
                    state.take_in(read, purpose);
                }
                Some(Next::Ask(unlocking)) => {
                    if state.import.with_untracked(Option::is_some) {
                        state.import.set(None);
                    }
                    state.unlocking.set(Some(unlocking));
                }
                None => {}
            }
        });
    }

    /// Tries a passphrase on every locked file waiting for one: those it opens are read like any
    /// session file; a wrong passphrase leaves a file waiting for another try. What it opens
    /// goes to the request it was typed for, never to a newer one's dialog.
    pub fn unlock_with(&self, passphrase: String) {
        let Some(Some((request, waiting))) = self
            .unlocking
            .try_update(|u| u.as_mut().and_then(Unlocking::take_locked))
        else {
            return;
        };
        let state = *self;
        leptos::task::spawn_local(async move {
            let mut attempts = Vec::new();
            for (name, file) in waiting {
                let attempt = unlock(&file, &passphrase).await;
                attempts.push((name, file, attempt));
            }
            // Every file opened (or found unreadable): on with all of them; otherwise the
            // dialog asks again for those still locked.
            let done = state.unlocking.try_update(|u| {
                state
                    .requests
                    .try_with_value(|r| r.tried(u, request, attempts))
                    .flatten()
            });
            if let Some(Some((purpose, read))) = done {
                state.take_in(read, purpose);
            }
        });
    }

    /// Takes checked files where they go: the import dialog, or the synthesis.
    fn take_in(&self, read: Vec<ImportFile>, purpose: Purpose) {
        let problems = || -> Vec<(String, ImportError)> {
            read.iter()
                .filter_map(|f| Some((f.name.clone(), f.boards.clone().err()?)))
                .collect()
        };
        match purpose {
            Purpose::Import if read.iter().all(|f| f.boards.is_err()) => {
                if !read.is_empty() {
                    self.error(Said::NotImported(problems()));
                }
            }
            Purpose::Import => self.import.set(Some(read)),
            Purpose::Synthesis => {
                let problems = problems();
                self.synthesis_files.update(|list| {
                    for b in read.into_iter().filter_map(|f| f.boards.ok()).flatten() {
                        if !list.iter().any(|x| x.id == b.id) {
                            list.push(b);
                        }
                    }
                });
                if !problems.is_empty() {
                    self.error(Said::NotImported(problems));
                }
            }
        }
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
}

/// Reads one file and checks it ([`check`]). A file over the size limit is refused before it
/// is read.
async fn read_file(file: web_sys::File) -> Read {
    let name = file.name();
    if let Some(why) = too_large(file.size() as usize) {
        return Read::Checked(ImportFile {
            name,
            boards: Err(why),
        });
    }
    let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()
        .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
    check(name, file.type_() == "text/csv", bytes, &csv_words())
}
