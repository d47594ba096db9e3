//! Tests of the facilitation steps: context, themes, votes, matrix, strategies, phases and roles,
//! glossary, action plan, the chain, the quadrant check, and undo of each kind of change.

use super::*;
use crate::file::{restore, to_json, Envelope};

/// Phases as the content module gives them to a new board.
const PHASES: [(&str, &str); 4] = [
    (
        "Primaire preventie: voedingsbodem",
        "De samenleving als geheel.",
    ),
    (
        "Primaire preventie: kwetsbare groepen",
        "Kwetsbare groepen.",
    ),
    ("Secundaire preventie: maatwerk", "Maatwerk."),
    ("Tertiaire preventie: exit en nazorg", "Exit en nazorg."),
];

fn board() -> Board {
    Board::new("Focusgroep").unwrap()
}

/// A board with two notes in each quadrant.
fn filled() -> (Board, [[Id; 2]; 4]) {
    let mut b = board();
    let mut ids = [[Id::new(); 2]; 4];
    for q in Quadrant::ALL {
        for (i, slot) in ids[q.index()].iter_mut().enumerate() {
            *slot = b.add_note(q, &format!("{} {}", q.key(), i + 1)).unwrap();
        }
    }
    (b, ids)
}

#[test]
fn context_fields_are_trimmed_and_a_date_must_be_a_day() {
    let mut b = board();
    b.set_context(ContextField::Place, "  Waterdam ").unwrap();
    assert_eq!(b.context.place, "Waterdam");
    b.set_context(ContextField::Date, "2026-11-20").unwrap();
    assert_eq!(
        b.set_context(ContextField::Date, "2026-02-30"),
        Err(BoardError::BadDate)
    );
    assert_eq!(b.context.date, "2026-11-20");
    b.set_context(ContextField::Date, "").unwrap();
    assert_eq!(b.context.date, "");
    assert!(is_date("2024-02-29"));
    assert!(!is_date("2023-02-29"));
    assert!(!is_date("2026-13-01"));
    assert!(!is_date("26-11-20"));
}

#[test]
fn participants_need_an_organisation_or_a_role_and_count_voters() {
    let mut b = board();
    assert_eq!(
        b.add_participant(" ", "", Domain::Social),
        Err(BoardError::EmptyText)
    );
    let youth = b
        .add_participant("Jongerenwerk", "jongerenwerker", Domain::Social)
        .unwrap();
    let police = b.add_participant("Politie", "", Domain::Safety).unwrap();
    b.edit_participant(youth, ParticipantField::Count(3))
        .unwrap();
    assert_eq!(
        b.edit_participant(police, ParticipantField::Count(0)),
        Err(BoardError::OutOfRange { min: 1, max: 1000 })
    );
    // Organisation or role, never neither; a refused field changes nothing.
    assert_eq!(
        b.edit_participant(police, ParticipantField::Organisation(" ".into())),
        Err(BoardError::EmptyText)
    );
    b.edit_participant(police, ParticipantField::Role("wijkagent".into()))
        .unwrap();
    b.edit_participant(police, ParticipantField::Organisation(String::new()))
        .unwrap();
    b.edit_participant(police, ParticipantField::Domain(Domain::Safety))
        .unwrap();
    assert_eq!(b.participant(police).unwrap().organisation, "");
    assert_eq!(b.voters(), 4);
    assert_eq!(b.participant_label(youth), "jongerenwerker (Jongerenwerk)");
    assert_eq!(b.participant_label(police), "wijkagent");
}

