//! The notes and the actions of a board as CSV, for a spreadsheet.
//!
//! The file starts with a UTF-8 byte-order mark so that Excel reads accents correctly. The field
//! separator follows the interface language: a semicolon in Dutch (what Excel expects under
//! Dutch regional settings, where the comma is the decimal sign), a comma in English. A field
//! holding the separator, a quote or a line break is quoted, quotes doubled (RFC 4180); lines end
//! in CRLF.

use super::action_rows;
use crate::i18n::Lang;
use crate::model::{Board, Quadrant};

/// One CSV field, quoted when it has to be.
pub fn csv_field(text: &str, separator: &str) -> String {
    if text.contains(separator) || text.contains(['"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn table(lang: Lang, headings: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let sep = lang.texts().report.csv_separator;
    let line = |cells: &[String]| {
        cells
            .iter()
            .map(|c| csv_field(c, sep))
            .collect::<Vec<_>>()
            .join(sep)
            + "\r\n"
    };
    let mut out = String::from('\u{feff}');
    out.push_str(&line(
        &headings.iter().map(|h| h.to_string()).collect::<Vec<_>>(),
    ));
    for row in rows {
        out.push_str(&line(&row));
    }
    out
}

/// Every note: quadrant, text, theme, votes, tags.
pub fn notes_csv(board: &Board, lang: Lang) -> String {
    let t = lang.texts();
    let rows = Quadrant::ALL.into_iter().flat_map(|q| {
        board.notes_in(q).map(move |n| {
            vec![
                t.quadrant(q).name.to_string(),
                n.text.clone(),
                n.theme
                    .and_then(|th| board.theme(th))
                    .map(|th| th.name.clone())
                    .unwrap_or_default(),
                n.votes.to_string(),
                n.tags.join(", "),
            ]
        })
    });
    table(
        lang,
        &[
            t.report.col_quadrant,
            t.report.col_text,
            t.report.col_theme,
            t.report.col_votes,
            t.report.col_tags,
        ],
        rows,
    )
}

/// Every action: number, text, who acts, phase, due date, status, what it answers.
pub fn actions_csv(board: &Board, lang: Lang) -> String {
    let t = lang.texts();
    let rows = action_rows(board, t).into_iter().map(|r| r.to_vec());
    table(lang, &super::action_headings(t), rows)
}
