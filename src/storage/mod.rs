//! Keeping boards on the device: a small key-value [`Store`] trait (localStorage in the browser,
//! memory in native tests) and the rules on top of it in [`BoardStore`] and [`Autosave`].
//!
//! Each board is stored under its own key as a one-board [`Envelope`], read back through the
//! same [`restore`] as an imported file.

mod autosave;
#[cfg(target_arch = "wasm32")]
mod local;

use std::collections::{BTreeMap, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};

use thiserror::Error;

use crate::file::{restore, to_stored_json, Envelope, RestoreError};
use crate::model::{Board, Id};

pub use autosave::Autosave;
#[cfg(target_arch = "wasm32")]
pub use local::{BrowserStore, LocalStore};

/// Prefix of every key this app writes.
pub const PREFIX: &str = "swot-board/";
/// Prefix of the key of each board: `swot-board/board/<id>`.
pub const BOARD_PREFIX: &str = "swot-board/board/";

/// Why the store refused a write or a read.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StoreError {
    /// The browser's quota for this site is used up.
    #[error("the browser's storage is full")]
    Full,
    /// Storage is switched off, blocked or broken.
    #[error("storage cannot be used: {0}")]
    Unavailable(String),
}

/// A key-value store of strings, like localStorage.
pub trait Store {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Writes `value` under `key`.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key`.
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
    /// Whether what is written here is still there after the tab closes (false where the
    /// browser blocks storage and the app keeps boards in memory).
    fn outlives_tab(&self) -> bool {
        true
    }
}

/// A store in memory, for native tests; with a quota it fails as a full localStorage does.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    /// What is stored.
    pub entries: BTreeMap<String, String>,
    /// The most bytes (keys and values, as UTF-16 units like browsers count) it will hold.
    pub quota: Option<usize>,
}

impl MemoryStore {
    fn used_without(&self, key: &str) -> usize {
        self.entries
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.encode_utf16().count() + v.encode_utf16().count())
            .sum()
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota {
            let size = key.encode_utf16().count() + value.encode_utf16().count();
            if self.used_without(key) + size > quota {
                return Err(StoreError::Full);
            }
        }
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.entries.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.entries.keys().cloned().collect())
    }
}

/// Stored data that could not be read back. It is left where it is, never overwritten, and
/// offered to the user as a download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// The key it is stored under.
    pub key: String,
    /// The text as stored.
    pub text: String,
    /// Why it could not be read.
    pub error: RestoreError,
}

/// What was found in the store at start-up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// Every board that could be read.
    pub boards: Vec<Board>,
    /// Everything that could not.
    pub unreadable: Vec<Unreadable>,
}

/// Why a board was not saved. What was stored before stays as it was.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum SaveError {
    /// The store is full.
    #[error("the browser's storage is full")]
    Full,
    /// Another tab wrote or deleted this board since this tab last read it.
    #[error("another tab changed this board")]
    Stale,
    /// The store cannot be used.
    #[error("storage cannot be used: {0}")]
    Unavailable(String),
}

impl From<StoreError> for SaveError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Full => SaveError::Full,
            StoreError::Unavailable(why) => SaveError::Unavailable(why),
        }
    }
}

/// The key a board is stored under.
pub fn board_key(id: Id) -> String {
    format!("{BOARD_PREFIX}{id}")
}

fn fingerprint(text: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

/// Boards in a [`Store`], with the rule that a tab never overwrites what another tab wrote after
/// this one last read it.
pub struct BoardStore<S: Store> {
    store: S,
    /// What this tab last read or wrote under each key.
    seen: HashMap<String, Seen>,
    /// Each board as this tab last read or wrote it: the base a merge with another tab's
    /// write starts from.
    base: HashMap<Id, Board>,
}

/// A board as another tab stored it, read but not yet taken as this tab's base
/// ([`BoardStore::took`]).
pub struct Stored {
    /// The board.
    pub board: Board,
    seen: Seen,
}

/// A stored value as this tab last read or wrote it.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Seen {
    /// Its fingerprint, to tell whether another tab wrote since.
    print: u64,
    /// Key and value in UTF-16 units, as browsers count the quota.
    size: usize,
}

impl Seen {
    fn of(key: &str, text: &str) -> Self {
        Seen {
            print: fingerprint(text),
            size: utf16_len(key) + utf16_len(text),
        }
    }
}

/// The length in UTF-16 units, as browsers count it, from the UTF-8 bytes: every byte that
/// starts a character counts one, and a four-byte character (a surrogate pair) one more. A plain
/// loop over bytes, several times faster than decoding the characters on a large board.
fn utf16_len(text: &str) -> usize {
    text.bytes()
        .map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

impl<S: Store> BoardStore<S> {
    /// Boards kept in `store`.
    pub fn new(store: S) -> Self {
        BoardStore {
            store,
            seen: HashMap::new(),
            base: HashMap::new(),
        }
    }

    /// The store underneath.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// The store underneath, to change it.
    pub fn store_mut(&mut self) -> &mut S {
        &mut self.store
    }

    /// Reads every stored board. Unreadable values are reported and left untouched.
    pub fn load(&mut self) -> Result<Loaded, StoreError> {
        let mut loaded = Loaded::default();
        let mut keys: Vec<String> = self
            .store
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(BOARD_PREFIX))
            .collect();
        keys.sort();
        for key in keys {
            let Some(text) = self.store.get(&key)? else {
                continue;
            };
            match self.read(&key, &text) {
                Ok(board) => {
                    self.seen.insert(key.clone(), Seen::of(&key, &text));
                    self.base.insert(board.id, board.clone());
                    loaded.boards.push(board);
                }
                Err(error) => loaded.unreadable.push(Unreadable { key, text, error }),
            }
        }
        Ok(loaded)
    }

    fn read(&self, key: &str, text: &str) -> Result<Board, RestoreError> {
        let envelope = restore(text.as_bytes())?;
        let mut boards = envelope.boards.into_iter();
        match (boards.next(), boards.next()) {
            (Some(board), None) if board_key(board.id) == key => Ok(board),
            _ => Err(RestoreError::NotItsKey),
        }
    }

    /// Reads one board again after another tab changed it; `None` when it was deleted there.
    pub fn reread(&mut self, id: Id) -> Result<Option<Board>, RestoreError> {
        match self.stored(id)? {
            Some(stored) => {
                self.took(&stored);
                Ok(Some(stored.board))
            }
            None => {
                self.seen.remove(&board_key(id));
                self.base.remove(&id);
                Ok(None)
            }
        }
    }

    /// The board as it is stored now (`None`: not stored, or the store cannot be read),
    /// without taking it as read: a save still refuses until [`BoardStore::took`].
    pub fn stored(&self, id: Id) -> Result<Option<Stored>, RestoreError> {
        let key = board_key(id);
        let Ok(Some(text)) = self.store.get(&key) else {
            return Ok(None);
        };
        let board = self.read(&key, &text)?;
        Ok(Some(Stored {
            board,
            seen: Seen::of(&key, &text),
        }))
    }

    /// Takes a stored board as read: it is the base of the next merge, and a save may write
    /// over it.
    pub fn took(&mut self, stored: &Stored) {
        self.seen.insert(board_key(stored.board.id), stored.seen);
        self.base.insert(stored.board.id, stored.board.clone());
    }

    /// The board as this tab last read or wrote it.
    pub fn base(&self, id: Id) -> Option<&Board> {
        self.base.get(&id)
    }

    /// Whether the stored value of this board is what this tab last read or wrote.
    pub fn is_current(&self, id: Id) -> bool {
        self.check_current(id).unwrap_or(false)
    }

    fn check_current(&self, id: Id) -> Result<bool, StoreError> {
        let key = board_key(id);
        Ok(match self.store.get(&key)? {
            Some(text) => self.seen.get(&key).map(|s| s.print) == Some(fingerprint(&text)),
            None => !self.seen.contains_key(&key),
        })
    }

    /// Saves a board, unless another tab changed it since this tab last read it. A store that
    /// cannot be read is [`SaveError::Unavailable`], not a clash with another tab.
    pub fn save(&mut self, board: &Board) -> Result<(), SaveError> {
        if !self.check_current(board.id)? {
            return Err(SaveError::Stale);
        }
        let key = board_key(board.id);
        let text = to_stored_json(&Envelope::new(vec![board.clone()]));
        let seen = Seen::of(&key, &text);
        if self.seen.get(&key) == Some(&seen) {
            return Ok(());
        }
        self.store.set(&key, &text)?;
        self.seen.insert(key, seen);
        self.base.insert(board.id, board.clone());
        Ok(())
    }

    /// Removes a board from the store.
    pub fn delete(&mut self, id: Id) -> Result<(), SaveError> {
        let key = board_key(id);
        self.store.remove(&key)?;
        self.seen.remove(&key);
        self.base.remove(&id);
        Ok(())
    }

    /// A setting of the app, e.g. the language.
    pub fn setting(&self, name: &str) -> Option<String> {
        self.store.get(&format!("{PREFIX}settings/{name}")).ok()?
    }

    /// Writes a setting; a setting that cannot be written is not worth a warning.
    pub fn set_setting(&mut self, name: &str, value: &str) {
        let _ = self.store.set(&format!("{PREFIX}settings/{name}"), value);
    }

    /// Bytes (UTF-16 units, as browsers count) this app uses in the store. Boards this tab read
    /// or wrote count by the size it knows, so a save does not read every board back; the rest
    /// (settings, unreadable values, boards another tab just made) are read.
    pub fn used(&self) -> usize {
        let keys = self.store.keys().unwrap_or_default();
        keys.iter()
            .filter(|k| k.starts_with(PREFIX))
            .map(|k| match self.seen.get(k) {
                Some(seen) => seen.size,
                None => {
                    let v = self.store.get(k).ok().flatten().unwrap_or_default();
                    utf16_len(k) + utf16_len(&v)
                }
            })
            .sum()
    }
}

#[cfg(test)]
mod tests;
