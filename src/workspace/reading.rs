//! Files picked or dropped for import or the synthesis, from the pick to the dialog they ask
//! for. Each pick or drop is one request, and only the newest may open or change the dialog: a
//! newer request replaces an older one whatever order the browser finishes them in, and what a
//! passphrase opened goes to the request it was typed for. Here too: what a file's bytes are (a
//! session file, a CSV of notes, a locked file) and what a passphrase did to the locked ones.
//! The browser only reads the bytes and does the crypto (`ui::state::files`, `ui::locking`).

use crate::file::{
    is_locked, read_notes_csv, restore, CsvWords, ImportError, LockedError, LockedFile,
    RestoreError, MAX_FILE_BYTES, MAX_LOCKED_BYTES,
};
use crate::model::{Board, MAX_TITLE_CHARS};

#[cfg(test)]
mod tests;

/// One file picked or dropped, read and checked, not yet applied.
#[derive(Clone, Debug)]
pub struct ImportFile {
    /// The file's name.
    pub name: String,
    /// Its boards, or what is wrong with it.
    pub boards: Result<Vec<Board>, ImportError>,
}

/// Where files that are being read go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Into the library, once the user confirms.
    Import,
    /// Into the synthesis only.
    Synthesis,
}

/// One file as first read: checked, or locked and waiting for its passphrase.
#[derive(Clone, Debug)]
pub enum Read {
    /// Read and checked.
    Checked(ImportFile),
    /// Locked: its name and the file.
    Locked(String, LockedFile),
}

/// Why the last passphrase left files locked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// It does not open them.
    WrongPassphrase,
    /// The browser could not make a key of it, so it was not tried: it may be right.
    KeyFailed,
}

/// The files of one request waiting for the passphrase they were locked with; those already
/// read wait with them.
#[derive(Clone, Debug)]
pub struct Unlocking {
    /// The request the files belong to.
    pub request: Request,
    /// Where the files go once read.
    pub purpose: Purpose,
    /// The files read and checked so far.
    pub read: Vec<ImportFile>,
    /// The locked files not yet opened, by name.
    pub locked: Vec<(String, LockedFile)>,
    /// Why the last passphrase opened some of them not.
    pub refused: Option<Refused>,
    /// Whether a passphrase is being tried now.
    pub working: bool,
}

impl Unlocking {
    /// Takes the locked files for a passphrase to be tried on, with the request they belong
    /// to; `None` while one is being tried.
    pub fn take_locked(&mut self) -> Option<(Request, Vec<(String, LockedFile)>)> {
        if self.working {
            return None;
        }
        self.working = true;
        Some((self.request, std::mem::take(&mut self.locked)))
    }
}

/// What one passphrase did to one locked file, as the browser found it.
#[derive(Clone, Debug)]
pub enum Attempt {
    /// This page has no Web Crypto to open it with.
    NoCrypto,
    /// The browser could not make a key of the passphrase (or not use it).
    KeyFailed,
    /// The plain session file, or why the passphrase did not open it.
    Judged(Result<Vec<u8>, LockedError>),
}

/// Where the files of a request go next.
#[derive(Debug)]
pub enum Next {
    /// Every file is read: to the import dialog or the synthesis.
    TakeIn(Purpose, Vec<ImportFile>),
    /// Some are locked: the dialog asks for their passphrase.
    Ask(Unlocking),
}

/// One pick or drop of files, from their reading to the dialog they ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Request(u64);

/// Which request is current: the one started last.
#[derive(Debug, Default)]
pub struct Requests {
    newest: u64,
}

impl Requests {
    /// Starts a request when files are picked or dropped; it replaces every earlier one.
    pub fn start(&mut self) -> Request {
        self.newest += 1;
        Request(self.newest)
    }

    /// Whether the request is the newest, the only one that may open or change the dialog.
    pub fn is_current(&self, request: Request) -> bool {
        request.0 == self.newest
    }

    /// Where the files a request has read go: `None` when a newer request has started since,
    /// which replaces it.
    pub fn read(&self, request: Request, purpose: Purpose, files: Vec<Read>) -> Option<Next> {
        if !self.is_current(request) {
            return None;
        }
        let mut read = Vec::new();
        let mut locked = Vec::new();
        for file in files {
            match file {
                Read::Checked(file) => read.push(file),
                Read::Locked(name, file) => locked.push((name, file)),
            }
        }
        Some(match locked.is_empty() {
            true => Next::TakeIn(purpose, read),
            false => Next::Ask(Unlocking {
                request,
                purpose,
                read,
                locked,
                refused: None,
                working: false,
            }),
        })
    }

