//! Every text of the interface, in Dutch and in English, kept in one place.
//!
//! A [`Texts`] is a struct with one field a text, so a text missing in one language is a compile
//! error, not a blank on screen. Texts with a `{}` take one value through [`fill`].

mod steps;

use serde::{Deserialize, Serialize};

pub use steps::StepTexts;

use crate::file::RestoreError;
use crate::model::{ActionStatus, BoardError, Domain, Part, Problem, Quadrant, StrategyKind};

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Nederlands.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Both languages, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 tag, for `lang` attributes and date formatting.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Reads a tag such as `nl-NL` or `en`; Dutch for any Dutch variant, English otherwise.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("nl") {
            Lang::Nl
        } else {
            Lang::En
        }
    }

    /// The texts of this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }
}

/// Puts `value` in place of the `{}` in a text.
pub fn fill(template: &str, value: &str) -> String {
    template.replacen("{}", value, 1)
}

/// Puts each value in place of the next `{}` in a text.
pub fn fill_all(template: &str, values: &[&str]) -> String {
    values.iter().fold(template.to_string(), |text, value| {
        text.replacen("{}", value, 1)
    })
}

/// A size in bytes as people read it, with the language's decimal sign: `812 B`, `14,2 kB`.
pub fn bytes(n: usize, lang: Lang) -> String {
    // Whole-number arithmetic: formatting floats would add kilobytes to the app.
    let tenths = |unit: usize| {
        let t = (n + unit / 20) / (unit / 10);
        format!("{}{}{}", t / 10, lang.texts().decimal_sign, t % 10)
    };
    match n {
        0..1_000 => format!("{n} B"),
        1_000..1_000_000 => format!("{} kB", tenths(1_000)),
        _ => format!("{} MB", tenths(1_000_000)),
    }
}

/// The texts of a quadrant.
pub struct QuadrantTexts {
    /// Its name, e.g. "Krachten".
    pub name: &'static str,
    /// What belongs there.
    pub hint: &'static str,
    /// Label of its new-note field.
    pub input_label: &'static str,
}

