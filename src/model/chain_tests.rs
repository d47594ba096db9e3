//! Tests of the chain note → theme → strategy → action, and of links when what they point to
//! is deleted.

use super::test_support::{board, chained};
use super::*;

#[test]
fn the_chain_is_followed_both_ways() {
    let (b, n1, n2, o, theme, strategy, action, other) = chained();
    let from_note = b.chain(n1);
    assert_eq!(from_note.notes, [n1]);
    assert_eq!(from_note.themes, [theme]);
    assert_eq!(from_note.strategies, [strategy]);
    assert_eq!(from_note.actions, [action]);
    let from_action = b.chain(action);
    assert_eq!(from_action.strategies, [strategy]);
    assert_eq!(from_action.themes, [theme]);
    assert_eq!(from_action.notes, [n1, n2, o]);
    assert_eq!(from_action.actions, [action]);
    let from_strategy = b.chain(strategy);
    assert_eq!(from_strategy.actions, [action]);
    assert_eq!(from_strategy.notes, [n1, n2, o]);
    assert!(!b.chain(other).is_empty());
    assert_eq!(b.chain(Id::new()), Chain::default());
    let mut lonely = board();
    let n = lonely.add_note(Quadrant::Strengths, "alleen").unwrap();
    assert!(lonely.chain(n).is_empty());
}

#[test]
fn links_survive_deletes_of_what_they_point_to() {
    let (mut b, n1, _, o, theme, strategy, action, other) = chained();
    let youth = b
        .add_participant("Jongerenwerk", "", Domain::Social)
        .unwrap();
    let phase = b.add_phase("Primair", "").unwrap();
    b.edit_action(action, ActionField::Owner(Some(youth)))
        .unwrap();
    b.edit_action(action, ActionField::Phase(Some(phase)))
        .unwrap();
    b.set_part(youth, phase, Some(Part::Leads)).unwrap();
    b.set_score(n1, o, 2).unwrap();

    b.ungroup(theme).unwrap();
    assert_eq!(b.strategy(strategy).unwrap().sources, [o]);
    b.delete_note(o).unwrap();
    assert!(b.strategy(strategy).unwrap().sources.is_empty());
    assert!(b.tows.scores.is_empty());
    b.delete_strategy(strategy).unwrap();
    assert!(b.action(action).unwrap().links.is_empty());
    b.remove_participant(youth).unwrap();
    assert_eq!(b.action(action).unwrap().owner, None);
    assert!(b.roles.is_empty());
    b.delete_phase(phase).unwrap();
    assert_eq!(b.action(action).unwrap().phase, None);
    let loose = b.action(other).unwrap().links[0];
    b.delete_note(loose).unwrap();
    assert!(b.action(other).unwrap().links.is_empty());
    b.validate().unwrap();
}
