//! The synthesis of many sessions: all notes with the session each came from, what came back in
//! several sessions, the actions of all sessions by phase and by role, and who acts in which phase
//! over all sessions. The boards are read, never changed.
//!
//! The rule for "the same or nearly the same" is [`normalise`]: two notes or themes of the same
//! quadrant are grouped when their normalised texts are equal.

use std::collections::HashMap;

use super::{escape_html, Board};
use crate::i18n::{fill, Lang};
use crate::model::Records;
use crate::model::{
    fit, fold_case, Action, BoardError, Domain, Id, Part, Quadrant, MAX_NAME_CHARS,
};

/// Words that carry no meaning of their own in a short note, in Dutch and English. Negations
/// ("geen", "niet", "no", "not", "without") are not among them: "geen gedeelde taal" and "een
/// gedeelde taal" say opposite things.
const STOP_WORDS: &[&str] = &[
    "de", "het", "een", "en", "of", "van", "in", "op", "voor", "met", "aan", "te", "bij", "is",
    "zijn", "er", "om", "door", "naar", "als", "dat", "die", "dit", "ook", "nog", "the", "a", "an",
    "and", "or", "of", "on", "for", "with", "to", "at", "by", "is", "are", "be", "as", "that",
    "this", "from",
];

/// The key under which notes and themes count as the same: case folded, accents taken off,
/// punctuation dropped, stop words dropped, a plural "s" taken off words longer than four
/// letters, and the remaining words sorted and counted once. So "Sportclubs willen meedoen!" and
/// "de sportclub willen meedoen" share a key, while "Polarisatie onder jongeren" and "Polarisatie
/// onder ouderen" do not: the rule only merges what is plainly the same.
pub fn normalise(text: &str) -> String {
    let folded: String = fold_case(text)
        .chars()
        .map(|c| match c {
            'à'..='å' => 'a',
            'ç' => 'c',
            'è'..='ë' => 'e',
            'ì'..='ï' => 'i',
            'ñ' => 'n',
            'ò'..='ö' | 'ø' => 'o',
            'ù'..='ü' => 'u',
            'ý' | 'ÿ' => 'y',
            c if c.is_ascii_alphanumeric() => c,
            c if c > '\u{7f}' && c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    let mut words: Vec<String> = folded
        .split_whitespace()
        .filter(|w| !STOP_WORDS.contains(w))
        .map(|w| match w.strip_suffix('s') {
            Some(stem) if w.chars().count() > 4 && !stem.ends_with('s') => stem.to_string(),
            _ => w.to_string(),
        })
        .collect();
    words.sort();
    words.dedup();
    words.join(" ")
}

/// Actions of several sessions under one label, each with its session.
pub type ActionGroup<'a> = (String, Vec<(&'a Board, &'a Action)>);

/// Roles × phases over all sessions: the roles, the phases, and per cell the number of sessions
/// where the role leads and where it contributes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RoleGrid {
    /// Role labels (the role, or the organisation when no role is given).
    pub roles: Vec<String>,
    /// Phase names.
    pub phases: Vec<String>,
    /// `cells[role][phase]`: (leads, contributes).
    pub cells: Vec<Vec<(u32, u32)>>,
}

/// What the synthesis shows: all sessions, or those that match.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// One session only.
    pub session: Option<Id>,
    /// Sessions held in this place (compared normalised).
    pub place: Option<String>,
    /// Sessions in which this domain took part.
    pub domain: Option<Domain>,
    /// Notes carrying this tag.
    pub tag: Option<String>,
}

/// Notes and themes of one quadrant that several sessions raised in (nearly) the same words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recurring {
    /// The quadrant.
    pub quadrant: Quadrant,
    /// How the first session wrote it.
    pub label: String,
    /// The normalised text they share.
    pub key: String,
    /// The sessions that raised it, each once.
    pub sessions: Vec<Id>,
    /// How many notes and themes it groups.
    pub items: usize,
}

/// Several boards read together.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Synthesis {
    /// The sessions, in the order chosen.
    pub boards: Vec<Board>,
}

impl Synthesis {
    /// A synthesis of these boards.
    pub fn new(boards: Vec<Board>) -> Self {
        Synthesis { boards }
    }

    /// The boards that pass the filter's session, place and domain.
    pub fn sessions(&self, filter: &Filter) -> Vec<&Board> {
        let place = filter.place.as_deref().map(normalise);
        self.boards
            .iter()
            .filter(|b| {
                filter.session.is_none_or(|s| s == b.id)
                    && place
                        .as_ref()
                        .is_none_or(|p| normalise(&b.context.place) == *p)
                    && filter
                        .domain
                        .is_none_or(|d| b.context.participants.iter().any(|p| p.domain == d))
            })
            .collect()
    }

