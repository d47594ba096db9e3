use super::test_support::{chained, PHASES};
use super::*;
use crate::file::{restore, to_json, Envelope};

fn texts(board: &Board, q: Quadrant) -> Vec<&str> {
    board.notes_in(q).map(|n| n.text.as_str()).collect()
}

fn board_with(notes: &[(Quadrant, &str)]) -> (Board, Vec<Id>) {
    let mut board = Board::new("Focusgroep Waterdam").unwrap();
    let ids = notes
        .iter()
        .map(|(q, t)| board.add_note(*q, t).unwrap())
        .collect();
    (board, ids)
}

#[test]
fn adding_keeps_typing_order_per_quadrant() {
    let (board, _) = board_with(&[
        (Quadrant::Strengths, "Korte lijnen"),
        (Quadrant::Threats, "Bezuinigingen"),
        (Quadrant::Strengths, "Urgentie 💪"),
    ]);
    assert_eq!(
        texts(&board, Quadrant::Strengths),
        ["Korte lijnen", "Urgentie 💪"]
    );
    assert_eq!(texts(&board, Quadrant::Threats), ["Bezuinigingen"]);
    assert!(texts(&board, Quadrant::Weaknesses).is_empty());
}

#[test]
fn adding_trims_and_refuses_empty_or_overlong_notes() {
    let (mut board, _) = board_with(&[]);
    let id = board
        .add_note(Quadrant::Weaknesses, "  twee\r\nregels \n\n")
        .unwrap();
    assert_eq!(board.note(id).unwrap().text, "twee\nregels");
    assert_eq!(
        board.add_note(Quadrant::Weaknesses, " \n\t"),
        Err(BoardError::EmptyNote)
    );
    let long = "é".repeat(MAX_NOTE_CHARS + 1);
    assert_eq!(
        board.add_note(Quadrant::Weaknesses, &long),
        Err(BoardError::NoteTooLong {
            max: MAX_NOTE_CHARS
        })
    );
    let just_fits = "é".repeat(MAX_NOTE_CHARS);
    assert!(board.add_note(Quadrant::Weaknesses, &just_fits).is_ok());
    assert_eq!(board.notes.len(), 2);
}

#[test]
fn a_board_refuses_notes_past_its_limit() {
    let (mut board, _) = board_with(&[]);
    for i in 0..MAX_NOTES {
        board.add_note(Quadrant::Strengths, &i.to_string()).unwrap();
    }
    assert_eq!(
        board.add_note(Quadrant::Threats, "één te veel"),
        Err(BoardError::TooManyNotes { max: MAX_NOTES })
    );
    assert_eq!(board.notes.len(), MAX_NOTES);
}

#[test]
fn editing_changes_text_and_times_but_refuses_empty() {
    let (mut board, ids) = board_with(&[(Quadrant::Opportunities, "Sportclubs")]);
    let before = board.note(ids[0]).unwrap().clone();
    board.edit_note(ids[0], "Sportclubs en ouders").unwrap();
    let after = board.note(ids[0]).unwrap();
    assert_eq!(after.text, "Sportclubs en ouders");
    assert!(after.updated_at >= before.updated_at);
    assert_eq!(after.created_at, before.created_at);
    assert_eq!(board.edit_note(ids[0], "   "), Err(BoardError::EmptyNote));
    assert_eq!(board.note(ids[0]).unwrap().text, "Sportclubs en ouders");
    assert_eq!(board.edit_note(Id::new(), "x"), Err(BoardError::NoSuchNote));
}

#[test]
fn delete_then_restore_puts_the_note_back_in_place() {
    let (mut board, ids) = board_with(&[
        (Quadrant::Strengths, "a"),
        (Quadrant::Strengths, "b"),
        (Quadrant::Strengths, "c"),
    ]);
    let removed = board.delete_note(ids[1]).unwrap();
    assert_eq!(texts(&board, Quadrant::Strengths), ["a", "c"]);
    assert_eq!(board.delete_note(ids[1]), Err(BoardError::NoSuchNote));
    board.restore_note(removed.clone()).unwrap();
    assert_eq!(texts(&board, Quadrant::Strengths), ["a", "b", "c"]);
    // Restoring twice does not make a second copy.
    board.restore_note(removed).unwrap();
    assert_eq!(board.notes.len(), 3);
}

