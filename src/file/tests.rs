use super::*;
use crate::i18n::Lang;
use crate::model::{example_board, Quadrant};

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
    assert_eq!(envelope.version, 1);
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
        RestoreError::Field { path, message } => {
            assert_eq!(path, "boards[0].notes[0].quadrant");
            assert!(message.contains("strenght"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    let mut value: Value = serde_json::from_str(&example_file()).unwrap();
    value["boards"][0]["notes"][2]
        .as_object_mut()
        .unwrap()
        .remove("text");
    match err(&value.to_string()) {
        RestoreError::Field { path, message } => {
            assert_eq!(path, "boards[0].notes[2]");
            assert!(message.contains("text"), "{message}");
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
