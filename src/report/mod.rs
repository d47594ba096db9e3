//! Reports of a board for people who read rather than import: an HTML document for the screen
//! and for print (the browser's print-to-PDF makes the A4 file), the same report in Markdown, and
//! the notes and actions as CSV. Plain Rust, tested natively; the interface only offers them.
//!
//! Every text from a board is escaped for the format it goes into, so a note reading
//! `<script>` is printed as those characters.

mod csv;
mod synthesis;

pub use csv::{actions_csv, csv_field, notes_csv};
pub use synthesis::{normalise, ActionGroup, Filter, Recurring, RoleGrid, Synthesis};

use crate::i18n::{fill, Lang, Texts};
use crate::model::Records;
use crate::model::{Board, Part, Quadrant, StrategyKind};

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text for a Markdown paragraph or table cell: characters with a meaning in Markdown are
/// backslash-escaped, line breaks become `<br>` so a cell stays one line.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("<br>"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// A score as people write it: ++, +, 0, −, −−.
pub fn score_symbol(score: i8) -> &'static str {
    match score {
        2 => "++",
        1 => "+",
        -1 => "−",
        -2 => "−−",
        _ => "0",
    }
}

/// A signed total: +3, 0, −2.
pub fn signed(n: i32) -> String {
    match n {
        0 => "0".into(),
        n if n > 0 => format!("+{n}"),
        n => format!("−{}", n.unsigned_abs()),
    }
}

/// The name of a note, theme, strategy or participant as a report shows it.
fn label(board: &Board, id: crate::model::Id) -> String {
    if let Some(n) = board.note(id) {
        n.text.clone()
    } else if let Some(t) = board.theme(id) {
        t.name.clone()
    } else if let Some(s) = board.strategy(id) {
        format!("{}: {}", s.kind.key(), s.text)
    } else {
        board.participant_label(id)
    }
}

fn phase_name(board: &Board, id: Option<crate::model::Id>) -> String {
    id.and_then(|id| board.phases.with_id(id))
        .map(|p| p.name.clone())
        .unwrap_or_default()
}

/// One line of a table, as cells of plain text, shared by the HTML, Markdown and CSV writers.
pub(crate) fn action_rows(board: &Board, t: &Texts) -> Vec<[String; 7]> {
    board
        .actions
        .iter()
        .enumerate()
        .map(|(i, a)| {
            [
                (i + 1).to_string(),
                a.text.clone(),
                a.owner
                    .map(|o| board.participant_label(o))
                    .unwrap_or_default(),
                phase_name(board, a.phase),
                a.due.clone().unwrap_or_default(),
                t.status(a.status).to_string(),
                a.links
                    .iter()
                    .map(|l| label(board, *l))
                    .collect::<Vec<_>>()
                    .join("; "),
            ]
        })
        .collect()
}

