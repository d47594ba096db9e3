//! The state the whole interface shares, and the one place where changes to boards are applied,
//! announced and scheduled for saving.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{fill, Lang, Texts};
use crate::model::{example_board, Board, BoardError, Id, Library, RemovedNote, Timestamp};
use crate::storage::{Autosave, BoardStore, SaveError, Unreadable, BOARD_PREFIX};

#[cfg(target_arch = "wasm32")]
type AppStore = crate::storage::LocalStore;
#[cfg(not(target_arch = "wasm32"))]
type AppStore = crate::storage::MemoryStore;

/// A save waits for this long a pause in changes...
const QUIET_MS: u64 = 400;
/// ...but never longer than this after the first unsaved change.
const MOST_MS: u64 = 2_000;

/// What a confirmation can take back.
#[derive(Clone, Debug)]
pub enum Undo {
    /// A deleted board, with its place in the library.
    Board(usize, Box<Board>),
    /// A deleted note of a board.
    Note(Id, Box<RemovedNote>),
}

/// A passing message to the user.
#[derive(Clone, Debug)]
pub struct Message {
    /// What to say, in the user's language.
    pub text: String,
    /// An error (announced assertively) or a confirmation.
    pub is_error: bool,
    /// What the Undo button takes back, if it has one.
    pub undo: Option<Undo>,
}

/// A lasting problem with saving, shown until it is solved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// Storage is full.
    Full,
    /// Storage cannot be used.
    Unavailable,
    /// Another tab changed a board that has unsaved changes here.
    Stale,
}

/// Shared state, handed to every component through context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The interface language.
    pub lang: RwSignal<Lang>,
    /// Every board on the device.
    pub library: RwSignal<Library>,
    /// The open board, or `None` for the list of boards.
    pub current: RwSignal<Option<Id>>,
    /// The passing message, if any.
    pub message: RwSignal<Option<Message>>,
    /// The lasting warning, if any.
    pub warning: RwSignal<Option<Warning>>,
    /// Stored data that could not be read at start-up.
    pub unreadable: RwSignal<Vec<Unreadable>>,
    /// Whether changes wait to be saved.
    pub pending: RwSignal<bool>,
    /// What screen readers are told after an action.
    pub announcement: RwSignal<String>,
    /// The note being dragged.
    pub dragging: RwSignal<Option<Id>>,
    /// The note being edited.
    pub editing: RwSignal<Option<Id>>,
    store: StoredValue<BoardStore<AppStore>>,
    autosave: StoredValue<Autosave>,
    timer: StoredValue<Option<TimeoutHandle>>,
}

impl AppState {
    /// Reads the boards kept on the device and the settings.
    pub fn load() -> Self {
        let mut store = BoardStore::new(AppStore::default());
        let (boards, unreadable, warning) = match store.load() {
            Ok(loaded) => (loaded.boards, loaded.unreadable, None),
            Err(_) => (Vec::new(), Vec::new(), Some(Warning::Unavailable)),
        };
        let lang = store
            .setting("lang")
            .map(|tag| Lang::from_tag(&tag))
            .unwrap_or_else(browser_lang);
        let library = Library::new(boards);
        let current = store
            .setting("current")
            .and_then(|id| Id::parse(&id))
            .filter(|id| library.board(*id).is_some());
        AppState {
            lang: RwSignal::new(lang),
            library: RwSignal::new(library),
            current: RwSignal::new(current),
            message: RwSignal::new(None),
            warning: RwSignal::new(warning),
            unreadable: RwSignal::new(unreadable),
            pending: RwSignal::new(false),
            announcement: RwSignal::new(String::new()),
            dragging: RwSignal::new(None),
            editing: RwSignal::new(None),
            store: StoredValue::new(store),
            autosave: StoredValue::new(Autosave::new(QUIET_MS, MOST_MS)),
            timer: StoredValue::new(None),
        }
    }