#[test]
fn a_theme_groups_notes_of_one_quadrant_and_can_be_renamed_and_ungrouped() {
    let (mut b, ids) = filled();
    let [s1, s2] = ids[0];
    let w1 = ids[1][0];
    assert_eq!(
        b.add_theme("Netwerk", &[s1, w1]),
        Err(BoardError::OtherQuadrant)
    );
    assert_eq!(b.add_theme(" ", &[s1]), Err(BoardError::EmptyText));
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
fn a_voter_casts_no_more_than_their_votes_and_the_cap() {
    let (mut b, ids) = filled();
    let [s1, s2] = ids[0];
    b.set_vote_settings(3, Some(2), Some(2)).unwrap();
    assert_eq!(b.vote_budget(), Some(6));
    let mut round = VoteRound::default();
    b.cast_vote(&mut round, s1).unwrap();
    b.cast_vote(&mut round, s1).unwrap();
    assert_eq!(
        b.cast_vote(&mut round, s1),
        Err(BoardError::CapReached { cap: 2 })
    );
    b.cast_vote(&mut round, s2).unwrap();
    assert_eq!(b.cast_vote(&mut round, s2), Err(BoardError::NoVotesLeft));
    assert_eq!(round.used(), 3);
    b.take_back_vote(&mut round, s2).unwrap();
    assert_eq!(round.used(), 2);
    assert_eq!(
        b.take_back_vote(&mut round, s2),
        Err(BoardError::NoSuchNote)
    );
    assert_eq!(b.note(s1).unwrap().votes, 2);
    assert_eq!(b.votes_cast(), 2);
}

#[test]
fn the_room_casts_no_more_votes_than_it_has() {
    let (mut b, ids) = filled();
    let s1 = ids[0][0];
    b.set_vote_settings(2, None, Some(2)).unwrap();
    let mut first = VoteRound::default();
    b.cast_vote(&mut first, s1).unwrap();
    b.cast_vote(&mut first, s1).unwrap();
    let mut second = VoteRound::default();
    b.cast_vote(&mut second, s1).unwrap();
    b.cast_vote(&mut second, ids[1][0]).unwrap();
    let mut third = VoteRound::default();
    assert_eq!(
        b.cast_vote(&mut third, s1),
        Err(BoardError::OverBudget { budget: 4 })
    );
    assert_eq!(b.votes_cast(), 4);
}

#[test]
fn scribe_tallies_stay_within_the_room_and_reset_clears_them() {
    let (mut b, ids) = filled();
    b.set_vote_settings(3, None, Some(4)).unwrap();
    b.set_votes(ids[0][0], 7).unwrap();
    b.set_votes(ids[2][1], 5).unwrap();
    assert_eq!(
        b.set_votes(ids[3][0], 1),
        Err(BoardError::OverBudget { budget: 12 })
    );
    // Lowering a tally is always possible.
    b.set_votes(ids[0][0], 6).unwrap();
    b.set_votes(ids[3][0], 1).unwrap();
    assert_eq!(b.votes_cast(), 12);
    b.reset_votes().unwrap();
    assert_eq!(b.votes_cast(), 0);
    // With no voters known there is no room budget.
    b.set_vote_settings(3, None, None).unwrap();
    assert_eq!(b.vote_budget(), None);
    b.set_votes(ids[0][0], 99).unwrap();
}

#[test]
fn vote_settings_are_checked() {
    let mut b = board();
    assert!(b.set_vote_settings(0, None, None).is_err());
    assert!(b.set_vote_settings(3, Some(4), None).is_err());
    assert!(b.set_vote_settings(3, None, Some(0)).is_err());
    b.set_vote_settings(5, Some(5), None).unwrap();
    assert_eq!(b.voting.cap_per_note, Some(5));
}

#[test]
fn ranking_counts_a_theme_by_its_notes_and_keeps_ties_in_board_order() {
    let (mut b, ids) = filled();
    let [s1, s2] = ids[0];
    let s3 = b.add_note(Quadrant::Strengths, "strengths 3").unwrap();
    b.set_votes(s1, 1).unwrap();
    b.set_votes(s2, 1).unwrap();
    b.set_votes(s3, 3).unwrap();
    let ranked = b.ranked(Quadrant::Strengths);
    assert_eq!(
        ranked.iter().map(|i| i.id).collect::<Vec<_>>(),
        [s3, s1, s2]
    );
    let theme = b.add_theme("Netwerk", &[s1, s2]).unwrap();
    b.set_votes(s2, 3).unwrap();
    let ranked = b.ranked(Quadrant::Strengths);
    assert_eq!(ranked[0].id, theme);
    assert!(ranked[0].is_theme);
    assert_eq!(ranked[0].votes, 4);
    assert_eq!(ranked[1].id, s3);
}

#[test]
fn the_matrix_takes_the_top_items_and_sums_rows_and_columns() {
    let (mut b, ids) = filled();
    b.set_tows_top(1).unwrap();
    b.set_votes(ids[0][1], 2).unwrap();
    let m = b.matrix();
    assert_eq!(
        m.rows.iter().map(|i| i.id).collect::<Vec<_>>(),
        [ids[0][1], ids[1][0]]
    );
    assert_eq!(
        m.columns.iter().map(|i| i.id).collect::<Vec<_>>(),
        [ids[2][0], ids[3][0]]
    );
    b.set_tows_top(2).unwrap();
    let [s_top, s_other] = [ids[0][1], ids[0][0]];
    let [o1, o2] = ids[2];
    let t1 = ids[3][0];
    b.set_score(s_top, o1, 2).unwrap();
    b.set_score(s_top, t1, -1).unwrap();
    b.set_score(s_other, o1, 1).unwrap();
    b.set_score(s_other, o2, -2).unwrap();
    let m = b.matrix();
    assert_eq!(m.rows.len(), 4);
    assert_eq!(m.columns.len(), 4);
    assert_eq!(m.cells[0], [2, 0, -1, 0]);
    assert_eq!(m.row_totals, [1, -1, 0, 0]);
    assert_eq!(m.column_totals, [3, -2, -1, 0]);
    assert_eq!(m.strongest(2), [(0, 0, 2), (1, 1, -2)]);
    // 0 clears a cell; a score joins inside with outside only, within −2..=2.
    b.set_score(s_other, o2, 0).unwrap();
    assert_eq!(b.tows.scores.len(), 3);
    assert_eq!(
        b.set_score(s_top, o1, 3),
        Err(BoardError::OutOfRange { min: -2, max: 2 })
    );
    assert_eq!(b.set_score(o1, s_top, 1), Err(BoardError::OtherQuadrant));
    assert!(b.set_tows_top(0).is_err());
    assert!(b.set_tows_top(11).is_err());
}

#[test]
fn strategy_kinds_follow_the_quadrants_they_join() {
    use Quadrant::*;
    assert_eq!(
        StrategyKind::of(Strengths, Opportunities),
        Some(StrategyKind::So)
    );
    assert_eq!(StrategyKind::of(Strengths, Threats), Some(StrategyKind::St));
    assert_eq!(
        StrategyKind::of(Weaknesses, Opportunities),
        Some(StrategyKind::Wo)
    );
    assert_eq!(
        StrategyKind::of(Weaknesses, Threats),
        Some(StrategyKind::Wt)
    );
    assert_eq!(StrategyKind::of(Opportunities, Strengths), None);
}

/// A board with the whole chain: two notes under a theme, a strategy from the theme and an
/// opportunity, an action answering the strategy, and an action answering a loose note.
fn chained() -> (Board, Id, Id, Id, Id, Id, Id, Id) {
    let mut b = board();
    let n1 = b.add_note(Quadrant::Strengths, "Korte lijnen").unwrap();
    let n2 = b.add_note(Quadrant::Strengths, "Kennen elkaar").unwrap();
    let o = b
        .add_note(Quadrant::Opportunities, "Sportclubs doen mee")
        .unwrap();
    let theme = b.add_theme("Netwerk", &[n1, n2]).unwrap();
    let strategy = b
        .add_strategy(
            StrategyKind::So,
            "Netwerk met sportclubs",
            &[theme, o, theme],
        )
        .unwrap();
    let action = b.add_action("Ronde langs sportclubs").unwrap();
    b.link_action(action, strategy, true).unwrap();
    let loose = b.add_note(Quadrant::Threats, "Verloop").unwrap();
    let other = b.add_action("Kennisbank").unwrap();
    b.link_action(other, loose, true).unwrap();
    (b, n1, n2, o, theme, strategy, action, other)
}

#[test]
fn strategies_link_their_sources_once_and_only_to_what_exists() {
    let (mut b, _, _, o, theme, strategy, ..) = chained();
    assert_eq!(b.strategy(strategy).unwrap().sources, [theme, o]);
    assert_eq!(
        b.add_strategy(StrategyKind::Wt, "x", &[Id::new()]),
        Err(BoardError::NoSuchItem)
    );
    assert_eq!(
        b.add_strategy(StrategyKind::Wt, "  ", &[]),
        Err(BoardError::EmptyText)
    );
    b.edit_strategy(strategy, "Netwerk met sportclubs en ouders")
        .unwrap();
    b.validate().unwrap();
}

#[test]
fn the_chain_is_followed_both_ways() {
    let (b, n1, n2, o, theme, strategy, action, other) = chained();
    let from_note = b.chain(n1);
    assert_eq!(from_note.notes, [n1]);
    assert_eq!(from_note.themes, [theme]);
    assert_eq!(from_note.strategies, [strategy]);
    assert_eq!(from_note.actions, [action]);
    let from_action = b.chain(action);
    assert_eq!(from_action.strategies, [strategy]);
    assert_eq!(from_action.themes, [theme]);
    assert_eq!(from_action.notes, [n1, n2, o]);
    assert_eq!(from_action.actions, [action]);
    let from_strategy = b.chain(strategy);
    assert_eq!(from_strategy.actions, [action]);
    assert_eq!(from_strategy.notes, [n1, n2, o]);
    assert!(!b.chain(other).is_empty());
    assert_eq!(b.chain(Id::new()), Chain::default());
    let mut lonely = board();
    let n = lonely.add_note(Quadrant::Strengths, "alleen").unwrap();
    assert!(lonely.chain(n).is_empty());
}

#[test]
fn links_survive_deletes_of_what_they_point_to() {
    let (mut b, n1, _, o, theme, strategy, action, other) = chained();
    let youth = b
        .add_participant("Jongerenwerk", "", Domain::Social)
        .unwrap();
    let phase = b.add_phase("Primair", "").unwrap();
    b.edit_action(action, ActionField::Owner(Some(youth)))
        .unwrap();
    b.edit_action(action, ActionField::Phase(Some(phase)))
        .unwrap();
    b.set_part(youth, phase, Some(Part::Leads)).unwrap();
    b.set_score(n1, o, 2).unwrap();

    b.ungroup(theme).unwrap();
    assert_eq!(b.strategy(strategy).unwrap().sources, [o]);
    b.delete_note(o).unwrap();
    assert!(b.strategy(strategy).unwrap().sources.is_empty());
    assert!(b.tows.scores.is_empty());
    b.delete_strategy(strategy).unwrap();
    assert!(b.action(action).unwrap().links.is_empty());
    b.remove_participant(youth).unwrap();
    assert_eq!(b.action(action).unwrap().owner, None);
    assert!(b.roles.is_empty());
    b.delete_phase(phase).unwrap();
    assert_eq!(b.action(action).unwrap().phase, None);
    let loose = b.action(other).unwrap().links[0];
    b.delete_note(loose).unwrap();
    assert!(b.action(other).unwrap().links.is_empty());
    b.validate().unwrap();
}

#[test]
fn phases_are_added_as_given_and_can_be_edited() {
    let mut b = board();
    b.add_phases(&PHASES).unwrap();
    assert_eq!(b.phases.len(), 4);
    assert!(b.phases[0].name.starts_with("Primaire preventie"));
    assert!(b.phases[3].description.contains("nazorg"));
    let last = b.phases[3].id;
    b.shift_phase(last, -1).unwrap();
    assert_eq!(b.phases[2].id, last);
    b.shift_phase(b.phases[0].id, -1).unwrap();
    b.edit_phase(last, PhaseField::Name("Exit".into())).unwrap();
    b.edit_phase(last, PhaseField::Description("Nazorg".into()))
        .unwrap();
    assert_eq!(
        (b.phases[2].name.as_str(), b.phases[2].description.as_str()),
        ("Exit", "Nazorg")
    );
    assert_eq!(
        b.edit_phase(last, PhaseField::Name(" ".into())),
        Err(BoardError::EmptyText)
    );
    b.edit_phase(last, PhaseField::Description(String::new()))
        .unwrap();
    let extra = b.add_phase("Repressie", "").unwrap();
    b.delete_phase(extra).unwrap();
    assert_eq!(b.phases.len(), 4);
}

#[test]
fn roles_mark_who_leads_and_who_contributes() {
    let mut b = board();
    b.add_phases(&PHASES).unwrap();
    let police = b
        .add_participant("Police", "officer", Domain::Safety)
        .unwrap();
    let first = b.phases[0].id;
    let last = b.phases[3].id;
    b.set_part(police, last, Some(Part::Leads)).unwrap();
    b.set_part(police, first, Some(Part::Contributes)).unwrap();
    b.set_part(police, first, Some(Part::Leads)).unwrap();
    assert_eq!(b.roles.len(), 2);
    assert_eq!(b.part(police, first), Some(Part::Leads));
    b.set_part(police, first, None).unwrap();
    assert_eq!(b.part(police, first), None);
    assert_eq!(
        b.set_part(Id::new(), first, Some(Part::Leads)),
        Err(BoardError::NoSuchItem)
    );
}

#[test]
fn terms_are_found_in_notes_as_whole_words_in_any_case() {
    let mut b = board();
    let signal = b.add_term("signaal", "Een zorg die iemand deelt").unwrap();
    b.add_term("radicalisering", "Proces naar extreme ideeën")
        .unwrap();
    b.add_term("buurtcafé", "Ontmoetingsplek in de wijk")
        .unwrap();
    let found = |b: &Board, text: &str| -> Vec<String> {
        b.terms_in(text).iter().map(|t| t.term.clone()).collect()
    };
    assert_eq!(found(&b, "Elk Signaal telt"), ["signaal"]);
    assert!(found(&b, "signalen en signaalwaarde").is_empty());
    assert_eq!(
        found(&b, "Het BUURTCAFÉ, geen radicalisering."),
        ["radicalisering", "buurtcafé"]
    );
    b.edit_term(signal, TermField::Meaning("Een zorg, gedeeld".into()))
        .unwrap();
    assert_eq!(
        b.edit_term(signal, TermField::Term(String::new())),
        Err(BoardError::EmptyText)
    );
    assert_eq!(b.glossary[0].meaning, "Een zorg, gedeeld");
    b.add_note(Quadrant::Threats, "Signaal van de school, geen signalen")
        .unwrap();
    b.add_note(Quadrant::Strengths, "Het buurtcafé").unwrap();
    b.add_note(Quadrant::Strengths, "Een signaal in het buurtcafé")
        .unwrap();
    // One pass over the notes counts what a search per term finds.
    let uses = b.term_uses();
    assert_eq!(uses, [2, 0, 2]);
    for (term, used) in b.glossary.iter().zip(uses) {
        let by_search = b
            .notes
            .iter()
            .filter(|n| b.terms_in(&n.text).iter().any(|t| t.id == term.id))
            .count();
        assert_eq!(used, by_search, "{}", term.term);
    }
    assert_eq!(b.add_term("x", " "), Err(BoardError::EmptyText));
    b.delete_term(signal).unwrap();
    assert!(found(&b, "signaal").is_empty());
}

#[test]
fn actions_have_an_owner_phase_due_date_and_status() {
    let mut b = board();
    let who = b
        .add_participant("Gemeente", "OOV", Domain::Safety)
        .unwrap();
    b.add_phases(&PHASES).unwrap();
    let phase = b.phases[1].id;
    let a = b.add_action("Casusoverleg opzetten").unwrap();
    b.edit_action(a, ActionField::Owner(Some(who))).unwrap();
    b.edit_action(a, ActionField::Phase(Some(phase))).unwrap();
    b.edit_action(a, ActionField::Due(Some("2027-03-01".into())))
        .unwrap();
    b.edit_action(a, ActionField::Status(ActionStatus::InProgress))
        .unwrap();
    assert_eq!(
        b.edit_action(a, ActionField::Due(Some("1 maart".into()))),
        Err(BoardError::BadDate)
    );
    assert_eq!(
        b.edit_action(a, ActionField::Owner(Some(Id::new()))),
        Err(BoardError::NoSuchItem)
    );
    let action = b.action(a).unwrap();
    assert_eq!(action.owner, Some(who));
    assert_eq!(action.due.as_deref(), Some("2027-03-01"));
    assert_eq!(action.status, ActionStatus::InProgress);
    b.edit_action(a, ActionField::Due(Some(" ".into())))
        .unwrap();
    assert_eq!(b.action(a).unwrap().due, None);
    let second = b.add_action("Training samen oefenen").unwrap();
    b.shift_action(second, -1).unwrap();
    assert_eq!(b.actions[0].id, second);
    assert_eq!(
        b.link_action(a, Id::new(), true),
        Err(BoardError::NoSuchItem)
    );
    b.delete_action(a).unwrap();
    assert_eq!(b.actions.len(), 1);
    b.validate().unwrap();
}

#[test]
fn every_kind_of_change_can_be_undone_and_redone() {
    type Change = Box<dyn Fn(&mut Board)>;
    let (b, n1, _, o, theme, strategy, action, _) = chained();
    let changes: Vec<(&str, Change)> = vec![
        (
            "context",
            Box::new(|b| b.set_context(ContextField::Place, "Waterdam").unwrap()),
        ),
        (
            "participant",
            Box::new(|b| {
                b.add_participant("Politie", "wijkagent", Domain::Safety)
                    .unwrap();
            }),
        ),
        (
            "theme",
            Box::new(move |b| b.rename_theme(theme, "Sterk netwerk").unwrap()),
        ),
        ("ungroup", Box::new(move |b| b.ungroup(theme).unwrap())),
        (
            "tags",
            Box::new(move |b| b.set_tags(n1, &["sociaal".into()]).unwrap()),
        ),
        ("votes", Box::new(move |b| b.set_votes(n1, 3).unwrap())),
        (
            "vote settings",
            Box::new(|b| b.set_vote_settings(5, None, None).unwrap()),
        ),
        (
            "score",
            Box::new(move |b| b.set_score(theme, o, 2).unwrap()),
        ),
        (
            "strategy",
            Box::new(move |b| b.edit_strategy(strategy, "Anders").unwrap()),
        ),
        (
            "delete strategy",
            Box::new(move |b| b.delete_strategy(strategy).unwrap()),
        ),
        ("phases", Box::new(|b| b.add_phases(&PHASES).unwrap())),
        (
            "term",
            Box::new(|b| {
                b.add_term("signaal", "Een zorg").unwrap();
            }),
        ),
        (
            "action",
            Box::new(move |b| {
                b.edit_action(action, ActionField::Status(ActionStatus::Done))
                    .unwrap()
            }),
        ),
        (
            "delete action",
            Box::new(move |b| b.delete_action(action).unwrap()),
        ),
        (
            "delete note",
            Box::new(move |b| {
                b.delete_note(n1).unwrap();
            }),
        ),
        ("keep here", Box::new(move |b| b.keep_here(n1).unwrap())),
    ];
    for (name, change) in changes {
        let mut board = b.clone();
        let mut history = History::default();
        let before = board.clone();
        change(&mut board);
        assert_ne!(board, before, "{name} changed nothing");
        assert!(board.updated_at > before.updated_at, "{name} did not touch");
        let after = board.clone();
        history.record(before.clone());
        assert!(history.undo(&mut board));
        assert_eq!(board, before, "undo of {name}");
        assert!(history.redo(&mut board));
        assert_eq!(board, after, "redo of {name}");
    }
}

#[test]
fn a_change_that_changes_nothing_is_not_a_step() {
    let (mut b, n1, _, _, theme, ..) = chained();
    let before = b.clone();
    b.rename_theme(theme, "Netwerk").unwrap();
    b.set_theme(n1, Some(theme)).unwrap();
    b.set_vote_settings(3, None, None).unwrap();
    b.set_tows_top(3).unwrap();
    b.reset_votes().unwrap();
    assert_eq!(b, before);
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
fn case_is_folded_for_the_latin_letters_of_dutch_and_english() {
    use super::text::fold_case;
    assert_eq!(
        fold_case("ÉÉN Café ÀÖØÞ Ÿ ĲSSEL Łódź"),
        "één café àöøþ ÿ ĳssel łódź"
    );
    for c in ('\u{0}'..='\u{17f}').filter(|c| c.is_uppercase()) {
        let folded = fold_case(&c.to_string());
        let full = c.to_lowercase().to_string();
        // İ (dotted capital I) lowers to two characters in Unicode; it is left as it is.
        if full.chars().count() == 1 {
            assert_eq!(folded, full, "{c}");
        }
    }
}

#[test]
fn phases_are_added_all_or_none() {
    let mut b = board();
    assert_eq!(
        b.add_phases(&[("Signaleren", ""), ("", "zonder naam")]),
        Err(BoardError::EmptyText)
    );
    assert!(b.phases.is_empty());
}

#[test]
fn the_quadrant_check_finds_whole_words_and_phrases_of_the_words_it_is_given() {
    use Quadrant::*;
    const WORDS: CheckWords = CheckWords {
        outside: &["society", "social media"],
        inside: &["we", "in-house"],
    };
    let hint = |q, text| placement_hint(&WORDS, q, text).map(|h| (h.suggested, h.because));
    assert_eq!(
        hint(Weaknesses, "A divided Society."),
        Some((Threats, "society"))
    );
    assert_eq!(
        hint(Strengths, "On SOCIAL media"),
        Some((Opportunities, "social media"))
    );
    assert_eq!(
        hint(Threats, "An in-house course"),
        Some((Weaknesses, "in-house"))
    );
    assert_eq!(hint(Strengths, "societyfair, social networks, media"), None);
    assert_eq!(hint(Threats, "We see it in society"), None);

    let mut b = board();
    let n = b.add_note(Weaknesses, "Rifts in society").unwrap();
    assert_eq!(
        b.note(n).unwrap().placement_hint(&WORDS).unwrap().suggested,
        Threats
    );
    b.keep_here(n).unwrap();
    assert_eq!(b.note(n).unwrap().placement_hint(&WORDS), None);
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
