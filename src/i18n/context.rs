//! Step 1, the session: place, date, purpose, who is in the room.

texts! {
    /// Step 1, the session: place, date, purpose, who is in the room.
    pub struct ContextTexts {
        /// Field: how many.
        count {
            nl: "Aantal",
            en: "Number",
        }

        /// Heading of the session context.
        heading {
            nl: "Over deze sessie",
            en: "About this session",
        }

        /// What step 1 is for.
        help {
            nl: "Leg vast waar en waarom de sessie is en wie er aan tafel zitten. De rollen komen terug bij ‘wie is aan zet’ en in het actieplan.",
            en: "Record where and why the session is held and who is at the table. The roles come back in ‘who acts’ and in the action plan.",
        }

        /// Field: place.
        place {
            nl: "Plaats of gemeente",
            en: "Place or municipality",
        }

        /// Field: date.
        date {
            nl: "Datum",
            en: "Date",
        }

        /// Field: facilitator.
        facilitator {
            nl: "Gespreksleider",
            en: "Facilitator",
        }

        /// Field: purpose.
        purpose {
            nl: "Doel van de sessie",
            en: "Purpose of the session",
        }

        /// Heading: who is in the room.
        participants_heading {
            nl: "Wie zijn er aanwezig",
            en: "Who is in the room",
        }

        /// Field: organisation.
        organisation {
            nl: "Organisatie",
            en: "Organisation",
        }

        /// Field: role.
        role {
            nl: "Rol",
            en: "Role",
        }

        /// Field: domain.
        domain {
            nl: "Domein",
            en: "Domain",
        }

        /// Button: add a participant.
        add_participant {
            nl: "Deelnemer toevoegen",
            en: "Add participant",
        }

        /// No participants yet.
        no_participants {
            nl: "Nog niemand toegevoegd.",
            en: "Nobody added yet.",
        }

        /// Domain name.
        domain_social {
            nl: "Sociaal domein",
            en: "Social domain",
        }

        /// Domain name.
        domain_safety {
            nl: "Veiligheidsdomein",
            en: "Safety domain",
        }

        /// Domain name.
        domain_informal {
            nl: "Informeel netwerk",
            en: "Informal network",
        }

        /// Domain name.
        domain_other {
            nl: "Anders",
            en: "Other",
        }

        /// Organisations the form suggests; any other can be typed.
        organisations: [&'static str; 12] {
            nl: [
                "Onderwijs",
                "Jeugdzorg",
                "Welzijn",
                "Jongerenwerk",
                "Wijkteam",
                "Politie",
                "Gemeente: openbare orde en veiligheid",
                "Zorg- en Veiligheidshuis",
                "Ouders",
                "Sportclub",
                "Sleutelfiguren",
                "Buurt en gemeenschap",
            ],
            en: [
                "Education",
                "Youth care",
                "Welfare",
                "Youth work",
                "Neighbourhood team",
                "Police",
                "Municipality: public order and safety",
                "Care and Safety House",
                "Parents",
                "Sports club",
                "Key figures",
                "Neighbourhood and community",
            ],
        }
    }
}
