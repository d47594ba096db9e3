//! Notes from a spreadsheet: why a CSV of notes could not be read.

use super::{bytes, fill, Texts};
use crate::file::{Column, CsvError};
use crate::model::{fold_case, Quadrant};

texts! {
    /// Notes from a spreadsheet: why a CSV of notes could not be read. Each is the reason in
    /// [`super::FileTexts::import_failed`], which names the file and says nothing was changed.
    pub struct CsvTexts {
        /// Not text, e.g. a workbook saved as `.xlsx`.
        not_text {
            nl: "het bestand is geen tekst. Bewaar het werkblad als ‘CSV UTF-8’ en probeer het opnieuw.",
            en: "the file is not text. Save the sheet as ‘CSV UTF-8’ and try again.",
        }

        /// A quoted field never closed: `{line}` where it starts.
        unclosed_quote {
            nl: "regel {line}: een veld begint met een aanhalingsteken (\") dat nergens wordt gesloten.",
            en: "line {line}: a field starts with a quotation mark (\") that is never closed.",
        }

        /// No heading line: `{quadrant}` and `{text}` are the required columns' headings.
        no_heading {
            nl: "de eerste regel noemt de kolommen niet. Zet de kolomkoppen op de eerste regel, ten minste ‘{quadrant}’ en ‘{text}’.",
            en: "the first line does not name the columns. Put the headings on the first line, at least ‘{quadrant}’ and ‘{text}’.",
        }

        /// A required column missing: `{column}`; `{quadrant}` and `{text}` as above.
        missing_column {
            nl: "de kolom ‘{column}’ ontbreekt; een CSV met notities heeft ten minste de kolommen ‘{quadrant}’ en ‘{text}’.",
            en: "the column ‘{column}’ is missing; a CSV of notes needs at least the columns ‘{quadrant}’ and ‘{text}’.",
        }

        /// A row without a text: `{line}`, `{column}` the text column's heading.
        no_text {
            nl: "regel {line}: de tekst ontbreekt. Vul in de kolom ‘{column}’ de notitie in, of maak de hele rij leeg.",
            en: "line {line}: the text is missing. Write the note in the column ‘{column}’, or empty the whole row.",
        }

        /// A row without a quadrant: `{line}`, `{column}`, `{quadrants}` the names.
        no_quadrant {
            nl: "regel {line}: het kwadrant ontbreekt. Vul in de kolom ‘{column}’ een van deze in: {quadrants}, of de letter S, W, O of T.",
            en: "line {line}: the quadrant is missing. Write one of these in the column ‘{column}’: {quadrants}, or the letter S, W, O or T.",
        }

        /// An unknown quadrant: `{line}`, `{value}`, `{quadrants}` the names.
        unknown_quadrant {
            nl: "regel {line}: ‘{value}’ is geen kwadrant. Gebruik een van deze: {quadrants}, of de letter S, W, O of T.",
            en: "line {line}: ‘{value}’ is not a quadrant. Use one of these: {quadrants}, or the letter S, W, O or T.",
        }

        /// Votes that are not a whole number: `{line}`, `{value}`.
        bad_votes {
            nl: "regel {line}: ‘{value}’ is geen aantal stemmen. Schrijf een geheel getal, zoals 3, of laat de cel leeg.",
            en: "line {line}: ‘{value}’ is not a number of votes. Write a whole number, such as 3, or leave the cell empty.",
        }

        /// Too many notes: `{line}` of the first one too many, `{max}` the limit.
        too_many_notes {
            nl: "regel {line}: een bord kan hoogstens {max} {max|notitie|notities} bevatten. Verdeel de notities over meer bestanden.",
            en: "line {line}: a board can hold at most {max} {max|note|notes}. Spread the notes over more files.",
        }

        /// A cell the board refuses: `{line}`, `{column}`, `{problem}` the rule it breaks.
        refused {
            nl: "regel {line}, kolom ‘{column}’: {problem}",
            en: "line {line}, column ‘{column}’: {problem}",
        }

        /// Headings but no notes.
        no_notes {
            nl: "het bestand heeft kolomkoppen maar geen enkele notitie.",
            en: "the file has headings but not a single note.",
        }

        /// The new board's title refused: `{problem}`.
        title {
            nl: "de titel van het nieuwe bord: {problem}",
            en: "the new board's title: {problem}",
        }
    }
}

