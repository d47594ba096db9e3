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
    let envelope = Envelope::new(vec![example_board(Lang::Nl)]);
    assert_eq!(to_json(&envelope), to_json(&envelope));
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