/// The filled-in fields of the session context, each with its name.
fn context_rows<'a>(board: &'a Board, t: &Texts) -> Vec<(&'static str, &'a str)> {
    let c = &board.context;
    [
        (t.context.place, &c.place),
        (t.context.date, &c.date),
        (t.context.facilitator, &c.facilitator),
        (t.context.purpose, &c.purpose),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .map(|(name, value)| (name, value.as_str()))
    .collect()
}

fn action_headings(t: &Texts) -> [&'static str; 7] {
    [
        t.report.col_nr,
        t.actions.text,
        t.actions.owner,
        t.actions.phase,
        t.actions.due,
        t.actions.status,
        t.actions.links,
    ]
}

/// The report of a board as an HTML fragment (the interface puts it on the page and prints it).
pub fn html(board: &Board, lang: Lang, today: &str) -> String {
    let t = lang.texts();
    let e = escape_html;
    let mut h = String::new();
    let section = |id: &str, title: &str| {
        format!(
            "<section class=\"report-section report-part-{id}\"><h2>{}</h2>",
            e(title)
        )
    };
    h.push_str(&format!("<h1>{}</h1>", e(&board.title)));

    // Session context.
    h.push_str(&section("context", t.report.context));
    h.push_str("<dl class=\"report-context\">");
    let c = &board.context;
    for (name, value) in context_rows(board, t) {
        h.push_str(&format!("<dt>{}</dt><dd>{}</dd>", e(name), e(value)));
    }
    h.push_str("</dl>");
    if !c.participants.is_empty() {
        h.push_str(&format!(
            "<h3>{}</h3><table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
            e(t.report.participants),
            e(t.context.organisation),
            e(t.context.role),
            e(t.context.domain),
            e(t.context.count)
        ));
        for p in &c.participants {
            h.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                e(&p.organisation),
                e(&p.role),
                e(t.domain(p.domain)),
                p.count
            ));
        }
        h.push_str("</tbody></table>");
    }
    h.push_str("</section>");

    // The four quadrants, themes first, with votes.
    h.push_str(&section("quadrants", t.report.quadrants));
    h.push_str("<div class=\"report-quadrants\">");
    for q in Quadrant::ALL {
        h.push_str(&format!(
            "<div class=\"report-quadrant quadrant-{}\"><h3>{} {}</h3>",
            q.key(),
            q.letter(),
            e(t.quadrant(q).name)
        ));
        let votes = |v: u64| {
            if v > 0 {
                format!(" <span class=\"report-votes\">({})</span>", e(&t.votes(v)))
            } else {
                String::new()
            }
        };
        for theme in board.themes.iter().filter(|th| th.quadrant == q) {
            let notes: Vec<_> = board.notes_of_theme(theme.id).collect();
            let sum = notes.iter().map(|n| u64::from(n.votes)).sum();
            h.push_str(&format!("<h4>{}{}</h4><ul>", e(&theme.name), votes(sum)));
            for n in notes {
                h.push_str(&format!("<li>{}{}</li>", e(&n.text), votes(n.votes.into())));
            }
            h.push_str("</ul>");
        }
        let loose: Vec<_> = board.notes_in(q).filter(|n| n.theme.is_none()).collect();
        if !loose.is_empty() {
            h.push_str("<ul>");
            for n in loose {
                let tags = if n.tags.is_empty() {
                    String::new()
                } else {
                    format!(
                        " <span class=\"report-tags\">[{}]</span>",
                        e(&n.tags.join(", "))
                    )
                };
                h.push_str(&format!(
                    "<li>{}{}{}</li>",
                    e(&n.text),
                    votes(n.votes.into()),
                    tags
                ));
            }
            h.push_str("</ul>");
        }
        h.push_str("</div>");
    }
    h.push_str("</div></section>");

    // Top priorities.
    h.push_str(&section("priorities", t.report.priorities));
    h.push_str("<div class=\"report-quadrants\">");
    for q in Quadrant::ALL {
        let top: Vec<_> = board
            .ranked(q)
            .into_iter()
            .filter(|i| i.votes > 0)
            .take(board.tows.top as usize)
            .collect();
        h.push_str(&format!("<div><h3>{}</h3><ol>", e(t.quadrant(q).name)));
        for item in top {
            h.push_str(&format!(
                "<li>{} ({})</li>",
                e(&item.label),
                e(&t.votes(item.votes))
            ));
        }
        h.push_str("</ol></div>");
    }
    h.push_str("</div></section>");

    // The confrontation matrix: a table with its numbers, and a coloured grid as a picture.
    let m = board.matrix();
    h.push_str(&section("tows", t.tows.heading));
    if m.rows.is_empty() || m.columns.is_empty() {
        h.push_str(&format!("<p>{}</p>", e(t.tows.empty)));
    } else {
        h.push_str("<table class=\"report-matrix\"><thead><tr><td></td>");
        for c in &m.columns {
            h.push_str(&format!(
                "<th scope=\"col\">{}: {}</th>",
                c.quadrant.letter(),
                e(&c.label)
            ));
        }
        h.push_str(&format!(
            "<th scope=\"col\">{}</th></tr></thead><tbody>",
            e(t.common.total)
        ));
        for (r, row) in m.rows.iter().enumerate() {
            h.push_str(&format!(
                "<tr><th scope=\"row\">{}: {}</th>",
                row.quadrant.letter(),
                e(&row.label)
            ));
            for s in &m.cells[r] {
                h.push_str(&format!("<td class=\"score{s}\">{}</td>", score_symbol(*s)));
            }
            h.push_str(&format!(
                "<td><strong>{}</strong></td></tr>",
                signed(m.row_totals[r])
            ));
        }
        h.push_str(&format!(
            "</tbody><tfoot><tr><th scope=\"row\">{}</th>",
            e(t.common.total)
        ));
        for total in &m.column_totals {
            h.push_str(&format!("<td><strong>{}</strong></td>", signed(*total)));
        }
        h.push_str("<td></td></tr></tfoot></table>");
        h.push_str(&matrix_svg(&m, t));
    }
    h.push_str(&format!("<h3>{}</h3>", e(t.tows.strategies_heading)));
    for kind in StrategyKind::ALL {
        let list: Vec<_> = board.strategies.iter().filter(|s| s.kind == kind).collect();
        if list.is_empty() {
            continue;
        }
        h.push_str(&format!(
            "<h4>{} · {}</h4><ul>",
            kind.key(),
            e(t.kind(kind))
        ));
        for s in list {
            let sources: Vec<String> = s.sources.iter().map(|x| label(board, *x)).collect();
            h.push_str(&format!("<li>{}", e(&s.text)));
            if !sources.is_empty() {
                h.push_str(&format!(
                    "<br><span class=\"report-sources\">{}: {}</span>",
                    e(t.tows.sources),
                    e(&sources.join("; "))
                ));
            }
            h.push_str("</li>");
        }
        h.push_str("</ul>");
    }
    h.push_str("</section>");

    // Phases and roles.
    h.push_str(&section("roles", t.roles.heading));
    if !board.phases.is_empty() {
        h.push_str("<ol class=\"report-phases\">");
        for p in &board.phases {
            h.push_str(&format!("<li><strong>{}</strong>", e(&p.name)));
            if !p.description.is_empty() {
                h.push_str(&format!(": {}", e(&p.description)));
            }
            h.push_str("</li>");
        }
        h.push_str("</ol>");
    }
    if !board.phases.is_empty() && !board.context.participants.is_empty() {
        h.push_str("<table class=\"report-roles\"><thead><tr><td></td>");
        for p in &board.phases {
            h.push_str(&format!("<th scope=\"col\">{}</th>", e(&p.name)));
        }
        h.push_str("</tr></thead><tbody>");
        for person in &board.context.participants {
            h.push_str(&format!(
                "<tr><th scope=\"row\">{}</th>",
                e(&board.participant_label(person.id))
            ));
            for p in &board.phases {
                let part = board.part(person.id, p.id);
                h.push_str(&format!(
                    "<td class=\"part-{}\">{}</td>",
                    part.map_or("none", Part::key),
                    e(part.map_or("", |part| t.part(part)))
                ));
            }
            h.push_str("</tr>");
        }
        h.push_str("</tbody></table>");
        let roles: Vec<String> = board
            .context
            .participants
            .iter()
            .map(|p| board.participant_label(p.id))
            .collect();
        let cells: Vec<Vec<(u32, u32)>> = board
            .context
            .participants
            .iter()
            .map(|person| {
                board
                    .phases
                    .iter()
                    .map(|p| match board.part(person.id, p.id) {
                        Some(Part::Leads) => (1, 0),
                        Some(Part::Contributes) => (0, 1),
                        None => (0, 0),
                    })
                    .collect()
            })
            .collect();
        h.push_str(&roles_svg(
            &roles,
            board.phases.len(),
            &cells,
            false,
            t,
            t.report.roles_alt,
        ));
    }
    h.push_str("</section>");

    // The action plan.
    h.push_str(&section("actions", t.actions.heading));
    let rows = action_rows(board, t);
    if rows.is_empty() {
        h.push_str(&format!("<p>{}</p>", e(t.actions.none_yet)));
    } else {
        h.push_str("<table class=\"report-actions\"><thead><tr>");
        for heading in action_headings(t) {
            h.push_str(&format!("<th scope=\"col\">{}</th>", e(heading)));
        }
        h.push_str("</tr></thead><tbody>");
        for row in rows {
            h.push_str("<tr>");
            for cell in row {
                h.push_str(&format!("<td>{}</td>", e(&cell)));
            }
            h.push_str("</tr>");
        }
        h.push_str("</tbody></table>");
    }
    h.push_str("</section>");

    // The glossary.
    if !board.glossary.is_empty() {
        h.push_str(&section("glossary", t.glossary.heading));
        h.push_str("<dl>");
        for term in &board.glossary {
            h.push_str(&format!(
                "<dt>{}</dt><dd>{}</dd>",
                e(&term.term),
                e(&term.meaning)
            ));
        }
        h.push_str("</dl></section>");
    }
    h.push_str(&format!(
        "<p class=\"report-footer\">{}</p>",
        e(&fill(t.report.generated, &[("date", today)]))
    ));
    h
}