    /// Takes in what a passphrase did to the locked files of `request` (taken with
    /// [`Unlocking::take_locked`]): those it opened are read like any session file; a wrong
    /// passphrase leaves a file waiting for another try, and so does one the browser could not
    /// make a key of. Once none waits, the dialog closes and its files are returned to be taken
    /// in; `None` while the dialog asks again, or when it was cancelled or a newer request has
    /// started since: then the dialog, whosever it is, stays as it is.
    pub fn tried(
        &self,
        dialog: &mut Option<Unlocking>,
        request: Request,
        attempts: Vec<(String, LockedFile, Attempt)>,
    ) -> Option<(Purpose, Vec<ImportFile>)> {
        if !self.is_current(request) {
            return None;
        }
        let u = dialog.as_mut().filter(|u| u.request == request)?;
        let mut refused = None;
        for (name, file, attempt) in attempts {
            let boards = match attempt {
                Attempt::NoCrypto => Err(ImportError::NoCrypto),
                Attempt::Judged(Ok(plain)) => {
                    restore(&plain).map(|e| e.boards).map_err(ImportError::from)
                }
                // A file the passphrase was not tried on says so, over one it did not open.
                Attempt::KeyFailed => {
                    refused = Some(Refused::KeyFailed);
                    u.locked.push((name, file));
                    continue;
                }
                Attempt::Judged(Err(LockedError::WrongPassphrase)) => {
                    refused = refused.or(Some(Refused::WrongPassphrase));
                    u.locked.push((name, file));
                    continue;
                }
                Attempt::Judged(Err(why)) => Err(ImportError::Locked(why)),
            };
            u.read.push(ImportFile { name, boards });
        }
        u.refused = refused;
        u.working = false;
        if refused.is_some() {
            return None;
        }
        let u = dialog.take()?;
        Some((u.purpose, u.read))
    }
}

/// A file too large to be read at all, refused before it is read: a locked file may be
/// larger than a plain one.
pub fn too_large(bytes: usize) -> Option<ImportError> {
    (bytes > MAX_FILE_BYTES.max(MAX_LOCKED_BYTES)).then_some(
        RestoreError::TooLarge {
            bytes,
            max: MAX_FILE_BYTES,
        }
        .into(),
    )
}

/// Checks a file as read (`bytes` is `None` when the browser could not read it): a locked file
/// waits for its passphrase; a CSV (by its name or `csv_type`) becomes a board named after the
/// file, its headings and quadrants read with `words` (the language content's); anything else
/// must be a session file.
pub fn check(name: String, csv_type: bool, bytes: Option<Vec<u8>>, words: &CsvWords) -> Read {
    let checked = |name, boards| Read::Checked(ImportFile { name, boards });
    let Some(bytes) = bytes else {
        return checked(name, Err(ImportError::Unreadable));
    };
    if is_locked(&bytes) {
        return match LockedFile::parse(&bytes) {
            Ok(locked) => Read::Locked(name, locked),
            Err(why) => checked(name, Err(why.into())),
        };
    }
    // The name's end compared as ASCII: str::to_lowercase would bring Unicode's case tables.
    let csv_name = name
        .len()
        .checked_sub(4)
        .and_then(|at| name.get(at..))
        .is_some_and(|end| end.eq_ignore_ascii_case(".csv"));
    if csv_name || csv_type {
        // The board is named after the file: "notities Waterdam.csv" gives "notities Waterdam".
        let stem = match csv_name {
            true => &name[..name.len() - 4],
            false => &name,
        };
        let mut title: String = stem.trim().chars().take(MAX_TITLE_CHARS).collect();
        if title.trim().is_empty() {
            title = "CSV".into();
        }
        let boards = read_notes_csv(&bytes, &title, words)
            .map(|board| vec![board])
            .map_err(ImportError::from);
        return checked(name, boards);
    }
    if bytes.len() > MAX_FILE_BYTES {
        let too_large = RestoreError::TooLarge {
            bytes: bytes.len(),
            max: MAX_FILE_BYTES,
        };
        return checked(name, Err(too_large.into()));
    }
    let boards = restore(&bytes)
        .map(|envelope| envelope.boards)
        .map_err(ImportError::from);
    checked(name, boards)
}