#[test]
fn moving_within_and_across_quadrants() {
    let (mut board, ids) = board_with(&[
        (Quadrant::Strengths, "s1"),
        (Quadrant::Weaknesses, "w1"),
        (Quadrant::Strengths, "s2"),
        (Quadrant::Strengths, "s3"),
        (Quadrant::Weaknesses, "w2"),
    ]);
    board.move_note(ids[3], Quadrant::Strengths, 0).unwrap();
    assert_eq!(texts(&board, Quadrant::Strengths), ["s3", "s1", "s2"]);

    board.move_note(ids[0], Quadrant::Weaknesses, 1).unwrap();
    assert_eq!(texts(&board, Quadrant::Strengths), ["s3", "s2"]);
    assert_eq!(texts(&board, Quadrant::Weaknesses), ["w1", "s1", "w2"]);
    assert_eq!(board.note(ids[0]).unwrap().quadrant, Quadrant::Weaknesses);

    // Past the end means last; into an empty quadrant works.
    board.move_note(ids[2], Quadrant::Weaknesses, 99).unwrap();
    assert_eq!(
        texts(&board, Quadrant::Weaknesses),
        ["w1", "s1", "w2", "s2"]
    );
    board.move_note(ids[1], Quadrant::Threats, 0).unwrap();
    assert_eq!(texts(&board, Quadrant::Threats), ["w1"]);
    assert_eq!(board.notes.len(), 5);
    assert_eq!(board.place_of(ids[1]), Some((Quadrant::Threats, 0)));
}

#[test]
fn shifting_stops_at_the_ends() {
    let (mut board, ids) = board_with(&[
        (Quadrant::Threats, "t1"),
        (Quadrant::Threats, "t2"),
        (Quadrant::Threats, "t3"),
    ]);
    board.shift_note(ids[0], -1).unwrap();
    assert_eq!(texts(&board, Quadrant::Threats), ["t1", "t2", "t3"]);
    board.shift_note(ids[0], 1).unwrap();
    assert_eq!(texts(&board, Quadrant::Threats), ["t2", "t1", "t3"]);
    board.shift_note(ids[2], 5).unwrap();
    assert_eq!(texts(&board, Quadrant::Threats), ["t2", "t1", "t3"]);
    board.shift_note(ids[2], -2).unwrap();
    assert_eq!(texts(&board, Quadrant::Threats), ["t3", "t2", "t1"]);
}

#[test]
fn moving_to_another_quadrant_leaves_the_theme() {
    let (mut board, ids) = board_with(&[(Quadrant::Strengths, "a")]);
    let theme = Id::new();
    board.themes.push(Theme {
        id: theme,
        quadrant: Quadrant::Strengths,
        name: "Netwerk".into(),
    });
    board.notes[0].theme = Some(theme);
    board.validate().unwrap();
    board.move_note(ids[0], Quadrant::Threats, 0).unwrap();
    assert_eq!(board.notes[0].theme, None);
    board.validate().unwrap();
}

#[test]
fn deleting_a_note_drops_links_to_it() {
    let (mut board, ids) =
        board_with(&[(Quadrant::Strengths, "s"), (Quadrant::Opportunities, "o")]);
    board.tows.scores.push(TowsScore {
        inside: ids[0],
        outside: ids[1],
        score: 2,
    });
    board.strategies.push(Strategy {
        id: Id::new(),
        kind: StrategyKind::So,
        text: "Samen oefenen".into(),
        sources: vec![ids[0], ids[1]],
    });
    board.actions.push(Action {
        id: Id::new(),
        text: "Oefendag plannen".into(),
        owner: None,
        phase: None,
        due: None,
        status: ActionStatus::Planned,
        links: vec![ids[1]],
    });
    board.validate().unwrap();
    board.delete_note(ids[1]).unwrap();
    assert!(board.tows.scores.is_empty());
    assert_eq!(board.strategies[0].sources, vec![ids[0]]);
    assert!(board.actions[0].links.is_empty());
    board.validate().unwrap();
}

#[test]
fn renaming_trims_and_refuses_empty() {
    let (mut board, _) = board_with(&[]);
    board.rename("  Focusgroep Waterdam, 20 november ").unwrap();
    assert_eq!(board.title, "Focusgroep Waterdam, 20 november");
    assert_eq!(board.rename(" "), Err(BoardError::EmptyTitle));
    assert_eq!(
        board.rename(&"x".repeat(MAX_TITLE_CHARS + 1)),
        Err(BoardError::TitleTooLong {
            max: MAX_TITLE_CHARS
        })
    );
    assert_eq!(board.title, "Focusgroep Waterdam, 20 november");
}

