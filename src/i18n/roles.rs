//! Step 5, phases of prevention and who acts in each.

texts! {
    /// Step 5, phases of prevention and who acts in each.
    pub struct RoleTexts {
        /// Heading: phases.
        phases_heading {
            nl: "Fasen van preventie",
            en: "Phases of prevention",
        }

        /// Where the phases come from.
        phases_help {
            nl: "Standaard de drie fasen van het preventiemodel dat in Nederland voor radicalisering wordt gebruikt (A.-J. Gielen, Expertise-unit Sociale Stabiliteit): primaire preventie, in twee rijen voor haar twee doelgroepen (de samenleving als geheel, en kwetsbare groepen en individuen), secundaire preventie en tertiaire preventie. Pas ze aan deze gemeente aan.",
            en: "By default the three phases of the prevention model Dutch practice uses for radicalisation (A.-J. Gielen, Expertise-unit Sociale Stabiliteit): primary prevention, in two rows for its two target groups (society as a whole, and vulnerable groups and individuals), secondary prevention and tertiary prevention. Adapt them to this municipality.",
        }

        /// Button: add the default phases.
        use_default_phases {
            nl: "Gebruik de fasen van het preventiemodel",
            en: "Use the phases of the prevention model",
        }

        /// Field: name of a phase.
        phase_name {
            nl: "Naam van de fase",
            en: "Name of the phase",
        }

        /// Field: what a phase is aimed at.
        phase_description {
            nl: "Waarop gericht",
            en: "Aimed at",
        }

        /// Button: add a phase.
        add_phase {
            nl: "Fase toevoegen",
            en: "Add phase",
        }

        /// Heading: who acts when.
        heading {
            nl: "Wie is aan zet in welke fase",
            en: "Who acts in which phase",
        }

        /// How to fill the matrix.
        help {
            nl: "Kies per rol en fase wie aan zet is (trekt) en wie bijdraagt.",
            en: "For each role and phase, choose who leads and who contributes.",
        }

        /// The matrix needs participants and phases.
        need {
            nl: "Voeg bij stap 1 de aanwezigen toe en hierboven de fasen; dan verschijnt hier de matrix.",
            en: "Add the people in the room in step 1 and the phases above; the matrix then appears here.",
        }

        /// Option: no part.
        part_none {
            nl: "—",
            en: "—",
        }

        /// Option: leads.
        part_leads {
            nl: "Aan zet",
            en: "Leads",
        }

        /// Option: contributes.
        part_contributes {
            nl: "Draagt bij",
            en: "Contributes",
        }
    }
}