    /// The notes of a quadrant, each with its session, that pass the filter.
    pub fn notes(&self, quadrant: Quadrant, filter: &Filter) -> Vec<(&Board, &crate::model::Note)> {
        self.sessions(filter)
            .into_iter()
            .flat_map(|b| b.notes_in(quadrant).map(move |n| (b, n)))
            .filter(|(_, n)| filter.tag.as_ref().is_none_or(|t| n.tags.contains(t)))
            .collect()
    }

    /// Every place, tag and domain in the sessions, for the filters.
    pub fn places(&self) -> Vec<String> {
        let mut places: Vec<String> = Vec::new();
        for b in &self.boards {
            let p = b.context.place.trim();
            if !p.is_empty() && !places.iter().any(|x| normalise(x) == normalise(p)) {
                places.push(p.to_string());
            }
        }
        places
    }

    /// Every tag used in the sessions, in the order first seen.
    pub fn tags(&self) -> Vec<String> {
        let mut tags: Vec<String> = Vec::new();
        for tag in self.boards.iter().flat_map(|b| b.all_tags()) {
            if !tags.contains(&tag) {
                tags.push(tag);
            }
        }
        tags
    }

    /// Notes and themes grouped by quadrant and [`normalise`]d text, most widespread first
    /// (sessions, then items); groups raised by one session only are left out.
    pub fn recurring(&self, filter: &Filter) -> Vec<Recurring> {
        let mut groups: Vec<Recurring> = Vec::new();
        let mut index: HashMap<(Quadrant, String), usize> = HashMap::new();
        let mut add = |quadrant: Quadrant, text: &str, session: Id| {
            let key = normalise(text);
            if key.is_empty() {
                return;
            }
            let at = *index.entry((quadrant, key.clone())).or_insert_with(|| {
                groups.push(Recurring {
                    quadrant,
                    label: text.trim().to_string(),
                    key,
                    sessions: Vec::new(),
                    items: 0,
                });
                groups.len() - 1
            });
            let group = &mut groups[at];
            group.items += 1;
            if !group.sessions.contains(&session) {
                group.sessions.push(session);
            }
        };
        for b in self.sessions(filter) {
            for n in &b.notes {
                if filter.tag.as_ref().is_none_or(|t| n.tags.contains(t)) {
                    add(n.quadrant, &n.text, b.id);
                }
            }
            if filter.tag.is_none() {
                for t in &b.themes {
                    add(t.quadrant, &t.name, b.id);
                }
            }
        }
        groups.retain(|g| g.sessions.len() > 1);
        groups.sort_by(|a, b| {
            b.sessions
                .len()
                .cmp(&a.sessions.len())
                .then(b.items.cmp(&a.items))
                .then(a.quadrant.cmp(&b.quadrant))
                .then(a.label.cmp(&b.label))
        });
        groups
    }

