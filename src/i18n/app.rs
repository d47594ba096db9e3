//! The frame around every screen: the app's name, the language switch, updates, undo and redo, presentation mode.

texts! {
    /// The frame around every screen: the app's name, the language switch, updates, undo and redo, presentation mode.
    pub struct AppTexts {
        /// The app's name.
        app_name {
            nl: "SWOT Board",
            en: "SWOT Board",
        }

        /// One line under the name.
        tagline {
            nl: "Krachten, zwaktes, kansen en bedreigingen van de lokale samenwerking, samen in kaart",
            en: "Strengths, weaknesses, opportunities and threats of the local cooperation, mapped together",
        }

        /// The language's own name, for the switch.
        language_name {
            nl: "Nederlands",
            en: "English",
        }

        /// Label of the language switch.
        language_label {
            nl: "Taal",
            en: "Language",
        }

        /// Skip link to the main content.
        skip_to_content {
            nl: "Naar de inhoud",
            en: "Skip to content",
        }

        /// A new version is ready.
        update_ready {
            nl: "Er is een nieuwe versie van SWOT Board. Laad opnieuw om die te gebruiken; wat u typte blijft bewaard.",
            en: "A new version of SWOT Board is ready. Reload to use it; what you typed is kept.",
        }

        /// Where the app runs from.
        offline_ready {
            nl: "Werkt ook zonder internet: na het eerste bezoek opent deze pagina zonder netwerk.",
            en: "Works without internet too: after the first visit this page opens with no network.",
        }

        /// Button: reload the page.
        reload {
            nl: "Opnieuw laden",
            en: "Reload",
        }

        /// Button: undo the last change to the board.
        undo_change {
            nl: "Ongedaan maken",
            en: "Undo",
        }

        /// Button: redo the last undone change.
        redo_change {
            nl: "Opnieuw doen",
            en: "Redo",
        }

        /// Announcement after undo.
        undone {
            nl: "Laatste wijziging ongedaan gemaakt.",
            en: "Last change undone.",
        }

        /// Announcement after redo.
        redone {
            nl: "Wijziging opnieuw gedaan.",
            en: "Change redone.",
        }

        /// Button: start presentation mode.
        present {
            nl: "Presenteren",
            en: "Present",
        }

        /// Button: leave presentation mode.
        stop_presenting {
            nl: "Stoppen met presenteren (Esc)",
            en: "Stop presenting (Esc)",
        }

        /// Presentation: the view of all four quadrants.
        all_quadrants {
            nl: "Alle vier",
            en: "All four",
        }

        /// Presentation: previous view.
        previous_view {
            nl: "Vorige",
            en: "Previous",
        }

        /// Presentation: next view.
        next_view {
            nl: "Volgende",
            en: "Next",
        }

        /// Button: undo the last delete.
        undo {
            nl: "Ongedaan maken",
            en: "Undo",
        }

        /// Button: close a message.
        dismiss {
            nl: "Sluiten",
            en: "Close",
        }
    }
}
