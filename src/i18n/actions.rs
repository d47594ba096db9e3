//! Step 7, the action plan.

texts! {
    /// Step 7, the action plan.
    pub struct ActionTexts {
        /// Heading of the action plan.
        heading {
            nl: "Lokaal actieplan",
            en: "Local action plan",
        }

        /// What step 7 is for.
        help {
            nl: "Wat gaat er gebeuren, wie is aan zet, in welke fase en wanneer is het klaar? Koppel elke actie aan de strategie, het thema of de notitie waar ze op antwoordt.",
            en: "What will be done, who acts, in which phase, and by when? Link each action to the strategy, theme or note it answers.",
        }

        /// Field: a new action.
        input {
            nl: "Nieuwe actie: wat gaat er gebeuren?",
            en: "New action: what will be done?",
        }

        /// Field: an action's text.
        text {
            nl: "Actie",
            en: "Action",
        }

        /// Field: who acts.
        owner {
            nl: "Wie is aan zet",
            en: "Who acts",
        }

        /// Field: phase.
        phase {
            nl: "Fase",
            en: "Phase",
        }

        /// Field: due date.
        due {
            nl: "Klaar op",
            en: "Due",
        }

        /// Field: status.
        status {
            nl: "Stand",
            en: "Status",
        }

        /// Status.
        status_planned {
            nl: "Gepland",
            en: "Planned",
        }

        /// Status.
        status_in_progress {
            nl: "Bezig",
            en: "In progress",
        }

        /// Status.
        status_done {
            nl: "Afgerond",
            en: "Done",
        }

        /// Label: what an action answers.
        links {
            nl: "Antwoord op",
            en: "Answers",
        }

        /// Field: link an action to.
        link_to {
            nl: "Koppel aan…",
            en: "Link to…",
        }

        /// Button name: unlink {name}.
        unlink {
            nl: "Ontkoppel: {name}",
            en: "Unlink: {name}",
        }

        /// No action yet.
        none_yet {
            nl: "Nog geen acties. Schrijf hierboven de eerste.",
            en: "No actions yet. Write the first one above.",
        }

        /// Announcement: action added.
        added {
            nl: "Actie toegevoegd",
            en: "Action added",
        }
    }
}
