//! Notes from a spreadsheet: reads a CSV of notes, such as the app's own notes export
//! (`report::notes_csv`) or a list a partner kept in Excel, into a new board.
//!
//! The file is text, UTF-8 with or without a byte-order mark (or Windows-1252, which Excel writes
//! for "CSV (comma delimited)"); its separator (`;`, `,` or a tab) is read from the heading line;
//! fields are quoted as RFC 4180 has it and may span lines; lines end in CRLF or LF. The first
//! line names the columns, in any order and in any language the words know: a text and a
//! quadrant column are required, theme, votes and tags are optional, others are ignored.
//!
//! The board is built through the model's own methods, so every limit of the app applies, and
//! nothing partial is ever returned: the whole board, or the first thing wrong with the file.

use std::borrow::Cow;

use thiserror::Error;

use super::MAX_FILE_BYTES;
use crate::model::{fold_case, Board, BoardError, Id, Quadrant};

/// A column of a notes CSV.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// The quadrant of the note: its name, or the letter S, W, O or T.
    Quadrant,
    /// What the note says.
    Text,
    /// The theme it is grouped under, by name.
    Theme,
    /// The votes it received, a whole number.
    Votes,
    /// Its tags, separated by commas.
    Tags,
}

impl Column {
    /// All five, in the order the export writes them.
    pub const ALL: [Column; 5] = [
        Column::Quadrant,
        Column::Text,
        Column::Theme,
        Column::Votes,
        Column::Tags,
    ];
}

/// The words a notes CSV is read with, in every language a file may be written in. They are
/// language content, so the file format receives them (`crate::content::csv_words`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CsvWords {
    /// The headings of each column, in [`Column::ALL`] order, e.g. `["Kwadrant", "Quadrant"]`.
    pub headings: [Vec<&'static str>; 5],
    /// The names of each quadrant, in [`Quadrant::ALL`] order, e.g. `["Krachten", "Strengths",
    /// "Kracht", ...]`. The letters S, W, O and T are known without them.
    pub quadrants: [Vec<&'static str>; 4],
}

/// Why a CSV of notes could not be read. No board is made when this is returned.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CsvError {
    /// Larger than [`MAX_FILE_BYTES`].
    #[error("the file is {bytes} bytes; files up to {max} bytes can be read")]
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// Not text, e.g. a workbook saved as `.xlsx` rather than as CSV.
    #[error("the file is not text (byte {at})")]
    NotText {
        /// Offset of the first byte no text file holds.
        at: usize,
    },
    /// Zero bytes, or only white space.
    #[error("the file is empty")]
    Empty,
    /// A quoted field that is never closed.
    #[error("line {line}: a quoted field is never closed")]
    UnclosedQuote {
        /// The line where the quoted field starts.
        line: usize,
    },
    /// The first line names none of the columns: the headings are missing.
    #[error("the first line does not name the columns")]
    NoHeading,
    /// A column that must be there is not.
    #[error("the column {0:?} is missing")]
    MissingColumn(Column),
    /// A row with other cells filled in, but no text.
    #[error("line {line}: the text is empty")]
    NoText {
        /// The line where the row starts.
        line: usize,
    },
    /// A row with a text but no quadrant.
    #[error("line {line}: the quadrant is empty")]
    NoQuadrant {
        /// The line where the row starts.
        line: usize,
    },
    /// A quadrant cell that names no quadrant.
    #[error("line {line}: '{value}' is not a quadrant")]
    UnknownQuadrant {
        /// The line where the row starts.
        line: usize,
        /// What the cell says (at most 60 characters of it).
        value: String,
    },
    /// A votes cell that is not a whole number.
    #[error("line {line}: '{value}' is not a number of votes")]
    BadVotes {
        /// The line where the row starts.
        line: usize,
        /// What the cell says (at most 60 characters of it).
        value: String,
    },
    /// More notes than one board holds.
    #[error("line {line}: a board holds at most {max} notes")]
    TooManyNotes {
        /// The line of the first note too many.
        line: usize,
        /// The limit.
        max: usize,
    },
    /// A cell the board refuses: a text, theme or tag too long, too many tags or votes.
    #[error("line {line}, column {column:?}: {error}")]
    Refused {
        /// The line where the row starts.
        line: usize,
        /// The column of the cell.
        column: Column,
        /// Why the board refuses it.
        error: BoardError,
    },
    /// Headings, but not a single note.
    #[error("the file holds no notes")]
    NoNotes,
    /// The title given for the new board is refused.
    #[error("the title: {0}")]
    Title(BoardError),
}

