use std::collections::BTreeSet;

use super::*;
use crate::content::example_board;
use crate::i18n::Lang;
use crate::model::Quadrant;

fn example_file() -> String {
    to_json(&Envelope::new(vec![example_board(Lang::Nl)]))
}

#[test]
fn a_written_file_restores_to_the_same_boards() {
    let envelope = Envelope::new(vec![example_board(Lang::Nl), example_board(Lang::En)]);
    let back = restore(to_json(&envelope).as_bytes()).unwrap();
    assert_eq!(back, envelope);
    let back = restore(to_stored_json(&envelope).as_bytes()).unwrap();
    assert_eq!(back, envelope);
}

#[test]
fn writing_twice_gives_the_same_bytes() {
    let board = example_board(Lang::Nl);
    let envelope = Envelope::new(vec![board.clone()]);
    std::thread::sleep(std::time::Duration::from_millis(5));
    assert_eq!(to_json(&envelope), to_json(&Envelope::new(vec![board])));
    let again = restore(to_json(&envelope).as_bytes()).unwrap();
    assert_eq!(to_json(&again), to_json(&envelope));
}

#[test]
fn the_version_1_fixture_is_read_forever() {
    let fixture = include_str!("../../tests/fixtures/v1-waterdam.swot.json");
    let envelope = restore(fixture.as_bytes()).unwrap();
    // Read as the current version: the 1 → 2 step only changes the number.
    assert_eq!(envelope.version, FORMAT_VERSION);
    assert!(envelope.boards[0].notes.iter().all(|n| !n.keep_here));
    let board = &envelope.boards[0];
    assert_eq!(board.title, "Focusgroep Waterdam, 20 november");
    assert_eq!(board.notes_in(Quadrant::Strengths).count(), 3);
    assert_eq!(board.notes_in(Quadrant::Threats).count(), 2);
    assert!(board.notes.iter().any(|n| n.text.contains("café 🎉")));
}

#[test]
fn unknown_fields_from_a_newer_writer_are_kept() {
    let mut value: Value = serde_json::from_str(&example_file()).unwrap();
    value["boards"][0]["mood"] = Value::from("hopeful");
    value["boards"][0]["notes"][0]["colour"] = Value::from("yellow");
    value["future"] = Value::from(true);
    let envelope = restore(value.to_string().as_bytes()).unwrap();
    let again: Value = serde_json::from_str(&to_json(&envelope)).unwrap();
    assert_eq!(again["boards"][0]["mood"], "hopeful");
    assert_eq!(again["boards"][0]["notes"][0]["colour"], "yellow");
    assert_eq!(again["future"], true);
}

#[test]
fn the_known_fields_are_the_fields_the_types_write() {
    // What a type writes it must read, or a field would come back twice (once as unknown).
    let mut board = example_board(Lang::Nl);
    let theme = crate::model::Id::new();
    board.themes.push(crate::model::Theme {
        id: theme,
        quadrant: Quadrant::Strengths,
        name: "Netwerk".into(),
    });
    let note = &mut board.notes[0];
    note.theme = Some(theme);
    note.tags.push("sociaal domein".into());
    note.votes = 2;
    note.keep_here = true;
    let value = serde_json::to_value(Envelope::new(vec![board])).unwrap();
    let keys = |v: &Value| -> BTreeSet<String> { v.as_object().unwrap().keys().cloned().collect() };
    let known =
        |list: &[&str]| -> BTreeSet<String> { list.iter().map(|s| s.to_string()).collect() };
    assert_eq!(keys(&value), known(fields_of::<Envelope>()));
    let board_fields = known(fields_of::<Board>());
    assert!(keys(&value["boards"][0]).is_subset(&board_fields));
    assert!(board_fields.contains("notes") && board_fields.contains("actions"));
    let note = &value["boards"][0]["notes"][0];
    assert_eq!(keys(note), known(fields_of::<crate::model::Note>()));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let file = format!("\u{feff}{}", example_file());
    assert!(restore(file.as_bytes()).is_ok());
}

