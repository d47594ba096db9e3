use super::*;
use crate::content::{default_phases, example_board};
use crate::i18n::{EN, NL};
use crate::model::{ActionField, BoardError, Domain, Id};

const TODAY: &str = "2026-11-28";

#[test]
fn the_report_holds_every_part_of_the_session_in_order() {
    let board = example_board(Lang::Nl);
    let md = markdown(&board, Lang::Nl, TODAY);
    let order = [
        "# Voorbeeld: focusgroep Waterdam",
        "## Sessie",
        "| Jongerenwerk | jongerenwerker | Sociaal domein | 1 |",
        "## De vier kwadranten",
        "- **Rollen en timing** (5 stemmen)",
        "## Topprioriteiten",
        "## Confrontatiematrix (TOWS)",
        "| S: Sterk netwerk van professionals met gevoel van urgentie | ++ | 0 | 0 | 0 | **+2** |",
        "| Totaal | **+2** | **+2** | **−3** | **0** | |",
        "#### SO · Sterktes benutten om kansen te grijpen",
        "## Wie is aan zet in welke fase",
        "| jongerenwerker (Jongerenwerk) | Aan zet | Aan zet |  |  |",
        "## Lokaal actieplan",
        "| 1 | Ronde langs sportclubs en ouderavonden | jongerenwerker (Jongerenwerk) | Primaire preventie: samenleving als geheel | 2027-03-01 | Gepland | SO: Betrek sportclubs en ouders via het netwerk van de jongerenwerkers |",
        "## Gedeelde taal",
        "- **signaal**: Een zorg over een jongere",
        "Gemaakt met SWOT Board op 2026-11-28.",
    ];
    let mut at = 0;
    for line in order {
        let found = md[at..]
            .find(line)
            .unwrap_or_else(|| panic!("{line}\n\n{md}"));
        at += found + line.len();
    }
    let en = markdown(&example_board(Lang::En), Lang::En, TODAY);
    assert!(en.contains("## Local action plan"));
    assert!(en.contains("| No. | Action | Who acts | Phase | Due | Status | Answers |"));
}

#[test]
fn the_html_report_escapes_what_the_group_typed() {
    let mut board = Board::new("<b>Titel</b> & \"zo\"").unwrap();
    board
        .add_note(Quadrant::Strengths, "<script>alert('x')</script>")
        .unwrap();
    let a = board.add_action("<img src=x onerror=alert(1)>").unwrap();
    board
        .edit_action(a, ActionField::Due(Some("2027-01-01".into())))
        .unwrap();
    let html = html(&board, Lang::Nl, TODAY);
    assert!(!html.contains("<script>"));
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(html.contains("<h1>&lt;b&gt;Titel&lt;/b&gt; &amp; &quot;zo&quot;</h1>"));
    let md = markdown(&board, Lang::Nl, TODAY);
    assert!(md.contains("\\<script\\>alert('x')\\</script\\>"));
}

#[test]
fn the_matrix_picture_keeps_its_numbers_and_says_what_it_shows() {
    let html = html(&example_board(Lang::En), Lang::En, TODAY);
    let svg = &html[html.find("<svg").unwrap()..html.find("</svg>").unwrap()];
    assert!(svg.contains("role=\"img\""));
    assert!(svg.contains("aria-label=\"Confrontation matrix as a coloured grid"));
    assert_eq!(svg.matches(">++</text>").count(), 2);
    assert_eq!(svg.matches(">−−</text>").count(), 1);
    assert_eq!(svg.matches("<rect").count(), 16);
}

#[test]
fn the_roles_picture_marks_each_filled_cell_with_a_letter() {
    let html = html(&example_board(Lang::Nl), Lang::Nl, TODAY);
    let at = html.find("Rollen per fase als raster").unwrap();
    let svg = &html[at..at + html[at..].find("</svg>").unwrap()];
    assert_eq!(svg.matches("<rect").count(), 20, "5 roles × 4 phases");
    assert_eq!(svg.matches(">A</text>").count(), 5);
    assert_eq!(svg.matches(">B</text>").count(), 5);
}

