//! The example board a first-time visitor can open: a fictional municipality's focus group.

use super::{Board, Domain, Participant, Quadrant};
use crate::i18n::Lang;

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
    let mut board = Board::new(title).expect("example title is valid");
    board.example = true;
    board.context.place = place.to_string();
    board.context.purpose = purpose.to_string();
    board.context.participants = people
        .iter()
        .map(|(organisation, role, domain)| Participant {
            id: Default::default(),
            organisation: organisation.to_string(),
            role: role.to_string(),
            domain: *domain,
            count: 1,
        })
        .collect();
    for (quadrant, texts) in Quadrant::ALL.into_iter().zip(notes) {
        for text in texts {
            board
                .add_note(quadrant, text)
                .expect("example note is valid");
        }
    }
    board
}