/// Every text of the interface in one language.
pub struct Texts {
    /// The language these texts are in.
    pub lang: Lang,
    /// The texts of the facilitation steps.
    pub s: &'static StepTexts,
    /// The sign between whole and decimal part of a number.
    pub decimal_sign: &'static str,
    /// The language's own name, for the switch.
    pub language_name: &'static str,
    /// Label of the language switch.
    pub language_label: &'static str,
    /// The app's name.
    pub app_name: &'static str,
    /// One line under the name.
    pub tagline: &'static str,
    /// Heading of the first-visit welcome.
    pub welcome_title: &'static str,
    /// What the app is for, in a few sentences.
    pub welcome_body: &'static str,
    /// Button: start an empty board.
    pub start_empty: &'static str,
    /// Button: open the example board.
    pub open_example: &'static str,
    /// Where the data lives.
    pub privacy_note: &'static str,
    /// Heading of the list of boards.
    pub boards_heading: &'static str,
    /// Title given to a new board.
    pub new_board_title: &'static str,
    /// Badge of the example board.
    pub example_badge: &'static str,
    /// Button: open a board.
    pub open: &'static str,
    /// Button: rename a board.
    pub rename: &'static str,
    /// Button: duplicate a board.
    pub duplicate: &'static str,
    /// Button: delete.
    pub delete: &'static str,
    /// Title of a copy, `{}` is the original title.
    pub copy_of: &'static str,
    /// `{}` notes.
    pub note_count: &'static str,
    /// Changed `{}` (a date).
    pub changed_at: &'static str,
    /// Confirmation after deleting a board, `{}` is its title.
    pub board_deleted: &'static str,
    /// Confirmation after deleting a note.
    pub note_deleted: &'static str,
    /// Button: undo the last delete.
    pub undo: &'static str,
    /// Button: close a message.
    pub dismiss: &'static str,
    /// Button: back to the list of boards.
    pub all_boards: &'static str,
    /// Label of the board title field.
    pub board_title_label: &'static str,
    /// The four quadrants, in [`Quadrant::ALL`] order.
    pub quadrants: [QuadrantTexts; 4],
    /// Placeholder of the new-note fields.
    pub note_placeholder: &'static str,
    /// Button: edit a note.
    pub edit: &'static str,
    /// Button: save an edit.
    pub save: &'static str,
    /// Button: cancel an edit.
    pub cancel: &'static str,
    /// Button: move a note up.
    pub move_up: &'static str,
    /// Button: move a note down.
    pub move_down: &'static str,
    /// Label of the move-to-quadrant choice.
    pub move_to: &'static str,
    /// Label of the editor of a note.
    pub edit_label: &'static str,
    /// Announcement: note added to `{}`.
    pub added_to: &'static str,
    /// Announcement: note moved to `{}`.
    pub moved_to: &'static str,
    /// Announcement: note moved within its quadrant, `{}` is its new position.
    pub moved_position: &'static str,
    /// The keyboard help line.
    pub shortcuts: &'static str,
    /// Status: all changes saved.
    pub saved: &'static str,
    /// Status: saving.
    pub saving: &'static str,
    /// Lasting warning when storage is full.
    pub storage_full: &'static str,
    /// Lasting warning when storage cannot be used at all.
    pub storage_unavailable: &'static str,
    /// Lasting warning from the start when the browser blocks storage: boards live in memory.
    pub storage_blocked: &'static str,
    /// Status when the browser blocks storage.
    pub kept_in_tab: &'static str,
    /// Warning when another tab changed the same board.
    pub stale_tab: &'static str,
    /// Button: reload the page.
    pub reload: &'static str,
    /// Warning about unreadable stored data, `{}` is how many records.
    pub corrupt_stored: &'static str,
    /// Button: download the unreadable data.
    pub download_corrupt: &'static str,
    /// Errors of board changes.
    pub empty_note: &'static str,
    /// A note is too long, `{}` is the limit.
    pub note_too_long: &'static str,
    /// The board is full, `{}` is the limit.
    pub too_many_notes: &'static str,
    /// The note is gone.
    pub no_such_note: &'static str,
    /// The board is gone.
    pub no_such_board: &'static str,
    /// A title is required.
    pub empty_title: &'static str,
    /// A title is too long, `{}` is the limit.
    pub title_too_long: &'static str,
    /// Label of the list of notes of a quadrant.
    pub notes_of: &'static str,
    /// Text shown in a quadrant without notes.
    pub no_notes_yet: &'static str,
    /// Text shown when the device holds no boards.
    pub no_boards_yet: &'static str,
    /// Button: export the open board to a file.
    pub export: &'static str,
    /// Button: export every board to one file.
    pub export_all: &'static str,
    /// Label of the file picker.
    pub import_label: &'static str,
    /// How else to import.
    pub import_hint: &'static str,
    /// Heading of the import dialog, `{}` is the file name.
    pub import_heading: &'static str,
    /// What the file holds.
    pub import_holds: &'static str,
    /// Choice: add as new boards (never replaces).
    pub import_as_new: &'static str,
    /// Choice: merge into the open board, `{}` is its title.
    pub import_merge: &'static str,
    /// Button: carry out the import.
    pub import_confirm: &'static str,
    /// Confirmation, `{}` lists the titles.
    pub imported: &'static str,
    /// Confirmation of a merge: added, both kept.
    pub merged: &'static str,
    /// An import failed: file name, reason.
    pub import_failed: &'static str,
    /// The file is empty.
    pub err_empty: &'static str,
    /// Too large: size, limit.
    pub err_too_large: &'static str,
    /// Not UTF-8, `{}` is the byte.
    pub err_not_text: &'static str,
    /// Truncated JSON.
    pub err_truncated: &'static str,
    /// Deeply nested JSON.
    pub err_too_deep: &'static str,
    /// Not JSON: line, column.
    pub err_not_json: &'static str,
    /// JSON of another app.
    pub err_not_ours: &'static str,
    /// Another kind, `{}`.
    pub err_wrong_kind: &'static str,
    /// Newer format: found, supported.
    pub err_too_new: &'static str,
    /// No usable version.
    pub err_bad_version: &'static str,
    /// Migration failed: from, reason.
    pub err_migration: &'static str,
    /// No board in the file.
    pub err_no_boards: &'static str,
    /// A problem at a place: path, what.
    pub err_at: &'static str,
    /// Serde: missing field.
    pub err_missing_field: &'static str,
    /// A field named twice in one object.
    pub err_duplicate_field: &'static str,
    /// Serde: unknown variant: value, allowed.
    pub err_unknown_value: &'static str,
    /// Serde: wrong type, `{}` is serde's text.
    pub err_wrong_type: &'static str,
    /// Rule: empty.
    pub problem_empty: &'static str,
    /// Rule: too long.
    pub problem_too_long: &'static str,
    /// Rule: too many.
    pub problem_too_many: &'static str,
    /// Rule: duplicate id.
    pub problem_duplicate: &'static str,
    /// Rule: link to nothing.
    pub problem_missing_link: &'static str,
    /// Rule: theme of another quadrant.
    pub problem_other_quadrant: &'static str,
    /// Storage line: last saved `{}`.
    pub last_saved: &'static str,
    /// Storage line: space used.
    pub space_used: &'static str,
    /// Storage line: never exported.
    pub never_exported: &'static str,
    /// Storage line: last export.
    pub exported_at: &'static str,
    /// Storage line: changed since the last export.
    pub changed_since_export: &'static str,
    /// Where the data lives.
    pub data_lives_here: &'static str,
    /// Button in the stale-tab warning.
    pub download_this_tab: &'static str,
    /// A new version is ready.
    pub update_ready: &'static str,
    /// Where the app runs from.
    pub offline_ready: &'static str,
    /// Button: undo the last change to the board.
    pub undo_change: &'static str,
    /// Button: redo the last undone change.
    pub redo_change: &'static str,
    /// Announcement after undo.
    pub undone: &'static str,
    /// Announcement after redo.
    pub redone: &'static str,
    /// Button: start presentation mode.
    pub present: &'static str,
    /// Button: leave presentation mode.
    pub stop_presenting: &'static str,
    /// Presentation: the view of all four quadrants.
    pub all_quadrants: &'static str,
    /// Presentation: previous view.
    pub previous_view: &'static str,
    /// Presentation: next view.
    pub next_view: &'static str,
    /// Skip link to the main content.
    pub skip_to_content: &'static str,
}