#[test]
fn markdown_escapes_table_cells_and_line_breaks() {
    assert_eq!(
        escape_markdown("a | b\nc *d* [e](f)"),
        "a \\| b<br>c \\*d\\* \\[e\\](f)"
    );
}

#[test]
fn csv_fields_are_quoted_when_they_hold_a_separator_quote_or_line_break() {
    assert_eq!(csv_field("plain", ";"), "plain");
    assert_eq!(csv_field("a, b", ";"), "a, b");
    assert_eq!(csv_field("a, b", ","), "\"a, b\"");
    assert_eq!(csv_field("a; b", ";"), "\"a; b\"");
    assert_eq!(csv_field("zei \"ja\"", ","), "\"zei \"\"ja\"\"\"");
    assert_eq!(csv_field("regel 1\nregel 2", ","), "\"regel 1\nregel 2\"");
    assert_eq!(csv_field("cr\r", ","), "\"cr\r\"");
}

#[test]
fn the_csv_files_start_with_a_byte_order_mark_and_use_the_language_separator() {
    let mut board = Board::new("Sessie").unwrap();
    board
        .add_note(
            Quadrant::Threats,
            "Bezuinigingen; “minder” geld,\nen \"krapte\" — café",
        )
        .unwrap();
    let nl = notes_csv(&board, Lang::Nl);
    assert!(nl.starts_with('\u{feff}'));
    let lines: Vec<&str> = nl.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "Kwadrant;Tekst;Thema;Stemmen;Labels");
    assert_eq!(
        nl.trim_start_matches('\u{feff}')
            .split("\r\n")
            .nth(1)
            .unwrap(),
        "Bedreigingen;\"Bezuinigingen; “minder” geld,\nen \"\"krapte\"\" — café\";;0;"
    );
    let en = notes_csv(&board, Lang::En);
    assert!(en.contains("Quadrant,Text,Theme,Votes,Tags\r\n"));
    assert!(en.contains("Threats,\"Bezuinigingen; “minder” geld,\nen \"\"krapte\"\" — café\",,0,"));
    let actions = actions_csv(&example_board(Lang::Nl), Lang::Nl);
    assert!(actions.contains("1;Ronde langs sportclubs en ouderavonden;jongerenwerker (Jongerenwerk);Primaire preventie: samenleving als geheel;2027-03-01;Gepland;SO: Betrek sportclubs en ouders via het netwerk van de jongerenwerkers\r\n"));
}

#[test]
fn normalising_ignores_case_accents_punctuation_stop_words_plurals_and_order() {
    let same = [
        ("Sportclubs willen meedoen!", "de sportclub willen MEEDOEN"),
        ("Geen gedeelde taal", "geen gedeelde taal."),
        ("Café in de wijk", "cafe wijk"),
        ("Ideeën over één aanpak", "ideeen over een aanpak"),
        ("Polarisation on social media", "social media polarisation"),
    ];
    for (a, b) in same {
        assert_eq!(normalise(a), normalise(b), "{a} / {b}");
    }
    let different = [
        ("Geen gedeelde taal", "Een gedeelde taal"),
        ("Polarisatie onder jongeren", "Polarisatie onder ouderen"),
        ("Not enough staff", "Enough staff"),
        ("Sportclubs willen meedoen", "Sportclubs wil meedoen"),
        ("Bus", "Bu"),
    ];
    for (a, b) in different {
        assert_ne!(normalise(a), normalise(b), "{a} / {b}");
    }
    assert_eq!(normalise("  ?! "), "");
}

