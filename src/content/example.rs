//! The example board a first-time visitor can open: a fictional municipality's focus group.

use crate::i18n::Lang;
use crate::model::{
    ActionField, ActionStatus, Board, BoardError, Domain, Id, Part, Participant, Quadrant,
    StrategyKind,
};

/// One kind of participant: organisation, role, domain.
type Person = (&'static str, &'static str, Domain);

/// The example's texts in one language: title, place, purpose, notes per quadrant, people.
type ExampleTexts = (
    &'static str,
    &'static str,
    &'static str,
    [&'static [&'static str]; 4],
    [Person; 5],
);

/// A filled-in example board in the given language, marked as an example. The municipality
/// (Waterdam) and everything said there is invented.
pub fn example_board(lang: Lang) -> Board {
    let (title, place, purpose, notes, people): ExampleTexts = match lang {
            Lang::Nl => (
                "Voorbeeld: focusgroep Waterdam",
                "Waterdam (fictieve gemeente)",
                "Samenwerking tussen sociaal domein en veiligheidsdomein versterken bij de preventie van polarisatie onder jongeren.",
                [
                    &[
                        "Sterk netwerk van professionals met gevoel van urgentie",
                        "Wijkaanpak zorgt voor korte lijnen",
                        "Jongerenwerkers kennen de jongeren en hun ouders",
                    ],
                    &[
                        "Sociaal domein en veiligheidsdomein vinden elkaar vaak pas bij urgente situaties",
                        "Geen gedeelde taal: ‘signaal’ betekent voor iedereen iets anders",
                        "Onduidelijk wie in welke preventiefase aan zet is",
                    ],
                    &[
                        "Sportclubs en ouders willen meedoen",
                        "Landelijk ondersteuningsaanbod voor gemeenten",
                        "Scholen vragen om samen te oefenen met casussen",
                    ],
                    &[
                        "Bezuinigingen in het sociaal domein",
                        "Polarisatie via sociale media gaat snel",
                        "Verloop van personeel: kennis verdwijnt",
                    ],
                ],
                [
                    ("Jongerenwerk", "jongerenwerker", Domain::Social),
                    ("Politie", "wijkagent", Domain::Safety),
                    ("Voortgezet onderwijs", "zorgcoördinator", Domain::Social),
                    ("Gemeente", "beleidsadviseur OOV", Domain::Safety),
                    ("Sportvereniging", "voorzitter", Domain::Informal),
                ],
            ),
            Lang::En => (
                "Example: focus group Waterdam",
                "Waterdam (fictional municipality)",
                "Strengthen the cooperation of the social and the safety domain in preventing polarisation among young people.",
                [
                    &[
                        "Strong network of professionals with a sense of urgency",
                        "Neighbourhood approach keeps lines short",
                        "Youth workers know the young people and their parents",
                    ],
                    &[
                        "Social and safety domain often meet only in urgent situations",
                        "No shared language: ‘signal’ means something else to everyone",
                        "Unclear who acts in which phase of prevention",
                    ],
                    &[
                        "Sports clubs and parents want to take part",
                        "National support offer for municipalities",
                        "Schools ask to practise cases together",
                    ],
                    &[
                        "Budget cuts in the social domain",
                        "Polarisation spreads fast through social media",
                        "Staff turnover: knowledge disappears",
                    ],
                ],
                [
                    ("Youth work", "youth worker", Domain::Social),
                    ("Police", "community police officer", Domain::Safety),
                    ("Secondary school", "care coordinator", Domain::Social),
                    ("Municipality", "policy officer public order and safety", Domain::Safety),
                    ("Sports club", "chair", Domain::Informal),
                ],
            ),
        };
    // The texts above are short and non-empty, so none of these calls can be refused.
    let Ok(mut board) = Board::new(title) else {
        unreachable!("the example title is valid")
    };
    board.example = true;
    board.context.place = place.to_string();
    board.context.purpose = purpose.to_string();
    board.context.participants = people
        .iter()
        .map(|(organisation, role, domain)| Participant {
            id: Id::new(),
            organisation: organisation.to_string(),
            role: role.to_string(),
            domain: *domain,
            count: 1,
        })
        .collect();
    let mut ids: Vec<Vec<Id>> = Vec::new();
    for (quadrant, texts) in Quadrant::ALL.into_iter().zip(notes) {
        ids.push(
            texts
                .iter()
                .map(|text| {
                    board
                        .add_note(quadrant, text)
                        .unwrap_or_else(|_| unreachable!("every example note is valid"))
                })
                .collect(),
        );
    }
    // Written out, not `expect`: that would bring the errors' Debug text into the app.
    if fill_session(&mut board, lang, &ids).is_err() {
        unreachable!("the example session is valid");
    }
    board
}