#[test]
fn duplicate_gets_new_ids_and_keeps_links() {
    let (mut board, ids) =
        board_with(&[(Quadrant::Strengths, "s"), (Quadrant::Opportunities, "o")]);
    board.tows.scores.push(TowsScore {
        inside: ids[0],
        outside: ids[1],
        score: 1,
    });
    let copy = board.duplicate("Kopie").unwrap();
    assert_eq!(copy.title, "Kopie");
    assert_ne!(copy.id, board.id);
    assert_eq!(copy.notes.len(), 2);
    for (a, b) in board.notes.iter().zip(&copy.notes) {
        assert_ne!(a.id, b.id);
        assert_eq!(a.text, b.text);
    }
    assert_eq!(copy.tows.scores[0].inside, copy.notes[0].id);
    assert_eq!(copy.tows.scores[0].outside, copy.notes[1].id);
    copy.validate().unwrap();
}

#[test]
fn validate_finds_broken_rules_with_their_path() {
    let (mut board, ids) = board_with(&[(Quadrant::Strengths, "a"), (Quadrant::Threats, "b")]);
    board.notes[1].id = ids[0];
    let err = board.validate().unwrap_err();
    assert_eq!(err.path, "notes[1].id");
    assert_eq!(err.problem, Problem::DuplicateId(ids[0]));

    let (mut board, _) = board_with(&[(Quadrant::Strengths, "a")]);
    let ghost = Id::new();
    board.notes[0].theme = Some(ghost);
    let err = board.validate().unwrap_err();
    assert_eq!(err.path, "notes[0].theme");
    assert_eq!(err.problem, Problem::MissingLink(ghost));

    let (mut board, _) = board_with(&[(Quadrant::Strengths, "a")]);
    board.notes[0].text = "  ".into();
    assert_eq!(board.validate().unwrap_err().path, "notes[0].text");
}

#[test]
fn library_lists_newest_first_and_undoes_a_delete() {
    let mut library = Library::default();
    let a = library.create("Eerste").unwrap();
    let b = library.create("Tweede").unwrap();
    library
        .board_mut(a)
        .unwrap()
        .add_note(Quadrant::Strengths, "nieuw")
        .unwrap();
    let order: Vec<Id> = library.newest_first().iter().map(|b| b.id).collect();
    assert_eq!(order[0], a);
    let (at, gone) = library.remove(b).unwrap();
    assert!(library.board(b).is_none());
    library.put_back(at, gone);
    assert!(library.board(b).is_some());
    assert_eq!(library.boards().len(), 2);
}

#[test]
fn library_add_never_replaces_a_board() {
    let mut library = Library::default();
    let a = library.create("Waterdam").unwrap();
    let same = library.board(a).unwrap().clone();
    let added = library.add(same);
    assert_ne!(added, a);
    assert_eq!(library.boards().len(), 2);
    let dup = library.duplicate(a, "Kopie van Waterdam").unwrap();
    assert_eq!(library.board(dup).unwrap().title, "Kopie van Waterdam");
    assert_eq!(
        library.duplicate(Id::new(), "x"),
        Err(BoardError::NoSuchBoard)
    );
}

#[test]
fn merging_adds_what_is_new_and_never_duplicates() {
    let (mut ours, ids) = board_with(&[(Quadrant::Strengths, "a"), (Quadrant::Threats, "t")]);
    let mut theirs = ours.clone();
    theirs
        .add_note(Quadrant::Opportunities, "nieuw uit het bestand")
        .unwrap();
    let report = ours.merge(&theirs).unwrap();
    assert_eq!(report.added_notes, 1);
    assert_eq!(report.unchanged, 2);
    assert_eq!(report.both_kept, 0);
    assert_eq!(ours.notes.len(), 3);
    // Merging the same file again adds nothing.
    let again = ours.merge(&theirs).unwrap();
    assert_eq!(again.added_notes, 0);
    assert_eq!(ours.notes.len(), 3);
    assert_eq!(ours.note(ids[0]).unwrap().text, "a");
}

#[test]
fn merging_keeps_both_texts_of_a_note_changed_on_both_sides() {
    let (mut ours, ids) = board_with(&[
        (Quadrant::Strengths, "origineel"),
        (Quadrant::Strengths, "b"),
    ]);
    let mut theirs = ours.clone();
    ours.edit_note(ids[0], "onze versie").unwrap();
    theirs.edit_note(ids[0], "hun versie").unwrap();
    let report = ours.merge(&theirs).unwrap();
    assert_eq!(report.both_kept, 1);
    assert_eq!(
        texts(&ours, Quadrant::Strengths),
        ["onze versie", "hun versie", "b"]
    );
    ours.validate().unwrap();
}

