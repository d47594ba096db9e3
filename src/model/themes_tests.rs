//! Tests of step 2, the notes: themes, tags, a note shifted within its theme, and where a dragged
//! note lands.

use super::test_support::{board, filled};
use super::*;

#[test]
fn a_theme_groups_notes_of_one_quadrant_and_can_be_renamed_and_ungrouped() {
    let (mut b, ids) = filled();
    let [s1, s2] = ids[0];
    let w1 = ids[1][0];
    assert_eq!(
        b.add_theme("Netwerk", &[s1, w1]),
        Err(BoardError::OtherQuadrant)
    );
    assert_eq!(
        b.add_theme(" ", &[s1]),
        Err(BoardError::EmptyText {
            field: Field::ThemeName
        })
    );
    let theme = b.add_theme("Netwerk", &[s1, s2]).unwrap();
    assert_eq!(b.notes_of_theme(theme).count(), 2);
    b.rename_theme(theme, "Sterk netwerk").unwrap();
    assert_eq!(b.theme(theme).unwrap().name, "Sterk netwerk");
    assert_eq!(b.set_theme(w1, Some(theme)), Err(BoardError::OtherQuadrant));
    b.set_theme(s2, None).unwrap();
    assert_eq!(b.notes_of_theme(theme).count(), 1);
    b.ungroup(theme).unwrap();
    assert!(b.themes.is_empty());
    assert!(b.notes.iter().all(|n| n.theme.is_none()));
    b.validate().unwrap();
}

#[test]
fn dropping_a_note_on_another_makes_or_joins_a_theme() {
    let mut b = board();
    let a = b.add_note(Quadrant::Threats, "Bezuinigingen").unwrap();
    let c = b.add_note(Quadrant::Threats, "Minder subsidie").unwrap();
    let d = b.add_note(Quadrant::Threats, "Krapte").unwrap();
    let o = b
        .add_note(Quadrant::Opportunities, "Landelijk aanbod")
        .unwrap();
    let theme = b.group_onto(c, a, "Thema 1").unwrap();
    assert_eq!(b.theme(theme).unwrap().name, "Thema 1");
    assert_eq!(b.group_onto(d, c, "Thema 2").unwrap(), theme);
    assert_eq!(b.themes.len(), 1);
    assert_eq!(b.notes_of_theme(theme).count(), 3);
    assert_eq!(b.group_onto(o, a, "x"), Err(BoardError::OtherQuadrant));
    assert_eq!(b.group_onto(a, a, "x"), Err(BoardError::NoSuchNote));
}

#[test]
fn tags_are_trimmed_without_repeats() {
    let (mut b, ids) = filled();
    let n = ids[0][0];
    let tags: Vec<String> = [" sociaal ", "", "veiligheid", "sociaal"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    b.set_tags(n, &tags).unwrap();
    assert_eq!(b.note(n).unwrap().tags, ["sociaal", "veiligheid"]);
    assert_eq!(b.all_tags(), ["sociaal", "veiligheid"]);
    let many: Vec<String> = (0..13).map(|i| i.to_string()).collect();
    assert!(b.set_tags(n, &many).is_err());
}

#[test]
fn a_note_shifts_among_the_notes_of_its_theme() {
    let mut b = board();
    let q = Quadrant::Strengths;
    let ids: Vec<Id> = (0..4)
        .map(|i| b.add_note(q, &format!("n{i}")).unwrap())
        .collect();
    b.add_theme("Netwerk", &[ids[0], ids[2], ids[3]]).unwrap();
    b.shift_note(ids[0], 1).unwrap();
    let order = |b: &Board| b.notes_in(q).map(|n| n.text.clone()).collect::<Vec<_>>();
    assert_eq!(order(&b), ["n1", "n2", "n0", "n3"]);
    b.shift_note(ids[3], -1).unwrap();
    assert_eq!(order(&b), ["n1", "n2", "n3", "n0"]);
    b.shift_note(ids[3], -1).unwrap();
    assert_eq!(order(&b), ["n1", "n3", "n2", "n0"]);
    // The loose note has no neighbour in its group and stays.
    b.shift_note(ids[1], 1).unwrap();
    assert_eq!(order(&b), ["n1", "n3", "n2", "n0"]);
}

#[test]
fn a_dropped_note_lands_before_after_or_grouped_with_the_target() {
    use Quadrant::*;
    assert_eq!(DropPlace::at(0.1), DropPlace::Before);
    assert_eq!(DropPlace::at(0.5), DropPlace::Onto);
    assert_eq!(DropPlace::at(0.9), DropPlace::After);
    let mut b = board();
    let [a, c, d] = ["a", "c", "d"].map(|t| b.add_note(Strengths, t).unwrap());
    let t = b.add_note(Threats, "t").unwrap();
    let order = |b: &Board, q| b.notes_in(q).map(|n| n.text.clone()).collect::<Vec<_>>();
    let name = |n: usize| format!("Thema {n}");

    assert_eq!(
        b.drop_note(d, a, DropPlace::Before, name),
        Ok(Dropped::Moved)
    );
    assert_eq!(order(&b, Strengths), ["d", "a", "c"]);
    assert_eq!(
        b.drop_note(d, c, DropPlace::After, name),
        Ok(Dropped::Moved)
    );
    assert_eq!(order(&b, Strengths), ["a", "c", "d"]);
    assert_eq!(
        b.drop_note(a, a, DropPlace::Onto, name),
        Ok(Dropped::Stayed)
    );
    assert_eq!(
        b.drop_note(c, a, DropPlace::Onto, name),
        Ok(Dropped::NewTheme("Thema 1".into()))
    );
    let theme = b.note(a).unwrap().theme.unwrap();
    assert_eq!(
        b.drop_note(d, c, DropPlace::Onto, name),
        Ok(Dropped::Joined)
    );
    assert_eq!(b.note(d).unwrap().theme, Some(theme));
    // Onto a note of another quadrant: it moves there, after the target, in its theme (none).
    assert_eq!(b.drop_note(d, t, DropPlace::Onto, name), Ok(Dropped::Moved));
    assert_eq!(order(&b, Threats), ["t", "d"]);
    assert_eq!(b.note(d).unwrap().theme, None);
    // Back into a theme by dropping before one of its notes.
    assert_eq!(
        b.drop_note(d, c, DropPlace::Before, name),
        Ok(Dropped::Moved)
    );
    assert_eq!(b.note(d).unwrap().theme, Some(theme));
    assert_eq!(
        b.drop_note(Id::new(), a, DropPlace::Onto, name),
        Err(BoardError::NoSuchNote)
    );
    b.validate().unwrap();
}
