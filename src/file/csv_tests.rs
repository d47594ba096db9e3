//! Tests of reading a CSV of notes: the app's own export read back in both languages, what
//! spreadsheets write, and every bad file with its own error and no board.

use super::*;
use crate::content::csv_words;
use crate::i18n::Lang;
use crate::model::{BoardError, Field, Id, Quadrant, MAX_NOTES, MAX_TAGS};
use crate::report::notes_csv;

fn read(text: &str) -> Result<Board, CsvError> {
    read_notes_csv(text.as_bytes(), "Uit Excel", &csv_words())
}

/// What a CSV carries of each note, quadrant by quadrant in order: quadrant, text, theme name,
/// tags, votes.
type Seen = (Quadrant, String, Option<String>, Vec<String>, u32);

fn seen(board: &Board) -> Vec<Seen> {
    Quadrant::ALL
        .into_iter()
        .flat_map(|q| board.notes_in(q))
        .map(|n| {
            (
                n.quadrant,
                n.text.clone(),
                n.theme.and_then(|t| board.theme(t)).map(|t| t.name.clone()),
                n.tags.clone(),
                n.votes,
            )
        })
        .collect()
}

/// A board such as a session leaves: every quadrant, two themes, tags, votes, and texts that
/// need quoting in either language.
fn session_board() -> Board {
    let mut board = Board::new("Focusgroep Waterdam, 27 november").unwrap();
    let s1 = board
        .add_note(
            Quadrant::Strengths,
            "Korte lijnen tussen wijkteam en politie",
        )
        .unwrap();
    let s2 = board
        .add_note(
            Quadrant::Strengths,
            "Jongerenwerk kent de \"hangplekken\"; al jaren",
        )
        .unwrap();
    board
        .add_note(
            Quadrant::Strengths,
            "Sleutelfiguren, zoals de imam, doen mee",
        )
        .unwrap();
    let w1 = board
        .add_note(
            Quadrant::Weaknesses,
            "Signalen blijven hangen\nbij één partner",
        )
        .unwrap();
    board
        .add_note(
            Quadrant::Opportunities,
            "Nieuwe subsidie voor preventie (2027)",
        )
        .unwrap();
    let t1 = board
        .add_note(Quadrant::Threats, "Polarisatie via sociale media")
        .unwrap();
    let t2 = board
        .add_note(Quadrant::Threats, "Wachtlijsten in de jeugdzorg")
        .unwrap();
    board.add_theme("Netwerk", &[s1, s2]).unwrap();
    board.add_theme("Netwerk", &[t1, t2]).unwrap();
    board
        .set_tags(s1, &["sociaal domein".into(), "veiligheid".into()])
        .unwrap();
    board.set_tags(w1, &["école; café".into()]).unwrap();
    board.set_votes(s1, 4).unwrap();
    board.set_votes(t2, 7).unwrap();
    board
}

#[test]
fn the_notes_export_reads_back_in_both_languages() {
    let board = session_board();
    for lang in Lang::ALL {
        let csv = notes_csv(&board, lang);
        let back = read(&csv).unwrap_or_else(|e| panic!("{lang:?}: {e}"));
        assert_eq!(seen(&back), seen(&board), "{lang:?}");
        assert_eq!(back.title, "Uit Excel");
        back.validate().unwrap();
        // One theme "Netwerk" in strengths and one in threats, as on the board.
        assert_eq!(back.themes.len(), 2);
        let s = back.notes_in(Quadrant::Strengths).collect::<Vec<_>>();
        assert_eq!(s[0].theme, s[1].theme);
        assert!(s[0].theme.is_some() && s[2].theme.is_none());
        let t = back.notes_in(Quadrant::Threats).collect::<Vec<_>>();
        assert_eq!(t[0].theme, t[1].theme);
        assert_ne!(s[0].theme, t[0].theme);
    }
}

#[test]
fn quoting_keeps_separators_quotes_and_line_breaks_inside_fields() {
    let csv = "Kwadrant;Tekst;Thema\r\n\
               Krachten;\"Een; twee\";\"Thema \"\"A\"\"\"\r\n\
               Zwaktes;\"Eerste regel\r\ntweede regel\";\r\n\
               Kansen;\"Komma, blijft\";\r\n\
               Bedreigingen;  \"spaties voor de quote\"  ;\r\n";
    let board = read(csv).unwrap();
    let texts: Vec<&str> = board.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Een; twee",
            "Eerste regel\ntweede regel",
            "Komma, blijft",
            "spaties voor de quote"
        ]
    );
    assert_eq!(board.themes[0].name, "Thema \"A\"");
}

