//! Every text of the interface, grouped by the feature it belongs to, one module a feature,
//! each text with its value in every language side by side.
//!
//! A group is declared with [`texts!`]: a text missing in one language is a compile error, not a
//! blank on screen. A text with values names them, `{title}`, and says a number's forms,
//! `{count|notitie|notities}`; [`fill`] puts the values in, in one pass. A test checks that each
//! text has the same placeholders in every language.

/// Declares a group of texts: a struct with one field a text, each written with its value in
/// every language side by side (`nl: "…", en: "…"`), and the group in each language as a
/// constant, `NL` and `EN`. A field is a `&'static str` unless it names another type.
macro_rules! texts {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            $(
                $(#[doc = $field_doc:literal])*
                $field:ident $(: $ty:ty)? { nl: $nl:expr, en: $en:expr $(,)? }
            )*
        }
    ) => {
        $(#[doc = $doc])*
        #[cfg_attr(test, derive(serde::Serialize))]
        pub struct $name {
            $(
                $(#[doc = $field_doc])*
                pub $field: texts!(@type $($ty)?),
            )*
        }

        impl $name {
            /// In Dutch.
            pub const NL: $name = $name { $($field: $nl,)* };
            /// In English.
            pub const EN: $name = $name { $($field: $en,)* };
        }
    };
    (@type) => { &'static str };
    (@type $ty:ty) => { $ty };
}

mod actions;
mod app;
mod boards;
mod chain;
mod common;
mod context;
mod csv;
mod files;
mod glossary;
mod locked;
mod notes;
mod problems;
mod report;
mod roles;
mod saving;
mod steps;
mod synthesis;
mod themes;
mod timer;
mod tows;
mod votes;
mod welcome;

use serde::{Deserialize, Serialize};

pub use actions::ActionTexts;
pub use app::AppTexts;
pub use boards::BoardTexts;
pub use chain::ChainTexts;
pub use common::CommonTexts;
pub use context::ContextTexts;
pub use csv::CsvTexts;
pub use files::FileTexts;
pub use glossary::GlossaryTexts;
pub use locked::LockedTexts;
pub use notes::NoteTexts;
pub use notes::QuadrantTexts;
pub use problems::ProblemTexts;
pub use report::ReportTexts;
pub use roles::RoleTexts;
pub use saving::SavingTexts;
pub use steps::StepTexts;
pub use synthesis::SynthesisTexts;
pub use themes::ThemeTexts;
pub use timer::TimerTexts;
pub use tows::TowsTexts;
pub use votes::VoteTexts;
pub use welcome::WelcomeTexts;

use crate::file::{FieldProblem, ImportError, Kind, RestoreError};
use crate::model::{
    ActionStatus, BoardError, Domain, Field, Invalid, Part, Problem, Quadrant, StrategyKind,
};

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Nederlands.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Both languages, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 tag, for `lang` attributes and date formatting.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Reads a tag such as `nl-NL` or `en`; Dutch for any Dutch variant, English otherwise.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("nl") {
            Lang::Nl
        } else {
            Lang::En
        }
    }

    /// The texts of this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }
}

/// Fills a text's placeholders in one pass: `{name}` takes the value of that name, and
/// `{name|one|other}` the form for that number (`one` for 1, `other` for any other number; Dutch
/// and English need no more). Values go in as they are: a value holding `{x}` is never read as
/// a placeholder. A placeholder with no value stays as it is, so a slip shows instead of hiding.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let value = |name: &str| values.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
    let mut text = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        text.push_str(before);
        let Some((inner, after)) = after.split_once('}') else {
            text.push('{');
            rest = after;
            break;
        };
        let mut parts = inner.split('|');
        let name = parts.next().unwrap_or_default();
        match (value(name), parts.next(), parts.next()) {
            (Some(v), None, _) => text.push_str(v),
            (Some(v), Some(one), Some(other)) => text.push_str(if v == "1" { one } else { other }),
            _ => {
                text.push('{');
                text.push_str(inner);
                text.push('}');
            }
        }
        rest = after;
    }
    text.push_str(rest);
    text
}

/// The names of a text's placeholders, for the test that every language has the same ones.
#[cfg(test)]
fn placeholders(template: &str) -> std::collections::BTreeSet<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}'))
        .map(|(inner, _)| inner.split('|').next().unwrap_or_default())
        .collect()
}