    /// The texts of the current language (tracked: a view using it follows a language switch).
    pub fn t(&self) -> &'static Texts {
        self.lang.get().texts()
    }

    /// The texts of the current language, untracked, for event handlers.
    pub fn t_now(&self) -> &'static Texts {
        self.lang.get_untracked().texts()
    }

    /// Switches the language and remembers it.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.store
            .update_value(|s| s.set_setting("lang", lang.tag()));
    }

    /// Applies a change to a board. A refused change leaves the board as it was and tells the
    /// user why; an accepted one is saved shortly.
    pub fn change<T>(
        &self,
        board: Id,
        f: impl FnOnce(&mut Board) -> Result<T, BoardError>,
    ) -> Option<T> {
        let mut outcome = Err(BoardError::NoSuchBoard);
        self.library
            .maybe_update(|library| match library.board_mut(board) {
                Some(b) => {
                    outcome = f(b);
                    outcome.is_ok()
                }
                None => false,
            });
        match outcome {
            Ok(value) => {
                self.schedule_save(board);
                Some(value)
            }
            Err(error) => {
                self.error(self.t_now().board_error(&error));
                None
            }
        }
    }

    fn schedule_save(&self, board: Id) {
        let now = Timestamp::now().millis();
        let due = self
            .autosave
            .try_update_value(|a| a.changed(board, now))
            .unwrap_or(now);
        self.pending.set(true);
        if let Some(Some(old)) = self.timer.try_get_value() {
            old.clear();
        }
        let state = *self;
        let handle = set_timeout_with_handle(
            move || state.flush(),
            Duration::from_millis(due.saturating_sub(now)),
        )
        .ok();
        self.timer.set_value(handle);
    }

    /// Saves every board with unsaved changes now (also when the page is hidden or closed).
    pub fn flush(&self) {
        let Some(ids) = self.autosave.try_update_value(|a| a.take()) else {
            return;
        };
        let mut problem = None;
        for id in ids {
            let result = self
                .library
                .with_untracked(|library| match library.board(id) {
                    Some(board) => self
                        .store
                        .try_update_value(|s| s.save(board))
                        .unwrap_or(Ok(())),
                    None => Ok(()),
                });
            match result {
                Ok(()) => {}
                Err(SaveError::Stale) => problem = Some(Warning::Stale),
                Err(SaveError::Full) => problem = problem.or(Some(Warning::Full)),
                Err(SaveError::Unavailable(_)) => problem = problem.or(Some(Warning::Unavailable)),
            }
            if result.is_err() {
                // Kept dirty, so the next change or page hide tries again.
                let now = Timestamp::now().millis();
                self.autosave.update_value(|a| {
                    a.changed(id, now);
                });
            }
        }
        let still = self.autosave.with_value(|a| a.is_dirty());
        self.pending.set(still && problem.is_none());
        if problem != self.warning.get_untracked() {
            self.warning.set(problem);
        }
    }

    /// Takes in a change another tab made to the stored boards.
    pub fn on_storage_event(&self, key: Option<String>) {
        let Some(key) = key else {
            // localStorage.clear() in another tab: keep what is on screen and say so.
            self.warning.set(Some(Warning::Stale));
            return;
        };
        let Some(id) = key.strip_prefix(BOARD_PREFIX).and_then(Id::parse) else {
            return;
        };
        if self.autosave.with_value(|a| a.is_board_dirty(id)) {
            self.warning.set(Some(Warning::Stale));
            return;
        }
        match self.store.try_update_value(|s| s.reread(id)) {
            Some(Ok(Some(board))) => self.library.update(|l| l.replace(board)),
            Some(Ok(None)) => {
                self.library.update(|l| {
                    l.remove(id);
                });
                if self.current.get_untracked() == Some(id) {
                    self.open(None);
                }
            }
            _ => self.warning.set(Some(Warning::Stale)),
        }
    }

    /// Opens a board, or the list of boards with `None`, and remembers it.
    pub fn open(&self, board: Option<Id>) {
        self.editing.set(None);
        self.current.set(board);
        let value = board.map(|id| id.to_string()).unwrap_or_default();
        self.store
            .update_value(|s| s.set_setting("current", &value));
    }

    /// Makes an empty board and opens it.
    pub fn create_board(&self) {
        let title = self.t_now().new_board_title;
        let mut made = None;
        self.library.update(|l| made = l.create(title).ok());
        if let Some(id) = made {
            self.schedule_save(id);
            self.open(Some(id));
        }
    }

    /// Adds the example board and opens it.
    pub fn open_example(&self) {
        let board = example_board(self.lang.get_untracked());
        let mut id = board.id;
        self.library.update(|l| id = l.add(board));
        self.schedule_save(id);
        self.open(Some(id));
    }

    /// Copies a board under "Copy of ...".
    pub fn duplicate_board(&self, board: Id) {
        let t = self.t_now();
        let mut outcome = Err(BoardError::NoSuchBoard);
        self.library.update(|l| {
            if let Some(original) = l.board(board) {
                let title: String = fill(t.copy_of, &original.title)
                    .chars()
                    .take(crate::model::MAX_TITLE_CHARS)
                    .collect();
                outcome = l.duplicate(board, &title);
            }
        });
        match outcome {
            Ok(id) => {
                self.schedule_save(id);
                self.announce(t.duplicate.to_string());
            }
            Err(e) => self.error(t.board_error(&e)),
        }
    }

    /// Deletes a board; the confirmation offers Undo.
    pub fn delete_board(&self, board: Id) {
        let mut removed = None;
        self.library.update(|l| removed = l.remove(board));
        let Some((position, gone)) = removed else {
            return;
        };
        self.autosave.update_value(|a| a.forget(board));
        if let Some(Err(_)) = self.store.try_update_value(|s| s.delete(board)) {
            self.warning.set(Some(Warning::Unavailable));
        }
        if self.current.get_untracked() == Some(board) {
            self.open(None);
        }
        let text = fill(self.t_now().board_deleted, &gone.title);
        self.inform(text, Some(Undo::Board(position, Box::new(gone))));
    }

    /// Takes back what the current message offers to undo.
    pub fn undo(&self) {
        let Some(undo) = self.message.get_untracked().and_then(|m| m.undo) else {
            return;
        };
        self.message.set(None);
        match undo {
            Undo::Board(position, board) => {
                let id = board.id;
                self.library.update(|l| l.put_back(position, *board));
                self.schedule_save(id);
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

    /// Shows a confirmation, optionally with Undo, and announces it.
    pub fn inform(&self, text: String, undo: Option<Undo>) {
        self.message.set(Some(Message {
            text,
            is_error: false,
            undo,
        }));
    }

    /// Shows an error.
    pub fn error(&self, text: String) {
        self.message.set(Some(Message {
            text,
            is_error: true,
            undo: None,
        }));
    }

    /// Tells screen-reader users what just happened, without showing anything.
    pub fn announce(&self, text: String) {
        // Setting the same text twice would not be announced again; a trailing space alternates.
        let same = self.announcement.with_untracked(|a| a.trim_end() == text);
        self.announcement
            .set(if same { format!("{text}\u{a0}") } else { text });
    }

    /// How many bytes the app uses in storage.
    pub fn storage_used(&self) -> usize {
        self.store.with_value(|s| s.used())
    }
}

fn browser_lang() -> Lang {
    #[cfg(target_arch = "wasm32")]
    {
        window()
            .navigator()
            .language()
            .map(|tag| Lang::from_tag(&tag))
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Lang::default()
    }
}

/// Moves focus to the element with this id once the screen has been updated.
pub fn focus_element(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        if let Some(element) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

/// A moment in the user's locale, e.g. "20 nov 2026, 14:05".
pub fn format_moment(at: Timestamp, lang: Lang) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.millis() as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_string(lang.tag(), &options).into()
}