impl Texts {
    /// The texts of a quadrant.
    pub fn quadrant(&self, quadrant: Quadrant) -> &QuadrantTexts {
        &self.quadrants[quadrant.index()]
    }

    /// What to tell the user about a refused change.
    pub fn board_error(&self, error: &BoardError) -> String {
        match error {
            BoardError::EmptyNote => self.empty_note.to_string(),
            BoardError::NoteTooLong { max } => fill(self.note_too_long, &max.to_string()),
            BoardError::TooManyNotes { max } => fill(self.too_many_notes, &max.to_string()),
            BoardError::NoSuchNote => self.no_such_note.to_string(),
            BoardError::NoSuchBoard => self.no_such_board.to_string(),
            BoardError::EmptyTitle => self.empty_title.to_string(),
            BoardError::TitleTooLong { max } => fill(self.title_too_long, &max.to_string()),
            BoardError::EmptyText => self.s.err_empty_text.to_string(),
            BoardError::TextTooLong { max } => fill(self.s.err_text_too_long, &max.to_string()),
            BoardError::NoSuchItem => self.s.err_no_such_item.to_string(),
            BoardError::OtherQuadrant => self.s.err_other_quadrant.to_string(),
            BoardError::NoVotesLeft => self.s.err_no_votes_left.to_string(),
            BoardError::CapReached { cap } => fill(self.s.err_cap, &cap.to_string()),
            BoardError::OverBudget { budget } => fill(self.s.err_over_budget, &budget.to_string()),
            BoardError::BadDate => self.s.err_bad_date.to_string(),
            BoardError::OutOfRange { min, max } => fill_all(
                self.s.err_out_of_range,
                &[&min.to_string(), &max.to_string()],
            ),
        }
    }

    /// A number of votes: "1 stem", "3 stemmen".
    pub fn votes(&self, n: u32) -> String {
        if n == 1 {
            self.s.vote_one.to_string()
        } else {
            fill(self.s.votes_n, &n.to_string())
        }
    }