#[test]
fn both_separators_a_tab_with_and_without_byte_order_mark_crlf_and_lf() {
    let expected = vec![
        (Quadrant::Strengths, "Vertrouwen".to_string()),
        (Quadrant::Threats, "Bezuinigingen".to_string()),
    ];
    for separator in [";", ",", "\t"] {
        for bom in ["", "\u{feff}"] {
            for end in ["\r\n", "\n"] {
                let csv = format!(
                    "{bom}Kwadrant{separator}Tekst{end}Krachten{separator}Vertrouwen{end}Bedreigingen{separator}Bezuinigingen{end}"
                );
                let board = read(&csv).unwrap_or_else(|e| panic!("{csv:?}: {e}"));
                let got: Vec<(Quadrant, String)> = board
                    .notes
                    .iter()
                    .map(|n| (n.quadrant, n.text.clone()))
                    .collect();
                assert_eq!(got, expected, "{csv:?}");
            }
        }
    }
    // No line end after the last row, and a lone CR as old Macs wrote it.
    assert_eq!(read("Tekst,Kwadrant\rA,S\rB,T").unwrap().notes.len(), 2);
}

#[test]
fn a_two_column_csv_imports_with_names_letters_and_singulars_in_any_case() {
    let board =
        read("Tekst;Kwadrant\nGoede sfeer;krachten\nWeinig tijd;ZWAKTE\nSubsidie;Kans\n").unwrap();
    let quadrants: Vec<Quadrant> = board.notes.iter().map(|n| n.quadrant).collect();
    use Quadrant::*;
    assert_eq!(quadrants, [Strengths, Weaknesses, Opportunities]);

    let board =
        read("text,quadrant\nTrust,S\nNo budget,w\nNew law,O\nRumours online,t\nKeep,Threat\n")
            .unwrap();
    let quadrants: Vec<Quadrant> = board.notes.iter().map(|n| n.quadrant).collect();
    assert_eq!(
        quadrants,
        [Strengths, Weaknesses, Opportunities, Threats, Threats]
    );
    assert!(board.themes.is_empty());
    assert!(board
        .notes
        .iter()
        .all(|n| n.votes == 0 && n.tags.is_empty()));

    // Headings trimmed, in any order, extra columns ignored, English quadrants in a Dutch file.
    let board =
        read(" Nr. ; Labels ;TEKST; Kwadrant ;Opmerking\n1;a, b ,,a;Iets;Opportunities;x\n")
            .unwrap();
    assert_eq!(board.notes[0].text, "Iets");
    assert_eq!(board.notes[0].quadrant, Opportunities);
    assert_eq!(board.notes[0].tags, ["a", "b"]);
}

#[test]
fn notes_keep_their_order_per_quadrant_and_themes_are_shared_within_a_quadrant() {
    let csv = "Kwadrant;Tekst;Thema\n\
               Kansen;K1;Geld\n\
               Krachten;S1;Geld\n\
               Kansen;K2;\n\
               Kansen;K3;Geld\n";
    let board = read(csv).unwrap();
    let k: Vec<&str> = board
        .notes_in(Quadrant::Opportunities)
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(k, ["K1", "K2", "K3"]);
    // "Geld" in two quadrants is two themes; K1 and K3 share one.
    assert_eq!(board.themes.len(), 2);
    let theme = |text: &str| board.notes.iter().find(|n| n.text == text).unwrap().theme;
    assert_eq!(theme("K1"), theme("K3"));
    assert_ne!(theme("K1"), theme("S1"));
    assert_eq!(theme("K2"), None);
}

#[test]
fn empty_rows_are_skipped_and_short_rows_read_as_empty_cells() {
    let csv = "\r\n;;\r\nKwadrant;Tekst;Stemmen;Labels\r\n;;;\r\nKrachten;Iets\r\n\r\n ; ; ; \r\n";
    let board = read(csv).unwrap();
    assert_eq!(board.notes.len(), 1);
    assert_eq!(board.notes[0].votes, 0);
}