/// Five sessions: every one names budget cuts, three name sports clubs (one as a theme), two
/// write "no shared language" and one "a shared language" (which must stay apart).
fn five() -> Vec<Board> {
    (0..5)
        .map(|i| {
            let mut b = Board::new(&format!("Sessie {i}")).unwrap();
            b.context.place =
                ["Waterdam", "Bergdorp", "Waterdam", "Zeestad", "Heidedorp"][i].into();
            let who = b
                .add_participant(
                    "Politie",
                    "wijkagent",
                    if i < 3 {
                        Domain::Safety
                    } else {
                        Domain::Social
                    },
                )
                .unwrap();
            b.add_note(
                Quadrant::Threats,
                [
                    "Bezuinigingen",
                    "bezuinigingen!",
                    "Bezuinigingen.",
                    "BEZUINIGINGEN",
                    "De bezuinigingen",
                ][i],
            )
            .unwrap();
            if i < 2 {
                b.add_note(Quadrant::Opportunities, "Sportclubs willen meedoen")
                    .unwrap();
            }
            if i == 2 {
                let n = b.add_note(Quadrant::Opportunities, "Voetbalclub").unwrap();
                b.add_theme("sportclub willen meedoen", &[n]).unwrap();
            }
            let w = b
                .add_note(
                    Quadrant::Weaknesses,
                    if i < 2 {
                        "Geen gedeelde taal"
                    } else {
                        "Een gedeelde taal"
                    },
                )
                .unwrap();
            b.set_tags(w, &[format!("tag{}", i % 2)]).unwrap();
            b.add_phases(&default_phases(Lang::Nl)).unwrap();
            let phase = b.phases[3].id;
            b.set_part(who, phase, Some(Part::Leads)).unwrap();
            let a = b.add_action(&format!("Actie {i}")).unwrap();
            b.edit_action(a, ActionField::Owner(Some(who))).unwrap();
            if i % 2 == 0 {
                b.edit_action(a, ActionField::Phase(Some(phase))).unwrap();
            }
            b
        })
        .collect()
}

#[test]
fn recurring_themes_are_counted_by_the_sessions_that_raised_them() {
    let s = Synthesis::new(five());
    let all = Filter::default();
    let found: Vec<(String, usize, usize)> = s
        .recurring(&all)
        .into_iter()
        .map(|g| (g.label, g.sessions.len(), g.items))
        .collect();
    assert_eq!(
        found,
        [
            ("Bezuinigingen".to_string(), 5, 5),
            // Equal counts: in the order of the quadrants (W before O).
            ("Een gedeelde taal".to_string(), 3, 3),
            ("Sportclubs willen meedoen".to_string(), 3, 3),
            ("Geen gedeelde taal".to_string(), 2, 2),
        ]
    );
    let waterdam = Filter {
        place: Some("waterdam".into()),
        ..Filter::default()
    };
    assert_eq!(s.sessions(&waterdam).len(), 2);
    assert_eq!(s.recurring(&waterdam)[0].sessions.len(), 2);
    let social = Filter {
        domain: Some(Domain::Social),
        ..Filter::default()
    };
    assert_eq!(s.sessions(&social).len(), 2);
    let tagged = Filter {
        tag: Some("tag0".into()),
        ..Filter::default()
    };
    assert_eq!(s.notes(Quadrant::Weaknesses, &tagged).len(), 3);
    let one = Filter {
        session: Some(s.boards[1].id),
        ..Filter::default()
    };
    assert_eq!(s.notes(Quadrant::Threats, &one).len(), 1);
    assert!(s.recurring(&one).is_empty());
    assert_eq!(s.places(), ["Waterdam", "Bergdorp", "Zeestad", "Heidedorp"]);
    assert_eq!(s.tags(), ["tag0", "tag1"]);
}

