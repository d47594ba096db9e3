//! The chain note → theme → strategy → action.

texts! {
    /// The chain note → theme → strategy → action.
    pub struct ChainTexts {
        /// Button: follow the chain of a record.
        open {
            nl: "Keten",
            en: "Chain",
        }

        /// Heading of the chain dialog: {name} the record.
        of {
            nl: "Keten van ‘{name}’",
            en: "Chain of ‘{name}’",
        }

        /// What the chain shows.
        help {
            nl: "Van notitie naar thema, strategie en actie, en terug. Kies een onderdeel om ernaartoe te gaan.",
            en: "From note to theme, strategy and action, and back. Choose an item to go to it.",
        }

        /// The record is linked with nothing.
        empty {
            nl: "Nog nergens aan gekoppeld.",
            en: "Not linked to anything yet.",
        }

        /// Section: notes.
        notes {
            nl: "Notities",
            en: "Notes",
        }

        /// Section: themes.
        themes {
            nl: "Thema’s",
            en: "Themes",
        }

        /// Section: strategies.
        strategies {
            nl: "Strategieën",
            en: "Strategies",
        }

        /// Section: actions.
        actions {
            nl: "Acties",
            en: "Actions",
        }
    }
}
