//! Every text of the interface, in Dutch and in English, kept in one place.
//!
//! A [`Texts`] is a struct with one field a text, so a text missing in one language is a compile
//! error, not a blank on screen. A text with values names them, `{title}`, and says a number's
//! forms, `{count|notitie|notities}`; [`fill`] puts the values in, in one pass. A test checks
//! that each text has the same placeholders in every language.

mod steps;

use serde::{Deserialize, Serialize};

pub use steps::StepTexts;

use crate::file::{FieldProblem, Kind, RestoreError};
use crate::model::{
    ActionStatus, BoardError, Domain, Invalid, Part, Problem, Quadrant, StrategyKind,
};

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

/// Fills a text's placeholders in one pass: `{name}` takes the value of that name, and
/// `{name|one|other}` the form for that number (`one` for 1, `other` for any other number; Dutch
/// and English need no more). Values go in as they are: a value holding `{x}` is never read as
/// a placeholder. A placeholder with no value stays as it is, so a slip shows instead of hiding.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let value = |name: &str| values.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
    let mut text = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        text.push_str(before);
        let Some((inner, after)) = after.split_once('}') else {
            text.push('{');
            rest = after;
            break;
        };
        let mut parts = inner.split('|');
        let name = parts.next().unwrap_or_default();
        match (value(name), parts.next(), parts.next()) {
            (Some(v), None, _) => text.push_str(v),
            (Some(v), Some(one), Some(other)) => text.push_str(if v == "1" { one } else { other }),
            _ => {
                text.push('{');
                text.push_str(inner);
                text.push('}');
            }
        }
        rest = after;
    }
    text.push_str(rest);
    text
}

/// The names of a text's placeholders, for the test that every language has the same ones.
#[cfg(test)]
fn placeholders(template: &str) -> std::collections::BTreeSet<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}'))
        .map(|(inner, _)| inner.split('|').next().unwrap_or_default())
        .collect()
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
#[cfg_attr(test, derive(Serialize))]
pub struct QuadrantTexts {
    /// Its name, e.g. "Krachten".
    pub name: &'static str,
    /// What belongs there.
    pub hint: &'static str,
    /// Label of its new-note field.
    pub input_label: &'static str,
}

