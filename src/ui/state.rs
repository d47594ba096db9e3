//! The state the whole interface shares: the application core ([`Workspace`]) behind one
//! trigger that tells every view when it changed, the timer that saves it, and what only the
//! screen needs (the step, the note being edited, the passing message).

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::{default_phases, example_board};
use crate::file::{restore, RestoreError, MAX_FILE_BYTES};
use crate::i18n::{fill, Lang, Texts};
use crate::model::{
    Board, BoardError, Id, Invalid, Library, Quadrant, RemovedNote, Timestamp, VoteRound,
};
pub use crate::workspace::Warning;
use crate::workspace::{MergeError, Merged, Outside, Workspace};

#[cfg(target_arch = "wasm32")]
type AppStore = crate::storage::BrowserStore;
#[cfg(not(target_arch = "wasm32"))]
type AppStore = crate::storage::MemoryStore;

/// The steps of a session, each a screen of the board, in the order a facilitator runs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Place, date, purpose, who is in the room.
    Context,
    /// The four quadrants, themes and tags.
    Notes,
    /// Dot voting and tallies.
    Votes,
    /// The confrontation matrix and strategies.
    Tows,
    /// Phases of prevention and who acts in each.
    Roles,
    /// The shared language.
    Glossary,
    /// The local action plan.
    Actions,
    /// The report: print, Markdown, CSV.
    Report,
}

impl Step {
    /// All steps in order.
    pub const ALL: [Step; 8] = [
        Step::Context,
        Step::Notes,
        Step::Votes,
        Step::Tows,
        Step::Roles,
        Step::Glossary,
        Step::Actions,
        Step::Report,
    ];

