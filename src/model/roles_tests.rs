//! Tests of step 5: the phases of prevention and who leads or contributes in each.

use super::test_support::{board, PHASES};
use super::*;

#[test]
fn phases_are_added_as_given_and_can_be_edited() {
    let mut b = board();
    b.add_phases(&PHASES).unwrap();
    assert_eq!(b.phases.len(), 4);
    assert!(b.phases[0].name.starts_with("Primaire preventie"));
    assert!(b.phases[3].description.contains("nazorg"));
    let last = b.phases[3].id;
    b.shift_phase(last, -1).unwrap();
    assert_eq!(b.phases[2].id, last);
    b.shift_phase(b.phases[0].id, -1).unwrap();
    b.edit_phase(last, PhaseField::Name("Exit".into())).unwrap();
    b.edit_phase(last, PhaseField::Description("Nazorg".into()))
        .unwrap();
    assert_eq!(
        (b.phases[2].name.as_str(), b.phases[2].description.as_str()),
        ("Exit", "Nazorg")
    );
    assert_eq!(
        b.edit_phase(last, PhaseField::Name(" ".into())),
        Err(BoardError::EmptyText {
            field: Field::PhaseName
        })
    );
    b.edit_phase(last, PhaseField::Description(String::new()))
        .unwrap();
    let extra = b.add_phase("Repressie", "").unwrap();
    b.delete_phase(extra).unwrap();
    assert_eq!(b.phases.len(), 4);
}

#[test]
fn phases_are_added_all_or_none() {
    let mut b = board();
    assert_eq!(
        b.add_phases(&[("Signaleren", ""), ("", "zonder naam")]),
        Err(BoardError::EmptyText {
            field: Field::PhaseName
        })
    );
    assert!(b.phases.is_empty());
}

#[test]
fn roles_mark_who_leads_and_who_contributes() {
    let mut b = board();
    b.add_phases(&PHASES).unwrap();
    let police = b
        .add_participant("Police", "officer", Domain::Safety)
        .unwrap();
    let first = b.phases[0].id;
    let last = b.phases[3].id;
    b.set_part(police, last, Some(Part::Leads)).unwrap();
    b.set_part(police, first, Some(Part::Contributes)).unwrap();
    b.set_part(police, first, Some(Part::Leads)).unwrap();
    assert_eq!(b.roles.len(), 2);
    assert_eq!(b.part(police, first), Some(Part::Leads));
    b.set_part(police, first, None).unwrap();
    assert_eq!(b.part(police, first), None);
    assert_eq!(
        b.set_part(Id::new(), first, Some(Part::Leads)),
        Err(BoardError::NoSuchItem)
    );
}
