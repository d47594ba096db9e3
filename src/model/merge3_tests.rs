use serde_json::json;

use super::test_support::{board, chained, filled};
use super::{Board, Quadrant};

fn texts(b: &Board) -> Vec<&str> {
    b.notes.iter().map(|n| n.text.as_str()).collect()
}

#[test]
fn notes_added_in_both_tabs_are_all_kept() {
    let (base, _) = filled();
    let mut mine = base.clone();
    let mut theirs = base.clone();
    mine.add_note(Quadrant::Strengths, "van mij").unwrap();
    theirs
        .add_note(Quadrant::Strengths, "van de ander")
        .unwrap();
    let (merged, report) = Board::merge_tabs(&base, &mine, &theirs).unwrap();
    assert!(!report.clashed());
    assert!(texts(&merged).contains(&"van mij"));
    assert!(texts(&merged).contains(&"van de ander"));
    assert_eq!(merged.notes.len(), base.notes.len() + 2);
    merged.validate().unwrap();
}

#[test]
fn changes_to_different_fields_of_one_note_are_both_kept() {
    let (base, ids) = filled();
    let note = ids[0][0];
    let mut mine = base.clone();
    let mut theirs = base.clone();
    mine.edit_note(note, "nieuwe tekst").unwrap();
    theirs.move_note(note, Quadrant::Threats, 0).unwrap();
    let (merged, report) = Board::merge_tabs(&base, &mine, &theirs).unwrap();
    assert!(!report.clashed(), "{report:?}");
    let n = merged.notes.iter().find(|n| n.id == note).unwrap();
    assert_eq!(n.text, "nieuwe tekst");
    assert_eq!(n.quadrant, Quadrant::Threats);
    merged.validate().unwrap();
}

#[test]
fn a_text_both_tabs_changed_keeps_theirs_and_mine_beside_it() {
    let (base, ids) = filled();
    let note = ids[1][0];
    let mut mine = base.clone();
    let mut theirs = base.clone();
    mine.edit_note(note, "mijn versie").unwrap();
    theirs.edit_note(note, "hun versie").unwrap();
    let (merged, report) = Board::merge_tabs(&base, &mine, &theirs).unwrap();
    assert_eq!(report.notes_copied.len(), 1);
    assert!(report.clashes.is_empty());
    let at = merged.notes.iter().position(|n| n.id == note).unwrap();
    assert_eq!(merged.notes[at].text, "hun versie");
    assert_eq!(merged.notes[at + 1].text, "mijn versie");
    assert_eq!(merged.notes[at + 1].id, report.notes_copied[0]);
    assert_eq!(merged.notes[at + 1].quadrant, merged.notes[at].quadrant);
    merged.validate().unwrap();
}

#[test]
fn other_fields_both_tabs_changed_are_reported_with_this_tabs_value() {
    let (base, ids) = filled();
    let note = ids[2][1];
    let mut mine = base.clone();
    let mut theirs = base.clone();
    mine.rename("Mijn titel").unwrap();
    theirs.rename("Hun titel").unwrap();
    mine.move_note(note, Quadrant::Strengths, 0).unwrap();
    theirs.move_note(note, Quadrant::Weaknesses, 0).unwrap();
    let (merged, report) = Board::merge_tabs(&base, &mine, &theirs).unwrap();
    assert_eq!(merged.title, "Hun titel");
    assert_eq!(
        merged.notes.iter().find(|n| n.id == note).unwrap().quadrant,
        Quadrant::Weaknesses
    );
    let paths: Vec<Vec<String>> = report.clashes.iter().map(|c| c.path.clone()).collect();
    assert!(paths.contains(&vec!["title".to_string()]), "{paths:?}");
    assert!(
        paths.contains(&vec![
            "notes".to_string(),
            note.to_string(),
            "quadrant".to_string()
        ]),
        "{paths:?}"
    );
    let title = report.clashes.iter().find(|c| c.path == ["title"]).unwrap();
    assert_eq!(title.mine, Some(json!("Mijn titel")));
    merged.validate().unwrap();
}

#[test]
fn a_note_one_tab_deleted_and_the_other_changed_stays_changed() {
    let (base, ids) = filled();
    let note = ids[3][0];
    let mut mine = base.clone();
    let mut theirs = base.clone();
    mine.delete_note(note).unwrap();
    theirs.edit_note(note, "nog belangrijk").unwrap();
    let (merged, _) = Board::merge_tabs(&base, &mine, &theirs).unwrap();
    assert_eq!(
        merged.notes.iter().find(|n| n.id == note).unwrap().text,
        "nog belangrijk"
    );
    // And the other way round.
    let (merged, _) = Board::merge_tabs(&base, &theirs, &mine).unwrap();
    assert!(merged.notes.iter().any(|n| n.id == note));
}