    /// The name used in test hooks and element ids.
    pub fn key(self) -> &'static str {
        match self {
            Step::Context => "context",
            Step::Notes => "notes",
            Step::Votes => "votes",
            Step::Tows => "tows",
            Step::Roles => "roles",
            Step::Glossary => "glossary",
            Step::Actions => "actions",
            Step::Report => "report",
        }
    }

    /// The step's name in the interface.
    pub fn name(self, t: &Texts) -> &'static str {
        let s = t.s;
        match self {
            Step::Context => s.step_context,
            Step::Notes => s.step_notes,
            Step::Votes => s.step_votes,
            Step::Tows => s.step_tows,
            Step::Roles => s.step_roles,
            Step::Glossary => s.step_glossary,
            Step::Actions => s.step_actions,
            Step::Report => s.step_report,
        }
    }

    fn offset(self, by: isize) -> Option<Step> {
        Step::ALL
            .get((self as usize).checked_add_signed(by)?)
            .copied()
    }
}

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
    NotImported(Vec<(String, RestoreError)>),
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
                t.merged,
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
    /// A new version of the app is installed and waits for a reload.
    pub update_ready: RwSignal<bool>,
    /// Presentation mode for the projector: `None` off, `Some(None)` all four quadrants,
    /// `Some(Some(q))` one quadrant.
    pub presenting: RwSignal<Option<Option<crate::model::Quadrant>>>,
    /// The step of the session on screen.
    pub step: RwSignal<Step>,
    /// The quadrant whose notes are being chosen to form a theme, and the chosen notes.
    pub grouping: RwSignal<Option<(Quadrant, Vec<Id>)>>,
    /// Dot voting: the number of the participant whose turn it is, and what they gave.
    pub vote_round: RwSignal<(u32, VoteRound)>,
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
    /// Fires after every change to a board; reads through [`AppState::with_library`] follow it.
    changed: Trigger,
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
        let lang = workspace.lang().unwrap_or_else(browser_lang);
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
            update_ready: RwSignal::new(false),
            presenting: RwSignal::new(None),
            step: RwSignal::new(Step::Notes),
            grouping: RwSignal::new(None),
            vote_round: RwSignal::new((1, VoteRound::default())),
            chain_of: RwSignal::new(None),
            synthesizing: RwSignal::new(false),
            synthesis_files: RwSignal::new(Vec::new()),
            kept,
            workspace: StoredValue::new(workspace),
            changed: Trigger::new(),
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
        self.changed.track();
        self.with_untracked(|w| f(w.library()))
    }

    /// Reads every board without following them.
    pub fn with_library_untracked<R>(&self, f: impl FnOnce(&Library) -> R) -> R {
        self.with_untracked(|w| f(w.library()))
    }

    /// Changes the workspace; views follow, and a change waiting to be saved is saved on time.
    fn update<R>(&self, f: impl FnOnce(&mut Workspace<AppStore>) -> R) -> Option<R> {
        let result = self.workspace.try_update_value(f)?;
        self.notify();
        self.schedule_save();
        Some(result)
    }

    /// Tells every view that boards, and with them the state of saving, changed.
    fn notify(&self) {
        self.changed.notify();
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
        self.workspace.update_value(|w| w.set_lang(lang));
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
        let now = Timestamp::now();
        let outcome = self
            .workspace
            .try_update_value(|w| w.change(board, now, f))?;
        match outcome {
            Ok(value) => {
                self.notify();
                self.schedule_save();
                Some(value)
            }
            Err(error) => {
                self.error(Said::Refused(error));
                None
            }
        }
    }

    /// Adds a board made elsewhere (e.g. in the synthesis) as a new board; returns its id.
    pub fn add_board(&self, board: Board) -> Option<Id> {
        self.update(|w| w.add_board(board, Timestamp::now()))
    }

    /// Shows or leaves the synthesis of many sessions.
    pub fn show_synthesis(&self, on: bool) {
        if on {
            self.open(None);
            self.synthesizing.set(true);
            focus_element("synthesis-heading");
        } else {
            self.synthesizing.set(false);
            self.synthesis_files.set(Vec::new());
            focus_element("open-synthesis");
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

    /// Saves every board with unsaved changes now (also when the page is hidden or closed).
    pub fn flush(&self) {
        if self
            .workspace
            .try_update_value(|w| w.flush(Timestamp::now()))
            .is_some()
        {
            self.status.notify();
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
        if outside == Outside::Nothing {
            return;
        }
        self.notify();
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
            self.announce(if undo { t.undone } else { t.redone }.to_string());
        }
    }

    /// Steps presentation mode through its views: on the notes, all four quadrants and then each
    /// in turn; past the ends, the steps before and after.
    pub fn step_presentation(&self, forward: bool) {
        let Some(view) = self.presenting.get_untracked() else {
            return;
        };
        let step = self.step.get_untracked();
        if step == Step::Notes {
            let next = match (view, forward) {
                (None, true) => Some(Some(Quadrant::Strengths)),
                (None, false) => None,
                (Some(q), true) => q.next().map(Some),
                (Some(q), false) => Some(q.previous()),
            };
            if let Some(next) = next {
                self.presenting.set(Some(next));
                return;
            }
        }
        if let Some(other) = step.offset(if forward { 1 } else { -1 }) {
            // Coming back to the notes from the step after them shows the last quadrant.
            let view = (other == Step::Notes && !forward).then_some(Quadrant::Threats);
            self.step.set(other);
            self.presenting.set(Some(view));
        }
    }

    /// Shows a step of the session and puts focus on its heading.
    pub fn show_step(&self, step: Step) {
        self.step.set(step);
        self.grouping.set(None);
        focus_element(&format!("step-{}", step.key()));
    }

    /// Goes to a note, theme, strategy or action of the open board: its step, then focus on it.
    pub fn go_to(&self, board: Id, id: Id) {
        let (step, element) = self
            .with_library_untracked(|l| {
                let b = l.board(board)?;
                if b.note(id).is_some() {
                    Some((Step::Notes, format!("note-{id}")))
                } else if b.theme(id).is_some() {
                    Some((Step::Notes, format!("theme-{id}")))
                } else if b.strategy(id).is_some() {
                    Some((Step::Tows, format!("strategy-{id}")))
                } else if b.action(id).is_some() {
                    Some((Step::Actions, format!("action-{id}")))
                } else {
                    None
                }
            })
            .unzip();
        self.chain_of.set(None);
        if let (Some(step), Some(element)) = (step, element) {
            self.step.set(step);
            focus_element(&element);
        }
    }

    /// Whether notes of this quadrant are being chosen to form a theme.
    pub fn grouping_in(&self, quadrant: Quadrant) -> Memo<bool> {
        let grouping = self.grouping;
        Memo::new(move |_| grouping.with(|g| g.as_ref().is_some_and(|(q, _)| *q == quadrant)))
    }

    /// A value computed from one board that follows its changes; equal values render nothing.
    pub fn select<T>(&self, board: Id, f: impl Fn(&Board) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: Clone + PartialEq + Default + Send + Sync + 'static,
    {
        let state = *self;
        Memo::new(move |_| state.with_library(|l| l.board(board).map(&f).unwrap_or_default()))
    }

    /// Ends presentation mode; focus goes back to the button that started it.
    pub fn stop_presenting(&self) {
        self.presenting.set(None);
        focus_element("present");
    }

    /// Opens a board, or the list of boards with `None`, and remembers it.
    ///
    /// Focus follows: an opened board's title is read out first; back on the list, focus is on
    /// the board just left.
    pub fn open(&self, board: Option<Id>) {
        let left = self.current.get_untracked();
        self.editing.set(None);
        self.presenting.set(None);
        self.grouping.set(None);
        self.chain_of.set(None);
        self.vote_round.set((1, VoteRound::default()));
        self.current.set(board);
        self.workspace.update_value(|w| w.set_current(board));
        match (board, left) {
            (Some(_), _) => focus_element("board-heading"),
            (None, Some(left)) => focus_element(&format!("board-{left}")),
            (None, None) => {}
        }
    }

    /// Makes an empty board and opens it.
    pub fn create_board(&self) {
        let title = self.t_now().new_board_title;
        // A new board starts with the phases of the prevention model, to adapt as needed.
        let phases = default_phases(self.lang.get_untracked());
        match self.update(|w| w.create_board(title, &phases, Timestamp::now())) {
            Some(Ok(id)) => {
                self.step.set(Step::Notes);
                self.open(Some(id));
                // An empty board: the scribe can start typing strengths at once.
                focus_element("input-strengths");
            }
            Some(Err(e)) => self.error(Said::Refused(e)),
            None => {}
        }
    }

    /// Adds the example board and opens it.
    pub fn open_example(&self) {
        if let Some(id) = self.add_board(example_board(self.lang.get_untracked())) {
            self.open(Some(id));
        }
    }

    /// Copies a board under "Copy of ...".
    pub fn duplicate_board(&self, board: Id) {
        let t = self.t_now();
        let copy_of = |title: &str| fill(t.copy_of, &[("title", title)]);
        match self.update(|w| w.duplicate(board, copy_of, Timestamp::now())) {
            Some(Ok(_)) => self.announce(t.duplicate.to_string()),
            Some(Err(e)) => self.error(Said::Refused(e)),
            None => {}
        }
    }

    /// Deletes a board; the confirmation offers Undo.
    pub fn delete_board(&self, board: Id) {
        let Some(Some((position, gone))) = self.update(|w| w.delete_board(board)) else {
            return;
        };
        if self.current.get_untracked() == Some(board) {
            self.open(None);
        }
        let title = gone.title.clone();
        self.inform(
            Said::With(|t| t.board_deleted, "title", title),
            Some(Undo::Board(position, Box::new(gone))),
        );
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

    /// Downloads boards as a session file: the open board, or with `None` every board.
    pub fn export(&self, board: Option<Id>) {
        // An export changes no board: only what the storage line says of it follows.
        let file = self
            .workspace
            .try_update_value(|w| w.export(board, Timestamp::now()));
        self.status.notify();
        if let Some(Some(file)) = file {
            super::download::download_text(&file.name, &file.json, "application/json");
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
                self.inform(Said::With(|t| t.imported, "titles", titles), None);
            }
        }
    }

    /// Saves what waits to be saved, then lets the new version take over (the page reloads).
    pub fn apply_update(&self) {
        self.flush();
        if let Ok(event) = web_sys::Event::new("swot-board:apply-update") {
            let _ = window().dispatch_event(&event);
        }
    }

    /// How many bytes the app uses in storage.
    pub fn storage_used(&self) -> usize {
        self.with_untracked(|w| w.storage_used())
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

/// Asks the browser not to evict the boards under storage pressure. The answer changes nothing
/// here: the UI says in any case that an exported file is the real backup.
fn ask_for_persistent_storage() {
    #[cfg(target_arch = "wasm32")]
    {
        // Not every browser has `navigator.storage` (WebKit without a secure context, older
        // Safari), and `persist()` may reject: neither is an error worth a console line.
        let navigator = window().navigator();
        if !js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false) {
            return;
        }
        if let Ok(asked) = navigator.storage().persist() {
            let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(
                |_: wasm_bindgen::JsValue| {},
            );
            let _ = asked.catch(&ignore);
            ignore.forget();
        }
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

/// A text of the interface that follows the language switch, as one type-erased signal. Every
/// text on screen then shares one piece of rendering code, where a closure per text would each
/// bring their own (hundreds of them, a large share of the wasm).
pub fn tr(text: fn(&'static Texts) -> &'static str) -> Signal<&'static str> {
    let lang = expect_context::<AppState>().lang;
    Signal::derive(move || text(lang.get().texts()))
}

/// Gives a title field its text, focus and a selection as soon as it is on screen, so typing
/// replaces the old title and no key typed right after opening it goes astray.
pub fn select_when_shown(input: NodeRef<leptos::html::Input>, text: RwSignal<String>) {
    Effect::new(move |_| {
        if let Some(input) = input.get() {
            input.set_value(&text.get_untracked());
            let _ = input.focus();
            input.select();
        }
    });
}

/// Keeps a `<dialog>` shown as a modal (focus kept inside, Escape closes) exactly while `open`
/// says so; `on_open` runs each time it opens.
pub fn modal_while(
    dialog: NodeRef<leptos::html::Dialog>,
    open: impl Fn() -> bool + 'static,
    on_open: impl Fn() + 'static,
) {
    Effect::new(move |_| {
        let open = open();
        if let Some(dialog) = dialog.get() {
            if open && !dialog.open() {
                on_open();
                let _ = dialog.show_modal();
            } else if !open && dialog.open() {
                dialog.close();
            }
        }
    });
}

/// The whole number typed in the field an event came from; anything else reads as 0, which the
/// model refuses with the range the field allows.
pub fn event_number(ev: &leptos::ev::Event) -> u32 {
    event_target_value(ev).trim().parse().unwrap_or(0)
}

/// The files of a file picker or a drop.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default()
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
