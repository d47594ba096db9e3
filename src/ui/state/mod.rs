//! The state the whole interface shares: the application core ([`Workspace`]) behind two
//! triggers that tell views when it changed, the timer that saves it, and what only the screen
//! needs (the step, the note being edited, the passing message). Its actions live beside it,
//! one module each for what they act on.

mod boards;
mod files;
mod message;
mod navigation;
mod step;
mod triggers;

use std::time::Duration;

use leptos::prelude::*;

pub use files::{ImportFile, ImportMode, Unlocking};
pub use message::{Message, Said, Undo};
pub use step::Step;

use super::browser::{ask_for_persistent_storage, browser_lang, with_tab_lock};
use crate::i18n::{Lang, Texts};
use crate::model::{Board, BoardError, Id, Library, Note, Quadrant, Timestamp, VoteRound};
use crate::workspace::reading::Requests;
pub use crate::workspace::Warning;
use crate::workspace::{Outside, Workspace};
pub use triggers::Rows;
use triggers::Triggers;

/// The Web Lock every tab of this app takes to save.
const SAVE_LOCK: &str = "swot-board-save";

#[cfg(target_arch = "wasm32")]
type AppStore = crate::storage::BrowserStore;
#[cfg(not(target_arch = "wasm32"))]
type AppStore = crate::storage::MemoryStore;

/// Shared state, handed to every component through context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The interface language.
    pub lang: RwSignal<Lang>,
    /// The open board, or `None` for the list of boards.
    pub current: RwSignal<Option<Id>>,
    /// The passing message, if any.
    pub message: RwSignal<Option<Message>>,
    /// What screen readers are told after an action.
    pub announcement: RwSignal<String>,
    /// The note being dragged.
    pub dragging: RwSignal<Option<Id>>,
    /// The note being edited.
    pub editing: RwSignal<Option<Id>>,
    /// Files read for import, waiting for the user's choice.
    pub import: RwSignal<Option<Vec<ImportFile>>>,
    /// Locked files waiting for their passphrase.
    pub unlocking: RwSignal<Option<Unlocking>>,
    /// Which pick or drop of files may open or change the dialog: the newest.
    requests: StoredValue<Requests>,
    /// An export being locked with a passphrase: the board, or `Some(None)` every board.
    pub locking: RwSignal<Option<Option<Id>>>,
    /// A new version of the app is installed and waits for a reload.
    pub update_ready: RwSignal<bool>,
    /// Presentation mode for the projector: `None` off, `Some(None)` all four quadrants,
    /// `Some(Some(q))` one quadrant.
    pub presenting: RwSignal<Option<Option<crate::model::Quadrant>>>,
    /// The step of the session on screen.
    pub step: RwSignal<Step>,
    /// The quadrant whose notes are being chosen to form a theme, and the chosen notes.
    pub grouping: RwSignal<Option<(Quadrant, Vec<Id>)>>,
    /// The record whose chain (note → theme → strategy → action) is shown.
    pub chain_of: RwSignal<Option<Id>>,
    /// Whether the synthesis of many sessions is on screen (instead of the list of boards).
    pub synthesizing: RwSignal<bool>,
    /// Boards read from session files for the synthesis only; they never enter the library.
    pub synthesis_files: RwSignal<Vec<Board>>,
    /// Whether what is saved outlives this tab: false where the browser blocks storage and the
    /// boards live in memory only.
    pub kept: bool,
    workspace: StoredValue<Workspace<AppStore>>,
    /// Fire after a change to a board: reads through [`AppState::with_library`] follow every
    /// change, [`AppState::select`] one board's, [`AppState::note`] one note's.
    triggers: StoredValue<Triggers>,
    /// Fires after a change, a save or an export: reads through [`AppState::with`] (the save
    /// status, the storage line, the history buttons) follow it, and a save reruns nothing else.
    status: Trigger,
    timer: StoredValue<Option<TimeoutHandle>>,
}

impl AppState {
    /// Reads the boards kept on the device and the settings.
    pub fn load() -> Self {
        ask_for_persistent_storage();
        let workspace = Workspace::open(AppStore::default());
        let lang = workspace.lang().map_or_else(browser_lang, Lang::from_tag);
        let kept = workspace.outlives_tab();
        let current = workspace.current();
        AppState {
            lang: RwSignal::new(lang),
            current: RwSignal::new(current),
            message: RwSignal::new(None),
            announcement: RwSignal::new(String::new()),
            dragging: RwSignal::new(None),
            editing: RwSignal::new(None),
            import: RwSignal::new(None),
            unlocking: RwSignal::new(None),
            requests: StoredValue::new(Requests::default()),
            locking: RwSignal::new(None),
            update_ready: RwSignal::new(false),
            presenting: RwSignal::new(None),
            step: RwSignal::new(Step::Notes),
            grouping: RwSignal::new(None),
            chain_of: RwSignal::new(None),
            synthesizing: RwSignal::new(false),
            synthesis_files: RwSignal::new(Vec::new()),
            kept,
            workspace: StoredValue::new(workspace),
            triggers: StoredValue::new(Triggers::default()),
            status: Trigger::new(),
            timer: StoredValue::new(None),
        }
    }

