//! Tests of step 1, the session: its context and who is in the room.

use super::test_support::board;
use super::*;

#[test]
fn context_fields_are_trimmed_and_a_date_must_be_a_day() {
    let mut b = board();
    b.set_context(ContextField::Place, "  Waterdam ").unwrap();
    assert_eq!(b.context.place, "Waterdam");
    b.set_context(ContextField::Date, "2026-11-20").unwrap();
    assert_eq!(
        b.set_context(ContextField::Date, "2026-02-30"),
        Err(BoardError::BadDate)
    );
    assert_eq!(b.context.date, "2026-11-20");
    b.set_context(ContextField::Date, "").unwrap();
    assert_eq!(b.context.date, "");
    assert!(is_date("2024-02-29"));
    assert!(!is_date("2023-02-29"));
    assert!(!is_date("2026-13-01"));
    assert!(!is_date("26-11-20"));
}

#[test]
fn participants_need_an_organisation_or_a_role_and_count_voters() {
    let mut b = board();
    assert_eq!(
        b.add_participant(" ", "", Domain::Social),
        Err(BoardError::EmptyText {
            field: Field::OrganisationOrRole
        })
    );
    let youth = b
        .add_participant("Jongerenwerk", "jongerenwerker", Domain::Social)
        .unwrap();
    let police = b.add_participant("Politie", "", Domain::Safety).unwrap();
    b.edit_participant(youth, ParticipantField::Count(3))
        .unwrap();
    assert_eq!(
        b.edit_participant(police, ParticipantField::Count(0)),
        Err(BoardError::OutOfRange {
            field: Field::People,
            min: 1,
            max: 1000
        })
    );
    // Organisation or role, never neither; a refused field changes nothing.
    assert_eq!(
        b.edit_participant(police, ParticipantField::Organisation(" ".into())),
        Err(BoardError::EmptyText {
            field: Field::OrganisationOrRole
        })
    );
    b.edit_participant(police, ParticipantField::Role("wijkagent".into()))
        .unwrap();
    b.edit_participant(police, ParticipantField::Organisation(String::new()))
        .unwrap();
    b.edit_participant(police, ParticipantField::Domain(Domain::Safety))
        .unwrap();
    assert_eq!(b.participant(police).unwrap().organisation, "");
    assert_eq!(b.voters(), 4);
    assert_eq!(b.participant_label(youth), "jongerenwerker (Jongerenwerk)");
    assert_eq!(b.participant_label(police), "wijkagent");
}