/// The matrix as a coloured grid (inline SVG) that keeps its numbers: colour never carries a
/// score alone. Its text alternative says what it shows; the table above holds the same numbers.
fn matrix_svg(m: &crate::model::Matrix, t: &Texts) -> String {
    let (cell, head) = (44, 36);
    let width = head + cell * m.columns.len() as i32;
    let height = head + cell * m.rows.len() as i32;
    let mut s = format!(
        "<svg class=\"report-grid\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">",
        escape_html(t.report.matrix_alt)
    );
    for (c, col) in m.columns.iter().enumerate() {
        let x = head + cell * c as i32 + cell / 2;
        s.push_str(&format!(
            "<text x=\"{x}\" y=\"24\" text-anchor=\"middle\">{}{}</text>",
            col.quadrant.letter(),
            c + 1
        ));
    }
    for (r, row) in m.rows.iter().enumerate() {
        let y = head + cell * r as i32;
        s.push_str(&format!(
            "<text x=\"4\" y=\"{}\">{}{}</text>",
            y + cell / 2 + 5,
            row.quadrant.letter(),
            r + 1
        ));
        for (c, score) in m.cells[r].iter().enumerate() {
            let x = head + cell * c as i32;
            let fill = match score {
                2 => "#15803d",
                1 => "#86efac",
                -1 => "#fca5a5",
                -2 => "#b91c1c",
                _ => "#f3f4f6",
            };
            let ink = if score.abs() == 2 {
                "#ffffff"
            } else {
                "#111827"
            };
            s.push_str(&format!(
                "<rect x=\"{x}\" y=\"{y}\" width=\"{cell}\" height=\"{cell}\" fill=\"{fill}\" stroke=\"#6b7280\"/><text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{ink}\" font-weight=\"700\">{}</text>",
                x + cell / 2,
                y + cell / 2 + 5,
                score_symbol(*score)
            ));
        }
    }
    s.push_str("</svg>");
    s
}