    /// Reads the workspace's state of saving and history, and follows it when called in a view
    /// or memo.
    pub fn with<R>(&self, f: impl FnOnce(&Workspace<AppStore>) -> R) -> R {
        self.status.track();
        self.with_untracked(f)
    }

    /// Reads the workspace without following it, for event handlers.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Workspace<AppStore>) -> R) -> R {
        self.workspace
            .try_with_value(f)
            .expect("the workspace lives as long as the app")
    }

    /// Reads every board, following their changes.
    pub fn with_library<R>(&self, f: impl FnOnce(&Library) -> R) -> R {
        if let Some(any) = self.triggers.try_with_value(Triggers::any) {
            any.track();
        }
        self.with_untracked(|w| f(w.library()))
    }

    /// Reads one board, following its changes only.
    pub fn with_board<R>(&self, board: Id, f: impl FnOnce(Option<&Board>) -> R) -> R {
        self.follow_board(board);
        self.with_untracked(|w| f(w.library().board(board)))
    }

    /// Makes the view or memo that calls it follow one board's changes.
    fn follow_board(&self, board: Id) {
        if let Some(trigger) = self.triggers.try_update_value(|t| t.board(board)) {
            trigger.track();
        }
    }

    /// One note of a board, following that note's changes only: what its card shows.
    pub fn note(&self, board: Id, id: Id) -> Memo<Option<Note>> {
        let state = *self;
        Memo::new(move |_| {
            let (trigger, note) = state.with_untracked(|w| {
                let b = w.library().board(board)?;
                state.triggers.try_update_value(|t| t.note(b, id))
            })?;
            trigger.track();
            note
        })
    }

    /// Reads every board without following them.
    pub fn with_library_untracked<R>(&self, f: impl FnOnce(&Library) -> R) -> R {
        self.with_untracked(|w| f(w.library()))
    }

    /// Changes the workspace; views follow, and a change waiting to be saved is saved on time.
    fn update<R>(&self, f: impl FnOnce(&mut Workspace<AppStore>) -> R) -> Option<R> {
        let result = self.workspace.try_update_value(f)?;
        self.notify(None);
        self.schedule_save();
        Some(result)
    }

    /// Tells the views that one board (or, for `None`, any number of them) changed, and with it
    /// the state of saving.
    fn notify(&self, board: Option<Id>) {
        let open = self.current.get_untracked();
        let fired = self.with_untracked(|w| {
            let open = open.and_then(|id| w.library().board(id));
            self.triggers.try_update_value(|t| t.fired(board, open))
        });
        for trigger in fired.into_iter().flatten() {
            trigger.notify();
        }
        self.status.notify();
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
        self.workspace.update_value(|w| w.set_lang(lang.tag()));
    }

    /// The lasting problem with saving, if any.
    pub fn warning(&self) -> Option<Warning> {
        self.with(|w| w.warning())
    }

    /// Whether changes wait to be saved.
    pub fn pending(&self) -> bool {
        self.with(|w| w.is_pending())
    }

    /// When a save last succeeded in this tab.
    pub fn last_saved(&self) -> Option<Timestamp> {
        self.with(|w| w.last_saved())
    }

    /// Whether the open board has a change to undo.
    pub fn can_undo(&self) -> bool {
        let current = self.current.get();
        self.with(|w| current.is_some_and(|b| w.can_undo(b)))
    }

    /// Whether the open board has an undone change to redo.
    pub fn can_redo(&self) -> bool {
        let current = self.current.get();
        self.with(|w| current.is_some_and(|b| w.can_redo(b)))
    }

    /// Applies a change to a board. A refused change leaves the board as it was and tells the
    /// user why; an accepted one is saved shortly.
    pub fn change<T>(
        &self,
        board: Id,
        f: impl FnOnce(&mut Board) -> Result<T, BoardError>,
    ) -> Option<T> {
        self.act(board, |w, now| w.change(board, now, f))
    }

    /// The dot-voting turn on a board (follows the board's changes).
    pub fn round(&self, board: Id) -> VoteRound {
        self.follow_board(board);
        self.with_untracked(|w| w.round(board))
    }

    /// One dot of the voter whose turn it is (`add`), or one taken back: one change, undone as
    /// one, on the board and in the voter's turn.
    pub fn vote(&self, board: Id, note: Id, add: bool) -> bool {
        self.act(board, |w, now| w.vote(board, note, add, now))
            .is_some()
    }

    /// The next participant's turn at dot voting.
    pub fn next_voter(&self, board: Id) {
        if self
            .workspace
            .try_update_value(|w| w.next_voter(board))
            .is_some()
        {
            self.notify(Some(board));
        }
    }

    /// Clears every vote on a board and starts the round again.
    pub fn reset_votes(&self, board: Id) -> bool {
        self.act(board, |w, now| w.reset_votes(board, now))
            .is_some()
    }

    /// Applies a change through the workspace: views follow and it is saved shortly, or the user
    /// is told why it was refused.
    fn act<T>(
        &self,
        board: Id,
        f: impl FnOnce(&mut Workspace<AppStore>, Timestamp) -> Result<T, BoardError>,
    ) -> Option<T> {
        let now = Timestamp::now();
        let outcome = self.workspace.try_update_value(|w| f(w, now))?;
        self.settle(board, outcome.as_ref().err());
        outcome.ok()
    }

    /// After a change: views follow and it is saved shortly, or the user is told why it was
    /// refused. Apart from `act`, so its many copies (one per kind of change) stay small.
    fn settle(&self, board: Id, refused: Option<&BoardError>) {
        match refused {
            None => {
                self.notify(Some(board));
                self.schedule_save();
            }
            Some(error) => self.error(Said::Refused(error.clone())),
        }
    }

    /// Sets the timer for the next save the workspace asks for.
    fn schedule_save(&self) {
        let Some(Some(due)) = self.workspace.try_with_value(|w| w.save_due()) else {
            return;
        };
        if let Some(Some(old)) = self.timer.try_get_value() {
            old.clear();
        }
        let now = Timestamp::now().millis();
        let state = *self;
        let handle = set_timeout_with_handle(
            move || state.flush(),
            Duration::from_millis(due.saturating_sub(now)),
        )
        .ok();
        self.timer.set_value(handle);
    }

    /// Saves every board with unsaved changes as soon as this tab holds the save lock, so its
    /// read, compare and write never interleave with another tab's save of the same board.
    pub fn flush(&self) {
        let state = *self;
        with_tab_lock(SAVE_LOCK, move || state.flush_now());
    }

    /// Saves every board with unsaved changes now, without waiting for the save lock: when
    /// the page is hidden or closed there may be no later to wait for. Another tab's save at
    /// the same moment is still never overwritten unseen (the store's check), only no longer
    /// excluded.
    pub fn flush_now(&self) {
        if self
            .workspace
            .try_update_value(|w| w.flush(Timestamp::now()))
            .is_some()
        {
            self.status.notify();
            self.tell_merged_tabs();
        }
    }

    /// Takes in a change another tab made to the stored boards.
    pub fn on_storage_event(&self, key: Option<String>) {
        let Some(outside) = self
            .workspace
            .try_update_value(|w| w.take_outside_write(key.as_deref()))
        else {
            return;
        };
        let board = match outside {
            Outside::Nothing => return,
            Outside::Updated(id) | Outside::Removed(id) | Outside::Merged(id) => Some(id),
            Outside::Stale => None,
        };
        self.notify(board);
        if let Outside::Merged(_) = outside {
            self.tell_merged_tabs();
            self.schedule_save();
        }
        if let Outside::Removed(id) = outside {
            if self.current.get_untracked() == Some(id) {
                self.open(None);
            }
        }
    }

    /// Steps the open board back (`undo`) or forward through its history.
    pub fn step_history(&self, undo: bool) {
        let Some(board) = self.current.get_untracked() else {
            return;
        };
        let done = self.update(|w| w.step_history(board, undo, Timestamp::now()));
        if done == Some(true) {
            self.editing.set(None);
            let t = self.t_now();
            self.announce(if undo { t.app.undone } else { t.app.redone }.to_string());
        }
    }

    /// A value computed from one board that follows its changes; equal values render nothing.
    pub fn select<T>(&self, board: Id, f: impl Fn(&Board) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: Clone + PartialEq + Default + Send + Sync + 'static,
    {
        let state = *self;
        // Boxed, so the memo's code is built once per type of value, not once per place.
        let f: Box<dyn Fn(&Board) -> T + Send + Sync> = Box::new(f);
        memo(move || state.with_board(board, |b| b.map(&f).unwrap_or_default()))
    }

    /// The records of a list of one board, computed once per change for every row of a list.
    pub fn records<T>(&self, board: Id, list: fn(&Board) -> &[T]) -> Memo<Vec<T>>
    where
        T: Clone + PartialEq + Send + Sync + 'static,
    {
        self.select(board, move |b| list(b).to_vec())
    }

    /// Saves what waits to be saved, then lets the new version take over (the page reloads).
    pub fn apply_update(&self) {
        self.flush_now();
        if let Ok(event) = web_sys::Event::new("swot-board:apply-update") {
            let _ = window().dispatch_event(&event);
        }
    }
}

/// A value computed from signals, which reruns what reads it only when it changes. The closure
/// is boxed, so the memo's code is built once per type of value, not once per place it is used.
pub fn memo<T>(f: impl Fn() -> T + Send + Sync + 'static) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let f: Box<dyn Fn() -> T + Send + Sync> = Box::new(f);
    Memo::new(move |_| f())
}

/// A text of the interface that follows the language switch, as one type-erased signal. Every
/// text on screen then shares one piece of rendering code, where a closure per text would each
/// bring their own (hundreds of them, a large share of the wasm).
pub fn tr(text: fn(&'static Texts) -> &'static str) -> Signal<&'static str> {
    let lang = expect_context::<AppState>().lang;
    Signal::derive(move || text(lang.get().texts()))
}