/// A size in bytes as people read it, with the language's decimal sign: `812 B`, `14,2 kB`.
pub fn bytes(n: usize, lang: Lang) -> String {
    // Whole-number arithmetic: formatting floats would add kilobytes to the app.
    let tenths = |unit: usize| {
        let t = (n + unit / 20) / (unit / 10);
        format!("{}{}{}", t / 10, lang.texts().decimal_sign, t % 10)
    };
    match n {
        0..1_000 => format!("{n} B"),
        1_000..1_000_000 => format!("{} kB", tenths(1_000)),
        _ => format!("{} MB", tenths(1_000_000)),
    }
}

/// Every text of the interface in one language.
#[cfg_attr(test, derive(Serialize))]
pub struct Texts {
    /// The language these texts are in.
    pub lang: Lang,
    /// The sign between whole and decimal part of a number.
    pub decimal_sign: &'static str,
    /// The frame around every screen: the app's name, the language switch, updates, undo and redo, presentation mode.
    pub app: AppTexts,
    /// Words many screens share: buttons such as open, edit, delete, move.
    pub common: CommonTexts,
    /// The welcome shown while no board exists yet.
    pub welcome: WelcomeTexts,
    /// The list of boards on this device and what it does with a board.
    pub boards: BoardTexts,
    /// The names of the steps of a session and their row of buttons.
    pub steps: StepTexts,
    /// The SWOT step: the four quadrants and their notes.
    pub notes: NoteTexts,
    /// Grouping notes under named themes.
    pub themes: ThemeTexts,
    /// Saving in this browser, storage and its problems, backups.
    pub saving: SavingTexts,
    /// Session files: import, merge, and why a file could not be read.
    pub files: FileTexts,
    /// Notes from a spreadsheet: why a CSV of notes could not be read.
    pub csv: CsvTexts,
    /// A session file locked with a passphrase: why it could not be opened.
    pub locked: LockedTexts,
    /// Why a change was refused, and which rule a field of a file breaks.
    pub problems: ProblemTexts,
    /// Step 1, the session: place, date, purpose, who is in the room.
    pub context: ContextTexts,
    /// Step 3, prioritise: dot voting and tallies.
    pub votes: VoteTexts,
    /// Step 4, confront: the TOWS matrix and strategies.
    pub tows: TowsTexts,
    /// Step 5, phases of prevention and who acts in each.
    pub roles: RoleTexts,
    /// Step 6, the glossary: the shared language.
    pub glossary: GlossaryTexts,
    /// Step 7, the action plan.
    pub actions: ActionTexts,
    /// The round timer.
    pub timer: TimerTexts,
    /// The chain note → theme → strategy → action.
    pub chain: ChainTexts,
    /// Step 8, the report: print, Markdown, CSV.
    pub report: ReportTexts,
    /// The synthesis of many sessions.
    pub synthesis: SynthesisTexts,
}

impl Texts {
    /// The texts of a quadrant.
    pub fn quadrant(&self, quadrant: Quadrant) -> &QuadrantTexts {
        &self.notes.quadrants[quadrant.index()]
    }

    /// What to tell the user about a refused change.
    pub fn board_error(&self, error: &BoardError) -> String {
        match error {
            BoardError::EmptyNote => self.problems.empty_note.to_string(),
            BoardError::NoteTooLong { max } => {
                fill(self.problems.note_too_long, &[("max", &max.to_string())])
            }
            BoardError::TooManyNotes { max } => {
                fill(self.problems.too_many_notes, &[("max", &max.to_string())])
            }
            BoardError::NoSuchNote => self.problems.no_such_note.to_string(),
            BoardError::NoSuchBoard => self.problems.no_such_board.to_string(),
            BoardError::EmptyTitle => self.problems.empty_title.to_string(),
            BoardError::TitleTooLong { max } => {
                fill(self.problems.title_too_long, &[("max", &max.to_string())])
            }
            BoardError::EmptyText { field } => {
                fill(self.problems.empty_text, &[("field", self.field(*field))])
            }
            BoardError::TextTooLong { field, max } => fill(
                self.problems.text_too_long,
                &[
                    ("field", self.field(*field)),
                    ("max", &self.number(*max as u64)),
                ],
            ),
            BoardError::NoSuchItem => self.problems.no_such_item.to_string(),
            BoardError::OtherQuadrant => self.problems.other_quadrant.to_string(),
            BoardError::NoVotesLeft => self.problems.no_votes_left.to_string(),
            BoardError::NoVoteToTakeBack => self.problems.no_vote_to_take_back.to_string(),
            BoardError::CapReached { cap } => fill(self.problems.cap, &[("cap", &cap.to_string())]),
            BoardError::OverBudget { budget } => fill(
                self.problems.over_budget,
                &[("budget", &self.number(*budget))],
            ),
            BoardError::BadDate => self.problems.bad_date.to_string(),
            BoardError::OutOfRange { field, min, max } => fill(
                self.problems.out_of_range,
                &[
                    ("field", self.field(*field)),
                    ("min", &min.to_string()),
                    ("max", &self.number(*max as u64)),
                ],
            ),
        }
    }

