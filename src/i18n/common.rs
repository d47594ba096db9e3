//! Words many screens share: buttons such as open, edit, delete, move.

texts! {
    /// Words many screens share: buttons such as open, edit, delete, move.
    pub struct CommonTexts {
        /// What groups the digits of a large number by three: 4.294.967.296.
        thousands {
            nl: ".",
            en: ",",
        }

        /// Button: open a board.
        open {
            nl: "Openen",
            en: "Open",
        }

        /// Button: rename a board.
        rename {
            nl: "Naam wijzigen",
            en: "Rename",
        }

        /// Button: delete.
        delete {
            nl: "Verwijderen",
            en: "Delete",
        }

        /// Button name: delete {name}.
        delete_named {
            nl: "Verwijderen: {name}",
            en: "Delete: {name}",
        }

        /// Button: edit a note.
        edit {
            nl: "Bewerken",
            en: "Edit",
        }

        /// Field name: edit {name}.
        edit_named {
            nl: "Bewerk: {name}",
            en: "Edit: {name}",
        }

        /// Button: save an edit.
        save {
            nl: "Opslaan",
            en: "Save",
        }

        /// Button: cancel an edit.
        cancel {
            nl: "Annuleren",
            en: "Cancel",
        }

        /// Button: close.
        close {
            nl: "Sluiten",
            en: "Close",
        }

        /// Button: add.
        add {
            nl: "Toevoegen",
            en: "Add",
        }

        /// Button: remove a row.
        remove {
            nl: "Verwijderen",
            en: "Remove",
        }

        /// Name of a remove button: {name} the row.
        remove_named {
            nl: "{name} verwijderen",
            en: "Remove {name}",
        }

        /// Button: move a note up.
        move_up {
            nl: "Omhoog",
            en: "Move up",
        }

        /// Button: move a note down.
        move_down {
            nl: "Omlaag",
            en: "Move down",
        }

        /// Button: move earlier: {name} the item.
        earlier {
            nl: "{name} eerder",
            en: "{name} earlier",
        }

        /// Button: move later.
        later {
            nl: "{name} later",
            en: "{name} later",
        }

        /// No value.
        none {
            nl: "—",
            en: "—",
        }

        /// Heading: total.
        total {
            nl: "Totaal",
            en: "Total",
        }
    }
}
