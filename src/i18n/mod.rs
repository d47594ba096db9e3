//! Every text of the interface, in Dutch and in English, kept in one place.
//!
//! A [`Texts`] is a struct with one field a text, so a text missing in one language is a compile
//! error, not a blank on screen. Texts with a `{}` take one value through [`fill`].

use serde::{Deserialize, Serialize};

use crate::model::{BoardError, Quadrant};

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
    /// Button: make a new board.
    pub new_board: &'static str,
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
        }
    }
}

/// Nederlands.
pub static NL: Texts = Texts {
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
    new_board: "Nieuw bord",
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
    shortcuts: "Enter: notitie toevoegen · Shift+Enter: nieuwe regel · Op een notitie: Enter bewerken, Delete verwijderen, Alt+↑/↓ volgorde, Alt+←/→ ander kwadrant",
    saved: "Alles bewaard in deze browser",
    saving: "Bezig met bewaren…",
    storage_full: "De opslag van deze browser is vol: wijzigingen worden NIET bewaard. Exporteer het bord nu als bestand.",
    storage_unavailable: "Deze browser laat niets bewaren: wijzigingen gaan verloren bij sluiten. Exporteer het bord als bestand.",
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
    skip_to_content: "Naar de inhoud",
};

/// English.
pub static EN: Texts = Texts {
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
    new_board: "New board",
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
    shortcuts: "Enter: add note · Shift+Enter: new line · On a note: Enter edit, Delete remove, Alt+↑/↓ reorder, Alt+←/→ other quadrant",
    saved: "Everything kept in this browser",
    saving: "Saving…",
    storage_full: "This browser's storage is full: changes are NOT being kept. Export the board as a file now.",
    storage_unavailable: "This browser does not let the app keep anything: changes are lost on closing. Export the board as a file.",
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
