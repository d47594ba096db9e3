use super::*;
use crate::model::Quadrant;

/// A board of four notes, and what its cards have seen of it.
fn seen_board() -> (Board, Seen, Vec<Id>) {
    let mut board = Board::new("Waterdam").unwrap();
    let ids: Vec<Id> = ["een", "twee", "drie", "vier"]
        .iter()
        .map(|text| board.add_note(Quadrant::Strengths, text).unwrap())
        .collect();
    let mut seen = Seen::default();
    assert_eq!(
        seen.note(&board, ids[1]).map(|n| n.text),
        Some("twee".into())
    );
    (board, seen, ids)
}

fn changed(ids: &[Id]) -> Option<Changes> {
    Some(Changes {
        changed: ids.to_vec(),
        gone: Vec::new(),
    })
}

#[test]
fn an_edit_touches_only_the_note_edited() {
    let (mut board, mut seen, ids) = seen_board();
    board.edit_note(ids[2], "drie, bewerkt").unwrap();
    assert_eq!(seen.changes(Some(&board)), changed(&[ids[2]]));
    // And from then on compares with the edited board.
    assert_eq!(seen.changes(Some(&board)), changed(&[]));
    assert_eq!(
        seen.note(&board, ids[2]).map(|n| n.text),
        Some("drie, bewerkt".into())
    );
}

#[test]
fn a_move_to_another_quadrant_touches_only_the_note_moved() {
    let (mut board, mut seen, ids) = seen_board();
    board.move_note(ids[0], Quadrant::Threats, 0).unwrap();
    assert_eq!(seen.changes(Some(&board)), changed(&[ids[0]]));
}

#[test]
fn a_move_within_a_quadrant_touches_no_card_and_the_list_moves_it() {
    let (mut board, mut seen, ids) = seen_board();
    board.shift_note(ids[0], 1).unwrap();
    assert_eq!(seen.changes(Some(&board)), changed(&[]));
    assert_eq!(
        seen.note(&board, ids[0]).map(|n| n.text),
        Some("een".into())
    );
}

#[test]
fn an_added_note_is_touched_and_a_deleted_one_is_gone() {
    let (mut board, mut seen, ids) = seen_board();
    let new = board.add_note(Quadrant::Weaknesses, "vijf").unwrap();
    assert_eq!(seen.changes(Some(&board)), changed(&[new]));
    assert_eq!(seen.note(&board, new).map(|n| n.text), Some("vijf".into()));
    board.delete_note(ids[3]).unwrap();
    assert_eq!(
        seen.changes(Some(&board)),
        Some(Changes {
            changed: Vec::new(),
            gone: vec![ids[3]],
        })
    );
    assert_eq!(seen.note(&board, ids[3]), None);
}

#[test]
fn votes_tags_and_themes_touch_the_note_they_change() {
    let (mut board, mut seen, ids) = seen_board();
    board.set_tags(ids[1], &["school".to_string()]).unwrap();
    assert_eq!(seen.changes(Some(&board)), changed(&[ids[1]]));
    board.add_theme("Samen", &[ids[0], ids[2]]).unwrap();
    let touched = seen.changes(Some(&board)).unwrap();
    assert!(touched.changed.contains(&ids[0]) && touched.changed.contains(&ids[2]));
    assert!(!touched.changed.contains(&ids[1]) && !touched.changed.contains(&ids[3]));
}

#[test]
fn another_board_on_screen_starts_again_from_what_its_cards_read() {
    let (board, mut seen, _) = seen_board();
    let mut other = Board::new("Rivierstad").unwrap();
    let id = other.add_note(Quadrant::Threats, "anders").unwrap();
    assert_eq!(seen.changes(Some(&other)), None);
    assert_eq!(seen.note(&other, id).map(|n| n.text), Some("anders".into()));
    assert_eq!(seen.changes(Some(&other)), changed(&[]));
    assert_eq!(seen.changes(None), None);
    assert_eq!(seen.changes(Some(&board)), None);
}

/// A record of a list of rows, for [`RowList`].
#[derive(Clone, Debug, PartialEq)]
struct Row(Id, &'static str);

impl Record for Row {
    fn id(&self) -> Id {
        self.0
    }
}

#[test]
fn a_list_reruns_only_the_rows_whose_record_is_new_changed_or_gone() {
    let ids: Vec<Id> = (0..3).map(|_| Id::new()).collect();
    let mut list = RowList {
        records: Vec::new(),
        at: FxHashMap::default(),
        rows: ids.iter().map(|id| (*id, ArcTrigger::new())).collect(),
    };
    let rows = |texts: [(usize, &'static str); 3]| texts.map(|(i, t)| Row(ids[i], t));
    assert_eq!(list.sync(&rows([(0, "a"), (1, "b"), (2, "c")])).len(), 3);
    assert_eq!(list.sync(&rows([(0, "a"), (1, "B"), (2, "c")])).len(), 1);
    // Moved rows keep their record: the list moves them, no row reruns.
    assert_eq!(list.sync(&rows([(2, "c"), (0, "a"), (1, "B")])).len(), 0);
    assert_eq!(list.sync(&[Row(ids[2], "c"), Row(ids[1], "B")]).len(), 1);
    assert!(!list.rows.contains_key(&ids[0]));
}

#[test]
fn a_card_reads_the_note_as_it_is_even_before_the_change_is_compared() {
    let (mut board, mut seen, ids) = seen_board();
    board.edit_note(ids[0], "een, bewerkt").unwrap();
    let new = board.add_note(Quadrant::Threats, "zes").unwrap();
    assert_eq!(
        seen.note(&board, ids[0]).map(|n| n.text),
        Some("een, bewerkt".into())
    );
    assert_eq!(seen.note(&board, new).map(|n| n.text), Some("zes".into()));
    // The comparison still finds both, so their cards follow.
    assert_eq!(seen.changes(Some(&board)), changed(&[ids[0], new]));
}
