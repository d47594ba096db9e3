//! Tests of step 6, the shared language: terms and the notes that use them.

use super::test_support::board;
use super::*;

#[test]
fn terms_are_found_in_notes_as_whole_words_in_any_case() {
    let mut b = board();
    let signal = b.add_term("signaal", "Een zorg die iemand deelt").unwrap();
    b.add_term("radicalisering", "Proces naar extreme ideeën")
        .unwrap();
    b.add_term("buurtcafé", "Ontmoetingsplek in de wijk")
        .unwrap();
    let found = |b: &Board, text: &str| -> Vec<String> {
        b.terms_in(text).iter().map(|t| t.term.clone()).collect()
    };
    assert_eq!(found(&b, "Elk Signaal telt"), ["signaal"]);
    assert!(found(&b, "signalen en signaalwaarde").is_empty());
    assert_eq!(
        found(&b, "Het BUURTCAFÉ, geen radicalisering."),
        ["radicalisering", "buurtcafé"]
    );
    b.edit_term(signal, TermField::Meaning("Een zorg, gedeeld".into()))
        .unwrap();
    assert_eq!(
        b.edit_term(signal, TermField::Term(String::new())),
        Err(BoardError::EmptyText { field: Field::Term })
    );
    assert_eq!(b.glossary[0].meaning, "Een zorg, gedeeld");
    b.add_note(Quadrant::Threats, "Signaal van de school, geen signalen")
        .unwrap();
    b.add_note(Quadrant::Strengths, "Het buurtcafé").unwrap();
    b.add_note(Quadrant::Strengths, "Een signaal in het buurtcafé")
        .unwrap();
    // One pass over the notes counts what a search per term finds.
    let uses = b.term_uses();
    assert_eq!(uses, [2, 0, 2]);
    for (term, used) in b.glossary.iter().zip(uses) {
        let by_search = b
            .notes
            .iter()
            .filter(|n| b.terms_in(&n.text).iter().any(|t| t.id == term.id))
            .count();
        assert_eq!(used, by_search, "{}", term.term);
    }
    assert_eq!(
        b.add_term("x", " "),
        Err(BoardError::EmptyText {
            field: Field::Meaning
        })
    );
    b.delete_term(signal).unwrap();
    assert!(found(&b, "signaal").is_empty());
}
