//! The SWOT step: the four quadrants and their notes.

/// The texts of a quadrant.
#[cfg_attr(test, derive(serde::Serialize))]
pub struct QuadrantTexts {
    /// Its name, e.g. "Krachten".
    pub name: &'static str,
    /// What belongs there.
    pub hint: &'static str,
    /// Label of its new-note field.
    pub input_label: &'static str,
}

texts! {
    /// The SWOT step: the four quadrants and their notes.
    pub struct NoteTexts {
        /// The four quadrants, in [`Quadrant::ALL`] order.
        quadrants: [QuadrantTexts; 4] {
            nl: [
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
            en: [
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
        }

        /// Placeholder of the new-note fields.
        placeholder {
            nl: "Typ en druk op Enter",
            en: "Type and press Enter",
        }

        /// After a paste of several lines: `{count}` lines.
        pasted_lines {
            nl: "U plakte {count} regels.",
            en: "You pasted {count} lines.",
        }

        /// Button: add each line as a note.
        paste_as_notes {
            nl: "Als {count} {count|notitie|notities} toevoegen",
            en: "Add as {count} {count|note|notes}",
        }

        /// Button: keep the paste as one note.
        paste_as_one {
            nl: "Eén notitie houden",
            en: "Keep as one note",
        }

        /// Said after the lines were added: `{count}`, `{quadrant}`.
        pasted_added {
            nl: "{count} {count|notitie|notities} toegevoegd aan {quadrant}.",
            en: "{count} {count|note|notes} added to {quadrant}.",
        }

        /// Label of the editor of a note.
        edit_label {
            nl: "Tekst van de notitie",
            en: "Text of the note",
        }

        /// Label of the move-to-quadrant choice.
        move_to {
            nl: "Verplaats naar",
            en: "Move to",
        }

        /// Announcement: note added to `{quadrant}`.
        added_to {
            nl: "Notitie toegevoegd aan {quadrant}.",
            en: "Note added to {quadrant}.",
        }

        /// Announcement: note moved to `{quadrant}`.
        moved_to {
            nl: "Notitie verplaatst naar {quadrant}.",
            en: "Note moved to {quadrant}.",
        }

        /// Announcement: note moved within its quadrant, `{position}` is its new position.
        moved_position {
            nl: "Notitie staat nu op plaats {position}.",
            en: "Note is now at position {position}.",
        }

        /// The keyboard help line.
        shortcuts {
            nl: "Enter: notitie toevoegen · Shift+Enter: nieuwe regel · Op een notitie: Enter bewerken, Delete verwijderen, Alt+↑/↓ volgorde, Alt+←/→ ander kwadrant · Ctrl+Z ongedaan maken, Ctrl+Shift+Z opnieuw",
            en: "Enter: add note · Shift+Enter: new line · On a note: Enter edit, Delete remove, Alt+↑/↓ reorder, Alt+←/→ other quadrant · Ctrl+Z undo, Ctrl+Shift+Z redo",
        }

        /// Confirmation after deleting a note.
        deleted {
            nl: "Notitie verwijderd.",
            en: "Note deleted.",
        }

        /// Label of the list of notes of a quadrant.
        notes_of {
            nl: "Notities: {quadrant}",
            en: "Notes: {quadrant}",
        }

        /// Text shown in a quadrant without notes.
        none_yet {
            nl: "Nog geen notities.",
            en: "No notes yet.",
        }

        /// Field: tags of a note.
        tags {
            nl: "Labels (met komma’s ertussen)",
            en: "Tags (separated by commas)",
        }

        /// Button: edit tags.
        edit_tags {
            nl: "Labels",
            en: "Tags",
        }

        /// Prompt: note in S/W reads as outside ({word} the word, {quadrant} the suggested quadrant).
        check_outside {
            nl: "Gaat dit over een ontwikkeling buiten de samenwerking (‘{word}’)? Dan hoort het misschien bij {quadrant}.",
            en: "Is this about a development outside the cooperation (‘{word}’)? Then it may belong in {quadrant}.",
        }

        /// Prompt: note in O/T reads as inside.
        check_inside {
            nl: "Gaat dit over de samenwerking zelf (‘{word}’)? Dan hoort het misschien bij {quadrant}.",
            en: "Is this about the cooperation itself (‘{word}’)? Then it may belong in {quadrant}.",
        }

        /// Button: move as suggested: {quadrant} quadrant.
        check_move {
            nl: "Naar {quadrant}",
            en: "Move to {quadrant}",
        }

        /// Button: keep the note where it is.
        check_keep {
            nl: "Laat staan",
            en: "Keep here",
        }

        /// Label of the terms found in a note.
        term_lookup {
            nl: "Begrippen in deze notitie",
            en: "Terms in this note",
        }
    }
}
