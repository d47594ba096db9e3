//! Step 4, confront: the TOWS matrix and strategies.

texts! {
    /// Step 4, confront: the TOWS matrix and strategies.
    pub struct TowsTexts {
        /// Heading of the matrix.
        heading {
            nl: "Confrontatiematrix (TOWS)",
            en: "Confrontation matrix (TOWS)",
        }

        /// How to score.
        help {
            nl: "Zet de belangrijkste sterktes en zwaktes (rijen) tegenover de belangrijkste kansen en bedreigingen (kolommen). Scoor elke combinatie van −− tot ++: hoe sterk hangen ze samen?",
            en: "Set the top strengths and weaknesses (rows) against the top opportunities and threats (columns). Score each pair from −− to ++: how strongly are they linked?",
        }

        /// Field: how many top items.
        top {
            nl: "Topitems per kwadrant",
            en: "Top items per quadrant",
        }

        /// The matrix has no rows or columns yet.
        empty {
            nl: "De matrix heeft notities in Krachten of Zwaktes én in Kansen of Bedreigingen nodig.",
            en: "The matrix needs notes in Strengths or Weaknesses and in Opportunities or Threats.",
        }

        /// Name of a cell: {row} row, {column} column.
        cell_label {
            nl: "{row} tegenover {column}",
            en: "{row} against {column}",
        }

        /// Heading: strongest pairs.
        strongest {
            nl: "Sterkste combinaties",
            en: "Strongest pairs",
        }

        /// No pair scored yet.
        strongest_none {
            nl: "Nog geen combinatie gescoord.",
            en: "No pair scored yet.",
        }

        /// Button: write a strategy from a pair.
        write_strategy {
            nl: "Schrijf strategie",
            en: "Write strategy",
        }

        /// Heading: strategies.
        strategies_heading {
            nl: "Strategieën",
            en: "Strategies",
        }

        /// SO.
        kind_so {
            nl: "Sterktes benutten om kansen te grijpen",
            en: "Use strengths to seize opportunities",
        }

        /// ST.
        kind_st {
            nl: "Sterktes inzetten tegen bedreigingen",
            en: "Use strengths against threats",
        }

        /// WO.
        kind_wo {
            nl: "Zwaktes overwinnen met kansen",
            en: "Overcome weaknesses by opportunities",
        }

        /// WT.
        kind_wt {
            nl: "Zwaktes beperken tegen bedreigingen",
            en: "Limit weaknesses against threats",
        }

        /// Field: a new strategy of kind {kind}.
        strategy_input {
            nl: "Nieuwe {kind}-strategie",
            en: "New {kind} strategy",
        }

        /// Label: where a strategy comes from.
        sources {
            nl: "Komt voort uit",
            en: "Comes from",
        }

        /// No strategy yet.
        no_strategies {
            nl: "Nog geen strategie.",
            en: "No strategy yet.",
        }
    }
}