#[test]
fn a_note_one_tab_deleted_and_the_other_left_is_gone() {
    let (base, ids) = filled();
    let mut mine = base.clone();
    let mut theirs = base.clone();
    mine.delete_note(ids[0][1]).unwrap();
    theirs.add_note(Quadrant::Threats, "erbij").unwrap();
    let (merged, report) = Board::merge_tabs(&base, &mine, &theirs).unwrap();
    assert!(!report.clashed());
    assert!(!merged.notes.iter().any(|n| n.id == ids[0][1]));
    assert!(texts(&merged).contains(&"erbij"));
}

#[test]
fn links_to_a_record_the_other_tab_deleted_are_dropped_and_the_board_is_valid() {
    let (base, n1, _, o, _, strategy, action, _) = chained();
    let mut mine = base.clone();
    let mut theirs = base.clone();
    // This tab links the action to a note the other tab deletes.
    mine.link_action(action, o, true).unwrap();
    theirs.delete_strategy(strategy).unwrap();
    theirs.delete_note(o).unwrap();
    let (merged, _) = Board::merge_tabs(&base, &mine, &theirs).unwrap();
    merged.validate().unwrap();
    assert!(merged.notes.iter().any(|n| n.id == n1));
}

#[test]
fn fields_of_a_newer_version_are_kept() {
    let mut base = board();
    base.extra.insert("future".into(), json!({"x": 1}));
    let id = base.add_note(Quadrant::Strengths, "a").unwrap();
    base.notes[0].extra.insert("colour".into(), json!("geel"));
    let mut mine = base.clone();
    let theirs = base.clone();
    mine.edit_note(id, "b").unwrap();
    let mut theirs2 = theirs.clone();
    theirs2.add_note(Quadrant::Threats, "c").unwrap();
    let (merged, _) = Board::merge_tabs(&base, &mine, &theirs2).unwrap();
    assert_eq!(merged.extra.get("future"), Some(&json!({"x": 1})));
    assert_eq!(merged.notes[0].extra.get("colour"), Some(&json!("geel")));
    assert_eq!(merged.notes[0].text, "b");
}

#[test]
fn nothing_changed_on_one_side_gives_the_other() {
    let (base, _) = filled();
    let mut theirs = base.clone();
    theirs.add_note(Quadrant::Opportunities, "nieuw").unwrap();
    let (merged, report) = Board::merge_tabs(&base, &base, &theirs).unwrap();
    assert_eq!(merged, theirs);
    assert!(!report.clashed());
}

