//! Tests of the text helpers: folding case.

use super::text::fold_case;

#[test]
fn case_is_folded_for_the_latin_letters_of_dutch_and_english() {
    assert_eq!(
        fold_case("ÉÉN Café ÀÖØÞ Ÿ ĲSSEL Łódź"),
        "één café àöøþ ÿ ĳssel łódź"
    );
    for c in ('\u{0}'..='\u{17f}').filter(|c| c.is_uppercase()) {
        let folded = fold_case(&c.to_string());
        let full = c.to_lowercase().to_string();
        // İ (dotted capital I) lowers to two characters in Unicode; it is left as it is.
        if full.chars().count() == 1 {
            assert_eq!(folded, full, "{c}");
        }
    }
}
