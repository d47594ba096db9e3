//! Tests of the language content: the example board, the default phases and the words of the
//! quadrant check, each in every language.

use super::*;
use crate::model::{placement_hint, Board, Quadrant};

#[test]
fn example_boards_are_marked_filled_and_valid() {
    for lang in Lang::ALL {
        let board = example_board(lang);
        assert!(board.example);
        for q in Quadrant::ALL {
            assert!(board.notes_in(q).count() >= 3);
        }
        assert!(board.context.place.contains("Waterdam"));
        board.validate().unwrap();
    }
}

#[test]
fn the_example_shows_every_step_and_no_quadrant_prompt() {
    for lang in [Lang::Nl, Lang::En] {
        let b = example_board(lang);
        b.validate().unwrap();
        assert_eq!(b.themes.len(), 1);
        assert_eq!(b.votes_cast(), b.vote_budget().unwrap());
        assert_eq!(b.matrix().strongest(1)[0].2.abs(), 2);
        assert_eq!(b.strategies.len(), 2);
        assert_eq!(b.phases.len(), 4);
        assert_eq!(b.actions.len(), 2);
        assert!(!b.chain(b.actions[0].id).notes.is_empty());
        let hinted: Vec<&str> = b
            .notes
            .iter()
            .filter(|n| n.placement_hint(&CHECK_WORDS).is_some())
            .map(|n| n.text.as_str())
            .collect();
        assert!(hinted.is_empty(), "{hinted:?}");
    }
}

#[test]
fn the_quadrant_check_words_prompt_for_outside_developments_inside_and_back() {
    use Quadrant::*;
    let hint = |q, text| placement_hint(&CHECK_WORDS, q, text).map(|h| (h.suggested, h.because));
    assert_eq!(
        hint(Weaknesses, "Toenemende polarisatie in de samenleving"),
        Some((Threats, "samenleving"))
    );
    assert_eq!(
        hint(Strengths, "Landelijk ondersteuningsaanbod"),
        Some((Opportunities, "landelijk"))
    );
    assert_eq!(
        hint(Threats, "We delen te weinig informatie"),
        Some((Weaknesses, "we"))
    );
    assert_eq!(
        hint(Opportunities, "Our youth workers know the parents"),
        Some((Strengths, "our"))
    );
    // Phrases of several words, and words joined by a hyphen.
    assert_eq!(
        hint(Strengths, "Veel aandacht op Sociale Media."),
        Some((Opportunities, "sociale media"))
    );
    assert_eq!(
        hint(Opportunities, "An in-house training"),
        Some((Strengths, "in-house"))
    );
    assert_eq!(hint(Strengths, "Sociale netwerken, media-aandacht"), None);
    // Where it belongs, or mixed, or unclear: no prompt.
    assert_eq!(hint(Threats, "Polarisatie via sociale media"), None);
    assert_eq!(hint(Weaknesses, "Onze kennis van sociale media"), None);
    assert_eq!(hint(Weaknesses, "Geen gedeelde taal"), None);
    assert_eq!(hint(Strengths, "Wereldwijd? nee: wereldkaart"), None);

    let mut b = Board::new("Focusgroep").unwrap();
    let n = b
        .add_note(Weaknesses, "Stijgende spanningen in de wereld")
        .unwrap();
    assert_eq!(
        b.note(n)
            .unwrap()
            .placement_hint(&CHECK_WORDS)
            .unwrap()
            .suggested,
        Threats
    );
    b.keep_here(n).unwrap();
    assert_eq!(b.note(n).unwrap().placement_hint(&CHECK_WORDS), None);
}

#[test]
fn a_new_board_can_take_the_prevention_phases_in_each_language() {
    let nl = default_phases(Lang::Nl);
    assert!(nl[0].0.starts_with("Primaire preventie"));
    assert!(nl[3].1.contains("nazorg"));
    assert!(default_phases(Lang::En)[2].0.starts_with("Secondary"));
    for lang in Lang::ALL {
        let mut b = Board::new("x").unwrap();
        b.add_phases(&default_phases(lang)).unwrap();
        assert_eq!(b.phases.len(), 4);
        b.validate().unwrap();
    }
}

/// A.-J. Gielen's prevention model has three phases; primary prevention has two target groups,
/// so it takes two rows, each named for its group, never counted as phases of their own.
#[test]
fn the_prevention_phases_are_gielens_three_with_primary_prevention_in_two_target_groups() {
    let phase_of = |name: &'static str| name.split_once(':').map_or(name, |(phase, _)| phase);
    for (lang, phases, groups) in [
        (
            Lang::Nl,
            [
                "Primaire preventie",
                "Secundaire preventie",
                "Tertiaire preventie",
            ],
            ["samenleving als geheel", "kwetsbare groepen en individuen"],
        ),
        (
            Lang::En,
            [
                "Primary prevention",
                "Secondary prevention",
                "Tertiary prevention",
            ],
            ["society as a whole", "vulnerable groups and individuals"],
        ),
    ] {
        let rows = default_phases(lang);
        let mut named: Vec<&str> = rows.iter().map(|(name, _)| phase_of(name)).collect();
        named.dedup();
        assert_eq!(named, phases, "{lang:?}");
        for (row, group) in rows.iter().zip(groups) {
            assert!(row.0.ends_with(group), "{lang:?}: {} names {group}", row.0);
        }
        let texts = lang.texts();
        let (three, four) = match lang {
            Lang::Nl => ("drie fasen", "vier"),
            Lang::En => ("three phases", "four"),
        };
        assert!(texts.roles.phases_help.contains(three), "{lang:?}");
        for text in [texts.roles.phases_help, texts.roles.use_default_phases] {
            assert!(!text.contains(four), "{lang:?}: {text}");
        }
    }
}
