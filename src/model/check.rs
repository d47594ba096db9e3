//! The check of the quadrants: a gentle prompt when a note looks misplaced.
//!
//! Strengths and weaknesses are about the local cooperation itself; opportunities and threats
//! about developments outside it. A note in an inside quadrant that speaks only of outside
//! developments (national policy, society, social media, a rising trend) may belong outside, and
//! a note in an outside quadrant that speaks only of "we" and "our" may belong inside. The check
//! suggests the quadrant of the same sign on the other side (a weakness becomes a threat, an
//! opportunity a strength); it never moves a note itself.

use super::text::{fold_case, is_word_char};
use super::{Note, Quadrant};

/// The words the check looks for, in every language the board may be written in. They are
/// language content, so the model receives them (`crate::content::CHECK_WORDS`).
#[derive(Clone, Copy, Debug)]
pub struct CheckWords {
    /// Words and phrases that speak of developments outside the cooperation.
    pub outside: &'static [&'static str],
    /// Words that speak of the cooperation itself.
    pub inside: &'static [&'static str],
}

/// A prompt about one note: the quadrant it may belong in and the word that suggested it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlacementHint {
    /// Where the note may belong.
    pub suggested: Quadrant,
    /// The word in the note that points there.
    pub because: &'static str,
}

/// Whether a note with this text looks misplaced in `quadrant`, and where it may belong. Only a
/// note with words of the other side and none of its own gets a prompt.
pub fn placement_hint(
    words_of: &CheckWords,
    quadrant: Quadrant,
    text: &str,
) -> Option<PlacementHint> {
    // The text's words, once; each listed word or phrase is then a run of them, which is the
    // same as finding it with no letter or digit right before or after it, without searching
    // the text once per listed word.
    let text = fold_case(text);
    let tokens: Vec<&str> = words(&text).collect();
    let has = |phrase: &str| {
        let Some(first) = words(phrase).next() else {
            return false;
        };
        tokens.iter().enumerate().any(|(start, token)| {
            *token == first && {
                let mut rest = tokens[start + 1..].iter();
                words(phrase).skip(1).all(|w| rest.next() == Some(&w))
            }
        })
    };
    let found = |list: &[&'static str]| list.iter().copied().find(|w| has(w));
    let (other, own) = if quadrant.is_internal() {
        (words_of.outside, words_of.inside)
    } else {
        (words_of.inside, words_of.outside)
    };
    let because = found(other)?;
    if found(own).is_some() {
        return None;
    }
    let suggested = match quadrant {
        Quadrant::Strengths => Quadrant::Opportunities,
        Quadrant::Weaknesses => Quadrant::Threats,
        Quadrant::Opportunities => Quadrant::Strengths,
        Quadrant::Threats => Quadrant::Weaknesses,
    };
    Some(PlacementHint { suggested, because })
}

/// The words of a text: its runs of letters and digits.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
}

impl Note {
    /// The quadrant check's prompt for this note, unless the group chose to keep it where it is.
    pub fn placement_hint(&self, words_of: &CheckWords) -> Option<PlacementHint> {
        if self.keep_here {
            return None;
        }
        placement_hint(words_of, self.quadrant, &self.text)
    }
}
