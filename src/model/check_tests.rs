//! Tests of the quadrant check.

use super::test_support::board;
use super::*;

#[test]
fn the_quadrant_check_finds_whole_words_and_phrases_of_the_words_it_is_given() {
    use Quadrant::*;
    const WORDS: CheckWords = CheckWords {
        outside: &["society", "social media"],
        inside: &["we", "in-house"],
    };
    let hint = |q, text| placement_hint(&WORDS, q, text).map(|h| (h.suggested, h.because));
    assert_eq!(
        hint(Weaknesses, "A divided Society."),
        Some((Threats, "society"))
    );
    assert_eq!(
        hint(Strengths, "On SOCIAL media"),
        Some((Opportunities, "social media"))
    );
    assert_eq!(
        hint(Threats, "An in-house course"),
        Some((Weaknesses, "in-house"))
    );
    assert_eq!(hint(Strengths, "societyfair, social networks, media"), None);
    assert_eq!(hint(Threats, "We see it in society"), None);

    let mut b = board();
    let n = b.add_note(Weaknesses, "Rifts in society").unwrap();
    assert_eq!(
        b.note(n).unwrap().placement_hint(&WORDS).unwrap().suggested,
        Threats
    );
    b.keep_here(n).unwrap();
    assert_eq!(b.note(n).unwrap().placement_hint(&WORDS), None);
}
