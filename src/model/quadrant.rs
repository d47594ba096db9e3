//! The four quadrants of a SWOT board.

use serde::{Deserialize, Serialize};

/// One of the four quadrants. Strengths and weaknesses look inside the local cooperation (what the
/// partners themselves do and have); opportunities and threats look outside it (developments the
/// partners do not control).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Quadrant {
    /// Krachten: what the cooperation does well.
    Strengths,
    /// Zwaktes: what holds the cooperation back.
    Weaknesses,
    /// Kansen: outside developments the cooperation can use.
    Opportunities,
    /// Bedreigingen: outside developments that can harm the cooperation.
    Threats,
}

impl Quadrant {
    /// All four, in reading order of the board (S W / O T).
    pub const ALL: [Quadrant; 4] = [
        Quadrant::Strengths,
        Quadrant::Weaknesses,
        Quadrant::Opportunities,
        Quadrant::Threats,
    ];

    /// The name used in files and test hooks: `strengths`, `weaknesses`, ...
    pub fn key(self) -> &'static str {
        match self {
            Quadrant::Strengths => "strengths",
            Quadrant::Weaknesses => "weaknesses",
            Quadrant::Opportunities => "opportunities",
            Quadrant::Threats => "threats",
        }
    }

    /// The letter of SWOT it stands for, the same in Dutch and English.
    pub fn letter(self) -> &'static str {
        match self {
            Quadrant::Strengths => "S",
            Quadrant::Weaknesses => "W",
            Quadrant::Opportunities => "O",
            Quadrant::Threats => "T",
        }
    }

    /// Whether the quadrant is about the cooperation itself (S, W) rather than its surroundings.
    pub fn is_internal(self) -> bool {
        matches!(self, Quadrant::Strengths | Quadrant::Weaknesses)
    }

    /// Position in [`Quadrant::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The next quadrant in reading order, or `None` after threats.
    pub fn next(self) -> Option<Quadrant> {
        Quadrant::ALL.get(self.index() + 1).copied()
    }

    /// The previous quadrant in reading order, or `None` before strengths.
    pub fn previous(self) -> Option<Quadrant> {
        self.index().checked_sub(1).map(|i| Quadrant::ALL[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quadrants_step_in_reading_order() {
        assert_eq!(Quadrant::Strengths.next(), Some(Quadrant::Weaknesses));
        assert_eq!(Quadrant::Threats.next(), None);
        assert_eq!(Quadrant::Strengths.previous(), None);
        assert_eq!(Quadrant::Threats.previous(), Some(Quadrant::Opportunities));
        assert!(Quadrant::Weaknesses.is_internal());
        assert!(!Quadrant::Opportunities.is_internal());
    }

    #[test]
    fn quadrants_are_written_by_their_key() {
        for q in Quadrant::ALL {
            assert_eq!(
                serde_json::to_string(&q).unwrap(),
                format!("\"{}\"", q.key())
            );
        }
        assert!(serde_json::from_str::<Quadrant>("\"strenght\"").is_err());
    }
}