/// Roles × phases as a grid picture (inline SVG): a row per role, a column per phase (numbered as
/// the list of phases beside it), each filled cell coloured and marked with a letter (leads,
/// contributes) and, when `counts`, the number of sessions. Colour never carries it alone.
pub(crate) fn roles_svg(
    roles: &[String],
    phases: usize,
    cells: &[Vec<(u32, u32)>],
    counts: bool,
    t: &Texts,
    alt: &str,
) -> String {
    let (label_w, cell_w, cell_h, head) = (230, 84, 30, 26);
    let width = label_w + cell_w * phases as i32;
    let height = head + cell_h * roles.len() as i32;
    let mut s = format!(
        "<svg class=\"report-grid\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">",
        escape_html(alt)
    );
    for p in 0..phases {
        s.push_str(&format!(
            "<text x=\"{}\" y=\"18\" text-anchor=\"middle\" font-weight=\"700\">{}</text>",
            label_w + cell_w * p as i32 + cell_w / 2,
            p + 1
        ));
    }
    for (r, role) in roles.iter().enumerate() {
        let y = head + cell_h * r as i32;
        let label: String = role.chars().take(30).collect();
        s.push_str(&format!(
            "<text x=\"0\" y=\"{}\">{}</text>",
            y + cell_h / 2 + 5,
            escape_html(&label)
        ));
        for (p, (lead, help)) in cells[r].iter().enumerate() {
            let x = label_w + cell_w * p as i32;
            let fill = if *lead > 0 {
                "#bfdbfe"
            } else if *help > 0 {
                "#e2e8f0"
            } else {
                "#ffffff"
            };
            let mut mark = Vec::new();
            for (n, letter) in [
                (*lead, t.report.lead_letter),
                (*help, t.report.contribute_letter),
            ] {
                if n > 0 {
                    mark.push(if counts {
                        format!("{letter}{n}")
                    } else {
                        letter.to_string()
                    });
                }
            }
            s.push_str(&format!(
                "<rect x=\"{x}\" y=\"{y}\" width=\"{cell_w}\" height=\"{cell_h}\" fill=\"{fill}\" stroke=\"#6b7280\"/><text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-weight=\"700\">{}</text>",
                x + cell_w / 2,
                y + cell_h / 2 + 5,
                mark.join(" ")
            ));
        }
    }
    s.push_str("</svg>");
    s
}

