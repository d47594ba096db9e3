//! The names of the steps of a session and their row of buttons.

texts! {
    /// The names of the steps of a session and their row of buttons.
    pub struct StepTexts {
        /// Label of the row of steps.
        label {
            nl: "Stappen van de sessie",
            en: "Steps of the session",
        }

        /// Step: session context.
        context {
            nl: "1 Sessie",
            en: "1 Session",
        }

        /// Step: the four quadrants.
        notes {
            nl: "2 SWOT",
            en: "2 SWOT",
        }

        /// Step: prioritising.
        votes {
            nl: "3 Prioriteren",
            en: "3 Prioritise",
        }

        /// Step: the confrontation matrix.
        tows {
            nl: "4 Confrontatie",
            en: "4 Confront (TOWS)",
        }

        /// Step: phases and roles.
        roles {
            nl: "5 Fasen en rollen",
            en: "5 Phases and roles",
        }

        /// Step: the shared language.
        glossary {
            nl: "6 Begrippen",
            en: "6 Glossary",
        }

        /// Step: the action plan.
        actions {
            nl: "7 Actieplan",
            en: "7 Action plan",
        }

        /// Step: the report.
        report {
            nl: "8 Rapport",
            en: "8 Report",
        }
    }
}