impl Texts {
    /// The heading of a column of the notes CSV, as this language's export writes it.
    pub fn column(&self, column: Column) -> &'static str {
        match column {
            Column::Quadrant => self.report.col_quadrant,
            Column::Text => self.report.col_text,
            Column::Theme => self.report.col_theme,
            Column::Votes => self.report.col_votes,
            Column::Tags => self.report.col_tags,
        }
    }

    /// Why a CSV of notes could not be read, as the reason of [`Texts::csv_not_imported`].
    pub fn csv_error(&self, error: &CsvError) -> String {
        let quadrants = Quadrant::ALL.map(|q| self.quadrant(q).name).join(", ");
        let required = [
            ("quadrant", self.column(Column::Quadrant)),
            ("text", self.column(Column::Text)),
        ];
        let at = |template: &str, line: &usize, more: &[(&str, &str)]| {
            let line = line.to_string();
            let mut values = vec![("line", line.as_str()), ("quadrants", &quadrants)];
            values.extend_from_slice(more);
            fill(template, &values)
        };
        let c = &self.csv;
        match error {
            CsvError::TooLarge { bytes: size, max } => fill(
                self.files.too_large,
                &[
                    ("size", &bytes(*size, self.lang)),
                    ("max", &bytes(*max, self.lang)),
                ],
            ),
            CsvError::NotText { .. } => c.not_text.to_string(),
            CsvError::Empty => self.files.empty.to_string(),
            CsvError::UnclosedQuote { line } => at(c.unclosed_quote, line, &[]),
            CsvError::NoHeading => fill(c.no_heading, &required),
            CsvError::MissingColumn(column) => {
                let mut values = vec![("column", self.column(*column))];
                values.extend_from_slice(&required);
                fill(c.missing_column, &values)
            }
            CsvError::NoText { line } => {
                at(c.no_text, line, &[("column", self.column(Column::Text))])
            }
            CsvError::NoQuadrant { line } => at(
                c.no_quadrant,
                line,
                &[("column", self.column(Column::Quadrant))],
            ),
            CsvError::UnknownQuadrant { line, value } => {
                at(c.unknown_quadrant, line, &[("value", value)])
            }
            CsvError::BadVotes { line, value } => at(c.bad_votes, line, &[("value", value)]),
            CsvError::TooManyNotes { line, max } => {
                at(c.too_many_notes, line, &[("max", &max.to_string())])
            }
            CsvError::Refused {
                line,
                column,
                error,
            } => at(
                c.refused,
                line,
                &[
                    ("column", self.column(*column)),
                    ("problem", &lower_first(&self.board_error(error))),
                ],
            ),
            CsvError::NoNotes => c.no_notes.to_string(),
            CsvError::Title(error) => fill(
                c.title,
                &[("problem", &lower_first(&self.board_error(error)))],
            ),
        }
    }

    /// Why a CSV of notes could not be imported, as one sentence that names it and says that
    /// nothing was changed.
    pub fn csv_not_imported(&self, file: &str, why: &CsvError) -> String {
        fill(
            self.files.import_failed,
            &[("file", file), ("reason", &self.csv_error(why))],
        )
    }
}