/// The same report in Markdown.
pub fn markdown(board: &Board, lang: Lang, today: &str) -> String {
    let t = lang.texts();
    let e = escape_markdown;
    let mut md = format!("# {}\n\n", e(&board.title));
    md.push_str(&format!("## {}\n\n", t.report.context));
    let c = &board.context;
    for (name, value) in context_rows(board, t) {
        md.push_str(&format!("- **{}**: {}\n", name, e(value)));
    }
    if !c.participants.is_empty() {
        md.push_str(&format!(
            "\n### {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n",
            t.report.participants,
            t.context.organisation,
            t.context.role,
            t.context.domain,
            t.context.count
        ));
        for p in &c.participants {
            md.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                e(&p.organisation),
                e(&p.role),
                t.domain(p.domain),
                p.count
            ));
        }
    }
    md.push_str(&format!("\n## {}\n", t.report.quadrants));
    let votes = |v: u64| {
        if v > 0 {
            format!(" ({})", t.votes(v))
        } else {
            String::new()
        }
    };
    for q in Quadrant::ALL {
        md.push_str(&format!("\n### {} {}\n\n", q.letter(), t.quadrant(q).name));
        for theme in board.themes.iter().filter(|th| th.quadrant == q) {
            let notes: Vec<_> = board.notes_of_theme(theme.id).collect();
            let sum = notes.iter().map(|n| u64::from(n.votes)).sum();
            md.push_str(&format!("- **{}**{}\n", e(&theme.name), votes(sum)));
            for n in notes {
                md.push_str(&format!("  - {}{}\n", e(&n.text), votes(n.votes.into())));
            }
        }
        for n in board.notes_in(q).filter(|n| n.theme.is_none()) {
            md.push_str(&format!("- {}{}\n", e(&n.text), votes(n.votes.into())));
        }
    }
    md.push_str(&format!("\n## {}\n", t.report.priorities));
    for q in Quadrant::ALL {
        md.push_str(&format!("\n### {}\n\n", t.quadrant(q).name));
        for (i, item) in board
            .ranked(q)
            .into_iter()
            .filter(|i| i.votes > 0)
            .take(board.tows.top as usize)
            .enumerate()
        {
            md.push_str(&format!(
                "{}. {}{}\n",
                i + 1,
                e(&item.label),
                votes(item.votes)
            ));
        }
    }
    let m = board.matrix();
    md.push_str(&format!("\n## {}\n\n", t.tows.heading));
    if m.rows.is_empty() || m.columns.is_empty() {
        md.push_str(&format!("{}\n", t.tows.empty));
    } else {
        md.push_str("| |");
        for col in &m.columns {
            md.push_str(&format!(" {}: {} |", col.quadrant.letter(), e(&col.label)));
        }
        md.push_str(&format!(" {} |\n|---|", t.common.total));
        md.push_str(&"---|".repeat(m.columns.len() + 1));
        md.push('\n');
        for (r, row) in m.rows.iter().enumerate() {
            md.push_str(&format!("| {}: {} |", row.quadrant.letter(), e(&row.label)));
            for s in &m.cells[r] {
                md.push_str(&format!(" {} |", score_symbol(*s)));
            }
            md.push_str(&format!(" **{}** |\n", signed(m.row_totals[r])));
        }
        md.push_str(&format!("| {} |", t.common.total));
        for total in &m.column_totals {
            md.push_str(&format!(" **{}** |", signed(*total)));
        }
        md.push_str(" |\n");
    }
    md.push_str(&format!("\n### {}\n", t.tows.strategies_heading));
    for kind in StrategyKind::ALL {
        let list: Vec<_> = board.strategies.iter().filter(|s| s.kind == kind).collect();
        if list.is_empty() {
            continue;
        }
        md.push_str(&format!("\n#### {} · {}\n\n", kind.key(), t.kind(kind)));
        for s in list {
            md.push_str(&format!("- {}", e(&s.text)));
            let sources: Vec<String> = s.sources.iter().map(|x| e(&label(board, *x))).collect();
            if !sources.is_empty() {
                md.push_str(&format!(" ({}: {})", t.tows.sources, sources.join("; ")));
            }
            md.push('\n');
        }
    }
    md.push_str(&format!("\n## {}\n\n", t.roles.heading));
    for (i, p) in board.phases.iter().enumerate() {
        md.push_str(&format!("{}. **{}**", i + 1, e(&p.name)));
        if !p.description.is_empty() {
            md.push_str(&format!(": {}", e(&p.description)));
        }
        md.push('\n');
    }
    if !board.phases.is_empty() && !board.context.participants.is_empty() {
        md.push_str("\n| |");
        for p in &board.phases {
            md.push_str(&format!(" {} |", e(&p.name)));
        }
        md.push_str("\n|---|");
        md.push_str(&"---|".repeat(board.phases.len()));
        md.push('\n');
        for person in &board.context.participants {
            md.push_str(&format!("| {} |", e(&board.participant_label(person.id))));
            for p in &board.phases {
                md.push_str(&format!(
                    " {} |",
                    board.part(person.id, p.id).map_or("", |part| t.part(part))
                ));
            }
            md.push('\n');
        }
    }
    md.push_str(&format!("\n## {}\n\n", t.actions.heading));
    let rows = action_rows(board, t);
    if rows.is_empty() {
        md.push_str(&format!("{}\n", t.actions.none_yet));
    } else {
        md.push_str(&format!("| {} |\n", action_headings(t).join(" | ")));
        md.push_str(&format!("|{}\n", "---|".repeat(7)));
        for row in rows {
            let cells: Vec<String> = row.iter().map(|c| e(c)).collect();
            md.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
    }
    if !board.glossary.is_empty() {
        md.push_str(&format!("\n## {}\n\n", t.glossary.heading));
        for term in &board.glossary {
            md.push_str(&format!("- **{}**: {}\n", e(&term.term), e(&term.meaning)));
        }
    }
    md.push_str(&format!(
        "\n---\n\n{}\n",
        fill(t.report.generated, &[("date", today)])
    ));
    md
}

#[cfg(test)]
mod tests;
