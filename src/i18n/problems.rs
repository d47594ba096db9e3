//! Why a change was refused, and which rule a field of a file breaks.

texts! {
    /// Why a change was refused, and which rule a field of a file breaks.
    pub struct ProblemTexts {
        /// Errors of board changes.
        empty_note {
            nl: "Een notitie kan niet leeg zijn.",
            en: "A note cannot be empty.",
        }

        /// A note is too long, `{max}` is the limit.
        note_too_long {
            nl: "Een notitie kan hoogstens {max} tekens bevatten.",
            en: "A note can hold at most {max} characters.",
        }

        /// The board is full, `{max}` is the limit.
        too_many_notes {
            nl: "Een bord kan hoogstens {max} notities bevatten.",
            en: "A board can hold at most {max} notes.",
        }

        /// The note is gone.
        no_such_note {
            nl: "Die notitie staat niet meer op het bord.",
            en: "That note is no longer on the board.",
        }

        /// The board is gone.
        no_such_board {
            nl: "Dat bord staat niet meer op dit apparaat.",
            en: "That board is no longer on this device.",
        }

        /// A title is required.
        empty_title {
            nl: "Een bord heeft een titel nodig.",
            en: "A board needs a title.",
        }

        /// A title is too long, `{max}` is the limit.
        title_too_long {
            nl: "Een titel kan hoogstens {max} tekens bevatten.",
            en: "A title can hold at most {max} characters.",
        }

        /// Error: {field} is the name of the field, as the start of a sentence.
        empty_text {
            nl: "{field} mag niet leeg zijn.",
            en: "{field} cannot be empty.",
        }

        /// Error: {field} is the name of the field, as the start of a sentence; {max} max.
        text_too_long {
            nl: "{field} mag hoogstens {max} tekens bevatten.",
            en: "{field} can hold at most {max} characters.",
        }

        /// Error.
        no_such_item {
            nl: "Dat onderdeel staat niet meer op het bord.",
            en: "That item is no longer on the board.",
        }

        /// Error.
        other_quadrant {
            nl: "Een thema groepeert notities van één kwadrant; een score koppelt binnen (S, W) aan buiten (O, T).",
            en: "A theme groups notes of one quadrant; a score joins inside (S, W) with outside (O, T).",
        }

        /// Error.
        no_votes_left {
            nl: "Deze deelnemer heeft geen stemmen meer. Ga naar de volgende deelnemer.",
            en: "This participant has no votes left. Go on to the next participant.",
        }

        /// Error: {cap} cap.
        cap {
            nl: "Eén deelnemer kan een notitie hoogstens {cap} {cap|stem|stemmen} geven.",
            en: "One participant can give a note at most {cap} {cap|vote|votes}.",
        }

        /// Error: {budget} budget.
        over_budget {
            nl: "De zaal heeft {budget} {budget|stem|stemmen} in totaal; dat aantal is bereikt. Pas zo nodig het aantal stemmers aan.",
            en: "The room has {budget} {budget|vote|votes} in all; they are used. Change the number of voters if needed.",
        }

        /// Error.
        bad_date {
            nl: "Dat is geen datum. Kies een dag of schrijf JJJJ-MM-DD.",
            en: "That is not a date. Pick a day or write YYYY-MM-DD.",
        }

        /// Error: {field} is the name of the field; {min} min, {max} max.
        out_of_range {
            nl: "{field}: kies een getal van {min} tot en met {max}.",
            en: "{field}: choose a number from {min} to {max}.",
        }

        /// Error: taking back a vote this participant did not give.
        no_vote_to_take_back {
            nl: "Deze deelnemer heeft die notitie geen stem gegeven om terug te nemen.",
            en: "This participant gave that note no vote to take back.",
        }

        /// The fields a refusal names, each as the start of a sentence.
        field_theme_name {
            nl: "De naam van een thema",
            en: "A theme's name",
        }

        /// Field name.
        field_tag {
            nl: "Een label",
            en: "A tag",
        }

        /// Field name.
        field_strategy {
            nl: "Een strategie",
            en: "A strategy",
        }

        /// Field name.
        field_action {
            nl: "Een actie",
            en: "An action",
        }

        /// Field name.
        field_term {
            nl: "Een begrip",
            en: "A term",
        }

        /// Field name.
        field_meaning {
            nl: "De betekenis van een begrip",
            en: "A term's meaning",
        }

        /// Field name.
        field_phase_name {
            nl: "De naam van een fase",
            en: "A phase's name",
        }

        /// Field name.
        field_phase_description {
            nl: "Waarop een fase gericht is",
            en: "What a phase is aimed at",
        }

        /// Field name.
        field_organisation {
            nl: "De organisatie",
            en: "The organisation",
        }

        /// Field name.
        field_role {
            nl: "De rol",
            en: "The role",
        }

        /// Field name.
        field_organisation_or_role {
            nl: "Organisatie of rol",
            en: "Organisation or role",
        }

        /// Field name.
        field_score {
            nl: "Een score",
            en: "A score",
        }

        /// Field name.
        field_tags {
            nl: "Het aantal labels van een notitie",
            en: "The number of tags on a note",
        }

        /// Field name.
        field_place {
            nl: "De plaats",
            en: "The place",
        }

        /// Field name.
        field_date {
            nl: "De datum",
            en: "The date",
        }

        /// Field name.
        field_facilitator {
            nl: "De gespreksleider",
            en: "The facilitator",
        }

        /// Field name.
        field_purpose {
            nl: "Het doel van de sessie",
            en: "The purpose of the session",
        }

        /// Field name.
        field_people {
            nl: "Het aantal aanwezigen in een rol",
            en: "The number present in a role",
        }

        /// Field name.
        field_votes_per_participant {
            nl: "Stemmen per deelnemer",
            en: "Votes per participant",
        }

        /// Field name.
        field_cap_per_note {
            nl: "Hoogstens per notitie per deelnemer",
            en: "The most per note per participant",
        }

        /// Field name.
        field_voters {
            nl: "Aantal stemmers",
            en: "Number of voters",
        }

        /// Field name.
        field_tally {
            nl: "Stemmen voor één notitie",
            en: "Votes for one note",
        }

        /// Field name.
        field_tows_top {
            nl: "Topitems per kwadrant",
            en: "Top items per quadrant",
        }

        /// Field name.
        field_round_minutes {
            nl: "De minuten van een ronde",
            en: "A round's minutes",
        }

        /// Rule: empty.
        field_empty {
            nl: "is leeg",
            en: "is empty",
        }

        /// Rule: too long.
        field_too_long {
            nl: "is langer dan {max} tekens",
            en: "is longer than {max} characters",
        }

        /// Rule: too many.
        field_too_many {
            nl: "bevat meer dan {max} onderdelen",
            en: "holds more than {max} items",
        }

        /// Rule: duplicate id.
        field_duplicate {
            nl: "id {id} komt meer dan eens voor",
            en: "id {id} is used more than once",
        }

        /// Rule: link to nothing.
        field_missing_link {
            nl: "verwijst naar {id}, dat niet bestaat",
            en: "points to {id}, which does not exist",
        }

        /// Rule: theme of another quadrant.
        field_other_quadrant {
            nl: "thema {id} hoort bij een ander kwadrant",
            en: "theme {id} belongs to another quadrant",
        }

        /// A stored date that is not one.
        field_not_a_date {
            nl: "is geen datum (JJJJ-MM-DD)",
            en: "is not a date (YYYY-MM-DD)",
        }

        /// A stored number outside its range: {min} min, {max} max.
        field_out_of_range {
            nl: "ligt niet tussen {min} en {max}",
            en: "is not between {min} and {max}",
        }
    }
}
