//! Language content the domain receives as data: the example board, the phases a new board
//! starts with, the words of the quadrant check and the words a notes CSV is read with. The
//! model and the file format know no language; this module knows them.

mod example;
#[cfg(test)]
mod links_tests;
#[cfg(test)]
mod tests;

pub use example::example_board;

use crate::file::{Column, CsvWords};
use crate::i18n::Lang;
use crate::model::{CheckWords, Quadrant};

/// The phases of the prevention classification model Dutch practice uses for radicalisation
/// (A.-J. Gielen), from broad to narrow: primary prevention, in two rows for its two target
/// groups (society as a whole, and vulnerable groups and individuals), secondary prevention
/// (tailored work with people who are radicalising) and tertiary prevention (keeping
/// extremists from relapsing). Three phases, four rows.
pub fn default_phases(lang: Lang) -> [(&'static str, &'static str); 4] {
    match lang {
        Lang::Nl => [
            (
                "Primaire preventie: samenleving als geheel",
                "Gericht op de samenleving als geheel: weerbaarheid, binding en dialoog, zodat radicalisering minder voedingsbodem vindt.",
            ),
            (
                "Primaire preventie: kwetsbare groepen en individuen",
                "Gericht op kwetsbare groepen en individuen: professionals en sleutelfiguren leren hen herkennen en hun weerbaarheid versterken.",
            ),
            (
                "Secundaire preventie: maatwerk",
                "Maatwerk bij personen die aan het radicaliseren zijn, zodat ze niet verder gaan.",
            ),
            (
                "Tertiaire preventie: exit en nazorg",
                "Voorkomen dat extremisten terugvallen: exit en nazorg.",
            ),
        ],
        Lang::En => [
            (
                "Primary prevention: society as a whole",
                "Aimed at society as a whole: resilience, belonging and dialogue, so that radicalisation finds less breeding ground.",
            ),
            (
                "Primary prevention: vulnerable groups and individuals",
                "Aimed at vulnerable groups and individuals: professionals and key figures learn to recognise them and strengthen their resilience.",
            ),
            (
                "Secondary prevention: tailored work",
                "Tailored work with people who are radicalising, so that they go no further.",
            ),
            (
                "Tertiary prevention: exit and aftercare",
                "Keeping extremists from relapsing: exit and aftercare.",
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

/// The words a notes CSV is read with: the headings and quadrant names the notes export writes
/// in every language (taken from the texts, so what one language exports reads back in any),
/// and the other forms people write in a spreadsheet of their own.
pub fn csv_words() -> CsvWords {
    CsvWords {
        headings: Column::ALL.map(|column| {
            let mut words: Vec<&'static str> = Lang::ALL
                .iter()
                .map(|lang| lang.texts().column(column))
                .collect();
            words.extend_from_slice(match column {
                Column::Text => &["Notitie", "Note"],
                Column::Tags => &["Label", "Tag"],
                _ => &[],
            });
            words
        }),
        quadrants: Quadrant::ALL.map(|q| {
            let mut words: Vec<&'static str> = Lang::ALL
                .iter()
                .map(|lang| lang.texts().quadrant(q).name)
                .collect();
            words.extend_from_slice(QUADRANT_FORMS[q.index()]);
            words
        }),
    }
}

/// Other names of each quadrant: the singular, and Dutch's other plural and its word for
/// strength (SWOT in Dutch is "sterkte-zwakteanalyse").
const QUADRANT_FORMS: [&[&str]; 4] = [
    &["Kracht", "Sterkte", "Sterktes", "Sterkten", "Strength"],
    &["Zwakte", "Zwakten", "Weakness"],
    &["Kans", "Opportunity"],
    &["Bedreiging", "Threat"],
];