/// Every text of the interface in one language.
#[cfg_attr(test, derive(Serialize))]
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
    /// Title of a copy, `{title}` is the original title.
    pub copy_of: &'static str,
    /// `{count}` notes.
    pub note_count: &'static str,
    /// Changed `{date}` (a date).
    pub changed_at: &'static str,
    /// Confirmation after deleting a board, `{title}` is its title.
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
    /// Announcement: note added to `{quadrant}`.
    pub added_to: &'static str,
    /// Announcement: note moved to `{quadrant}`.
    pub moved_to: &'static str,
    /// Announcement: note moved within its quadrant, `{position}` is its new position.
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
    /// Warning about unreadable stored data, `{count}` is how many records.
    pub corrupt_stored: &'static str,
    /// Button: download the unreadable data.
    pub download_corrupt: &'static str,
    /// Errors of board changes.
    pub empty_note: &'static str,
    /// A note is too long, `{max}` is the limit.
    pub note_too_long: &'static str,
    /// The board is full, `{max}` is the limit.
    pub too_many_notes: &'static str,
    /// The note is gone.
    pub no_such_note: &'static str,
    /// The board is gone.
    pub no_such_board: &'static str,
    /// A title is required.
    pub empty_title: &'static str,
    /// A title is too long, `{max}` is the limit.
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
    /// Heading of the import dialog, `{file}` is the file name.
    pub import_heading: &'static str,
    /// What the file holds.
    pub import_holds: &'static str,
    /// Choice: add as new boards (never replaces).
    pub import_as_new: &'static str,
    /// Choice: merge into the open board, `{title}` is its title.
    pub import_merge: &'static str,
    /// Button: carry out the import.
    pub import_confirm: &'static str,
    /// Confirmation, `{titles}` lists the titles.
    pub imported: &'static str,
    /// Confirmation of a merge: added, both kept.
    pub merged: &'static str,
    /// An import failed: file name, reason.
    pub import_failed: &'static str,
    /// The file is empty.
    pub err_empty: &'static str,
    /// Too large: size, limit.
    pub err_too_large: &'static str,
    /// Not UTF-8, `{byte}` is the byte.
    pub err_not_text: &'static str,
    /// Truncated JSON.
    pub err_truncated: &'static str,
    /// Deeply nested JSON.
    pub err_too_deep: &'static str,
    /// Not JSON: line, column.
    pub err_not_json: &'static str,
    /// JSON of another app.
    pub err_not_ours: &'static str,
    /// Another kind, `{kind}`.
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
    /// A value of the wrong kind: `{expected}` is one of [`Texts::kinds`].
    pub err_wrong_type: &'static str,
    /// A value of the right kind that is not valid there (a date, an id).
    pub err_not_valid: &'static str,
    /// The kinds of value a field takes: text, whole number, true/false, list, object.
    pub kinds: [&'static str; 5],
    /// A problem with the file as a whole: `{problem}`.
    pub err_in_file: &'static str,
    /// A stored value holds another board than its key names.
    pub err_not_its_key: &'static str,
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
    /// Storage line: last saved `{moment}`.
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
            BoardError::NoteTooLong { max } => {
                fill(self.note_too_long, &[("max", &max.to_string())])
            }
            BoardError::TooManyNotes { max } => {
                fill(self.too_many_notes, &[("max", &max.to_string())])
            }
            BoardError::NoSuchNote => self.no_such_note.to_string(),
            BoardError::NoSuchBoard => self.no_such_board.to_string(),
            BoardError::EmptyTitle => self.empty_title.to_string(),
            BoardError::TitleTooLong { max } => {
                fill(self.title_too_long, &[("max", &max.to_string())])
            }
            BoardError::EmptyText => self.s.err_empty_text.to_string(),
            BoardError::TextTooLong { max } => {
                fill(self.s.err_text_too_long, &[("max", &max.to_string())])
            }
            BoardError::NoSuchItem => self.s.err_no_such_item.to_string(),
            BoardError::OtherQuadrant => self.s.err_other_quadrant.to_string(),
            BoardError::NoVotesLeft => self.s.err_no_votes_left.to_string(),
            BoardError::CapReached { cap } => fill(self.s.err_cap, &[("cap", &cap.to_string())]),
            BoardError::OverBudget { budget } => {
                fill(self.s.err_over_budget, &[("budget", &budget.to_string())])
            }
            BoardError::BadDate => self.s.err_bad_date.to_string(),
            BoardError::OutOfRange { min, max } => fill(
                self.s.err_out_of_range,
                &[("min", &min.to_string()), ("max", &max.to_string())],
            ),
        }
    }

    /// A number of votes: "1 stem", "3 stemmen".
    pub fn votes(&self, n: u32) -> String {
        fill(self.s.votes_n, &[("count", &n.to_string())])
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
                fill(
                    self.err_too_large,
                    &[("size", &bytes(*size, lang)), ("max", &bytes(*max, lang))],
                )
            }
            RestoreError::NotText { at } => fill(self.err_not_text, &[("byte", &at.to_string())]),
            RestoreError::Truncated => self.err_truncated.to_string(),
            RestoreError::TooDeep => self.err_too_deep.to_string(),
            RestoreError::NotJson { line, column } => fill(
                self.err_not_json,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            RestoreError::NotOurs => self.err_not_ours.to_string(),
            RestoreError::WrongKind(kind) => fill(self.err_wrong_kind, &[("kind", kind)]),
            RestoreError::TooNew { found, supported } => fill(
                self.err_too_new,
                &[
                    ("found", &found.to_string()),
                    ("supported", &supported.to_string()),
                ],
            ),
            RestoreError::BadVersion => self.err_bad_version.to_string(),
            RestoreError::Migration { from, reason } => fill(
                self.err_migration,
                &[("from", &from.to_string()), ("reason", reason)],
            ),
            RestoreError::Field { path, problem } => self.at(path, &self.field_problem(problem)),
            RestoreError::NotItsKey => self.err_not_its_key.to_string(),
            RestoreError::Invalid { board, invalid } => {
                let path = format!("boards[{board}].{}", invalid.path);
                self.at(&path, &self.problem(&invalid.problem))
            }
            RestoreError::NoBoards => self.err_no_boards.to_string(),
        }
    }

    /// A broken rule of the board, in words.
    pub fn problem(&self, problem: &Problem) -> String {
        match problem {
            Problem::Empty => self.problem_empty.to_string(),
            Problem::TooLong(max) => fill(self.problem_too_long, &[("max", &max.to_string())]),
            Problem::TooMany(max) => fill(self.problem_too_many, &[("max", &max.to_string())]),
            Problem::DuplicateId(id) => fill(self.problem_duplicate, &[("id", &id.to_string())]),
            Problem::MissingLink(id) => fill(self.problem_missing_link, &[("id", &id.to_string())]),
            Problem::OtherQuadrant(id) => {
                fill(self.problem_other_quadrant, &[("id", &id.to_string())])
            }
            Problem::OutOfRange(min, max) => fill(
                self.s.problem_out_of_range,
                &[("min", &min.to_string()), ("max", &max.to_string())],
            ),
            Problem::NotADate => self.s.problem_not_a_date.to_string(),
        }
    }

    /// What is wrong with a field of a file.
    fn field_problem(&self, problem: &FieldProblem) -> String {
        match problem {
            FieldProblem::Missing(field) => fill(self.err_missing_field, &[("field", field)]),
            FieldProblem::Duplicate(field) => fill(self.err_duplicate_field, &[("field", field)]),
            FieldProblem::UnknownValue { value, allowed } => fill(
                self.err_unknown_value,
                &[("value", value), ("allowed", &allowed.join(", "))],
            ),
            FieldProblem::WrongType { expected } => match self.kind_name(*expected) {
                Some(kind) => fill(self.err_wrong_type, &[("expected", kind)]),
                None => self.err_not_valid.to_string(),
            },
        }
    }

    /// A kind of value, as in "this takes a whole number"; none for a kind with no name.
    fn kind_name(&self, kind: Kind) -> Option<&'static str> {
        let [text, whole, true_false, list, object] = self.kinds;
        Some(match kind {
            Kind::Text => text,
            Kind::WholeNumber => whole,
            Kind::TrueFalse => true_false,
            Kind::List => list,
            Kind::Object => object,
            Kind::Other => return None,
        })
    }

    /// Why a file could not be imported, as one sentence that names it.
    pub fn not_imported(&self, file: &str, why: &RestoreError) -> String {
        fill(
            self.import_failed,
            &[("file", file), ("reason", &self.restore_error(why))],
        )
    }

    /// A rule of the board that a change (a merge) would break, and where.
    pub fn invalid(&self, invalid: &Invalid) -> String {
        self.at(&invalid.path, &self.problem(&invalid.problem))
    }

    /// A problem at a place in a file; the file as a whole has no path.
    fn at(&self, path: &str, problem: &str) -> String {
        if path.is_empty() {
            fill(self.err_in_file, &[("problem", problem)])
        } else {
            fill(self.err_at, &[("path", path), ("problem", problem)])
        }
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
    copy_of: "Kopie van {title}",
    note_count: "{count} {count|notitie|notities}",
    changed_at: "gewijzigd {date}",
    board_deleted: "Bord ‘{title}’ verwijderd.",
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
    added_to: "Notitie toegevoegd aan {quadrant}.",
    moved_to: "Notitie verplaatst naar {quadrant}.",
    moved_position: "Notitie staat nu op plaats {position}.",
    shortcuts: "Enter: notitie toevoegen · Shift+Enter: nieuwe regel · Op een notitie: Enter bewerken, Delete verwijderen, Alt+↑/↓ volgorde, Alt+←/→ ander kwadrant · Ctrl+Z ongedaan maken, Ctrl+Shift+Z opnieuw",
    saved: "Alles bewaard in deze browser",
    saving: "Bezig met bewaren…",
    storage_full: "De opslag van deze browser is vol: wijzigingen worden NIET bewaard. Exporteer het bord nu als bestand.",
    storage_unavailable: "Deze browser laat niets bewaren: wijzigingen gaan verloren bij sluiten. Exporteer het bord als bestand.",
    storage_blocked: "Deze browser bewaart niets van deze app: opslag van sitegegevens is geblokkeerd. Je kunt gewoon werken, maar alles staat alleen in dit tabblad en is weg zodra je het sluit of herlaadt. Exporteer je werk als bestand voordat je het tabblad sluit.",
    kept_in_tab: "Alleen in dit tabblad, niet in de browser",
    stale_tab: "Dit bord is in een ander tabblad gewijzigd. Uw wijzigingen hier zijn niet bewaard, om die andere niet te overschrijven. Laad de pagina opnieuw.",
    reload: "Opnieuw laden",
    corrupt_stored: "Opgeslagen gegevens konden niet worden gelezen ({count} {count|onderdeel|onderdelen}). Ze blijven onaangeroerd bewaard; download ze om ze veilig te stellen.",
    download_corrupt: "Onleesbare gegevens downloaden",
    empty_note: "Een notitie kan niet leeg zijn.",
    note_too_long: "Een notitie kan hoogstens {max} tekens bevatten.",
    too_many_notes: "Een bord kan hoogstens {max} notities bevatten.",
    no_such_note: "Die notitie staat niet meer op het bord.",
    no_such_board: "Dat bord staat niet meer op dit apparaat.",
    empty_title: "Een bord heeft een titel nodig.",
    title_too_long: "Een titel kan hoogstens {max} tekens bevatten.",
    notes_of: "Notities: {quadrant}",
    no_notes_yet: "Nog geen notities.",
    no_boards_yet: "Nog geen borden op dit apparaat.",
    export: "Exporteren",
    export_all: "Alle borden exporteren",
    import_label: "Bestand importeren",
    import_hint: "U kunt een bestand ook ergens op de pagina neerzetten (slepen).",
    import_heading: "Importeren: {file}",
    import_holds: "Dit bestand bevat:",
    import_as_new: "Toevoegen als nieuw bord (er wordt niets vervangen)",
    import_merge: "Samenvoegen met het open bord ‘{title}’ (notities met hetzelfde id worden niet verdubbeld; twee versies blijven allebei staan)",
    import_confirm: "Importeren",
    imported: "Geïmporteerd: {titles}",
    merged: "Samengevoegd: {added} {added|notitie|notities} toegevoegd, {both} {both|notitie|notities} met twee versies bewaard.",
    import_failed: "Het bestand ‘{file}’ kon niet worden geïmporteerd: {reason} Er is niets veranderd.",
    err_empty: "het bestand is leeg.",
    err_too_large: "het bestand is {size} groot; bestanden tot {max} kunnen worden gelezen.",
    err_not_text: "het bestand is geen tekst (ongeldige UTF-8 bij byte {byte}).",
    err_truncated: "het bestand houdt te vroeg op; misschien is het afgekapt.",
    err_too_deep: "het bestand is te diep genest om een sessiebestand te zijn.",
    err_not_json: "het bestand is geen JSON (regel {line}, kolom {column}).",
    err_not_ours: "dit is een JSON-bestand, maar geen SWOT Board-bestand.",
    err_wrong_kind: "dit bestand is van het soort ‘{kind}’, geen SWOT Board-bestand.",
    err_too_new: "het is gemaakt met een nieuwere versie van SWOT Board (formaat {found}); deze versie leest tot formaat {supported}.",
    err_bad_version: "de formaatversie ontbreekt of is geen geheel getal.",
    err_migration: "het kon niet worden omgezet vanaf formaat {from} ({reason}).",
    err_no_boards: "het bevat geen bord.",
    err_at: "{path}: {problem}.",
    err_missing_field: "veld ‘{field}’ ontbreekt",
    err_duplicate_field: "‘{field}’ staat twee keer in hetzelfde object",
    err_unknown_value: "‘{value}’ is niet een van: {allowed}",
    err_wrong_type: "verkeerd soort waarde: hier hoort {expected}",
    err_not_valid: "deze waarde is hier niet geldig",
    kinds: ["tekst", "een geheel getal", "true of false", "een lijst", "een object"],
    err_in_file: "{problem}.",
    err_not_its_key: "dit opgeslagen gegeven bevat een ander bord dan de sleutel noemt.",
    problem_empty: "is leeg",
    problem_too_long: "is langer dan {max} tekens",
    problem_too_many: "bevat meer dan {max} onderdelen",
    problem_duplicate: "id {id} komt meer dan eens voor",
    problem_missing_link: "verwijst naar {id}, dat niet bestaat",
    problem_other_quadrant: "thema {id} hoort bij een ander kwadrant",
    last_saved: "Laatst bewaard: {moment}",
    space_used: "Opslag gebruikt: {size}",
    never_exported: "Dit bord is nog nooit geëxporteerd.",
    exported_at: "Laatst geëxporteerd: {moment}",
    changed_since_export: "Gewijzigd sinds de laatste export ({moment}).",
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
    copy_of: "Copy of {title}",
    note_count: "{count} {count|note|notes}",
    changed_at: "changed {date}",
    board_deleted: "Board ‘{title}’ deleted.",
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
    added_to: "Note added to {quadrant}.",
    moved_to: "Note moved to {quadrant}.",
    moved_position: "Note is now at position {position}.",
    shortcuts: "Enter: add note · Shift+Enter: new line · On a note: Enter edit, Delete remove, Alt+↑/↓ reorder, Alt+←/→ other quadrant · Ctrl+Z undo, Ctrl+Shift+Z redo",
    saved: "Everything kept in this browser",
    saving: "Saving…",
    storage_full: "This browser's storage is full: changes are NOT being kept. Export the board as a file now.",
    storage_unavailable: "This browser does not let the app keep anything: changes are lost on closing. Export the board as a file.",
    storage_blocked: "This browser keeps nothing of this app: storing site data is blocked. You can work as usual, but everything lives in this tab only and is gone once you close or reload it. Export your work as a file before you close the tab.",
    kept_in_tab: "Only in this tab, not in the browser",
    stale_tab: "This board was changed in another tab. Your changes here were not kept, so as not to overwrite those. Reload the page.",
    reload: "Reload",
    corrupt_stored: "Stored data could not be read ({count} {count|item|items}). It is kept untouched; download it to keep it safe.",
    download_corrupt: "Download the unreadable data",
    empty_note: "A note cannot be empty.",
    note_too_long: "A note can hold at most {max} characters.",
    too_many_notes: "A board can hold at most {max} notes.",
    no_such_note: "That note is no longer on the board.",
    no_such_board: "That board is no longer on this device.",
    empty_title: "A board needs a title.",
    title_too_long: "A title can hold at most {max} characters.",
    notes_of: "Notes: {quadrant}",
    no_notes_yet: "No notes yet.",
    no_boards_yet: "No boards on this device yet.",
    export: "Export",
    export_all: "Export all boards",
    import_label: "Import a file",
    import_hint: "You can also drop a file anywhere on the page.",
    import_heading: "Import: {file}",
    import_holds: "This file holds:",
    import_as_new: "Add as new board (nothing is replaced)",
    import_merge: "Merge into the open board ‘{title}’ (notes with the same id are not doubled; two versions are both kept)",
    import_confirm: "Import",
    imported: "Imported: {titles}",
    merged: "Merged: {added} {added|note|notes} added, {both} {both|note|notes} kept in both versions.",
    import_failed: "The file ‘{file}’ could not be imported: {reason} Nothing was changed.",
    err_empty: "the file is empty.",
    err_too_large: "the file is {size} in size; files up to {max} can be read.",
    err_not_text: "the file is not text (invalid UTF-8 at byte {byte}).",
    err_truncated: "the file ends too early; it may have been cut off.",
    err_too_deep: "the file is nested too deeply to be a session file.",
    err_not_json: "the file is not JSON (line {line}, column {column}).",
    err_not_ours: "this is a JSON file, but not a SWOT Board file.",
    err_wrong_kind: "this file is of kind ‘{kind}’, not a SWOT Board file.",
    err_too_new: "it was made by a newer version of SWOT Board (format {found}); this version reads up to format {supported}.",
    err_bad_version: "its format version is missing or not a whole number.",
    err_migration: "it could not be converted from format {from} ({reason}).",
    err_no_boards: "it holds no board.",
    err_at: "{path}: {problem}.",
    err_missing_field: "field ‘{field}’ is missing",
    err_duplicate_field: "‘{field}’ appears twice in the same object",
    err_unknown_value: "‘{value}’ is not one of: {allowed}",
    err_wrong_type: "wrong kind of value: this takes {expected}",
    err_not_valid: "this value is not valid here",
    kinds: ["text", "a whole number", "true or false", "a list", "an object"],
    err_in_file: "{problem}.",
    err_not_its_key: "this stored value holds another board than its key names.",
    problem_empty: "is empty",
    problem_too_long: "is longer than {max} characters",
    problem_too_many: "holds more than {max} items",
    problem_duplicate: "id {id} is used more than once",
    problem_missing_link: "points to {id}, which does not exist",
    problem_other_quadrant: "theme {id} belongs to another quadrant",
    last_saved: "Last saved: {moment}",
    space_used: "Storage used: {size}",
    never_exported: "This board was never exported.",
    exported_at: "Last exported: {moment}",
    changed_since_export: "Changed since the last export ({moment}).",
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
            problem: FieldProblem::UnknownValue {
                value: "strenght".into(),
                allowed: vec!["strengths".into(), "weaknesses".into()],
            },
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
            problem: FieldProblem::Missing("text".into()),
        };
        assert_eq!(
            NL.restore_error(&missing),
            "boards[0].notes[2]: veld ‘text’ ontbreekt."
        );
        let top = RestoreError::Field {
            path: String::new(),
            problem: FieldProblem::Missing("boards".into()),
        };
        assert_eq!(NL.restore_error(&top), "veld ‘boards’ ontbreekt.");
        let wrong = RestoreError::Field {
            path: "boards[0].title".into(),
            problem: FieldProblem::WrongType {
                expected: Kind::Text,
            },
        };
        assert_eq!(
            NL.restore_error(&wrong),
            "boards[0].title: verkeerd soort waarde: hier hoort tekst."
        );
        assert_eq!(
            EN.restore_error(&wrong),
            "boards[0].title: wrong kind of value: this takes text."
        );
        let odd = RestoreError::Field {
            path: "boards[0].updated_at".into(),
            problem: FieldProblem::WrongType {
                expected: Kind::Other,
            },
        };
        assert_eq!(
            NL.restore_error(&odd),
            "boards[0].updated_at: deze waarde is hier niet geldig."
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
    fn placeholders_are_filled_by_name_in_one_pass() {
        assert_eq!(
            fill(
                "{file}: {reason}",
                &[("reason", "kapot"), ("file", "a{reason}.json")]
            ),
            "a{reason}.json: kapot"
        );
        assert_eq!(fill("{n} {n|notitie|notities}", &[("n", "1")]), "1 notitie");
        assert_eq!(
            fill("{n} {n|notitie|notities}", &[("n", "0")]),
            "0 notities"
        );
        assert_eq!(fill("{n} {n|note|notes}", &[("n", "11")]), "11 notes");
        assert_eq!(fill("Nog {x} en {", &[]), "Nog {x} en {");
        assert_eq!(fill(NL.note_count, &[("count", "1")]), "1 notitie");
        assert_eq!(EN.votes(1), "1 vote");
        assert_eq!(NL.votes(2), "2 stemmen");
    }

    #[test]
    fn every_language_has_the_same_placeholders_in_each_text() {
        fn texts(value: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
            match value {
                serde_json::Value::String(s) => out.push((path, s.clone())),
                serde_json::Value::Array(items) => {
                    for (i, v) in items.iter().enumerate() {
                        texts(v, format!("{path}[{i}]"), out);
                    }
                }
                serde_json::Value::Object(fields) => {
                    for (k, v) in fields {
                        texts(v, format!("{path}.{k}"), out);
                    }
                }
                _ => {}
            }
        }
        let mut all = Vec::new();
        for lang in Lang::ALL {
            let mut found = Vec::new();
            texts(
                &serde_json::to_value(lang.texts()).unwrap(),
                String::new(),
                &mut found,
            );
            all.push(found);
        }
        let nl = &all[0];
        assert!(nl.len() > 300, "{}", nl.len());
        let mut with_values = 0;
        for other in &all[1..] {
            assert_eq!(nl.len(), other.len());
            for ((path, nl), (other_path, text)) in nl.iter().zip(other) {
                assert_eq!(path, other_path);
                assert_eq!(
                    placeholders(nl),
                    placeholders(text),
                    "{path}: {nl} / {text}"
                );
                assert_eq!(
                    text.matches('{').count(),
                    text.matches('}').count(),
                    "{path}"
                );
                with_values += usize::from(!placeholders(nl).is_empty());
            }
        }
        assert!(with_values > 60, "{with_values}");
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
