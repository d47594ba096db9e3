//! The list of boards on this device and what it does with a board.

texts! {
    /// The list of boards on this device and what it does with a board.
    pub struct BoardTexts {
        /// Heading of the list of boards.
        heading {
            nl: "Borden op dit apparaat",
            en: "Boards on this device",
        }

        /// Title given to a new board.
        new_board_title {
            nl: "Nieuwe focusgroep",
            en: "New focus group",
        }

        /// Badge of the example board.
        example_badge {
            nl: "Voorbeeld (fictief)",
            en: "Example (fictional)",
        }

        /// Button: duplicate a board.
        duplicate {
            nl: "Dupliceren",
            en: "Duplicate",
        }

        /// Title of a copy, `{title}` is the original title.
        copy_of {
            nl: "Kopie van {title}",
            en: "Copy of {title}",
        }

        /// `{count}` notes.
        note_count {
            nl: "{count} {count|notitie|notities}",
            en: "{count} {count|note|notes}",
        }

        /// Changed `{date}` (a date).
        changed_at {
            nl: "gewijzigd {date}",
            en: "changed {date}",
        }

        /// Confirmation after deleting a board, `{title}` is its title.
        board_deleted {
            nl: "Bord ‘{title}’ verwijderd.",
            en: "Board ‘{title}’ deleted.",
        }

        /// Button: back to the list of boards.
        all_boards {
            nl: "Alle borden",
            en: "All boards",
        }

        /// Label of the board title field.
        title_label {
            nl: "Titel van het bord",
            en: "Board title",
        }

        /// Text shown when the device holds no boards.
        none_yet {
            nl: "Nog geen borden op dit apparaat.",
            en: "No boards on this device yet.",
        }

        /// Button: export every board to one file.
        export_all {
            nl: "Alle borden exporteren",
            en: "Export all boards",
        }

        /// Button: export the open board to a file.
        export {
            nl: "Exporteren",
            en: "Export",
        }
    }
}