    /// The name of a domain.
    pub fn domain(&self, domain: Domain) -> &'static str {
        match domain {
            Domain::Social => self.s.domain_social,
            Domain::Safety => self.s.domain_safety,
            Domain::Informal => self.s.domain_informal,
            Domain::Other => self.s.domain_other,
        }
    }

    /// What a kind of strategy does.
    pub fn kind(&self, kind: StrategyKind) -> &'static str {
        match kind {
            StrategyKind::So => self.s.kind_so,
            StrategyKind::St => self.s.kind_st,
            StrategyKind::Wo => self.s.kind_wo,
            StrategyKind::Wt => self.s.kind_wt,
        }
    }

    /// The name of an action's status.
    pub fn status(&self, status: ActionStatus) -> &'static str {
        match status {
            ActionStatus::Planned => self.s.status_planned,
            ActionStatus::InProgress => self.s.status_in_progress,
            ActionStatus::Done => self.s.status_done,
        }
    }

    /// The name of a part in a phase.
    pub fn part(&self, part: Part) -> &'static str {
        match part {
            Part::Leads => self.s.part_leads,
            Part::Contributes => self.s.part_contributes,
        }
    }

    /// What to tell the user about a file (or stored value) that could not be read.
    pub fn restore_error(&self, error: &RestoreError) -> String {
        match error {
            RestoreError::Empty => self.err_empty.to_string(),
            RestoreError::TooLarge { bytes: size, max } => {
                let lang = self.lang;
                fill_all(
                    self.err_too_large,
                    &[&bytes(*size, lang), &bytes(*max, lang)],
                )
            }
            RestoreError::NotText { at } => fill(self.err_not_text, &at.to_string()),
            RestoreError::Truncated => self.err_truncated.to_string(),
            RestoreError::TooDeep => self.err_too_deep.to_string(),
            RestoreError::NotJson { line, column } => {
                fill_all(self.err_not_json, &[&line.to_string(), &column.to_string()])
            }
            RestoreError::NotOurs => self.err_not_ours.to_string(),
            RestoreError::WrongKind(kind) => fill(self.err_wrong_kind, kind),
            RestoreError::TooNew { found, supported } => fill_all(
                self.err_too_new,
                &[&found.to_string(), &supported.to_string()],
            ),
            RestoreError::BadVersion => self.err_bad_version.to_string(),
            RestoreError::Migration { from, reason } => {
                fill_all(self.err_migration, &[&from.to_string(), reason])
            }
            RestoreError::Field { path, message } => {
                fill_all(self.err_at, &[path, &self.serde_message(message)])
            }
            RestoreError::Invalid { board, invalid } => {
                let path = format!("boards[{board}].{}", invalid.path);
                fill_all(self.err_at, &[&path, &self.problem(&invalid.problem)])
            }
            RestoreError::NoBoards => self.err_no_boards.to_string(),
        }
    }

    /// A broken rule of the board, in words.
    pub fn problem(&self, problem: &Problem) -> String {
        match problem {
            Problem::Empty => self.problem_empty.to_string(),
            Problem::TooLong(max) => fill(self.problem_too_long, &max.to_string()),
            Problem::TooMany(max) => fill(self.problem_too_many, &max.to_string()),
            Problem::DuplicateId(id) => fill(self.problem_duplicate, &id.to_string()),
            Problem::MissingLink(id) => fill(self.problem_missing_link, &id.to_string()),
            Problem::OtherQuadrant(id) => fill(self.problem_other_quadrant, &id.to_string()),
            Problem::OutOfRange(min, max) => fill_all(
                self.s.problem_out_of_range,
                &[&min.to_string(), &max.to_string()],
            ),
            Problem::NotADate => self.s.problem_not_a_date.to_string(),
        }
    }

    /// serde's English messages for the common cases, in this language; the rest as they are.
    fn serde_message(&self, message: &str) -> String {
        let quoted = |text: &str| -> Vec<String> {
            text.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect()
        };
        if message.starts_with("missing field") {
            if let Some(field) = quoted(message).first() {
                return fill(self.err_missing_field, field);
            }
        }
        if message.starts_with("duplicate field") {
            if let Some(field) = quoted(message).first() {
                return fill(self.err_duplicate_field, field);
            }
        }
        if message.starts_with("unknown variant") {
            let names = quoted(message);
            if let Some((value, allowed)) = names.split_first() {
                return fill_all(self.err_unknown_value, &[value, &allowed.join(", ")]);
            }
        }
        if message.starts_with("invalid type") || message.starts_with("invalid value") {
            return fill(self.err_wrong_type, message);
        }
        message.to_string()
    }
}