    /// The actions of the sessions grouped by a label (`by_phase`: the phase's name, else the
    /// owner's role); the groups in the order first seen, those with no label last.
    pub fn actions(
        &self,
        filter: &Filter,
        by_phase: bool,
    ) -> Vec<(String, Vec<(&Board, &Action)>)> {
        // (normalised label, (label, actions))
        let mut groups: Vec<(String, ActionGroup<'_>)> = Vec::new();
        for b in self.sessions(filter) {
            for a in &b.actions {
                let label = if by_phase {
                    a.phase
                        .and_then(|p| b.phases.with_id(p))
                        .map(|p| p.name.clone())
                } else {
                    a.owner.and_then(|o| b.participant(o)).map(|p| {
                        if p.role.is_empty() {
                            p.organisation.clone()
                        } else {
                            p.role.clone()
                        }
                    })
                }
                .unwrap_or_default();
                let key = normalise(&label);
                match groups.iter_mut().find(|g| g.0 == key) {
                    Some(g) => g.1 .1.push((b, a)),
                    None => groups.push((key, (label, vec![(b, a)]))),
                }
            }
        }
        groups.sort_by_key(|g| g.0.is_empty());
        groups.into_iter().map(|(_, group)| group).collect()
    }

    /// Who acts in which phase over all sessions: roles (by role or organisation) × phases (by
    /// name), each cell the number of sessions where the role leads and where it contributes.
    pub fn roles(&self, filter: &Filter) -> RoleGrid {
        let mut roles: Vec<String> = Vec::new();
        let mut phases: Vec<String> = Vec::new();
        let mut cells: HashMap<(usize, usize), (u32, u32)> = HashMap::new();
        let find = |list: &mut Vec<String>, label: &str| -> usize {
            let key = normalise(label);
            match list.iter().position(|x| normalise(x) == key) {
                Some(i) => i,
                None => {
                    list.push(label.to_string());
                    list.len() - 1
                }
            }
        };
        for b in self.sessions(filter) {
            for r in &b.roles {
                let (Some(p), Some(ph)) = (b.participant(r.participant), b.phases.with_id(r.phase))
                else {
                    continue;
                };
                let role = if p.role.is_empty() {
                    &p.organisation
                } else {
                    &p.role
                };
                let (ri, pi) = (find(&mut roles, role), find(&mut phases, &ph.name));
                let cell = cells.entry((ri, pi)).or_default();
                match r.part {
                    Part::Leads => cell.0 += 1,
                    Part::Contributes => cell.1 += 1,
                }
            }
        }
        let grid: Vec<Vec<(u32, u32)>> = (0..roles.len())
            .map(|r| {
                (0..phases.len())
                    .map(|p| cells.get(&(r, p)).copied().unwrap_or_default())
                    .collect()
            })
            .collect();
        RoleGrid {
            roles,
            phases,
            cells: grid,
        }
    }

    /// The synthesis as a board of its own: every note of the chosen sessions, tagged with the
    /// session it came from, and each recurring group a theme.
    pub fn to_board(&self, title: &str, lang: Lang) -> Result<Board, BoardError> {
        let t = lang.texts();
        let filter = Filter::default();
        let mut board = Board::new(title)?;
        let mut made: HashMap<(Quadrant, String), Id> = HashMap::new();
        let recurring = self.recurring(&filter);
        for q in Quadrant::ALL {
            for (b, n) in self.notes(q, &filter) {
                let id = board.add_note(q, &n.text)?;
                let source = fill(t.synthesis.source_tag, &[("source", &b.title)]);
                let mut tags = vec![fit(&source, MAX_NAME_CHARS)];
                tags.extend(n.tags.iter().cloned());
                tags.truncate(crate::model::MAX_TAGS);
                board.set_tags(id, &tags)?;
                let key = normalise(&n.text);
                if let Some(group) = recurring.iter().find(|g| g.quadrant == q && g.key == key) {
                    match made.get(&(q, key.clone())) {
                        Some(theme) => board.set_theme(id, Some(*theme))?,
                        None => {
                            let name = fit(&group.label, MAX_NAME_CHARS);
                            let theme = board.add_theme(&name, &[id])?;
                            made.insert((q, key), theme);
                        }
                    }
                }
            }
        }
        board.context.purpose = self
            .boards
            .iter()
            .map(|b| b.title.clone())
            .collect::<Vec<_>>()
            .join("; ")
            .chars()
            .take(crate::model::MAX_TEXT_CHARS)
            .collect();
        Ok(board)
    }

    /// The synthesis as an HTML fragment: what came back (bars and a table), the notes per
    /// quadrant with their session, the actions by phase and by role, and who acts when.
    pub fn html(&self, filter: &Filter, lang: Lang) -> String {
        let t = lang.texts();
        let e = escape_html;
        let mut h = String::new();
        let recurring = self.recurring(filter);
        h.push_str(&format!(
            "<section class=\"report-section\"><h2>{}</h2>",
            e(t.synthesis.recurring)
        ));
        if recurring.is_empty() {
            h.push_str("<p>—</p>");
        } else {
            h.push_str(&bars_svg(&recurring, lang));
            h.push_str(&format!(
                "<table class=\"recurring\" data-testid=\"recurring\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
                e(t.report.col_quadrant),
                e(t.report.col_text),
                e(t.report.col_session)
            ));
            for g in &recurring {
                h.push_str(&format!(
                    "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                    e(t.quadrant(g.quadrant).name),
                    e(&g.label),
                    e(&fill(
                        t.synthesis.sessions_n,
                        &[("count", &g.sessions.len().to_string())]
                    ))
                ));
            }
            h.push_str("</tbody></table>");
        }
        h.push_str("</section>");

        h.push_str(&format!(
            "<section class=\"report-section\"><h2>{}</h2>",
            e(t.synthesis.notes)
        ));
        for q in Quadrant::ALL {
            let notes = self.notes(q, filter);
            h.push_str(&format!(
                "<h3>{} {} ({})</h3><table class=\"synthesis-notes\" data-testid=\"synthesis-{}\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
                q.letter(),
                e(t.quadrant(q).name),
                notes.len(),
                q.key(),
                e(t.report.col_text),
                e(t.report.col_session),
                e(t.report.col_place)
            ));
            for (b, n) in notes {
                h.push_str(&format!(
                    "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                    e(&n.text),
                    e(&b.title),
                    e(&b.context.place)
                ));
            }
            h.push_str("</tbody></table>");
        }
        h.push_str("</section>");

        for (by_phase, title, none) in [
            (true, t.synthesis.actions_phase, t.synthesis.no_phase),
            (false, t.synthesis.actions_owner, t.synthesis.no_owner),
        ] {
            h.push_str(&format!(
                "<section class=\"report-section\"><h2>{}</h2>",
                e(title)
            ));
            for (label, list) in self.actions(filter, by_phase) {
                let label = if label.is_empty() {
                    none.to_string()
                } else {
                    label
                };
                h.push_str(&format!("<h3>{} ({})</h3><ul>", e(&label), list.len()));
                for (b, a) in list {
                    let due = a
                        .due
                        .as_deref()
                        .map(|d| format!(", {d}"))
                        .unwrap_or_default();
                    h.push_str(&format!(
                        "<li>{} <span class=\"report-sources\">({}{}, {})</span></li>",
                        e(&a.text),
                        e(&b.title),
                        e(&due),
                        e(t.status(a.status))
                    ));
                }
                h.push_str("</ul>");
            }
            h.push_str("</section>");
        }

        let RoleGrid {
            roles,
            phases,
            cells: grid,
        } = self.roles(filter);
        h.push_str(&format!(
            "<section class=\"report-section\"><h2>{}</h2>",
            e(t.synthesis.roles)
        ));
        if !roles.is_empty() {
            h.push_str(&format!(
                "<table class=\"report-roles\" aria-describedby=\"roles-legend\"><thead><tr><td></td>{}</tr></thead><tbody>",
                phases
                    .iter()
                    .map(|p| format!("<th scope=\"col\">{}</th>", e(p)))
                    .collect::<String>()
            ));
            for (r, role) in roles.iter().enumerate() {
                h.push_str(&format!("<tr><th scope=\"row\">{}</th>", e(role)));
                for (lead, help) in &grid[r] {
                    let class = if *lead > 0 {
                        "part-leads"
                    } else if *help > 0 {
                        "part-contributes"
                    } else {
                        "part-none"
                    };
                    let mut text = Vec::new();
                    if *lead > 0 {
                        text.push(format!("{} {lead}", t.report.lead_letter));
                    }
                    if *help > 0 {
                        text.push(format!("{} {help}", t.report.contribute_letter));
                    }
                    h.push_str(&format!(
                        "<td class=\"{class}\">{}</td>",
                        e(&text.join(" · "))
                    ));
                }
                h.push_str("</tr>");
            }
            h.push_str(&format!(
                "</tbody></table><p id=\"roles-legend\" class=\"report-sources\">{}</p>",
                e(t.synthesis.roles_alt)
            ));
            h.push_str("<ol class=\"report-phases\">");
            for p in &phases {
                h.push_str(&format!("<li>{}</li>", e(p)));
            }
            h.push_str("</ol>");
            h.push_str(&super::roles_svg(
                &roles,
                phases.len(),
                &grid,
                true,
                t,
                t.synthesis.roles_alt,
            ));
        }
        h.push_str("</section>");
        h
    }
}

/// Recurring themes as horizontal bars, longest first, each bar labelled with its number: an
/// inline SVG with a text alternative.
fn bars_svg(groups: &[Recurring], lang: Lang) -> String {
    let t = lang.texts();
    let shown = &groups[..groups.len().min(15)];
    let most = shown
        .iter()
        .map(|g| g.sessions.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let (row, label_w, bar_w) = (26, 330, 300);
    let height = row * shown.len() as i32 + 8;
    let mut s = format!(
        "<svg class=\"report-bars\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {} {height}\" width=\"{}\" height=\"{height}\">",
        escape_html(t.synthesis.recurring_alt),
        label_w + bar_w + 40,
        label_w + bar_w + 40
    );
    for (i, g) in shown.iter().enumerate() {
        let y = 4 + row * i as i32;
        let w = (bar_w as usize * g.sessions.len() / most) as i32;
        let label: String = g.label.chars().take(44).collect();
        s.push_str(&format!(
            "<text x=\"0\" y=\"{}\">{}: {}</text><rect x=\"{label_w}\" y=\"{}\" width=\"{w}\" height=\"{}\" fill=\"#1e40af\"/><text x=\"{}\" y=\"{}\" font-weight=\"700\">{}</text>",
            y + 17,
            g.quadrant.letter(),
            escape_html(&label),
            y + 3,
            row - 8,
            label_w + w + 6,
            y + 17,
            g.sessions.len()
        ));
    }
    s.push_str("</svg>");
    s
}
