//! Step 3, prioritise: dot voting and tallies.

texts! {
    /// Step 3, prioritise: dot voting and tallies.
    pub struct VoteTexts {
        /// Heading of prioritising.
        heading {
            nl: "Prioriteren met stemmen",
            en: "Prioritise by voting",
        }

        /// What step 3 is for.
        help {
            nl: "Elke deelnemer verdeelt zijn stemmen over de notities die het zwaarst wegen, of de notulist voert de in de zaal getelde stemmen in. De best scorende gaan door naar de confrontatiematrix.",
            en: "Each participant spreads their votes over the notes that weigh most, or the scribe enters the votes counted in the room. The top items go on to the confrontation matrix.",
        }

        /// Field: votes per participant.
        per_participant {
            nl: "Stemmen per deelnemer",
            en: "Votes per participant",
        }

        /// Field: cap per note.
        cap {
            nl: "Hoogstens per notitie per deelnemer (leeg: geen grens)",
            en: "At most per note per participant (empty: no limit)",
        }

        /// Field: number of voters; {count} the number from the context.
        voters {
            nl: "Aantal stemmers (leeg: de {count} {count|aanwezige|aanwezigen} uit stap 1)",
            en: "Number of voters (empty: the {count} {count|person|people} from step 1)",
        }

        /// Button: apply settings.
        save_settings {
            nl: "Toepassen",
            en: "Apply",
        }

        /// Votes used: {used} used, {total} in all.
        budget {
            nl: "{used} van de {total} {total|stem|stemmen} gebruikt",
            en: "{used} of {total} {total|vote|votes} used",
        }

        /// Votes used when the room's votes are unknown.
        budget_unknown {
            nl: "{count} {count|stem|stemmen} uitgebracht",
            en: "{count} {count|vote|votes} cast",
        }

        /// Button: dot voting, voter by voter.
        mode_dots {
            nl: "Stemronde per deelnemer",
            en: "Voting round per participant",
        }

        /// Button: scribe enters tallies.
        mode_scribe {
            nl: "Turven invoeren",
            en: "Enter tallies",
        }

        /// The voter whose turn it is: {number} number, {left} votes left.
        voter_turn {
            nl: "Deelnemer {number} is aan de beurt: nog {left} {left|stem|stemmen}",
            en: "Participant {number}'s turn: {left} {left|vote|votes} left",
        }

        /// Button: next voter.
        next_voter {
            nl: "Volgende deelnemer",
            en: "Next participant",
        }

        /// Button name: a vote for {note}.
        vote_for {
            nl: "Stem op: {note}",
            en: "Vote for: {note}",
        }

        /// Button name: take back a vote for {note}.
        unvote {
            nl: "Stem terug van: {note}",
            en: "Take back vote for: {note}",
        }

        /// Field name: the tally for {note}.
        tally_for {
            nl: "Stemmen voor: {note}",
            en: "Votes for: {note}",
        }

        /// {count} votes.
        votes_n {
            nl: "{count} {count|stem|stemmen}",
            en: "{count} {count|vote|votes}",
        }

        /// Checkbox: sort by votes.
        sort_by_votes {
            nl: "Sorteer op stemmen",
            en: "Sort by votes",
        }

        /// Button: reset votes.
        reset {
            nl: "Stemmen wissen",
            en: "Reset votes",
        }

        /// Message: votes were reset.
        cleared {
            nl: "Alle stemmen zijn gewist.",
            en: "All votes were reset.",
        }
    }
}
