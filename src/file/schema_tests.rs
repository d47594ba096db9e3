//! The published JSON Schema, `docs/swot-board.schema.json`: generated from the types, with what
//! the app refuses beyond them that a schema can say too, and checked by boon, a validator that
//! owes nothing to schemars or to this app, against the files the app writes and those it refuses.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use super::*;
use crate::content::example_board;
use crate::i18n::Lang;
use crate::model::limits::{
    Range, TextRule, MAX_NOTES, MAX_NOTE_CHARS, MAX_TAGS, MAX_TITLE_CHARS, MAX_VOTES, NAME,
    NOTE_VOTES, OPTIONAL_NAME, OPTIONAL_TEXT, PEOPLE, ROUND_MINUTES, TEXT, TOWS_TOP, VOTES,
};

/// A session file as the schema describes it: the plain envelope, or one locked with a
/// passphrase.
#[derive(schemars::JsonSchema)]
#[schemars(untagged)]
#[allow(dead_code)]
enum SessionFile {
    Plain(Envelope),
    Locked(super::locked_tests::LockedSchema),
}

/// What `restore` and `Board::validate` refuse beyond the types, where a schema can say it: the
/// envelope's kind, the versions the app reads, at least one board, and the limits of
/// `model::limits`. What a schema cannot say stays with `validate` alone: ids unique across the
/// records of a board, links to records that exist (of the right quadrant), a cap of votes up to
/// the votes per participant, a due date that is a day of the calendar, a text of only spaces.
fn constrain(schema: &mut Value) {
    let text = |rule: TextRule| {
        let mut keywords = json!({ "maxLength": rule.max });
        if rule.required {
            keywords["minLength"] = json!(1);
        }
        keywords
    };
    let range = |range: Range| json!({ "minimum": range.min, "maximum": range.max });
    let mut tag = text(NAME);
    tag["type"] = json!("string");
    let date = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    let rules = [
        ("Envelope", "kind", json!({ "const": KIND })),
        (
            "Envelope",
            "version",
            json!({ "minimum": 1, "maximum": FORMAT_VERSION }),
        ),
        ("Envelope", "boards", json!({ "minItems": 1 })),
        (
            "Board",
            "title",
            text(TextRule {
                max: MAX_TITLE_CHARS,
                required: true,
            }),
        ),
        ("Board", "notes", json!({ "maxItems": MAX_NOTES })),
        (
            "Note",
            "text",
            text(TextRule {
                max: MAX_NOTE_CHARS,
                required: true,
            }),
        ),
        (
            "Note",
            "tags",
            json!({ "maxItems": MAX_TAGS, "items": tag }),
        ),
        ("Note", "votes", range(NOTE_VOTES)),
        ("SessionContext", "place", text(OPTIONAL_NAME)),
        ("SessionContext", "facilitator", text(OPTIONAL_NAME)),
        ("SessionContext", "purpose", text(OPTIONAL_TEXT)),
        (
            "SessionContext",
            "date",
            json!({ "pattern": format!("^({date})?$") }),
        ),
        ("Participant", "organisation", text(OPTIONAL_NAME)),
        ("Participant", "role", text(OPTIONAL_NAME)),
        ("Participant", "count", range(PEOPLE)),
        ("Theme", "name", text(NAME)),
        ("Strategy", "text", text(TEXT)),
        ("Phase", "name", text(NAME)),
        ("Phase", "description", text(OPTIONAL_TEXT)),
        ("Term", "term", text(NAME)),
        ("Term", "meaning", text(TEXT)),
        ("Action", "text", text(TEXT)),
        (
            "Action",
            "due",
            json!({ "pattern": format!("^{date}$"), "format": "date" }),
        ),
        ("VoteSettings", "per_participant", range(VOTES)),
        // At most the votes per participant, which a schema cannot compare with.
        (
            "VoteSettings",
            "cap_per_note",
            json!({ "minimum": 1, "maximum": MAX_VOTES }),
        ),
        ("VoteSettings", "voters", range(VOTES)),
        ("Tows", "top", range(TOWS_TOP)),
        // From −− to ++, as `Board::set_score` takes it.
        ("TowsScore", "score", json!({ "minimum": -2, "maximum": 2 })),
        ("TimerSettings", "minutes", range(ROUND_MINUTES)),
    ];
    for (definition, field, keywords) in rules {
        let pointer = format!("/$defs/{definition}/properties/{field}");
        let Some(Value::Object(property)) = schema.pointer_mut(&pointer) else {
            panic!("the schema has no {definition}.{field}");
        };
        if let Value::Object(keywords) = keywords {
            property.extend(keywords);
        }
    }
}

fn schema_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/swot-board.schema.json")
}

/// The schema as the types and `constrain` give it.
fn generated_schema() -> Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(SessionFile)).unwrap();
    constrain(&mut schema);
    schema["title"] = Value::from(format!(
        "SWOT Board session file, format versions 1 to {FORMAT_VERSION}, plain or locked with a passphrase"
    ));
    schema
}