#[test]
fn actions_are_grouped_by_phase_and_by_role_and_roles_counted_per_phase() {
    let s = Synthesis::new(five());
    let by_phase = s.actions(&Filter::default(), true);
    assert_eq!(by_phase.len(), 2);
    assert_eq!(by_phase[0].0, "Tertiaire preventie: exit en nazorg");
    assert_eq!(by_phase[0].1.len(), 3);
    assert_eq!(by_phase[1].0, "");
    let by_role = s.actions(&Filter::default(), false);
    assert_eq!(by_role.len(), 1);
    assert_eq!(by_role[0].1.len(), 5);
    let grid = s.roles(&Filter::default());
    assert_eq!(grid.roles, ["wijkagent"]);
    assert_eq!(grid.phases, ["Tertiaire preventie: exit en nazorg"]);
    assert_eq!(grid.cells, [[(5, 0)]]);
}

#[test]
fn the_synthesis_saved_as_a_board_keeps_each_note_s_source() {
    let s = Synthesis::new(five());
    let before = s.boards.clone();
    let board = s.to_board("Synthese van 5 sessies", Lang::Nl).unwrap();
    board.validate().unwrap();
    assert_eq!(board.notes.len(), 13);
    assert!(board
        .notes
        .iter()
        .all(|n| n.tags[0].starts_with("bron: Sessie ")));
    let cuts = board
        .themes
        .iter()
        .find(|t| t.name == "Bezuinigingen")
        .unwrap();
    assert_eq!(board.notes_of_theme(cuts.id).count(), 5);
    assert!(board.context.purpose.contains("Sessie 4"));
    assert_eq!(s.boards, before, "the sessions are not changed");
}

#[test]
fn the_synthesis_html_draws_bars_with_numbers_and_escapes_text() {
    let mut boards = five();
    boards[0]
        .add_note(Quadrant::Strengths, "<script>x</script>")
        .unwrap();
    boards[1]
        .add_note(Quadrant::Strengths, "<script>x</script>")
        .unwrap();
    let html = Synthesis::new(boards).html(&Filter::default(), Lang::Nl);
    assert!(!html.contains("<script>"));
    let svg = &html[html.find("<svg").unwrap()..html.find("</svg>").unwrap()];
    assert!(svg.contains("aria-label=\"Staafdiagram"));
    assert_eq!(svg.matches("<rect").count(), 5);
    assert!(svg.contains("font-weight=\"700\">5</text>"));
    assert!(html.contains("<td>Bedreigingen</td><td>Bezuinigingen</td><td>5 sessies</td>"));
    let at = html.find("aria-label=\"Raster van rollen").unwrap();
    let roles = &html[at..at + html[at..].find("</svg>").unwrap()];
    assert!(roles.contains(">A5</text>"), "{roles}");
}

#[test]
fn the_synthesis_saves_sessions_whose_title_and_notes_are_at_their_limits() {
    // A title at its limit made the tag "bron: {title}" longer than a tag may be, and a note at
    // its limit that came back in two sessions made a theme name longer than a name may be.
    let long_note = "n".repeat(crate::model::MAX_NOTE_CHARS);
    let boards: Vec<Board> = (0..2)
        .map(|i| {
            let title = format!("{i}{}", "t".repeat(crate::model::MAX_TITLE_CHARS - 1));
            let mut b = Board::new(&title).unwrap();
            b.add_note(Quadrant::Threats, &long_note).unwrap();
            b
        })
        .collect();
    let s = Synthesis::new(boards);
    let board = s.to_board("Synthese", Lang::Nl).unwrap();
    board.validate().unwrap();
    for n in &board.notes {
        assert!(n.tags[0].starts_with("bron: 0t") || n.tags[0].starts_with("bron: 1t"));
        assert_eq!(n.tags[0].chars().count(), crate::model::MAX_NAME_CHARS);
        assert!(n.tags[0].ends_with('…'));
    }
    assert_eq!(board.themes.len(), 1);
    assert_eq!(
        board.themes[0].name.chars().count(),
        crate::model::MAX_NAME_CHARS
    );
}

