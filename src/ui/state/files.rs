//! Files: reading and checking them for import or the synthesis (session files, locked ones once
//! their passphrase is given, CSVs of notes), bringing them in as new boards or merged into the
//! open one, and the download of an export, plain or locked.

use leptos::prelude::*;

use super::{AppState, Said};
use crate::content::csv_words;
use crate::file::{
    is_locked, read_notes_csv, restore, ImportError, LockedError, LockedFile, RestoreError,
    MAX_FILE_BYTES, MAX_LOCKED_BYTES,
};
use crate::model::{Board, BoardError, Id, Timestamp, MAX_TITLE_CHARS};
use crate::ui::locking::{lock, unlock, LockFailed};
use crate::workspace::MergeError;

/// One file picked or dropped for import, read and checked, not yet applied.
#[derive(Clone, Debug)]
pub struct ImportFile {
    /// The file's name.
    pub name: String,
    /// Its boards, or what is wrong with it.
    pub boards: Result<Vec<Board>, ImportError>,
}

/// How checked files come in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Each board as a new board; never replaces anything.
    AsNew,
    /// Into the open board.
    MergeIntoOpen,
}

/// Where files that are being read go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Into the library, once the user confirms.
    Import,
    /// Into the synthesis only.
    Synthesis,
}

/// Files waiting for the passphrase they were locked with; those already read wait with them.
#[derive(Clone, Debug)]
pub struct Unlocking {
    /// Where the files go once read.
    pub purpose: Purpose,
    /// The files read and checked so far.
    pub read: Vec<ImportFile>,
    /// The locked files not yet opened, by name.
    pub locked: Vec<(String, LockedFile)>,
    /// Whether the last passphrase opened none of them.
    pub refused: bool,
    /// Whether a passphrase is being tried now.
    pub working: bool,
}

/// One file as first read: checked, or locked and waiting for its passphrase.
enum Read {
    Checked(ImportFile),
    Locked(String, LockedFile),
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

    fn read(&self, files: Vec<web_sys::File>, purpose: Purpose) {
        if files.is_empty() {
            return;
        }
        let state = *self;
        leptos::task::spawn_local(async move {
            let mut read = Vec::new();
            let mut locked = Vec::new();
            for file in files {
                match read_file(file).await {
                    Read::Checked(file) => read.push(file),
                    Read::Locked(name, file) => locked.push((name, file)),
                }
            }
            if locked.is_empty() {
                state.take_in(read, purpose);
            } else {
                state.unlocking.set(Some(Unlocking {
                    purpose,
                    read,
                    locked,
                    refused: false,
                    working: false,
                }));
            }
        });
    }

    /// Tries a passphrase on every locked file waiting for one: those it opens are read like any
    /// session file; a wrong passphrase leaves a file waiting for another try.
    pub fn unlock_with(&self, passphrase: String) {
        let Some(Some(waiting)) = self.unlocking.try_update(|u| {
            u.as_mut().map(|u| {
                u.working = true;
                std::mem::take(&mut u.locked)
            })
        }) else {
            return;
        };
        let state = *self;
        leptos::task::spawn_local(async move {
            let mut opened = Vec::new();
            let mut still = Vec::new();
            for (name, file) in waiting {
                let boards = match unlock(&file, &passphrase).await {
                    None => Err(ImportError::NoCrypto),
                    Some(Ok(plain)) => restore(&plain).map(|e| e.boards).map_err(ImportError::from),
                    Some(Err(LockedError::WrongPassphrase)) => {
                        still.push((name, file));
                        continue;
                    }
                    Some(Err(why)) => Err(ImportError::Locked(why)),
                };
                opened.push(ImportFile { name, boards });
            }
            let refused = !still.is_empty();
            // Every file opened (or found unreadable): on with all of them; otherwise the
            // dialog asks again for those still locked.
            let done = state.unlocking.try_update(|u| {
                let u = u.as_mut()?;
                u.read.extend(opened);
                u.locked = still;
                u.refused = refused;
                u.working = false;
                if refused {
                    None
                } else {
                    Some((u.purpose, std::mem::take(&mut u.read)))
                }
            });
            if let Some(Some((purpose, read))) = done {
                state.unlocking.set(None);
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

/// Reads one file and checks it: a locked file waits for its passphrase; a CSV (by its name or
/// type) becomes a board named after the file; anything else must be a session file. A file
/// over the size limit is refused before it is read.
async fn read_file(file: web_sys::File) -> Read {
    let name = file.name();
    let size = file.size() as usize;
    let checked = |boards| {
        Read::Checked(ImportFile {
            name: name.clone(),
            boards,
        })
    };
    if size > MAX_FILE_BYTES.max(MAX_LOCKED_BYTES) {
        return checked(Err(RestoreError::TooLarge {
            bytes: size,
            max: MAX_FILE_BYTES,
        }
        .into()));
    }
    let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else {
        return checked(Err(RestoreError::Empty.into()));
    };
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    if is_locked(&bytes) {
        return match LockedFile::parse(&bytes) {
            Ok(locked) => Read::Locked(name, locked),
            Err(why) => checked(Err(why.into())),
        };
    }
    // The name's end compared as ASCII: str::to_lowercase would bring Unicode's case tables.
    let csv_name = name
        .len()
        .checked_sub(4)
        .and_then(|at| name.get(at..))
        .is_some_and(|end| end.eq_ignore_ascii_case(".csv"));
    if csv_name || file.type_() == "text/csv" {
        // The board is named after the file: "notities Waterdam.csv" gives "notities Waterdam".
        let stem = match csv_name {
            true => &name[..name.len() - 4],
            false => &name,
        };
        let mut title: String = stem.trim().chars().take(MAX_TITLE_CHARS).collect();
        if title.trim().is_empty() {
            title = "CSV".into();
        }
        return checked(
            read_notes_csv(&bytes, &title, &csv_words())
                .map(|board| vec![board])
                .map_err(ImportError::from),
        );
    }
    if size > MAX_FILE_BYTES {
        return checked(Err(RestoreError::TooLarge {
            bytes: size,
            max: MAX_FILE_BYTES,
        }
        .into()));
    }
    checked(
        restore(&bytes)
            .map(|envelope| envelope.boards)
            .map_err(ImportError::from),
    )
}