/// Reads a CSV of notes into a new board titled `title`: each row a note at the end of its
/// quadrant, in the file's order; notes naming the same theme in one quadrant share it.
pub fn read_notes_csv(bytes: &[u8], title: &str, words: &CsvWords) -> Result<Board, CsvError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(CsvError::TooLarge {
            bytes: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let text = decode(bytes)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if text.trim().is_empty() {
        return Err(CsvError::Empty);
    }
    let mut rows = records(text, separator(text))?
        .into_iter()
        .filter(|row| row.cells.iter().any(|c| !c.trim().is_empty()));
    let heading = rows.next().ok_or(CsvError::Empty)?;
    let columns = Columns::find(&heading.cells, words)?;
    let quadrants = Quadrant::ALL.map(|q| {
        let mut names: Vec<String> = words.quadrants[q.index()]
            .iter()
            .map(|w| fold_case(w))
            .collect();
        names.push(fold_case(q.letter()));
        names
    });

    let mut board = Board::new(title).map_err(CsvError::Title)?;
    let mut themes: Vec<(Quadrant, String, Id)> = Vec::new();
    for row in rows {
        let line = row.line;
        let text = columns.cell(&row, Column::Text);
        if text.is_empty() {
            return Err(CsvError::NoText { line });
        }
        let named = columns.cell(&row, Column::Quadrant);
        if named.is_empty() {
            return Err(CsvError::NoQuadrant { line });
        }
        let folded = fold_case(named);
        let quadrant = Quadrant::ALL
            .into_iter()
            .find(|q| quadrants[q.index()].contains(&folded))
            .ok_or_else(|| CsvError::UnknownQuadrant {
                line,
                value: shown(named),
            })?;
        let refused = |column| {
            move |error| CsvError::Refused {
                line,
                column,
                error,
            }
        };
        let note = board
            .add_note(quadrant, text)
            .map_err(|error| match error {
                BoardError::TooManyNotes { max } => CsvError::TooManyNotes { line, max },
                error => refused(Column::Text)(error),
            })?;
        let theme = columns.cell(&row, Column::Theme);
        if !theme.is_empty() {
            let known = themes
                .iter()
                .find(|(q, name, _)| *q == quadrant && name == theme)
                .map(|(_, _, id)| *id);
            match known {
                Some(id) => board.set_theme(note, Some(id)),
                None => board
                    .add_theme(theme, &[note])
                    .map(|id| themes.push((quadrant, theme.to_string(), id))),
            }
            .map_err(refused(Column::Theme))?;
        }
        let votes = columns.cell(&row, Column::Votes);
        if !votes.is_empty() {
            let n: u32 = votes.parse().map_err(|_| CsvError::BadVotes {
                line,
                value: shown(votes),
            })?;
            board.set_votes(note, n).map_err(refused(Column::Votes))?;
        }
        let tags = columns.cell(&row, Column::Tags);
        if !tags.is_empty() {
            let tags: Vec<String> = tags.split(',').map(str::to_string).collect();
            board.set_tags(note, &tags).map_err(refused(Column::Tags))?;
        }
    }
    if board.notes.is_empty() {
        return Err(CsvError::NoNotes);
    }
    Ok(board)
}

/// A cell's value as an error shows it: at most 60 characters.
fn shown(value: &str) -> String {
    value.chars().take(60).collect()
}

/// Where each column stands in the rows, found by its heading.
struct Columns([Option<usize>; 5]);

impl Columns {
    fn find(headings: &[String], words: &CsvWords) -> Result<Self, CsvError> {
        let headings: Vec<String> = headings.iter().map(|h| fold_case(h.trim())).collect();
        let at = Column::ALL.map(|column| {
            let names = &words.headings[column as usize];
            headings
                .iter()
                .position(|h| names.iter().any(|name| fold_case(name) == *h))
        });
        if at.iter().all(Option::is_none) {
            return Err(CsvError::NoHeading);
        }
        for column in [Column::Text, Column::Quadrant] {
            if at[column as usize].is_none() {
                return Err(CsvError::MissingColumn(column));
            }
        }
        Ok(Columns(at))
    }

    /// The cell of a column in a row, trimmed; empty where the row is short or the column absent.
    fn cell<'a>(&self, row: &'a Row, column: Column) -> &'a str {
        self.0[column as usize]
            .and_then(|at| row.cells.get(at))
            .map_or("", |cell| cell.trim())
    }
}