#[test]
fn a_merge_past_the_limit_changes_nothing() {
    let (mut ours, _) = board_with(&[(Quadrant::Strengths, "a")]);
    let mut theirs = Board::new("groot").unwrap();
    for i in 0..MAX_NOTES {
        theirs.add_note(Quadrant::Threats, &i.to_string()).unwrap();
    }
    let before = ours.clone();
    let err = ours.merge(&theirs).unwrap_err();
    assert_eq!(err.problem, Problem::TooMany(MAX_NOTES));
    assert_eq!(ours, before);
}

#[test]
fn merging_drops_links_to_what_neither_side_has() {
    let (mut ours, _) = board_with(&[(Quadrant::Strengths, "a")]);
    let mut theirs = Board::new("bestand").unwrap();
    let gone = Id::new();
    theirs.actions.push(Action {
        id: Id::new(),
        text: "Oefendag".into(),
        owner: Some(Id::new()),
        phase: None,
        due: None,
        status: ActionStatus::InProgress,
        links: vec![gone],
    });
    let report = ours.merge(&theirs).unwrap();
    assert_eq!(report.added_records, 1);
    assert!(ours.actions[0].links.is_empty());
    assert_eq!(ours.actions[0].owner, None);
    ours.validate().unwrap();
}

/// Applies `change` to the board through a history, as the app does.
fn changed(board: &mut Board, history: &mut History, change: impl FnOnce(&mut Board)) {
    let before = board.clone();
    change(board);
    history.record(before);
}

#[test]
fn every_kind_of_change_can_be_undone_and_redone() {
    let (mut board, ids) = board_with(&[(Quadrant::Strengths, "a"), (Quadrant::Strengths, "b")]);
    let mut history = History::default();
    let start = board.clone();
    changed(&mut board, &mut history, |b| {
        b.add_note(Quadrant::Threats, "nieuw").unwrap();
    });
    changed(&mut board, &mut history, |b| {
        b.edit_note(ids[0], "a, bewerkt").unwrap()
    });
    changed(&mut board, &mut history, |b| {
        b.move_note(ids[1], Quadrant::Opportunities, 0).unwrap()
    });
    changed(&mut board, &mut history, |b| {
        b.delete_note(ids[0]).unwrap();
    });
    changed(&mut board, &mut history, |b| {
        b.rename("Andere titel").unwrap()
    });
    let end = board.clone();

    let mut steps = 0;
    while history.undo(&mut board) {
        steps += 1;
    }
    assert_eq!(steps, 5);
    assert_eq!(board, start);
    assert!(!history.can_undo());
    while history.redo(&mut board) {}
    assert_eq!(board, end);
    assert!(!history.can_redo());
}

#[test]
fn undo_brings_back_a_deleted_note_with_its_links() {
    let (mut board, ids) =
        board_with(&[(Quadrant::Strengths, "s"), (Quadrant::Opportunities, "o")]);
    board.tows.scores.push(TowsScore {
        inside: ids[0],
        outside: ids[1],
        score: 2,
    });
    let mut history = History::default();
    changed(&mut board, &mut history, |b| {
        b.delete_note(ids[1]).unwrap();
    });
    assert!(board.tows.scores.is_empty());
    history.undo(&mut board);
    assert_eq!(board.tows.scores.len(), 1);
    assert_eq!(board.note(ids[1]).unwrap().text, "o");
    board.validate().unwrap();
}

#[test]
fn a_new_change_ends_redo_and_history_is_bounded() {
    let (mut board, _) = board_with(&[]);
    let mut history = History::default();
    changed(&mut board, &mut history, |b| {
        b.add_note(Quadrant::Strengths, "1").unwrap();
    });
    history.undo(&mut board);
    assert!(history.can_redo());
    changed(&mut board, &mut history, |b| {
        b.add_note(Quadrant::Strengths, "2").unwrap();
    });
    assert!(!history.can_redo());
    for i in 0..HISTORY_STEPS + 20 {
        changed(&mut board, &mut history, |b| {
            b.add_note(Quadrant::Threats, &i.to_string()).unwrap();
        });
    }
    let mut steps = 0;
    while history.undo(&mut board) {
        steps += 1;
    }
    assert_eq!(steps, HISTORY_STEPS);
    let before = board.clone();
    assert!(!History::default().undo(&mut board));
    assert!(!History::default().redo(&mut board));
    assert_eq!(board, before);
}

#[test]
fn every_change_moves_the_time_on_even_within_a_millisecond() {
    let (mut board, ids) = board_with(&[(Quadrant::Strengths, "a")]);
    let mut board_times = vec![board.updated_at];
    let mut note_times = vec![board.note(ids[0]).unwrap().updated_at];
    for i in 0..50 {
        board.edit_note(ids[0], &format!("versie {i}")).unwrap();
        board_times.push(board.updated_at);
        note_times.push(board.note(ids[0]).unwrap().updated_at);
    }
    assert!(board_times.windows(2).all(|w| w[0] < w[1]));
    assert!(note_times.windows(2).all(|w| w[0] < w[1]));
    // A change that changes nothing leaves the time as it was.
    let before = board.updated_at;
    board.edit_note(ids[0], "versie 49").unwrap();
    board.shift_note(ids[0], -1).unwrap();
    assert_eq!(board.updated_at, before);
}

