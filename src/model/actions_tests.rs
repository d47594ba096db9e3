//! Tests of step 7, the local action plan.

use super::test_support::{board, PHASES};
use super::*;

#[test]
fn actions_have_an_owner_phase_due_date_and_status() {
    let mut b = board();
    let who = b
        .add_participant("Gemeente", "OOV", Domain::Safety)
        .unwrap();
    b.add_phases(&PHASES).unwrap();
    let phase = b.phases[1].id;
    let a = b.add_action("Casusoverleg opzetten").unwrap();
    b.edit_action(a, ActionField::Owner(Some(who))).unwrap();
    b.edit_action(a, ActionField::Phase(Some(phase))).unwrap();
    b.edit_action(a, ActionField::Due(Some("2027-03-01".into())))
        .unwrap();
    b.edit_action(a, ActionField::Status(ActionStatus::InProgress))
        .unwrap();
    assert_eq!(
        b.edit_action(a, ActionField::Due(Some("1 maart".into()))),
        Err(BoardError::BadDate)
    );
    assert_eq!(
        b.edit_action(a, ActionField::Owner(Some(Id::new()))),
        Err(BoardError::NoSuchItem)
    );
    let action = b.action(a).unwrap();
    assert_eq!(action.owner, Some(who));
    assert_eq!(action.due.as_deref(), Some("2027-03-01"));
    assert_eq!(action.status, ActionStatus::InProgress);
    b.edit_action(a, ActionField::Due(Some(" ".into())))
        .unwrap();
    assert_eq!(b.action(a).unwrap().due, None);
    let second = b.add_action("Training samen oefenen").unwrap();
    b.shift_action(second, -1).unwrap();
    assert_eq!(b.actions[0].id, second);
    assert_eq!(
        b.link_action(a, Id::new(), true),
        Err(BoardError::NoSuchItem)
    );
    b.delete_action(a).unwrap();
    assert_eq!(b.actions.len(), 1);
    b.validate().unwrap();
}