/// The text of the file: UTF-8, or else Windows-1252 (what Excel writes for "CSV (comma
/// delimited)"), unless it holds bytes no text holds.
fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, CsvError> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Cow::Borrowed(text));
    }
    if let Some(at) = bytes
        .iter()
        .position(|b| *b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
    {
        return Err(CsvError::NotText { at });
    }
    // 0x80 to 0x9f; the five bytes Windows-1252 leaves free keep their own code point.
    const HIGH: &str = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8d}Ž\u{8f}\u{90}‘’“”•–—˜™š›œ\u{9d}žŸ";
    Ok(Cow::Owned(
        bytes
            .iter()
            .map(|&b| match b {
                0x80..=0x9f => HIGH
                    .chars()
                    .nth(usize::from(b - 0x80))
                    .unwrap_or('\u{fffd}'),
                _ => char::from(b),
            })
            .collect(),
    ))
}

/// The separator of the heading line: the most frequent of `;`, a tab and `,` outside quotes
/// (in that order when they tie, so a Dutch heading with a comma in it still splits on `;`).
fn separator(text: &str) -> char {
    const SEPARATORS: [char; 3] = [';', '\t', ','];
    let mut counts = [0usize; 3];
    let mut quoted = false;
    let mut started = false;
    for c in text.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if quoted {
            continue;
        } else if (c == '\n' || c == '\r') && started {
            break;
        } else if let Some(i) = SEPARATORS.iter().position(|s| *s == c) {
            counts[i] += 1;
        }
        started |= !c.is_whitespace();
    }
    // The last of the most frequent, counting backwards: the first of them in SEPARATORS.
    let best = (0..3).rev().max_by_key(|i| counts[*i]).unwrap_or(0);
    SEPARATORS[best]
}

/// One record of the file: its cells, and the line it starts on (1-based).
struct Row {
    line: usize,
    cells: Vec<String>,
}

/// Splits the text into records (RFC 4180, and lenient where spreadsheets are: a quote inside an
/// unquoted field is kept as it is, text after a closing quote joins the field, white space
/// before an opening quote is dropped). Line breaks inside a field become `\n`.
fn records(text: &str, separator: char) -> Result<Vec<Row>, CsvError> {
    let mut rows = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while chars.peek().is_some() {
        let mut row = Row {
            line,
            cells: Vec::new(),
        };
        let mut cell = String::new();
        // The line of the opening quote, while inside a quoted field.
        let mut open: Option<usize> = None;
        let mut was_quoted = false;
        loop {
            let Some(c) = chars.next() else {
                if let Some(line) = open {
                    return Err(CsvError::UnclosedQuote { line });
                }
                row.cells.push(cell);
                break;
            };
            let line_end = c == '\n' || c == '\r';
            if line_end {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                line += 1;
            }
            if open.is_some() {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        cell.push('"');
                    }
                    '"' => open = None,
                    _ if line_end => cell.push('\n'),
                    _ => cell.push(c),
                }
            } else if c == '"' && !was_quoted && cell.trim().is_empty() {
                cell.clear();
                open = Some(line);
                was_quoted = true;
            } else if c == separator {
                row.cells.push(std::mem::take(&mut cell));
                was_quoted = false;
            } else if line_end {
                row.cells.push(cell);
                break;
            } else {
                cell.push(c);
            }
        }
        rows.push(row);
    }
    Ok(rows)
}
