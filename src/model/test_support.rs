//! Fixtures shared by the tests of the steps: a new board, one with notes in every quadrant,
//! one with the whole chain, and the phases a new board starts with.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{ActionField, Board, Domain, Id, Part, Quadrant, StrategyKind};

/// Phases as the content module gives them to a new board.
pub(super) const PHASES: [(&str, &str); 4] = [
    (
        "Primaire preventie: samenleving als geheel",
        "De samenleving als geheel.",
    ),
    (
        "Primaire preventie: kwetsbare groepen en individuen",
        "Kwetsbare groepen en individuen.",
    ),
    ("Secundaire preventie: maatwerk", "Maatwerk."),
    ("Tertiaire preventie: exit en nazorg", "Exit en nazorg."),
];

pub(super) fn board() -> Board {
    Board::new("Focusgroep").unwrap()
}

/// A board with two notes in each quadrant.
pub(super) fn filled() -> (Board, [[Id; 2]; 4]) {
    let mut b = board();
    let mut ids = [[Id::new(); 2]; 4];
    for q in Quadrant::ALL {
        for (i, slot) in ids[q.index()].iter_mut().enumerate() {
            *slot = b.add_note(q, &format!("{} {}", q.key(), i + 1)).unwrap();
        }
    }
    (b, ids)
}

/// A board with the whole chain: two notes under a theme, a strategy from the theme and an
/// opportunity, an action answering the strategy, and an action answering a loose note.
pub(super) fn chained() -> (Board, Id, Id, Id, Id, Id, Id, Id) {
    let mut b = board();
    let n1 = b.add_note(Quadrant::Strengths, "Korte lijnen").unwrap();
    let n2 = b.add_note(Quadrant::Strengths, "Kennen elkaar").unwrap();
    let o = b
        .add_note(Quadrant::Opportunities, "Sportclubs doen mee")
        .unwrap();
    let theme = b.add_theme("Netwerk", &[n1, n2]).unwrap();
    let strategy = b
        .add_strategy(
            StrategyKind::So,
            "Netwerk met sportclubs",
            &[theme, o, theme],
        )
        .unwrap();
    let action = b.add_action("Ronde langs sportclubs").unwrap();
    b.link_action(action, strategy, true).unwrap();
    let loose = b.add_note(Quadrant::Threats, "Verloop").unwrap();
    let other = b.add_action("Kennisbank").unwrap();
    b.link_action(other, loose, true).unwrap();
    (b, n1, n2, o, theme, strategy, action, other)
}

/// A board with records of every kind and every link of every kind set: the chain, people in
/// the room with their parts in the phases, a scored cell, a term, and an action with an owner,
/// a phase and links to a note, a theme and a strategy.
pub(super) fn full() -> Board {
    let (mut b, n1, _, o, theme, _, action, _) = chained();
    let who = b
        .add_participant("Politie", "wijkagent", Domain::Safety)
        .unwrap();
    let other = b
        .add_participant("School", "mentor", Domain::Social)
        .unwrap();
    b.add_phases(&PHASES).unwrap();
    let (first, last) = (b.phases[0].id, b.phases[3].id);
    b.set_part(who, first, Some(Part::Leads)).unwrap();
    b.set_part(other, last, Some(Part::Contributes)).unwrap();
    b.set_score(theme, o, 2).unwrap();
    b.set_score(n1, o, -1).unwrap();
    b.add_term("signaal", "Een zorg die gedeeld wordt").unwrap();
    b.edit_action(action, ActionField::Owner(Some(who)))
        .unwrap();
    b.edit_action(action, ActionField::Phase(Some(last)))
        .unwrap();
    b.link_action(action, theme, true).unwrap();
    b.link_action(action, n1, true).unwrap();
    b.validate().unwrap();
    b
}

/// Every string in a board's JSON that reads as an id, a field's name or value at any depth:
/// what a test of links looks for when a record is gone or its ids renamed.
pub(crate) fn ids_of(board: &Board) -> BTreeSet<Id> {
    fn walk(value: &Value, out: &mut BTreeSet<Id>) {
        match value {
            Value::String(s) => out.extend(Id::parse(s)),
            Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            Value::Object(fields) => {
                for (name, v) in fields {
                    out.extend(Id::parse(name));
                    walk(v, out);
                }
            }
            _ => {}
        }
    }
    let mut ids = BTreeSet::new();
    walk(&serde_json::to_value(board).unwrap(), &mut ids);
    ids
}