#[test]
fn windows_1252_from_excel_is_read_with_its_accents() {
    // "Kwadrant;Tekst\r\nKrachten;Café ‘De Kroon’ – één plek\r\n" as Excel writes it on Windows.
    let mut bytes =
        b"Kwadrant;Tekst\r\nKrachten;Caf\xe9 \x91De Kroon\x92 \x96 \xe9\xe9n plek\r\n".to_vec();
    let board = read_notes_csv(&bytes, "t", &csv_words()).unwrap();
    assert_eq!(board.notes[0].text, "Café ‘De Kroon’ – één plek");
    // A workbook (.xlsx is a zip) or UTF-16 holds bytes no text holds.
    bytes.extend_from_slice(b"PK\x03\x04");
    assert_eq!(
        read_notes_csv(&bytes, "t", &csv_words()).unwrap_err(),
        CsvError::NotText {
            at: bytes.len() - 2
        }
    );
}

fn err(text: &str) -> CsvError {
    read(text).unwrap_err()
}

#[test]
fn each_bad_file_gives_its_own_error_with_its_line() {
    assert_eq!(err(""), CsvError::Empty);
    assert_eq!(err("\u{feff} \r\n"), CsvError::Empty);
    assert_eq!(
        err("Krachten;Goede sfeer\nZwaktes;Weinig tijd\n"),
        CsvError::NoHeading
    );
    assert_eq!(
        err("Kwadrant;Thema\nKrachten;x\n"),
        CsvError::MissingColumn(Column::Text)
    );
    assert_eq!(
        err("Text,Votes\nx,1\n"),
        CsvError::MissingColumn(Column::Quadrant)
    );
    assert_eq!(err("Kwadrant;Tekst\r\n"), CsvError::NoNotes);
    assert_eq!(
        err("Kwadrant;Tekst\r\nKrachten;a\r\n\"Zwaktes\";\"open\r\nnooit dicht\r\n"),
        CsvError::UnclosedQuote { line: 3 }
    );
    assert_eq!(
        err("Kwadrant;Tekst;Thema\nKrachten;a;\nKansen;  ;Geld\n"),
        CsvError::NoText { line: 3 }
    );
    assert_eq!(
        err("Kwadrant;Tekst\nKrachten;a\n;b\n"),
        CsvError::NoQuadrant { line: 3 }
    );
    // The line counts the lines of a field that spans them.
    assert_eq!(
        err("Kwadrant;Tekst\nKrachten;\"a\nb\nc\"\nSterk;d\n"),
        CsvError::UnknownQuadrant {
            line: 5,
            value: "Sterk".into()
        }
    );
    assert_eq!(
        err("Kwadrant;Tekst;Stemmen\nKrachten;a;3\nKansen;b;drie\n"),
        CsvError::BadVotes {
            line: 3,
            value: "drie".into()
        }
    );
    assert_eq!(
        err("Kwadrant;Tekst;Stemmen\nKrachten;a;-1\n"),
        CsvError::BadVotes {
            line: 2,
            value: "-1".into()
        }
    );
    assert_eq!(
        read_notes_csv(b"Kwadrant;Tekst\nKrachten;a\n", "  ", &csv_words()).unwrap_err(),
        CsvError::Title(BoardError::EmptyTitle)
    );
}

#[test]
fn every_limit_of_the_board_applies_as_in_the_app() {
    let long = "x".repeat(2_001);
    assert_eq!(
        err(&format!("Kwadrant;Tekst\nKrachten;ok\nKansen;{long}\n")),
        CsvError::Refused {
            line: 3,
            column: Column::Text,
            error: BoardError::NoteTooLong { max: 2_000 }
        }
    );
    let long = "t".repeat(201);
    assert_eq!(
        err(&format!("Kwadrant;Tekst;Thema\nKrachten;ok;{long}\n")),
        CsvError::Refused {
            line: 2,
            column: Column::Theme,
            error: BoardError::TextTooLong {
                field: Field::ThemeName,
                max: 200
            }
        }
    );
    let tags: Vec<String> = (0..=MAX_TAGS).map(|i| format!("tag{i}")).collect();
    assert_eq!(
        err(&format!(
            "Kwadrant;Tekst;Labels\nKrachten;ok;{}\n",
            tags.join(",")
        )),
        CsvError::Refused {
            line: 2,
            column: Column::Tags,
            error: BoardError::OutOfRange {
                field: Field::Tags,
                min: 0,
                max: MAX_TAGS as i64
            }
        }
    );
    assert_eq!(
        err("Kwadrant;Tekst;Stemmen\nKrachten;ok;1000001\n"),
        CsvError::Refused {
            line: 2,
            column: Column::Votes,
            error: BoardError::OutOfRange {
                field: Field::Tally,
                min: 0,
                max: 1_000_000
            }
        }
    );
    let mut csv = String::from("Kwadrant;Tekst\n");
    for i in 0..=MAX_NOTES {
        csv.push_str(&format!("Kansen;notitie {i}\n"));
    }
    assert_eq!(
        err(&csv),
        CsvError::TooManyNotes {
            line: MAX_NOTES + 2,
            max: MAX_NOTES
        }
    );
    // One fewer reads.
    let cut = csv.trim_end().rfind('\n').unwrap();
    assert_eq!(read(&csv[..cut]).unwrap().notes.len(), MAX_NOTES);
}

