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

        /// Error.
        empty_text {
            nl: "Dit veld mag niet leeg zijn.",
            en: "This field cannot be empty.",
        }

        /// Error: {max} max.
        text_too_long {
            nl: "Dit veld mag hoogstens {max} tekens bevatten.",
            en: "This field can hold at most {max} characters.",
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

        /// Error: {min} min, {max} max.
        out_of_range {
            nl: "Kies een getal van {min} tot en met {max}.",
            en: "Choose a number from {min} to {max}.",
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