/// The rest of the example session: a theme, votes, the matrix, two strategies, phases and
/// roles, a term of the shared language and two actions.
fn fill_session(board: &mut Board, lang: Lang, notes: &[Vec<Id>]) -> Result<(), BoardError> {
    let nl = lang == Lang::Nl;
    let pick = |nl_text: &'static str, en_text: &'static str| if nl { nl_text } else { en_text };
    let people: Vec<Id> = board.context.participants.iter().map(|p| p.id).collect();
    let (s, w, o, t) = (&notes[0], &notes[1], &notes[2], &notes[3]);
    let theme = board.add_theme(pick("Rollen en timing", "Roles and timing"), &[w[0], w[2]])?;
    for (note, votes) in [
        (s[0], 2),
        (s[2], 1),
        (w[0], 3),
        (w[2], 2),
        (o[0], 3),
        (o[2], 1),
        (t[1], 2),
        (t[2], 1),
    ] {
        board.set_votes(note, votes)?;
    }
    board.set_tows_top(2)?;
    board.set_score(s[0], o[0], 2)?;
    board.set_score(theme, o[2], 2)?;
    board.set_score(theme, t[1], -1)?;
    board.set_score(w[1], t[1], -2)?;
    let so = board.add_strategy(
        StrategyKind::So,
        pick(
            "Betrek sportclubs en ouders via het netwerk van de jongerenwerkers",
            "Involve sports clubs and parents through the youth workers' network",
        ),
        &[s[0], o[0]],
    )?;
    let wo = board.add_strategy(
        StrategyKind::Wo,
        pick(
            "Oefen casussen samen met de scholen, zodat per fase duidelijk is wie aan zet is",
            "Practise cases together with the schools, so that it is clear who acts in each phase",
        ),
        &[theme, o[2]],
    )?;
    board.add_phases(&super::default_phases(lang))?;
    let phases: Vec<Id> = board.phases.iter().map(|p| p.id).collect();
    // The social domain carries the first phases, the safety domain the last.
    for (person, phase, part) in [
        (0, 0, Part::Leads),
        (0, 1, Part::Leads),
        (2, 0, Part::Contributes),
        (2, 1, Part::Leads),
        (4, 0, Part::Contributes),
        (1, 1, Part::Contributes),
        (1, 2, Part::Leads),
        (1, 3, Part::Contributes),
        (3, 2, Part::Contributes),
        (3, 3, Part::Leads),
    ] {
        board.set_part(people[person], phases[phase], Some(part))?;
    }
    board.add_term(
        pick("signaal", "signal"),
        pick(
            "Een zorg over een jongere die een professional deelt met een partner; geen melding en geen oordeel.",
            "A worry about a young person that a professional shares with a partner; not a report and not a judgement.",
        ),
    )?;
    let first = board.add_action(pick(
        "Ronde langs sportclubs en ouderavonden",
        "Visit sports clubs and parents' evenings",
    ))?;
    board.edit_action(first, ActionField::Owner(Some(people[0])))?;
    board.edit_action(first, ActionField::Phase(Some(phases[0])))?;
    board.edit_action(first, ActionField::Due(Some("2027-03-01".into())))?;
    board.link_action(first, so, true)?;
    let second = board.add_action(pick(
        "Casusoefening met school, politie en jongerenwerk",
        "Case exercise with school, police and youth work",
    ))?;
    board.edit_action(second, ActionField::Owner(Some(people[3])))?;
    board.edit_action(second, ActionField::Phase(Some(phases[1])))?;
    board.edit_action(second, ActionField::Due(Some("2027-04-15".into())))?;
    board.edit_action(second, ActionField::Status(ActionStatus::InProgress))?;
    board.link_action(second, wo, true)?;
    Ok(())
}