fn err(input: &str) -> RestoreError {
    restore(input.as_bytes()).unwrap_err()
}

#[test]
fn bad_input_gets_its_own_error() {
    assert_eq!(err(""), RestoreError::Empty);
    assert_eq!(err("  \n"), RestoreError::Empty);
    assert_eq!(err("hallo"), RestoreError::NotJson { line: 1, column: 1 });
    let file = example_file();
    assert_eq!(err(&file[..file.len() / 2]), RestoreError::Truncated);
    assert_eq!(
        err(r#"{"name": "package", "version": "1.0.0"}"#),
        RestoreError::NotOurs
    );
    assert_eq!(err("[1, 2]"), RestoreError::NotOurs);
    assert_eq!(
        err(r#"{"kind": "excalidraw", "version": 2}"#),
        RestoreError::WrongKind("excalidraw".into())
    );
    assert_eq!(
        err(r#"{"kind": "swot-board", "version": 3, "boards": []}"#),
        RestoreError::TooNew {
            found: 3,
            supported: FORMAT_VERSION
        }
    );
    assert_eq!(
        err(r#"{"kind": "swot-board", "version": "1"}"#),
        RestoreError::BadVersion
    );
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(err(&deep), RestoreError::TooDeep);
    assert_eq!(
        restore(b"{\"kind\": \"swot-board\xff\"}").unwrap_err(),
        RestoreError::NotText { at: 20 }
    );
}

#[test]
fn a_wrong_field_is_named_by_its_path() {
    let file = example_file().replacen("\"strengths\"", "\"strenght\"", 1);
    match err(&file) {
        RestoreError::Field { path, problem } => {
            assert_eq!(path, "boards[0].notes[0].quadrant");
            let FieldProblem::UnknownValue { value, allowed } = problem else {
                panic!("{problem:?}");
            };
            assert_eq!(value, "strenght");
            assert_eq!(
                allowed,
                ["strengths", "weaknesses", "opportunities", "threats"]
            );
        }
        other => panic!("{other:?}"),
    }
    let mut value: Value = serde_json::from_str(&example_file()).unwrap();
    value["boards"][0]["notes"][2]
        .as_object_mut()
        .unwrap()
        .remove("text");
    match err(&value.to_string()) {
        RestoreError::Field { path, problem } => {
            assert_eq!(path, "boards[0].notes[2]");
            assert_eq!(problem, FieldProblem::Missing("text".into()));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_path_is_right_on_one_long_line_with_accents_and_emoji_before_it() {
    let mut value: Value = serde_json::from_str(&example_file()).unwrap();
    value["boards"][0]["notes"][0]["text"] = Value::from("één café ☕ — “quotes” \\ \"");
    value["boards"][0]["notes"][5]["quadrant"] = Value::from("kansen");
    let compact = value.to_string();
    assert_eq!(compact.lines().count(), 1);
    match err(&compact) {
        RestoreError::Field { path, problem } => {
            assert_eq!(path, "boards[0].notes[5].quadrant");
            assert!(
                matches!(&problem, FieldProblem::UnknownValue { value, .. } if value == "kansen"),
                "{problem:?}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn broken_rules_are_refused_with_their_path() {
    let mut value: Value = serde_json::from_str(&example_file()).unwrap();
    let first = value["boards"][0]["notes"][0]["id"].clone();
    value["boards"][0]["notes"][4]["id"] = first;
    let e = err(&value.to_string());
    assert!(
        e.to_string().starts_with("boards[0].notes[4].id: id "),
        "{e}"
    );
    let mut value: Value = serde_json::from_str(&example_file()).unwrap();
    value["boards"] = Value::Array(vec![]);
    assert_eq!(err(&value.to_string()), RestoreError::NoBoards);
}

#[test]
fn html_in_text_is_kept_as_text() {
    let mut board = example_board(Lang::En);
    board
        .add_note(
            Quadrant::Threats,
            "<img src=x onerror=alert(1)><script>alert(2)</script>",
        )
        .unwrap();
    let back = restore(to_json(&Envelope::new(vec![board.clone()])).as_bytes()).unwrap();
    assert_eq!(back.boards[0], board);
}

#[test]
fn file_names_are_safe_everywhere() {
    assert_eq!(
        file_name("Focusgroep Eindhoven, 20 november", "2026-11-20"),
        "Focusgroep-Eindhoven-20-november-2026-11-20.swot.json"
    );
    assert_eq!(
        file_name("Café ‘De Kroon’: ronde 2/3", "2026-11-20"),
        "Café-De-Kroon-ronde-2-3-2026-11-20.swot.json"
    );
    assert_eq!(file_name("../../etc/passwd", "d"), "etc-passwd-d.swot.json");
    assert_eq!(file_name("<>:\"/\\|?*", "d"), "swot-board-d.swot.json");
    assert_eq!(file_name(".hidden", "d"), "hidden-d.swot.json");
    let long = file_name(&"a".repeat(500), "d");
    assert!(long.len() < 100, "{long}");
}

#[test]
fn every_bad_file_of_the_corpus_gives_its_own_clear_error() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let manifest = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
    let mut checked = 0;
    for line in manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let [file, kind, phrase]: [&str; 3] = line
            .split('\t')
            .collect::<Vec<_>>()
            .try_into()
            .unwrap_or_else(|_| panic!("bad manifest line {line:?}"));
        let bytes = std::fs::read(dir.join(file)).unwrap();
        let error = restore(&bytes).expect_err(file);
        assert!(
            format!("{error:?}").starts_with(kind),
            "{file}: expected {kind}, got {error:?}"
        );
        let message = crate::i18n::NL.restore_error(&error);
        assert!(
            message.contains(phrase),
            "{file}: {message:?} lacks {phrase:?}"
        );
        checked += 1;
    }
    let files = std::fs::read_dir(&dir).unwrap().count() - 1;
    assert_eq!(
        checked, files,
        "every file in the corpus is listed in expected.txt"
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn quadrant() -> impl Strategy<Value = Quadrant> {
        prop::sample::select(Quadrant::ALL.to_vec())
    }

    /// Any text a scribe might type: letters of any script, emoji, quotes, markup, new lines.
    fn note_text() -> impl Strategy<Value = String> {
        "[\\PC\n\"<>&\u{1F600}-\u{1F64F}]{1,80}".prop_filter("not blank", |t| !t.trim().is_empty())
    }

    #[derive(Clone, Debug)]
    enum Step {
        Add(Quadrant, String),
        Edit(usize, String),
        Move(usize, Quadrant, usize),
        Delete(usize),
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            3 => (quadrant(), note_text()).prop_map(|(q, t)| Step::Add(q, t)),
            1 => (any::<usize>(), note_text()).prop_map(|(i, t)| Step::Edit(i, t)),
            2 => (any::<usize>(), quadrant(), 0usize..20).prop_map(|(i, q, at)| Step::Move(i, q, at)),
            1 => any::<usize>().prop_map(Step::Delete),
        ]
    }

    fn board_from(title: &str, steps: &[Step]) -> Board {
        let mut board = Board::new(title).unwrap();
        for step in steps {
            let pick =
                |i: &usize, b: &Board| (!b.notes.is_empty()).then(|| b.notes[i % b.notes.len()].id);
            match step {
                Step::Add(q, t) => {
                    board.add_note(*q, t).unwrap();
                }
                Step::Edit(i, t) => {
                    if let Some(id) = pick(i, &board) {
                        board.edit_note(id, t).unwrap();
                    }
                }
                Step::Move(i, q, at) => {
                    if let Some(id) = pick(i, &board) {
                        board.move_note(id, *q, *at).unwrap();
                    }
                }
                Step::Delete(i) => {
                    if let Some(id) = pick(i, &board) {
                        board.delete_note(id).unwrap();
                    }
                }
            }
        }
        board
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn export_then_import_gives_the_same_board(
            title in note_text(),
            steps in prop::collection::vec(step(), 0..40),
        ) {
            let board = board_from(&title, &steps);
            prop_assert!(board.validate().is_ok());
            let text = to_json(&Envelope::new(vec![board.clone()]));
            let back = restore(text.as_bytes()).unwrap();
            prop_assert_eq!(&back.boards[0], &board);
            prop_assert_eq!(to_json(&back), text);
        }

        #[test]
        fn restore_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            let _ = restore(&bytes);
        }

        #[test]
        fn restore_never_panics_on_a_mangled_file(cut in 0usize..3000, byte in any::<u8>()) {
            let mut file = example_file().into_bytes();
            let at = cut % file.len();
            file[at] = byte;
            let _ = restore(&file);
            let _ = restore(&file[..at]);
        }
    }
}

#[test]
fn the_version_2_fixture_is_read_forever() {
    let fixture = include_str!("../../tests/fixtures/v2-waterdam.swot.json");
    let envelope = restore(fixture.as_bytes()).unwrap();
    assert_eq!(envelope.version, 2);
    let board = &envelope.boards[0];
    assert_eq!(board.title, "Focusgroep Waterdam, 27 november");
    assert_eq!(board.themes.len(), 1);
    assert_eq!(board.votes_cast(), 15);
    assert_eq!(board.voting.cap_per_note, Some(2));
    assert_eq!(board.tows.scores.len(), 4);
    assert_eq!(board.strategies.len(), 2);
    assert_eq!(board.phases.len(), 4);
    assert_eq!(board.roles.len(), 10);
    assert_eq!(board.glossary.len(), 1);
    assert_eq!(board.actions.len(), 2);
    assert_eq!(board.timer.minutes, 8);
    assert!(board.notes[3].keep_here);
    // Read and written again, the file is the same to the byte.
    assert_eq!(to_json(&envelope), fixture);
}

#[test]
fn a_field_of_the_wrong_kind_says_which_kind_it_takes() {
    let wrong = |field: &str, value: Value| {
        let mut file: Value = serde_json::from_str(&example_file()).unwrap();
        file["boards"][0][field] = value;
        match err(&file.to_string()) {
            RestoreError::Field { path, problem } => (path, problem),
            other => panic!("{other:?}"),
        }
    };
    let expects = |expected| FieldProblem::WrongType { expected };
    assert_eq!(
        wrong("title", Value::from(42)),
        ("boards[0].title".into(), expects(Kind::Text))
    );
    assert_eq!(wrong("notes", Value::from("x")).1, expects(Kind::List));
    assert_eq!(
        wrong("example", Value::from("ja")).1,
        expects(Kind::TrueFalse)
    );
    assert_eq!(wrong("context", Value::from(1)).1, expects(Kind::Object));
    let mut file: Value = serde_json::from_str(&example_file()).unwrap();
    file["boards"][0]["tows"]["top"] = Value::from("drie");
    let RestoreError::Field { problem, .. } = err(&file.to_string()) else {
        panic!()
    };
    assert_eq!(problem, expects(Kind::WholeNumber));
    // The file as a whole: no path.
    let RestoreError::Field { path, problem } =
        err(r#"{"kind": "swot-board", "version": 2, "saved_at": "2026-12-02T10:00:00Z"}"#)
    else {
        panic!()
    };
    assert_eq!(
        (path.as_str(), problem),
        ("", FieldProblem::Missing("boards".into()))
    );
}

#[test]
fn serde_messages_are_read_into_problems_with_no_english_left() {
    use FieldProblem::*;
    assert_eq!(
        FieldProblem::from_serde("duplicate field `text` at line 3 column 9"),
        Duplicate("text".into())
    );
    assert_eq!(
        FieldProblem::from_serde("invalid type: floating point `1.5`, expected u32"),
        WrongType {
            expected: Kind::WholeNumber
        }
    );
    assert_eq!(
        FieldProblem::from_serde("invalid value: string \"x\", expected an RFC 3339 moment"),
        WrongType {
            expected: Kind::Other
        }
    );
}
