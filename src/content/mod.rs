//! Language content the domain receives as data: the example board, the phases a new board
//! starts with, and the words of the quadrant check. The model knows no language; this module
//! knows the model.

mod example;
#[cfg(test)]
mod tests;

pub use example::example_board;

use crate::i18n::Lang;
use crate::model::CheckWords;

/// The prevention phases of the classification model Dutch practice uses for radicalisation
/// (A.-J. Gielen), from the breeding ground in society to exit and aftercare.
pub fn default_phases(lang: Lang) -> [(&'static str, &'static str); 4] {
    match lang {
        Lang::Nl => [
            (
                "Primaire preventie: voedingsbodem",
                "Gericht op de voedingsbodem in de samenleving als geheel: weerbaarheid, binding en dialoog.",
            ),
            (
                "Primaire preventie: kwetsbare groepen",
                "Gericht op kwetsbare groepen en individuen die vatbaar kunnen zijn voor radicalisering.",
            ),
            (
                "Secundaire preventie: maatwerk",
                "Maatwerk rond personen die aan het radicaliseren zijn.",
            ),
            (
                "Tertiaire preventie: exit en nazorg",
                "Exit en nazorg, zodat extremisten niet terugvallen.",
            ),
        ],
        Lang::En => [
            (
                "Primary prevention: breeding ground",
                "Aimed at the breeding ground in society at large: resilience, belonging and dialogue.",
            ),
            (
                "Primary prevention: vulnerable groups",
                "Aimed at vulnerable groups and individuals who may be susceptible to radicalisation.",
            ),
            (
                "Secondary prevention: tailored work",
                "Tailored work with people who are radicalising.",
            ),
            (
                "Tertiary prevention: exit and aftercare",
                "Exit and aftercare, so that extremists do not relapse.",
            ),
        ],
    }
}

/// The words of the quadrant check, in Dutch and English: a board may be written in either,
/// whatever the language of the interface.
pub const CHECK_WORDS: CheckWords = CheckWords {
    outside: &[
        "landelijk",
        "landelijke",
        "het rijk",
        "rijksoverheid",
        "overheid",
        "wetgeving",
        "nieuwe wet",
        "europese",
        "samenleving",
        "maatschappij",
        "maatschappelijke",
        "trend",
        "toename",
        "toenemende",
        "stijgende",
        "sociale media",
        "internet",
        "economie",
        "economische",
        "wereld",
        "geopolitiek",
        "geopolitieke",
        "nieuws",
        "national",
        "government",
        "legislation",
        "new law",
        "society",
        "rising",
        "increasing",
        "growing",
        "social media",
        "economy",
        "economic",
        "world",
        "global",
        "geopolitical",
        "news",
    ],
    inside: &[
        "we", "wij", "ons", "onze", "ik", "intern", "interne", "our", "us", "internal", "in-house",
    ],
};