#[test]
fn a_board_loads_only_within_the_limits_its_edits_keep() {
    let mut good = Board::new("Waterdam").unwrap();
    let note = good.add_note(Quadrant::Strengths, "Korte lijnen").unwrap();
    good.add_phases(&[("Signaleren", "")]).unwrap();
    good.add_term("signaal", "Een zorg die gedeeld wordt")
        .unwrap();
    good.validate().unwrap();
    let long_name = "x".repeat(MAX_NAME_CHARS + 1);
    type Break<'a> = Box<dyn Fn(&mut Board) + 'a>;
    let breaks: Vec<(&str, Break)> = vec![
        (
            "phases[0].name",
            Box::new(|b| b.phases[0].name = long_name.clone()),
        ),
        (
            "glossary[0].term",
            Box::new(|b| b.glossary[0].term = long_name.clone()),
        ),
        (
            "glossary[0].meaning",
            Box::new(|b| b.glossary[0].meaning = " ".into()),
        ),
        (
            "phases[0].description",
            Box::new(|b| b.phases[0].description = "x".repeat(MAX_TEXT_CHARS + 1)),
        ),
        (
            "notes[0].tags",
            Box::new(|b| b.notes[0].tags = (0..=MAX_TAGS).map(|i| i.to_string()).collect()),
        ),
        (
            "notes[0].tags[0]",
            Box::new(|b| b.notes[0].tags = vec![String::new()]),
        ),
        ("tows.top", Box::new(|b| b.tows.top = MAX_TOWS_TOP + 1)),
        ("tows.top", Box::new(|b| b.tows.top = 0)),
        ("timer.minutes", Box::new(|b| b.timer.minutes = 0)),
        (
            "voting.per_participant",
            Box::new(|b| b.voting.per_participant = 0),
        ),
        (
            "voting.cap_per_note",
            Box::new(|b| b.voting.cap_per_note = Some(4)),
        ),
        (
            "voting.voters",
            Box::new(|b| b.voting.voters = Some(MAX_VOTES + 1)),
        ),
        (
            "context.place",
            Box::new(|b| b.context.place = long_name.clone()),
        ),
        (
            "context.date",
            Box::new(|b| b.context.date = "morgen".into()),
        ),
    ];
    for (path, break_it) in breaks {
        let mut b = good.clone();
        break_it(&mut b);
        assert_eq!(
            b.validate().map_err(|e| e.path),
            Err(path.to_string()),
            "{path}"
        );
    }
    // What the edit methods refuse is what validate refuses.
    let mut b = good.clone();
    assert!(b.set_tows_top(MAX_TOWS_TOP + 1).is_err());
    assert!(b.set_timer(0, false).is_err());
    assert!(b.set_tags(note, std::slice::from_ref(&long_name)).is_err());
    assert_eq!(b, good);
}

#[test]
fn a_whole_session_round_trips_through_the_file() {
    let (mut b, n1, _, o, theme, _, action, _) = chained();
    b.set_context(ContextField::Purpose, "Samen voorkomen")
        .unwrap();
    let who = b
        .add_participant("Politie", "wijkagent", Domain::Safety)
        .unwrap();
    b.add_phases(&PHASES).unwrap();
    let phase = b.phases[3].id;
    b.set_part(who, phase, Some(Part::Leads)).unwrap();
    b.set_votes(n1, 2).unwrap();
    b.set_score(theme, o, 2).unwrap();
    b.add_term("signaal", "Een zorg").unwrap();
    b.edit_action(action, ActionField::Owner(Some(who)))
        .unwrap();
    b.edit_action(action, ActionField::Due(Some("2027-01-31".into())))
        .unwrap();
    b.set_vote_settings(4, Some(2), Some(9)).unwrap();
    b.timer.minutes = 7;
    b.timer.sound = true;
    let n = b
        .add_note(
            Quadrant::Weaknesses,
            "Toename van spanningen in de samenleving",
        )
        .unwrap();
    b.keep_here(n).unwrap();
    let json = to_json(&Envelope::new(vec![b.clone()]));
    let back = restore(json.as_bytes()).unwrap();
    assert_eq!(back.boards[0], b);
    assert_eq!(to_json(&back), json);
}