/// Nederlands.
pub static NL: Texts = Texts {
    lang: Lang::Nl,
    s: &steps::STEPS_NL,
    decimal_sign: ",",
    language_name: "Nederlands",
    language_label: "Taal",
    app_name: "SWOT Board",
    tagline: "Krachten, zwaktes, kansen en bedreigingen van de lokale samenwerking, samen in kaart",
    welcome_title: "Een SWOT-analyse met uw focusgroep",
    welcome_body: "Zet op het scherm in de zaal de krachten en zwaktes van de samenwerking (binnen) en de kansen en bedreigingen (buiten) op een rij. De notulist typt mee terwijl de groep praat; elke notitie wordt meteen bewaard.",
    start_empty: "Leeg bord beginnen",
    open_example: "Voorbeeld openen",
    privacy_note: "Alles wat u typt blijft in deze browser op dit apparaat. Er wordt niets verstuurd. Exporteer een bestand als back-up of om te delen.",
    boards_heading: "Borden op dit apparaat",
    new_board_title: "Nieuwe focusgroep",
    example_badge: "Voorbeeld (fictief)",
    open: "Openen",
    rename: "Naam wijzigen",
    duplicate: "Dupliceren",
    delete: "Verwijderen",
    copy_of: "Kopie van {}",
    note_count: "{} notities",
    changed_at: "gewijzigd {}",
    board_deleted: "Bord ‘{}’ verwijderd.",
    note_deleted: "Notitie verwijderd.",
    undo: "Ongedaan maken",
    dismiss: "Sluiten",
    all_boards: "Alle borden",
    board_title_label: "Titel van het bord",
    quadrants: [
        QuadrantTexts {
            name: "Krachten",
            hint: "Binnen: wat de samenwerkende partners zelf goed doen en hebben.",
            input_label: "Nieuwe kracht",
        },
        QuadrantTexts {
            name: "Zwaktes",
            hint: "Binnen: wat de samenwerking zelf tegenhoudt.",
            input_label: "Nieuwe zwakte",
        },
        QuadrantTexts {
            name: "Kansen",
            hint: "Buiten: ontwikkelingen die de samenwerking kan benutten.",
            input_label: "Nieuwe kans",
        },
        QuadrantTexts {
            name: "Bedreigingen",
            hint: "Buiten: ontwikkelingen die de samenwerking kunnen schaden.",
            input_label: "Nieuwe bedreiging",
        },
    ],
    note_placeholder: "Typ en druk op Enter",
    edit: "Bewerken",
    save: "Opslaan",
    cancel: "Annuleren",
    move_up: "Omhoog",
    move_down: "Omlaag",
    move_to: "Verplaats naar",
    edit_label: "Tekst van de notitie",
    added_to: "Notitie toegevoegd aan {}.",
    moved_to: "Notitie verplaatst naar {}.",
    moved_position: "Notitie staat nu op plaats {}.",
    shortcuts: "Enter: notitie toevoegen · Shift+Enter: nieuwe regel · Op een notitie: Enter bewerken, Delete verwijderen, Alt+↑/↓ volgorde, Alt+←/→ ander kwadrant · Ctrl+Z ongedaan maken, Ctrl+Shift+Z opnieuw",
    saved: "Alles bewaard in deze browser",
    saving: "Bezig met bewaren…",
    storage_full: "De opslag van deze browser is vol: wijzigingen worden NIET bewaard. Exporteer het bord nu als bestand.",
    storage_unavailable: "Deze browser laat niets bewaren: wijzigingen gaan verloren bij sluiten. Exporteer het bord als bestand.",
    storage_blocked: "Deze browser bewaart niets van deze app: opslag van sitegegevens is geblokkeerd. Je kunt gewoon werken, maar alles staat alleen in dit tabblad en is weg zodra je het sluit of herlaadt. Exporteer je werk als bestand voordat je het tabblad sluit.",
    kept_in_tab: "Alleen in dit tabblad, niet in de browser",
    stale_tab: "Dit bord is in een ander tabblad gewijzigd. Uw wijzigingen hier zijn niet bewaard, om die andere niet te overschrijven. Laad de pagina opnieuw.",
    reload: "Opnieuw laden",
    corrupt_stored: "Opgeslagen gegevens konden niet worden gelezen ({} onderdeel). Ze blijven onaangeroerd bewaard; download ze om ze veilig te stellen.",
    download_corrupt: "Onleesbare gegevens downloaden",
    empty_note: "Een notitie kan niet leeg zijn.",
    note_too_long: "Een notitie kan hoogstens {} tekens bevatten.",
    too_many_notes: "Een bord kan hoogstens {} notities bevatten.",
    no_such_note: "Die notitie staat niet meer op het bord.",
    no_such_board: "Dat bord staat niet meer op dit apparaat.",
    empty_title: "Een bord heeft een titel nodig.",
    title_too_long: "Een titel kan hoogstens {} tekens bevatten.",
    notes_of: "Notities: {}",
    no_notes_yet: "Nog geen notities.",
    no_boards_yet: "Nog geen borden op dit apparaat.",
    export: "Exporteren",
    export_all: "Alle borden exporteren",
    import_label: "Bestand importeren",
    import_hint: "U kunt een bestand ook ergens op de pagina neerzetten (slepen).",
    import_heading: "Importeren: {}",
    import_holds: "Dit bestand bevat:",
    import_as_new: "Toevoegen als nieuw bord (er wordt niets vervangen)",
    import_merge: "Samenvoegen met het open bord ‘{}’ (notities met hetzelfde id worden niet verdubbeld; twee versies blijven allebei staan)",
    import_confirm: "Importeren",
    imported: "Geïmporteerd: {}",
    merged: "Samengevoegd: {} notities toegevoegd, {} notities met twee versies bewaard.",
    import_failed: "Het bestand ‘{}’ kon niet worden geïmporteerd: {} Er is niets veranderd.",
    err_empty: "het bestand is leeg.",
    err_too_large: "het bestand is {} groot; bestanden tot {} kunnen worden gelezen.",
    err_not_text: "het bestand is geen tekst (ongeldige UTF-8 bij byte {}).",
    err_truncated: "het bestand houdt te vroeg op; misschien is het afgekapt.",
    err_too_deep: "het bestand is te diep genest om een sessiebestand te zijn.",
    err_not_json: "het bestand is geen JSON (regel {}, kolom {}).",
    err_not_ours: "dit is een JSON-bestand, maar geen SWOT Board-bestand.",
    err_wrong_kind: "dit bestand is van het soort ‘{}’, geen SWOT Board-bestand.",
    err_too_new: "het is gemaakt met een nieuwere versie van SWOT Board (formaat {}); deze versie leest tot formaat {}.",
    err_bad_version: "de formaatversie ontbreekt of is geen geheel getal.",
    err_migration: "het kon niet worden omgezet vanaf formaat {} ({}).",
    err_no_boards: "het bevat geen bord.",
    err_at: "{}: {}.",
    err_missing_field: "veld ‘{}’ ontbreekt",
    err_duplicate_field: "‘{}’ staat twee keer in hetzelfde object",
    err_unknown_value: "‘{}’ is niet een van: {}",
    err_wrong_type: "verkeerd soort waarde ({})",
    problem_empty: "is leeg",
    problem_too_long: "is langer dan {} tekens",
    problem_too_many: "bevat meer dan {} onderdelen",
    problem_duplicate: "id {} komt meer dan eens voor",
    problem_missing_link: "verwijst naar {}, dat niet bestaat",
    problem_other_quadrant: "thema {} hoort bij een ander kwadrant",
    last_saved: "Laatst bewaard: {}",
    space_used: "Opslag gebruikt: {}",
    never_exported: "Dit bord is nog nooit geëxporteerd.",
    exported_at: "Laatst geëxporteerd: {}",
    changed_since_export: "Gewijzigd sinds de laatste export ({}).",
    data_lives_here: "De borden staan alleen in deze browser. Een geëxporteerd bestand is de echte back-up.",
    download_this_tab: "Versie van dit tabblad downloaden",
    update_ready: "Er is een nieuwe versie van SWOT Board. Laad opnieuw om die te gebruiken; wat u typte blijft bewaard.",
    offline_ready: "Werkt ook zonder internet: na het eerste bezoek opent deze pagina zonder netwerk.",
    undo_change: "Ongedaan maken",
    redo_change: "Opnieuw doen",
    undone: "Laatste wijziging ongedaan gemaakt.",
    redone: "Wijziging opnieuw gedaan.",
    present: "Presenteren",
    stop_presenting: "Stoppen met presenteren (Esc)",
    all_quadrants: "Alle vier",
    previous_view: "Vorige",
    next_view: "Volgende",
    skip_to_content: "Naar de inhoud",
};