/// A board with every limit at its most at once: 10,000 notes of 1,000,000 votes each, 7,000 of
/// them under one theme, a title, tags and texts at their longest, and 1,000 kinds of participant
/// of 1,000 people each.
fn at_every_limit() -> Board {
    use crate::model::{MAX_NAME_CHARS, MAX_NOTES, MAX_TAGS, MAX_TITLE_CHARS, MAX_VOTES};
    let mut b = Board::new(&"T".repeat(MAX_TITLE_CHARS)).unwrap();
    let tags: Vec<String> = (0..MAX_TAGS)
        .map(|i| format!("{i:02}{}", "l".repeat(MAX_NAME_CHARS - 2)))
        .collect();
    for i in 0..MAX_NOTES {
        let q = match i {
            0..7_000 => Quadrant::Strengths,
            7_000..8_000 => Quadrant::Weaknesses,
            8_000..9_000 => Quadrant::Opportunities,
            _ => Quadrant::Threats,
        };
        let text = if i % 1_000 == 0 {
            "x".repeat(crate::model::MAX_NOTE_CHARS)
        } else {
            format!("notitie {i}")
        };
        b.add_note(q, &text).unwrap();
    }
    // Votes and tags straight into the records, as a file brings them: setting them one by one
    // through the methods would check the room's budget 10,000 times.
    for (i, n) in b.notes.iter_mut().enumerate() {
        n.votes = MAX_VOTES * MAX_VOTES;
        if i % 500 == 0 {
            n.tags = tags.clone();
        }
    }
    let strengths: Vec<Id> = b.notes[..7_000].iter().map(|n| n.id).collect();
    b.add_theme(&"N".repeat(MAX_NAME_CHARS), &strengths)
        .unwrap();
    b.set_vote_settings(MAX_VOTES, Some(MAX_VOTES), None)
        .unwrap();
    for i in 0..1_000 {
        let p = b
            .add_participant(&format!("Organisatie {i}"), "rol", Domain::Social)
            .unwrap();
        b.edit_participant(p, crate::model::ParticipantField::Count(MAX_VOTES))
            .unwrap();
    }
    b
}

#[test]
fn a_board_at_every_limit_at_once_sums_reports_and_exports_without_wrapping() {
    let board = at_every_limit();
    board.validate().unwrap();
    assert_eq!(board.votes_cast(), 10_000_000_000);
    assert_eq!(board.voters(), 1_000_000);
    assert_eq!(board.vote_budget(), Some(1_000_000_000));
    let top = &board.ranked(Quadrant::Strengths)[0];
    assert!(top.is_theme);
    assert_eq!(top.votes, 7_000_000_000);
    assert_eq!(board.ranked(Quadrant::Threats).len(), 1_000);

    assert_eq!(NL.votes(board.votes_cast()), "10.000.000.000 stemmen");
    assert_eq!(EN.votes(board.votes_cast()), "10,000,000,000 votes");
    let html = html(&board, Lang::Nl, "2026-12-04");
    assert!(
        html.contains("(7.000.000.000 stemmen)"),
        "theme sum in the report"
    );
    assert!(html.contains("(1.000.000 stemmen)"));
    let md = markdown(&board, Lang::En, "2026-12-04");
    assert!(md.contains("(7,000,000,000 votes)"));
    let csv = notes_csv(&board, Lang::Nl);
    assert_eq!(csv.matches(";1000000").count(), 10_000);

    let json = crate::file::to_json(&crate::file::Envelope::new(vec![board.clone()]));
    let back = crate::file::restore(json.as_bytes()).unwrap();
    assert_eq!(back.boards[0], board);

    let mut other = board.clone();
    other.id = Id::new();
    let two = Synthesis::new(vec![board, other]);
    assert!(two.html(&Filter::default(), Lang::Nl).contains("2 sessies"));
    assert_eq!(
        two.to_board("Synthese", Lang::Nl),
        Err(BoardError::TooManyNotes {
            max: crate::model::MAX_NOTES
        }),
        "20,000 notes do not fit one board: refused, not cut"
    );
}