/// The committed JSON Schema is the one the types and `constrain` give. After a deliberate
/// change of the format, regenerate it with `UPDATE_SCHEMA=1 cargo test schema` and describe the
/// change in docs/file-format.md.
#[test]
fn the_committed_schema_matches_the_types() {
    let text = format!(
        "{}\n",
        serde_json::to_string_pretty(&generated_schema()).unwrap()
    );
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(schema_path(), &text).unwrap();
    }
    let committed = std::fs::read_to_string(schema_path()).unwrap_or_default();
    assert!(
        committed == text,
        "docs/swot-board.schema.json differs from the types; run UPDATE_SCHEMA=1 cargo test schema"
    );
}

/// The schema, compiled by boon: the one generated, which the test above finds the same as the
/// committed one (so that `UPDATE_SCHEMA=1` need not race the tests that read it).
struct Validator {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Validator {
    fn new() -> Self {
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        let path = schema_path().to_string_lossy().into_owned();
        compiler
            .add_resource(&path, generated_schema())
            .unwrap_or_else(|e| panic!("{e:#}"));
        let index = compiler
            .compile(&path, &mut schemas)
            .unwrap_or_else(|e| panic!("{e:#}"));
        Validator { schemas, index }
    }

    /// Why the schema refuses the file, if it does.
    fn check(&self, file: &Value) -> Result<(), String> {
        self.schemas
            .validate(file, self.index)
            .map_err(|e| e.to_string())
    }
}

fn fixtures(dir: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

fn example_file() -> Value {
    let boards = vec![example_board(Lang::Nl), example_board(Lang::En)];
    serde_json::from_str(&to_json(&Envelope::new(boards))).unwrap()
}

#[test]
fn the_files_the_app_writes_are_valid() {
    let validator = Validator::new();
    let mut versions = Vec::new();
    for (name, text) in fixtures("tests/fixtures") {
        restore(text.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let file: Value = serde_json::from_str(&text).unwrap();
        versions.push(file["version"].as_u64().unwrap());
        validator
            .check(&file)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    versions.sort();
    let all: Vec<u64> = (1..=u64::from(FORMAT_VERSION)).collect();
    assert_eq!(versions, all, "a fixture of every version the app reads");
    let locked = fixtures("tests/fixtures/locked");
    assert_eq!(locked.len(), 2);
    for (name, text) in locked {
        let file: Value = serde_json::from_str(&text).unwrap();
        validator
            .check(&file)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    validator
        .check(&example_file())
        .unwrap_or_else(|e| panic!("the example boards: {e}"));
}

#[test]
fn an_envelope_the_app_refuses_the_schema_refuses() {
    let validator = Validator::new();
    let changes: [(&str, Option<Value>); 10] = [
        ("kind", Some(json!("excalidraw"))),
        ("kind", Some(json!("swot-board-locked"))),
        ("kind", Some(json!(1))),
        ("kind", None),
        ("version", Some(json!(0))),
        ("version", Some(json!(FORMAT_VERSION + 1))),
        ("version", Some(json!("2"))),
        ("version", Some(json!(1.5))),
        ("version", None),
        ("boards", Some(json!([]))),
    ];
    for (field, value) in changes {
        let mut file = example_file();
        match &value {
            Some(value) => file[field] = value.clone(),
            None => drop(file.as_object_mut().unwrap().remove(field)),
        }
        let what = format!("{field}: {value:?}");
        assert!(restore(file.to_string().as_bytes()).is_err(), "{what}");
        assert!(
            validator.check(&file).is_err(),
            "{what}: the schema takes it"
        );
    }
}

/// Bad files that are not JSON a parser returns, so no validator is given them.
const NOT_JSON: [&str; 5] = [
    "empty.swot.json",
    "not-json.swot.json",
    "truncated.swot.json",
    "invalid-utf8.swot.json",
    "deeply-nested.swot.json",
];

/// Bad files the app refuses for a reason JSON Schema cannot express.
const BEYOND_A_SCHEMA: [(&str, &str); 3] = [
    (
        "duplicate-ids.swot.json",
        "ids unique across the records of a board",
    ),
    ("missing-link.swot.json", "a link to a record that exists"),
    (
        "duplicate-field.swot.json",
        "a field named twice: the parsed object a validator sees has it once",
    ),
];

#[test]
fn the_bad_files_are_refused_by_the_schema_where_a_schema_can_say_why() {
    let validator = Validator::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let manifest = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
    let listed: Vec<&str> = manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| l.split('\t').next())
        .collect();
    let beyond: Vec<&str> = BEYOND_A_SCHEMA.iter().map(|(file, _)| *file).collect();
    for file in NOT_JSON.iter().chain(&beyond) {
        assert!(listed.contains(file), "{file} is not in the corpus");
    }
    for file in listed {
        let bytes = std::fs::read(dir.join(file)).unwrap();
        let parsed = serde_json::from_slice::<Value>(&bytes);
        if NOT_JSON.contains(&file) {
            assert!(parsed.is_err(), "{file} is JSON");
            continue;
        }
        let checked = validator.check(&parsed.unwrap());
        if beyond.contains(&file) {
            assert!(checked.is_ok(), "{file} is refused by the schema now");
        } else {
            assert!(checked.is_err(), "{file}: the schema takes it");
        }
    }
}

/// Sets the value at a JSON pointer, adding the field if it is not there.
fn set(file: &mut Value, pointer: &str, value: Value) {
    let (parent, field) = pointer.rsplit_once('/').unwrap();
    match file.pointer_mut(parent).unwrap() {
        Value::Object(object) => drop(object.insert(field.into(), value)),
        other => other[field.parse::<usize>().unwrap()] = value,
    }
}

/// Values at a limit the app takes, and values past it that the app refuses.
type Edges = (Vec<Value>, Vec<Value>);

/// At each limit the app keeps, the schema takes what the app takes and refuses what it
/// refuses, one past the limit on either side.
#[test]
fn at_the_limits_the_schema_agrees_with_the_app() {
    let validator = Validator::new();
    let chars = |n: usize| json!("é".repeat(n));
    let name = || (vec![chars(200), json!("")], vec![chars(201)]);
    let required_name = || (vec![chars(200)], vec![json!(""), chars(201)]);
    let text = || (vec![chars(2000), json!("")], vec![chars(2001)]);
    let required_text = || (vec![chars(2000)], vec![json!(""), chars(2001)]);
    let numbers = |ok: &[i64], bad: &[i64]| {
        let all = |list: &[i64]| list.iter().map(|n| json!(n)).collect();
        (all(ok), all(bad))
    };
    let tags =
        |n: usize, each: usize| json!((0..n).map(|i| format!("{i:é>each$}")).collect::<Vec<_>>());
    let cases: Vec<(&str, Edges)> = vec![
        ("/boards/0/title", required_name()),
        ("/boards/0/notes/0/text", required_text()),
        (
            "/boards/0/notes/0/tags",
            (
                vec![tags(MAX_TAGS, 200)],
                vec![tags(MAX_TAGS + 1, 1), tags(1, 201), json!([""])],
            ),
        ),
        (
            "/boards/0/notes/0/votes",
            numbers(&[1_000_000], &[1_000_001]),
        ),
        ("/boards/0/context/place", name()),
        ("/boards/0/context/facilitator", name()),
        ("/boards/0/context/purpose", text()),
        (
            "/boards/0/context/date",
            (
                vec![json!(""), json!("2026-02-28")],
                vec![json!("27 november"), json!("2026-11-7")],
            ),
        ),
        ("/boards/0/context/participants/0/organisation", name()),
        ("/boards/0/context/participants/0/role", name()),
        (
            "/boards/0/context/participants/0/count",
            numbers(&[1, 1000], &[0, 1001]),
        ),
        ("/boards/0/themes/0/name", required_name()),
        ("/boards/0/strategies/0/text", required_text()),
        ("/boards/0/phases/0/name", required_name()),
        ("/boards/0/phases/0/description", text()),
        ("/boards/0/glossary/0/term", required_name()),
        ("/boards/0/glossary/0/meaning", required_text()),
        ("/boards/0/actions/0/text", required_text()),
        (
            "/boards/0/actions/0/due",
            (
                vec![json!(null), json!("2028-02-29")],
                vec![json!("1 maart"), json!("2027-3-1")],
            ),
        ),
        (
            "/boards/0/voting/per_participant",
            numbers(&[2, 1000], &[0, 1001]),
        ),
        (
            "/boards/0/voting/cap_per_note",
            numbers(&[1, 2], &[0, 1001]),
        ),
        ("/boards/0/voting/voters", numbers(&[1, 1000], &[0, 1001])),
        ("/boards/0/tows/top", numbers(&[1, 10], &[0, 11])),
        ("/boards/0/tows/scores/0/score", numbers(&[-2, 2], &[-3, 3])),
        ("/boards/0/timer/minutes", numbers(&[1, 180], &[0, 181])),
        (
            "/version",
            numbers(
                &[1, FORMAT_VERSION.into()],
                &[0, (FORMAT_VERSION + 1).into()],
            ),
        ),
    ];
    let fixture: Value =
        serde_json::from_str(include_str!("../../tests/fixtures/v2-waterdam.swot.json")).unwrap();
    for (pointer, (accepted, refused)) in cases {
        for (value, takes) in accepted
            .into_iter()
            .map(|v| (v, true))
            .chain(refused.into_iter().map(|v| (v, false)))
        {
            let mut file = fixture.clone();
            set(&mut file, pointer, value.clone());
            let shown = value.to_string().chars().take(30).collect::<String>();
            let app = restore(file.to_string().as_bytes());
            assert_eq!(app.is_ok(), takes, "{pointer} = {shown}: the app");
            let schema = validator.check(&file);
            assert_eq!(schema.is_ok(), takes, "{pointer} = {shown}: {schema:?}");
        }
    }
}