/// A sentence to follow a colon: its first letter in lower case.
fn lower_first(sentence: &str) -> String {
    let mut chars = sentence.chars();
    match chars.next() {
        Some(first) => fold_case(&first.to_string()) + chars.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{EN, NL};
    use super::*;
    use crate::model::{BoardError, Field};

    /// One of each error; the match fails to compile when a variant is added and not listed.
    fn every_error() -> Vec<CsvError> {
        let all = vec![
            CsvError::TooLarge {
                bytes: 30_000_000,
                max: 25_000_000,
            },
            CsvError::NotText { at: 3 },
            CsvError::Empty,
            CsvError::UnclosedQuote { line: 7 },
            CsvError::NoHeading,
            CsvError::MissingColumn(Column::Text),
            CsvError::NoText { line: 4 },
            CsvError::NoQuadrant { line: 5 },
            CsvError::UnknownQuadrant {
                line: 6,
                value: "Sterk".into(),
            },
            CsvError::BadVotes {
                line: 8,
                value: "drie".into(),
            },
            CsvError::TooManyNotes {
                line: 10_002,
                max: 10_000,
            },
            CsvError::Refused {
                line: 9,
                column: Column::Theme,
                error: BoardError::TextTooLong {
                    field: Field::ThemeName,
                    max: 200,
                },
            },
            CsvError::NoNotes,
            CsvError::Title(BoardError::EmptyTitle),
        ];
        for error in &all {
            match error {
                CsvError::TooLarge { .. }
                | CsvError::NotText { .. }
                | CsvError::Empty
                | CsvError::UnclosedQuote { .. }
                | CsvError::NoHeading
                | CsvError::MissingColumn(_)
                | CsvError::NoText { .. }
                | CsvError::NoQuadrant { .. }
                | CsvError::UnknownQuadrant { .. }
                | CsvError::BadVotes { .. }
                | CsvError::TooManyNotes { .. }
                | CsvError::Refused { .. }
                | CsvError::NoNotes
                | CsvError::Title(_) => {}
            }
        }
        all
    }

    #[test]
    fn every_csv_error_is_said_in_both_languages_with_no_english_left_in_dutch() {
        let english = [
            " the ", "line ", "column", " not ", "missing", "empty", "file", "quadrant", " or ",
        ];
        for error in every_error() {
            let (nl, en) = (NL.csv_error(&error), EN.csv_error(&error));
            assert_ne!(nl, en, "{error:?}");
            for said in [&nl, &en] {
                assert!(!said.contains(['{', '}']), "{said}");
                assert!(said.ends_with('.'), "{said}");
            }
            for word in english {
                assert!(!nl.contains(word), "{error:?}: {nl:?} has {word:?}");
            }
        }
    }

    #[test]
    fn csv_errors_name_the_line_the_column_and_the_way_out() {
        let refused = CsvError::Refused {
            line: 9,
            column: Column::Theme,
            error: BoardError::TextTooLong {
                field: Field::ThemeName,
                max: 200,
            },
        };
        assert_eq!(
            NL.csv_error(&refused),
            "regel 9, kolom ‘Thema’: de naam van een thema mag hoogstens 200 tekens bevatten."
        );
        assert_eq!(
            EN.csv_error(&refused),
            "line 9, column ‘Theme’: a theme's name can hold at most 200 characters."
        );
        let unknown = CsvError::UnknownQuadrant {
            line: 6,
            value: "Sterk".into(),
        };
        assert_eq!(
            NL.csv_error(&unknown),
            "regel 6: ‘Sterk’ is geen kwadrant. Gebruik een van deze: Krachten, Zwaktes, Kansen, Bedreigingen, of de letter S, W, O of T."
        );
        assert_eq!(
            EN.csv_not_imported("notities.csv", &CsvError::MissingColumn(Column::Quadrant)),
            "The file ‘notities.csv’ could not be imported: the column ‘Quadrant’ is missing; a CSV of notes needs at least the columns ‘Quadrant’ and ‘Text’. Nothing was changed."
        );
        let many = CsvError::TooManyNotes {
            line: 10_002,
            max: 10_000,
        };
        assert!(NL.csv_error(&many).contains("10000 notities"));
    }
}
