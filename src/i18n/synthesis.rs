//! The synthesis of many sessions.

texts! {
    /// The synthesis of many sessions.
    pub struct SynthesisTexts {
        /// Button: open the synthesis.
        open {
            nl: "Synthese van sessies",
            en: "Synthesis of sessions",
        }

        /// Heading.
        heading {
            nl: "Synthese van sessies",
            en: "Synthesis of sessions",
        }

        /// What the synthesis does.
        help {
            nl: "Kies sessies op dit apparaat en voeg sessiebestanden toe (meerdere tegelijk, of sleep ze hierheen). Niets verandert aan de borden zelf. De synthese toont wat overal terugkwam.",
            en: "Choose sessions on this device and add session files (several at once, or drop them here). The boards themselves do not change. The synthesis shows what came back everywhere.",
        }

        /// Label: boards on this device.
        boards {
            nl: "Sessies op dit apparaat",
            en: "Sessions on this device",
        }

        /// Button: add files.
        files {
            nl: "Sessiebestanden toevoegen",
            en: "Add session files",
        }

        /// Nothing chosen yet.
        none {
            nl: "Kies minstens één sessie.",
            en: "Choose at least one session.",
        }

        /// Filter.
        filter_session {
            nl: "Sessie",
            en: "Session",
        }

        /// Filter.
        filter_place {
            nl: "Plaats",
            en: "Place",
        }

        /// Filter.
        filter_domain {
            nl: "Domein aanwezig",
            en: "Domain present",
        }

        /// Filter.
        filter_tag {
            nl: "Label",
            en: "Tag",
        }

        /// Option: no filter.
        filter_all {
            nl: "Alle",
            en: "All",
        }

        /// Heading: recurring themes.
        recurring {
            nl: "Wat terugkwam",
            en: "What came back",
        }

        /// Text alternative of the bars.
        recurring_alt {
            nl: "Staafdiagram: per thema het aantal sessies dat het noemde.",
            en: "Bar chart: for each theme the number of sessions that raised it.",
        }

        /// {count} sessions.
        sessions_n {
            nl: "{count} {count|sessie|sessies}",
            en: "{count} {count|session|sessions}",
        }

        /// Heading: all notes.
        notes {
            nl: "Alle notities per kwadrant",
            en: "All notes per quadrant",
        }

        /// Heading.
        actions_phase {
            nl: "Acties per fase",
            en: "Actions by phase",
        }

        /// Heading.
        actions_owner {
            nl: "Acties per rol",
            en: "Actions by role",
        }

        /// Heading.
        roles {
            nl: "Wie is aan zet, over alle sessies",
            en: "Who acts, over all sessions",
        }

        /// Text alternative.
        roles_alt {
            nl: "Raster van rollen en fasen: het getal is het aantal sessies waarin de rol aan zet is (A) of bijdraagt (B).",
            en: "Grid of roles and phases: the number is how many sessions have the role leading (L) or contributing (C).",
        }

        /// Actions without a phase.
        no_phase {
            nl: "Zonder fase",
            en: "No phase",
        }

        /// Actions without an owner.
        no_owner {
            nl: "Zonder eigenaar",
            en: "No owner",
        }

        /// Button: save the synthesis as a board.
        save_board {
            nl: "Bewaar als bord",
            en: "Save as board",
        }

        /// Button: export as session file.
        export {
            nl: "Exporteer als sessiebestand",
            en: "Export as session file",
        }

        /// Title of a synthesis board: {count} count.
        title {
            nl: "Synthese van {count} {count|sessie|sessies}",
            en: "Synthesis of {count} {count|session|sessions}",
        }

        /// Message: synthesis saved as board {title}.
        saved {
            nl: "De synthese staat nu als bord ‘{title}’ in de lijst.",
            en: "The synthesis is now the board ‘{title}’ in the list.",
        }

        /// Tag that keeps a note's source: {source} session.
        source_tag {
            nl: "bron: {source}",
            en: "source: {source}",
        }

        /// Button: back to the list.
        back {
            nl: "Terug naar de borden",
            en: "Back to the boards",
        }
    }
}