#[test]
fn a_file_larger_than_the_limit_is_refused_before_it_is_read() {
    let bytes = vec![b'a'; MAX_FILE_BYTES + 1];
    assert_eq!(
        read_notes_csv(&bytes, "t", &csv_words()).unwrap_err(),
        CsvError::TooLarge {
            bytes: MAX_FILE_BYTES + 1,
            max: MAX_FILE_BYTES
        }
    );
}

#[test]
fn the_words_hold_every_heading_and_quadrant_name_the_export_writes() {
    let words = csv_words();
    for lang in Lang::ALL {
        let t = lang.texts();
        for column in Column::ALL {
            assert!(words.headings[column as usize].contains(&t.column(column)));
        }
        for q in Quadrant::ALL {
            assert!(words.quadrants[q.index()].contains(&t.quadrant(q).name));
        }
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// A text a scribe might type, with the CSV's own signs in it; never blank, and trimmed, as
    /// the board keeps it.
    fn text(max: usize) -> impl Strategy<Value = String> {
        proptest::string::string_regex(&format!("[\\PC\n;,\"'é€]{{1,{max}}}"))
            .unwrap()
            .prop_map(|t| t.trim().to_string())
            .prop_filter("not blank", |t| !t.is_empty())
    }

    /// A note to make: quadrant, text, which of three themes (if any), tags, votes.
    type Planned = (Quadrant, String, Option<usize>, Vec<String>, u32);

    prop_compose! {
        fn note()(
            quadrant in prop::sample::select(Quadrant::ALL.to_vec()),
            text in text(60),
            theme in prop::option::of(0usize..3),
            // Tags are joined by ", " in the file, so a tag holds no comma.
            tags in prop::collection::vec(text(12).prop_map(|t| t.replace(',', " ").trim().to_string()), 0..3),
            votes in 0u32..50,
        ) -> Planned {
            (quadrant, text, theme, tags, votes)
        }
    }

    fn board_of(notes: &[Planned]) -> Board {
        let mut board = Board::new("Eigenschap").unwrap();
        let mut themes: Vec<(Quadrant, usize, Id)> = Vec::new();
        for (quadrant, text, theme, tags, votes) in notes {
            let id = board.add_note(*quadrant, text).unwrap();
            board.set_tags(id, tags).unwrap();
            board.set_votes(id, *votes).unwrap();
            if let Some(theme) = theme {
                match themes.iter().find(|(q, t, _)| q == quadrant && t == theme) {
                    Some((_, _, th)) => board.set_theme(id, Some(*th)).unwrap(),
                    None => {
                        // Names unique per quadrant: two themes of one name would read as one.
                        let th = board.add_theme(&format!("Thema {theme}"), &[id]).unwrap();
                        themes.push((*quadrant, *theme, th));
                    }
                }
            }
        }
        board
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn any_boards_notes_csv_reads_back_to_the_same_notes(
            notes in prop::collection::vec(note(), 1..25),
            lang in prop::sample::select(Lang::ALL.to_vec()),
        ) {
            let board = board_of(&notes);
            let back = read(&notes_csv(&board, lang)).unwrap();
            prop_assert_eq!(seen(&back), seen(&board));
        }

        #[test]
        fn reading_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
            let _ = read_notes_csv(&bytes, "t", &csv_words());
        }

        #[test]
        fn reading_never_panics_on_csv_like_text(text in "[\"\r\n;,a-zA-Z ]{0,200}") {
            let _ = read(&format!("Kwadrant;Tekst\n{text}"));
        }
    }
}