    /// The name of a field, as a refusal starts with it.
    pub fn field(&self, field: Field) -> &'static str {
        let p = &self.problems;
        match field {
            Field::ThemeName => p.field_theme_name,
            Field::Tag => p.field_tag,
            Field::Strategy => p.field_strategy,
            Field::Action => p.field_action,
            Field::Term => p.field_term,
            Field::Meaning => p.field_meaning,
            Field::PhaseName => p.field_phase_name,
            Field::PhaseDescription => p.field_phase_description,
            Field::Organisation => p.field_organisation,
            Field::Role => p.field_role,
            Field::OrganisationOrRole => p.field_organisation_or_role,
            Field::Score => p.field_score,
            Field::Tags => p.field_tags,
            Field::Place => p.field_place,
            Field::Date => p.field_date,
            Field::Facilitator => p.field_facilitator,
            Field::Purpose => p.field_purpose,
            Field::People => p.field_people,
            Field::VotesPerParticipant => p.field_votes_per_participant,
            Field::CapPerNote => p.field_cap_per_note,
            Field::Voters => p.field_voters,
            Field::Tally => p.field_tally,
            Field::TowsTop => p.field_tows_top,
            Field::RoundMinutes => p.field_round_minutes,
        }
    }

    /// A whole number with its digits grouped by three as the language writes it: 4.294.967.296
    /// in Dutch, 4,294,967,296 in English. Numbers below 10,000 stay ungrouped (Dutch style
    /// writes 2000, and both read well).
    pub fn number(&self, n: u64) -> String {
        let digits = n.to_string();
        if n < 10_000 {
            return digits;
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(self.common.thousands);
            }
            out.push(c);
        }
        out
    }

    /// A number of votes: "1 stem", "3 stemmen".
    pub fn votes(&self, n: u64) -> String {
        fill(self.votes.votes_n, &[("count", &self.number(n))])
    }

    /// The name of a domain.
    pub fn domain(&self, domain: Domain) -> &'static str {
        match domain {
            Domain::Social => self.context.domain_social,
            Domain::Safety => self.context.domain_safety,
            Domain::Informal => self.context.domain_informal,
            Domain::Other => self.context.domain_other,
        }
    }

    /// What a kind of strategy does.
    pub fn kind(&self, kind: StrategyKind) -> &'static str {
        match kind {
            StrategyKind::So => self.tows.kind_so,
            StrategyKind::St => self.tows.kind_st,
            StrategyKind::Wo => self.tows.kind_wo,
            StrategyKind::Wt => self.tows.kind_wt,
        }
    }

    /// The name of an action's status.
    pub fn status(&self, status: ActionStatus) -> &'static str {
        match status {
            ActionStatus::Planned => self.actions.status_planned,
            ActionStatus::InProgress => self.actions.status_in_progress,
            ActionStatus::Done => self.actions.status_done,
        }
    }

    /// The name of a part in a phase.
    pub fn part(&self, part: Part) -> &'static str {
        match part {
            Part::Leads => self.roles.part_leads,
            Part::Contributes => self.roles.part_contributes,
        }
    }

    /// What to tell the user about a file (or stored value) that could not be read.
    pub fn restore_error(&self, error: &RestoreError) -> String {
        match error {
            RestoreError::Empty => self.files.empty.to_string(),
            RestoreError::TooLarge { bytes: size, max } => {
                let lang = self.lang;
                fill(
                    self.files.too_large,
                    &[("size", &bytes(*size, lang)), ("max", &bytes(*max, lang))],
                )
            }
            RestoreError::NotText { at } => fill(self.files.not_text, &[("byte", &at.to_string())]),
            RestoreError::Truncated => self.files.truncated.to_string(),
            RestoreError::TooDeep => self.files.too_deep.to_string(),
            RestoreError::NotJson { line, column } => fill(
                self.files.not_json,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            RestoreError::NotOurs => self.files.not_ours.to_string(),
            RestoreError::WrongKind(kind) => fill(self.files.wrong_kind, &[("kind", kind)]),
            RestoreError::TooNew { found, supported } => fill(
                self.files.too_new,
                &[
                    ("found", &found.to_string()),
                    ("supported", &supported.to_string()),
                ],
            ),
            RestoreError::BadVersion => self.files.bad_version.to_string(),
            RestoreError::Migration { from, reason } => fill(
                self.files.migration,
                &[("from", &from.to_string()), ("reason", reason)],
            ),
            RestoreError::Field { path, problem } => self.at(path, &self.field_problem(problem)),
            RestoreError::NotItsKey => self.files.not_its_key.to_string(),
            RestoreError::Invalid { board, invalid } => {
                let path = format!("boards[{board}].{}", invalid.path);
                self.at(&path, &self.problem(&invalid.problem))
            }
            RestoreError::NoBoards => self.files.no_boards.to_string(),
        }
    }

    /// A broken rule of the board, in words.
    pub fn problem(&self, problem: &Problem) -> String {
        match problem {
            Problem::Empty => self.problems.field_empty.to_string(),
            Problem::TooLong(max) => {
                fill(self.problems.field_too_long, &[("max", &max.to_string())])
            }
            Problem::TooMany(max) => {
                fill(self.problems.field_too_many, &[("max", &max.to_string())])
            }
            Problem::DuplicateId(id) => {
                fill(self.problems.field_duplicate, &[("id", &id.to_string())])
            }
            Problem::MissingLink(id) => {
                fill(self.problems.field_missing_link, &[("id", &id.to_string())])
            }
            Problem::OtherQuadrant(id) => fill(
                self.problems.field_other_quadrant,
                &[("id", &id.to_string())],
            ),
            Problem::OutOfRange(min, max) => fill(
                self.problems.field_out_of_range,
                &[("min", &min.to_string()), ("max", &max.to_string())],
            ),
            Problem::NotADate => self.problems.field_not_a_date.to_string(),
        }
    }

    /// What is wrong with a field of a file.
    fn field_problem(&self, problem: &FieldProblem) -> String {
        match problem {
            FieldProblem::Missing(field) => fill(self.files.missing_field, &[("field", field)]),
            FieldProblem::Duplicate(field) => fill(self.files.duplicate_field, &[("field", field)]),
            FieldProblem::UnknownValue { value, allowed } => fill(
                self.files.unknown_value,
                &[("value", value), ("allowed", &allowed.join(", "))],
            ),
            FieldProblem::WrongType { expected } => match self.kind_name(*expected) {
                Some(kind) => fill(self.files.wrong_type, &[("expected", kind)]),
                None => self.files.not_valid.to_string(),
            },
        }
    }

    /// A kind of value, as in "this takes a whole number"; none for a kind with no name.
    fn kind_name(&self, kind: Kind) -> Option<&'static str> {
        let [text, whole, true_false, list, object] = self.files.kinds;
        Some(match kind {
            Kind::Text => text,
            Kind::WholeNumber => whole,
            Kind::TrueFalse => true_false,
            Kind::List => list,
            Kind::Object => object,
            Kind::Other => return None,
        })
    }

    /// Why a file could not be imported, as one sentence that names it.
    pub fn not_imported(&self, file: &str, why: &ImportError) -> String {
        let said = |message: &str| {
            fill(
                self.files.file_said,
                &[("file", file), ("message", message)],
            )
        };
        match why {
            ImportError::Session(why) => fill(
                self.files.import_failed,
                &[("file", file), ("reason", &self.restore_error(why))],
            ),
            ImportError::Csv(why) => self.csv_not_imported(file, why),
            ImportError::Locked(why) => said(&self.locked_error(why)),
            ImportError::NoCrypto => said(self.locked.no_crypto),
            ImportError::Unreadable => fill(
                self.files.import_failed,
                &[("file", file), ("reason", self.files.unreadable)],
            ),
        }
    }

    /// A rule of the board that a change (a merge) would break, and where.
    pub fn invalid(&self, invalid: &Invalid) -> String {
        self.at(&invalid.path, &self.problem(&invalid.problem))
    }

    /// A problem at a place in a file; the file as a whole has no path.
    fn at(&self, path: &str, problem: &str) -> String {
        if path.is_empty() {
            fill(self.files.in_file, &[("problem", problem)])
        } else {
            fill(self.files.at, &[("path", path), ("problem", problem)])
        }
    }
}