/// English.
pub static EN: Texts = Texts {
    lang: Lang::En,
    s: &steps::STEPS_EN,
    decimal_sign: ".",
    language_name: "English",
    language_label: "Language",
    app_name: "SWOT Board",
    tagline: "Strengths, weaknesses, opportunities and threats of the local cooperation, mapped together",
    welcome_title: "A SWOT analysis with your focus group",
    welcome_body: "Put the strengths and weaknesses of the cooperation (inside) and its opportunities and threats (outside) side by side on the screen in the room. The scribe types as the group talks; every note is kept at once.",
    start_empty: "Start an empty board",
    open_example: "Open the example",
    privacy_note: "Everything you type stays in this browser on this device. Nothing is sent anywhere. Export a file as a backup or to share it.",
    boards_heading: "Boards on this device",
    new_board_title: "New focus group",
    example_badge: "Example (fictional)",
    open: "Open",
    rename: "Rename",
    duplicate: "Duplicate",
    delete: "Delete",
    copy_of: "Copy of {}",
    note_count: "{} notes",
    changed_at: "changed {}",
    board_deleted: "Board ‘{}’ deleted.",
    note_deleted: "Note deleted.",
    undo: "Undo",
    dismiss: "Close",
    all_boards: "All boards",
    board_title_label: "Board title",
    quadrants: [
        QuadrantTexts {
            name: "Strengths",
            hint: "Inside: what the partners themselves do well and have.",
            input_label: "New strength",
        },
        QuadrantTexts {
            name: "Weaknesses",
            hint: "Inside: what holds the cooperation itself back.",
            input_label: "New weakness",
        },
        QuadrantTexts {
            name: "Opportunities",
            hint: "Outside: developments the cooperation can use.",
            input_label: "New opportunity",
        },
        QuadrantTexts {
            name: "Threats",
            hint: "Outside: developments that can harm the cooperation.",
            input_label: "New threat",
        },
    ],
    note_placeholder: "Type and press Enter",
    edit: "Edit",
    save: "Save",
    cancel: "Cancel",
    move_up: "Move up",
    move_down: "Move down",
    move_to: "Move to",
    edit_label: "Text of the note",
    added_to: "Note added to {}.",
    moved_to: "Note moved to {}.",
    moved_position: "Note is now at position {}.",
    shortcuts: "Enter: add note · Shift+Enter: new line · On a note: Enter edit, Delete remove, Alt+↑/↓ reorder, Alt+←/→ other quadrant · Ctrl+Z undo, Ctrl+Shift+Z redo",
    saved: "Everything kept in this browser",
    saving: "Saving…",
    storage_full: "This browser's storage is full: changes are NOT being kept. Export the board as a file now.",
    storage_unavailable: "This browser does not let the app keep anything: changes are lost on closing. Export the board as a file.",
    storage_blocked: "This browser keeps nothing of this app: storing site data is blocked. You can work as usual, but everything lives in this tab only and is gone once you close or reload it. Export your work as a file before you close the tab.",
    kept_in_tab: "Only in this tab, not in the browser",
    stale_tab: "This board was changed in another tab. Your changes here were not kept, so as not to overwrite those. Reload the page.",
    reload: "Reload",
    corrupt_stored: "Stored data could not be read ({} item). It is kept untouched; download it to keep it safe.",
    download_corrupt: "Download the unreadable data",
    empty_note: "A note cannot be empty.",
    note_too_long: "A note can hold at most {} characters.",
    too_many_notes: "A board can hold at most {} notes.",
    no_such_note: "That note is no longer on the board.",
    no_such_board: "That board is no longer on this device.",
    empty_title: "A board needs a title.",
    title_too_long: "A title can hold at most {} characters.",
    notes_of: "Notes: {}",
    no_notes_yet: "No notes yet.",
    no_boards_yet: "No boards on this device yet.",
    export: "Export",
    export_all: "Export all boards",
    import_label: "Import a file",
    import_hint: "You can also drop a file anywhere on the page.",
    import_heading: "Import: {}",
    import_holds: "This file holds:",
    import_as_new: "Add as new board (nothing is replaced)",
    import_merge: "Merge into the open board ‘{}’ (notes with the same id are not doubled; two versions are both kept)",
    import_confirm: "Import",
    imported: "Imported: {}",
    merged: "Merged: {} notes added, {} notes kept in both versions.",
    import_failed: "The file ‘{}’ could not be imported: {} Nothing was changed.",
    err_empty: "the file is empty.",
    err_too_large: "the file is {} in size; files up to {} can be read.",
    err_not_text: "the file is not text (invalid UTF-8 at byte {}).",
    err_truncated: "the file ends too early; it may have been cut off.",
    err_too_deep: "the file is nested too deeply to be a session file.",
    err_not_json: "the file is not JSON (line {}, column {}).",
    err_not_ours: "this is a JSON file, but not a SWOT Board file.",
    err_wrong_kind: "this file is of kind ‘{}’, not a SWOT Board file.",
    err_too_new: "it was made by a newer version of SWOT Board (format {}); this version reads up to format {}.",
    err_bad_version: "its format version is missing or not a whole number.",
    err_migration: "it could not be converted from format {} ({}).",
    err_no_boards: "it holds no board.",
    err_at: "{}: {}.",
    err_missing_field: "field ‘{}’ is missing",
    err_duplicate_field: "‘{}’ appears twice in the same object",
    err_unknown_value: "‘{}’ is not one of: {}",
    err_wrong_type: "wrong kind of value ({})",
    problem_empty: "is empty",
    problem_too_long: "is longer than {} characters",
    problem_too_many: "holds more than {} items",
    problem_duplicate: "id {} is used more than once",
    problem_missing_link: "points to {}, which does not exist",
    problem_other_quadrant: "theme {} belongs to another quadrant",
    last_saved: "Last saved: {}",
    space_used: "Storage used: {}",
    never_exported: "This board was never exported.",
    exported_at: "Last exported: {}",
    changed_since_export: "Changed since the last export ({}).",
    data_lives_here: "The boards live only in this browser. An exported file is the real backup.",
    download_this_tab: "Download this tab's version",
    update_ready: "A new version of SWOT Board is ready. Reload to use it; what you typed is kept.",
    offline_ready: "Works without internet too: after the first visit this page opens with no network.",
    undo_change: "Undo",
    redo_change: "Redo",
    undone: "Last change undone.",
    redone: "Change redone.",
    present: "Present",
    stop_presenting: "Stop presenting (Esc)",
    all_quadrants: "All four",
    previous_view: "Previous",
    next_view: "Next",
    skip_to_content: "Skip to content",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_follows_the_browser_tag() {
        assert_eq!(Lang::from_tag("nl-NL"), Lang::Nl);
        assert_eq!(Lang::from_tag("NL-be"), Lang::Nl);
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag("de"), Lang::En);
    }

    #[test]
    fn restore_errors_say_what_and_where_in_both_languages() {
        let field = RestoreError::Field {
            path: "boards[0].notes[3].quadrant".into(),
            message: "unknown variant `strenght`, expected one of `strengths`, `weaknesses`".into(),
        };
        assert_eq!(
            NL.restore_error(&field),
            "boards[0].notes[3].quadrant: ‘strenght’ is niet een van: strengths, weaknesses."
        );
        assert_eq!(
            EN.restore_error(&field),
            "boards[0].notes[3].quadrant: ‘strenght’ is not one of: strengths, weaknesses."
        );
        let missing = RestoreError::Field {
            path: "boards[0].notes[2]".into(),
            message: "missing field `text`".into(),
        };
        assert_eq!(
            NL.restore_error(&missing),
            "boards[0].notes[2]: veld ‘text’ ontbreekt."
        );
        let new = RestoreError::TooNew {
            found: 3,
            supported: 1,
        };
        assert!(EN.restore_error(&new).contains("newer version"));
        assert!(NL.restore_error(&new).contains("nieuwere versie"));
        let big = RestoreError::TooLarge {
            bytes: 30_000_000,
            max: 25_000_000,
        };
        assert_eq!(
            EN.restore_error(&big),
            "the file is 30.0 MB in size; files up to 25.0 MB can be read."
        );
    }

    #[test]
    fn sizes_read_as_people_read_them() {
        assert_eq!(bytes(812, Lang::En), "812 B");
        assert_eq!(bytes(14_200, Lang::En), "14.2 kB");
        assert_eq!(bytes(14_200, Lang::Nl), "14,2 kB");
        assert_eq!(bytes(3_100_000, Lang::En), "3.1 MB");
        assert_eq!(bytes(1_049, Lang::En), "1.0 kB");
        assert_eq!(bytes(1_050, Lang::En), "1.1 kB");
    }

    #[test]
    fn templates_take_their_value() {
        for lang in Lang::ALL {
            let t = lang.texts();
            for template in [
                t.copy_of,
                t.note_count,
                t.board_deleted,
                t.added_to,
                t.moved_to,
            ] {
                assert!(template.contains("{}"), "{template}");
                assert!(!fill(template, "X").contains("{}"));
            }
        }
    }

    #[test]
    fn every_text_differs_between_the_languages_where_it_should() {
        assert_ne!(NL.welcome_body, EN.welcome_body);
        for q in Quadrant::ALL {
            assert_ne!(NL.quadrant(q).name, EN.quadrant(q).name);
            assert!(!NL.quadrant(q).hint.is_empty() && !EN.quadrant(q).hint.is_empty());
        }
    }
}
