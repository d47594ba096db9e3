//! Tests of undo and redo of every kind of change of the steps, and of changes that change
//! nothing.

use super::test_support::{chained, PHASES};
use super::*;

#[test]
fn every_kind_of_change_can_be_undone_and_redone() {
    type Change = Box<dyn Fn(&mut Board)>;
    let (b, n1, _, o, theme, strategy, action, _) = chained();
    let changes: Vec<(&str, Change)> = vec![
        (
            "context",
            Box::new(|b| b.set_context(ContextField::Place, "Waterdam").unwrap()),
        ),
        (
            "participant",
            Box::new(|b| {
                b.add_participant("Politie", "wijkagent", Domain::Safety)
                    .unwrap();
            }),
        ),
        (
            "theme",
            Box::new(move |b| b.rename_theme(theme, "Sterk netwerk").unwrap()),
        ),
        ("ungroup", Box::new(move |b| b.ungroup(theme).unwrap())),
        (
            "tags",
            Box::new(move |b| b.set_tags(n1, &["sociaal".into()]).unwrap()),
        ),
        ("votes", Box::new(move |b| b.set_votes(n1, 3).unwrap())),
        (
            "vote settings",
            Box::new(|b| b.set_vote_settings(5, None, None).unwrap()),
        ),
        (
            "score",
            Box::new(move |b| b.set_score(theme, o, 2).unwrap()),
        ),
        (
            "strategy",
            Box::new(move |b| b.edit_strategy(strategy, "Anders").unwrap()),
        ),
        (
            "delete strategy",
            Box::new(move |b| b.delete_strategy(strategy).unwrap()),
        ),
        ("phases", Box::new(|b| b.add_phases(&PHASES).unwrap())),
        (
            "term",
            Box::new(|b| {
                b.add_term("signaal", "Een zorg").unwrap();
            }),
        ),
        (
            "action",
            Box::new(move |b| {
                b.edit_action(action, ActionField::Status(ActionStatus::Done))
                    .unwrap()
            }),
        ),
        (
            "delete action",
            Box::new(move |b| b.delete_action(action).unwrap()),
        ),
        (
            "delete note",
            Box::new(move |b| {
                b.delete_note(n1).unwrap();
            }),
        ),
        ("keep here", Box::new(move |b| b.keep_here(n1).unwrap())),
    ];
    for (name, change) in changes {
        let mut board = b.clone();
        let mut history = History::default();
        let before = board.clone();
        change(&mut board);
        assert_ne!(board, before, "{name} changed nothing");
        assert!(board.updated_at > before.updated_at, "{name} did not touch");
        let after = board.clone();
        history.record(before.clone());
        assert!(history.undo(&mut board));
        assert_eq!(board, before, "undo of {name}");
        assert!(history.redo(&mut board));
        assert_eq!(board, after, "redo of {name}");
    }
}

#[test]
fn a_change_that_changes_nothing_is_not_a_step() {
    let (mut b, n1, _, _, theme, ..) = chained();
    let before = b.clone();
    b.rename_theme(theme, "Netwerk").unwrap();
    b.set_theme(n1, Some(theme)).unwrap();
    b.set_vote_settings(3, None, None).unwrap();
    b.set_tows_top(3).unwrap();
    b.reset_votes().unwrap();
    assert_eq!(b, before);
}
