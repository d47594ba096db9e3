//! Grouping notes under named themes.

texts! {
    /// Grouping notes under named themes.
    pub struct ThemeTexts {
        /// Button: start grouping notes of a quadrant.
        group {
            nl: "Groeperen",
            en: "Group",
        }

        /// How grouping works.
        group_help {
            nl: "Kies de notities die bij elkaar horen en geef het thema een naam. Slepen van een notitie op het midden van een andere groepeert ook.",
            en: "Choose the notes that belong together and name the theme. Dragging a note onto the middle of another groups them too.",
        }

        /// Checkbox label: select a note: {note} is its text.
        select_note {
            nl: "Kies: {note}",
            en: "Select: {note}",
        }

        /// Field: name of a theme.
        name {
            nl: "Naam van het thema",
            en: "Name of the theme",
        }

        /// Button: make a theme of the selected notes.
        make {
            nl: "Maak thema",
            en: "Make theme",
        }

        /// Name of a theme made by dragging: {number} is a number.
        new_name {
            nl: "Thema {number}",
            en: "Theme {number}",
        }

        /// Announcement: a theme was made: {name}.
        made {
            nl: "Thema ‘{name}’ gemaakt",
            en: "Theme ‘{name}’ made",
        }

        /// Button: rename a theme.
        rename {
            nl: "Hernoem thema",
            en: "Rename theme",
        }

        /// Button: ungroup a theme.
        ungroup {
            nl: "Groep opheffen",
            en: "Ungroup",
        }

        /// Heading of the notes in no theme.
        ungrouped {
            nl: "Zonder thema",
            en: "No theme",
        }

        /// Label: the theme of a note.
        theme {
            nl: "Thema",
            en: "Theme",
        }

        /// Option: no theme.
        no_theme {
            nl: "Geen thema",
            en: "No theme",
        }
    }
}