#[test]
fn this_tabs_values_can_be_put_back_after_a_clash() {
    let (base, ids) = filled();
    let note = ids[2][1];
    let mut mine = base.clone();
    let mut theirs = base.clone();
    mine.rename("Mijn titel").unwrap();
    theirs.rename("Hun titel").unwrap();
    mine.move_note(note, Quadrant::Strengths, 0).unwrap();
    theirs.move_note(note, Quadrant::Weaknesses, 0).unwrap();
    theirs.add_note(Quadrant::Threats, "van de ander").unwrap();
    let (mut merged, report) = Board::merge_tabs(&base, &mine, &theirs).unwrap();
    merged.put_mine(&report.clashes).unwrap();
    assert_eq!(merged.title, "Mijn titel");
    let n = merged.notes.iter().find(|n| n.id == note).unwrap();
    assert_eq!(n.quadrant, Quadrant::Strengths);
    assert!(
        texts(&merged).contains(&"van de ander"),
        "the other tab's other changes stay"
    );
    merged.validate().unwrap();
    // A record gone since refuses, changing nothing.
    let before = merged.clone();
    merged.delete_note(note).unwrap();
    let gone = merged.clone();
    assert!(merged.put_mine(&report.clashes).is_err());
    assert_eq!(merged, gone);
    assert_ne!(before, gone);
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use proptest::prelude::*;

    use super::super::test_support::filled;
    use super::super::{Board, Quadrant};

    /// A change one tab makes to a note of its own: edit, move, delete; or a new note.
    #[derive(Clone, Debug)]
    enum Change {
        Edit(usize, String),
        Move(usize, usize),
        Delete(usize),
        Add(usize, String),
    }

    fn change() -> impl Strategy<Value = Change> {
        prop_oneof![
            (0..4usize, "[a-z]{1,8}").prop_map(|(i, t)| Change::Edit(i, t)),
            (0..4usize, 0..4usize).prop_map(|(i, q)| Change::Move(i, q)),
            (0..4usize).prop_map(Change::Delete),
            (0..4usize, "[a-z]{1,8}").prop_map(|(q, t)| Change::Add(q, t)),
        ]
    }

    /// Applies changes to the notes this tab owns (`own`: ids), tagging its texts with `who`,
    /// and returns the texts that must survive and the ids that must be gone.
    fn apply(
        board: &mut Board,
        own: &[super::super::Id],
        changes: &[Change],
        who: &str,
    ) -> (Vec<String>, Vec<super::super::Id>) {
        let mut alive: Vec<_> = own.to_vec();
        let mut gone = Vec::new();
        for c in changes {
            match c {
                Change::Edit(i, t) if !alive.is_empty() => {
                    let id = alive[i % alive.len()];
                    board.edit_note(id, &format!("{who} {t}")).unwrap();
                }
                Change::Move(i, q) if !alive.is_empty() => {
                    let id = alive[i % alive.len()];
                    board.move_note(id, Quadrant::ALL[*q], 0).unwrap();
                }
                Change::Delete(i) if !alive.is_empty() => {
                    let id = alive.remove(i % alive.len());
                    board.delete_note(id).unwrap();
                    gone.push(id);
                }
                Change::Add(q, t) => {
                    board
                        .add_note(Quadrant::ALL[*q], &format!("{who} nieuw {t}"))
                        .unwrap();
                }
                _ => {}
            }
        }
        let texts = board
            .notes
            .iter()
            .filter(|n| n.text.starts_with(who))
            .map(|n| n.text.clone())
            .collect();
        (texts, gone)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Two tabs changing different notes: every change of both survives the merge, and the
        /// board stays valid.
        #[test]
        fn changes_to_different_records_both_survive(
            mine_changes in proptest::collection::vec(change(), 0..8),
            their_changes in proptest::collection::vec(change(), 0..8),
        ) {
            let (base, ids) = filled();
            // This tab owns the first note of each quadrant, the other tab the second.
            let mine_own: Vec<_> = ids.iter().map(|q| q[0]).collect();
            let their_own: Vec<_> = ids.iter().map(|q| q[1]).collect();
            let mut mine = base.clone();
            let mut theirs = base.clone();
            let (mine_texts, mine_gone) = apply(&mut mine, &mine_own, &mine_changes, "mijn");
            let (their_texts, their_gone) = apply(&mut theirs, &their_own, &their_changes, "hun");
            let (merged, report) = Board::merge_tabs(&base, &mine, &theirs).unwrap();
            prop_assert!(!report.clashed(), "{:?}", report);
            merged.validate().unwrap();
            let texts: Vec<&str> = merged.notes.iter().map(|n| n.text.as_str()).collect();
            for t in mine_texts.iter().chain(&their_texts) {
                prop_assert!(texts.contains(&t.as_str()), "{} lost: {:?}", t, texts);
            }
            for id in mine_gone.iter().chain(&their_gone) {
                prop_assert!(!merged.notes.iter().any(|n| n.id == *id));
            }
            // Where each tab put its own notes holds too.
            for id in &mine_own {
                if let Some(n) = mine.notes.iter().find(|n| n.id == *id) {
                    let m = merged.notes.iter().find(|m| m.id == *id).unwrap();
                    prop_assert_eq!(m.quadrant, n.quadrant);
                }
            }
        }
    }
}

#[test]
fn a_score_or_a_role_both_tabs_changed_stays_one_record_known_by_its_links() {
    let base = super::test_support::full();
    let (score, role) = (base.tows.scores[0].clone(), base.roles[0].clone());
    let mut mine = base.clone();
    let mut theirs = base.clone();
    mine.set_score(score.inside, score.outside, 1).unwrap();
    theirs.set_score(score.inside, score.outside, -2).unwrap();
    mine.set_part(role.participant, role.phase, Some(super::Part::Contributes))
        .unwrap();
    theirs.set_part(role.participant, role.phase, None).unwrap();
    let (merged, report) = Board::merge_tabs(&base, &mine, &theirs).unwrap();
    assert_eq!(merged.tows.scores.len(), base.tows.scores.len());
    assert_eq!(merged.score(score.inside, score.outside), -2);
    // A record one tab removed and the other changed stays, changed.
    assert_eq!(merged.roles.len(), base.roles.len());
    assert_eq!(
        merged.part(role.participant, role.phase),
        Some(super::Part::Contributes)
    );
    let cell = format!("{}/{}", score.inside, score.outside);
    let paths: Vec<Vec<String>> = report.clashes.iter().map(|c| c.path.clone()).collect();
    assert!(
        paths.contains(&vec!["tows".into(), "scores".into(), cell, "score".into()]),
        "{paths:?}"
    );
    merged.validate().unwrap();
}