/// Nederlands.
pub static NL: Texts = Texts {
    lang: Lang::Nl,
    decimal_sign: ",",
    app: AppTexts::NL,
    common: CommonTexts::NL,
    welcome: WelcomeTexts::NL,
    boards: BoardTexts::NL,
    steps: StepTexts::NL,
    notes: NoteTexts::NL,
    themes: ThemeTexts::NL,
    saving: SavingTexts::NL,
    files: FileTexts::NL,
    csv: CsvTexts::NL,
    locked: LockedTexts::NL,
    problems: ProblemTexts::NL,
    context: ContextTexts::NL,
    votes: VoteTexts::NL,
    tows: TowsTexts::NL,
    roles: RoleTexts::NL,
    glossary: GlossaryTexts::NL,
    actions: ActionTexts::NL,
    timer: TimerTexts::NL,
    chain: ChainTexts::NL,
    report: ReportTexts::NL,
    synthesis: SynthesisTexts::NL,
};

/// English.
pub static EN: Texts = Texts {
    lang: Lang::En,
    decimal_sign: ".",
    app: AppTexts::EN,
    common: CommonTexts::EN,
    welcome: WelcomeTexts::EN,
    boards: BoardTexts::EN,
    steps: StepTexts::EN,
    notes: NoteTexts::EN,
    themes: ThemeTexts::EN,
    saving: SavingTexts::EN,
    files: FileTexts::EN,
    csv: CsvTexts::EN,
    locked: LockedTexts::EN,
    problems: ProblemTexts::EN,
    context: ContextTexts::EN,
    votes: VoteTexts::EN,
    tows: TowsTexts::EN,
    roles: RoleTexts::EN,
    glossary: GlossaryTexts::EN,
    actions: ActionTexts::EN,
    timer: TimerTexts::EN,
    chain: ChainTexts::EN,
    report: ReportTexts::EN,
    synthesis: SynthesisTexts::EN,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_follows_the_browser_tag() {
        assert_eq!(Lang::from_tag("nl-NL"), Lang::Nl);
        assert_eq!(Lang::from_tag("NL-be"), Lang::Nl);
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag("de"), Lang::En);
    }

    #[test]
    fn restore_errors_say_what_and_where_in_both_languages() {
        let field = RestoreError::Field {
            path: "boards[0].notes[3].quadrant".into(),
            problem: FieldProblem::UnknownValue {
                value: "strenght".into(),
                allowed: vec!["strengths".into(), "weaknesses".into()],
            },
        };
        assert_eq!(
            NL.restore_error(&field),
            "boards[0].notes[3].quadrant: ‘strenght’ is niet een van: strengths, weaknesses."
        );
        assert_eq!(
            EN.restore_error(&field),
            "boards[0].notes[3].quadrant: ‘strenght’ is not one of: strengths, weaknesses."
        );
        let missing = RestoreError::Field {
            path: "boards[0].notes[2]".into(),
            problem: FieldProblem::Missing("text".into()),
        };
        assert_eq!(
            NL.restore_error(&missing),
            "boards[0].notes[2]: veld ‘text’ ontbreekt."
        );
        let top = RestoreError::Field {
            path: String::new(),
            problem: FieldProblem::Missing("boards".into()),
        };
        assert_eq!(NL.restore_error(&top), "veld ‘boards’ ontbreekt.");
        let wrong = RestoreError::Field {
            path: "boards[0].title".into(),
            problem: FieldProblem::WrongType {
                expected: Kind::Text,
            },
        };
        assert_eq!(
            NL.restore_error(&wrong),
            "boards[0].title: verkeerd soort waarde: hier hoort tekst."
        );
        assert_eq!(
            EN.restore_error(&wrong),
            "boards[0].title: wrong kind of value: this takes text."
        );
        let odd = RestoreError::Field {
            path: "boards[0].updated_at".into(),
            problem: FieldProblem::WrongType {
                expected: Kind::Other,
            },
        };
        assert_eq!(
            NL.restore_error(&odd),
            "boards[0].updated_at: deze waarde is hier niet geldig."
        );
        let new = RestoreError::TooNew {
            found: 3,
            supported: 1,
        };
        assert!(EN.restore_error(&new).contains("newer version"));
        assert!(NL.restore_error(&new).contains("nieuwere versie"));
        let big = RestoreError::TooLarge {
            bytes: 30_000_000,
            max: 25_000_000,
        };
        assert_eq!(
            EN.restore_error(&big),
            "the file is 30.0 MB in size; files up to 25.0 MB can be read."
        );
    }

    #[test]
    fn sizes_read_as_people_read_them() {
        assert_eq!(bytes(812, Lang::En), "812 B");
        assert_eq!(bytes(14_200, Lang::En), "14.2 kB");
        assert_eq!(bytes(14_200, Lang::Nl), "14,2 kB");
        assert_eq!(bytes(3_100_000, Lang::En), "3.1 MB");
        assert_eq!(bytes(1_049, Lang::En), "1.0 kB");
        assert_eq!(bytes(1_050, Lang::En), "1.1 kB");
    }

    #[test]
    fn placeholders_are_filled_by_name_in_one_pass() {
        assert_eq!(
            fill(
                "{file}: {reason}",
                &[("reason", "kapot"), ("file", "a{reason}.json")]
            ),
            "a{reason}.json: kapot"
        );
        assert_eq!(fill("{n} {n|notitie|notities}", &[("n", "1")]), "1 notitie");
        assert_eq!(
            fill("{n} {n|notitie|notities}", &[("n", "0")]),
            "0 notities"
        );
        assert_eq!(fill("{n} {n|note|notes}", &[("n", "11")]), "11 notes");
        assert_eq!(fill("Nog {x} en {", &[]), "Nog {x} en {");
        assert_eq!(fill(NL.boards.note_count, &[("count", "1")]), "1 notitie");
        assert_eq!(EN.votes(1), "1 vote");
        assert_eq!(NL.votes(2), "2 stemmen");
    }

    #[test]
    fn every_language_has_the_same_placeholders_in_each_text() {
        fn texts(value: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
            match value {
                serde_json::Value::String(s) => out.push((path, s.clone())),
                serde_json::Value::Array(items) => {
                    for (i, v) in items.iter().enumerate() {
                        texts(v, format!("{path}[{i}]"), out);
                    }
                }
                serde_json::Value::Object(fields) => {
                    for (k, v) in fields {
                        texts(v, format!("{path}.{k}"), out);
                    }
                }
                _ => {}
            }
        }
        let mut all = Vec::new();
        for lang in Lang::ALL {
            let mut found = Vec::new();
            texts(
                &serde_json::to_value(lang.texts()).unwrap(),
                String::new(),
                &mut found,
            );
            all.push(found);
        }
        let nl = &all[0];
        assert!(nl.len() > 300, "{}", nl.len());
        let mut with_values = 0;
        for other in &all[1..] {
            assert_eq!(nl.len(), other.len());
            for ((path, nl), (other_path, text)) in nl.iter().zip(other) {
                assert_eq!(path, other_path);
                assert_eq!(
                    placeholders(nl),
                    placeholders(text),
                    "{path}: {nl} / {text}"
                );
                assert_eq!(
                    text.matches('{').count(),
                    text.matches('}').count(),
                    "{path}"
                );
                with_values += usize::from(!placeholders(nl).is_empty());
            }
        }
        assert!(with_values > 60, "{with_values}");
    }

    #[test]
    fn every_text_differs_between_the_languages_where_it_should() {
        assert_ne!(NL.welcome.body, EN.welcome.body);
        for q in Quadrant::ALL {
            assert_ne!(NL.quadrant(q).name, EN.quadrant(q).name);
            assert!(!NL.quadrant(q).hint.is_empty() && !EN.quadrant(q).hint.is_empty());
        }
    }
}
