//! Step 6, the glossary: the shared language.

texts! {
    /// Step 6, the glossary: the shared language.
    pub struct GlossaryTexts {
        /// Heading: shared language.
        heading {
            nl: "Gedeelde taal",
            en: "Shared language",
        }

        /// What the glossary is for.
        help {
            nl: "Leg vast wat de groep met een woord bedoelt, zodat iedereen hetzelfde verstaat onder bijvoorbeeld ‘signaal’ of ‘radicalisering’. Een begrip dat in een notitie staat, is vanuit die notitie op te zoeken.",
            en: "Write down what the group means by a word, so everyone understands, say, ‘signal’ or ‘radicalisation’ the same way. A term used in a note can be looked up from that note.",
        }

        /// Field: the term.
        term {
            nl: "Begrip",
            en: "Term",
        }

        /// Field: the agreed meaning.
        meaning {
            nl: "Betekenis die we afspreken",
            en: "Meaning we agree on",
        }

        /// Button: add a term.
        add_term {
            nl: "Begrip toevoegen",
            en: "Add term",
        }

        /// No terms yet.
        no_terms {
            nl: "Nog geen begrippen.",
            en: "No terms yet.",
        }

        /// How many notes use a term.
        used_in {
            nl: "In {count} {count|notitie|notities}",
            en: "In {count} {count|note|notes}",
        }
    }
}
