//! Text pasted into a quadrant's new-note field: a list from Word, an e-mail or a chat becomes
//! one note a line, without its bullets and numbers.

/// Bullets that never start a sentence: dropped even with no space after them.
const BULLETS: &[char] = &['•', '·', '‣', '◦', '▪', '●'];
/// Bullets that may also be a sign (`-5 %`, `+3 scholen`) or markup (`*nu*`): dropped only when
/// white space follows them, or nothing does.
const SIGNS: &[char] = &['-', '*', '+', '–', '—'];

/// The notes in pasted text: one per non-blank line, each trimmed, with a leading bullet (`-`,
/// `*`, `•`, `·`, `‣`, `◦`, `▪`, `●`, `–`, `—`, `+`) or number (`1.`, `1)`, `(1)`, `12.`, `1.2.`,
/// `a.`, `a)`, `(a)`, `A)`) and the space after it dropped. A number counts only when white space
/// or the end of the line follows it, so `3 scholen` and `3.5 miljoen` keep their number; a
/// capital with a full stop (`J. de Vries`) is read as an initial, not a number.
pub fn pasted_notes(text: &str) -> Vec<String> {
    text.split(['\n', '\r', '\u{2028}', '\u{2029}'])
        .map(|line| without_marker(line.trim()).trim())
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect()
}

/// The line without its leading bullet or number, if it has one.
fn without_marker(line: &str) -> &str {
    let token = line.split(char::is_whitespace).next().unwrap_or_default();
    let rest = &line[token.len()..];
    let mut chars = token.chars();
    let first = chars.next().unwrap_or(' ');
    if BULLETS.contains(&first) {
        return &line[first.len_utf8()..];
    }
    if SIGNS.contains(&first) && chars.as_str().is_empty() {
        return rest;
    }
    let (inner, mark) = match token.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        Some(inner) => (inner, ')'),
        None => match token.char_indices().last() {
            Some((at, mark @ ('.' | ')'))) => (&token[..at], mark),
            _ => return line,
        },
    };
    // `1.`, `12)`, `1.2.`, `(3)`: groups of at most three digits (a year is not a number).
    let number = inner
        .split('.')
        .all(|group| (1..=3).contains(&group.len()) && group.bytes().all(|b| b.is_ascii_digit()))
        && !(token.starts_with('(') && inner.contains('.'));
    // `a.`, `b)`, `(c)`, `D)`; `J.` is an initial.
    let letter = inner.len() == 1
        && inner
            .bytes()
            .all(|b| b.is_ascii_lowercase() || (b.is_ascii_uppercase() && mark == ')'))
        && !rest.is_empty();
    if number || letter {
        rest
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_bullet_list_becomes_one_note_a_line() {
        // Word puts a tab, or a run of spaces, between the bullet and the text.
        let pasted = "•\tGoede samenwerking tussen wijkteam en politie\n\
                      •\tKorte lijnen met het jongerenwerk\n\
                      ·         Sleutelfiguren in de wijk kennen elkaar\n";
        assert_eq!(
            pasted_notes(pasted),
            [
                "Goede samenwerking tussen wijkteam en politie",
                "Korte lijnen met het jongerenwerk",
                "Sleutelfiguren in de wijk kennen elkaar",
            ]
        );
    }

    #[test]
    fn numbered_lists_lose_their_numbers() {
        let pasted = "1. Weinig zicht op online radicalisering\n\
                      2) Wachtlijsten in de jeugdzorg\n\
                      (3) Signalen blijven hangen bij één partner\n\
                      12. Te weinig uren voor het Veiligheidshuis\n\
                      1.2. Geen vaste contactpersoon bij de school\n\
                      a. Funding ends in 2027\n\
                      b) Staff turnover at the youth centre\n\
                      (c) Nobody owns the follow-up\n\
                      D) Café De Kroon sluit";
        assert_eq!(
            pasted_notes(pasted),
            [
                "Weinig zicht op online radicalisering",
                "Wachtlijsten in de jeugdzorg",
                "Signalen blijven hangen bij één partner",
                "Te weinig uren voor het Veiligheidshuis",
                "Geen vaste contactpersoon bij de school",
                "Funding ends in 2027",
                "Staff turnover at the youth centre",
                "Nobody owns the follow-up",
                "Café De Kroon sluit",
            ]
        );
    }

    #[test]
    fn every_bullet_is_dropped_with_the_space_after_it() {
        for bullet in ["-", "*", "•", "·", "‣", "◦", "▪", "●", "–", "—", "+"] {
            assert_eq!(
                pasted_notes(&format!("  {bullet} Kansen door de nieuwe wijkaanpak  ")),
                ["Kansen door de nieuwe wijkaanpak"],
                "{bullet}"
            );
        }
        assert_eq!(pasted_notes("•Zonder spatie"), ["Zonder spatie"]);
    }

    #[test]
    fn crlf_line_ends_and_blank_lines_are_dropped() {
        let pasted = "- Strengths of the network\r\n\r\n   \r\n- Trust between partners\r\n";
        assert_eq!(
            pasted_notes(pasted),
            ["Strengths of the network", "Trust between partners"]
        );
        assert_eq!(pasted_notes("een\rtwee"), ["een", "twee"]);
        assert!(pasted_notes("\r\n \n\t").is_empty());
        assert!(pasted_notes("").is_empty());
    }

    #[test]
    fn a_line_that_is_only_a_bullet_or_number_is_dropped() {
        assert_eq!(
            pasted_notes("•\n-\n3.\n(4)\n–  \nEchte notitie"),
            ["Echte notitie"]
        );
    }

    #[test]
    fn text_that_merely_starts_with_a_number_or_sign_keeps_it() {
        let kept = [
            "3 scholen doen mee",
            "3.5 miljoen euro subsidie",
            "2025: nieuwe wet",
            "-5 % budget voor preventie",
            "+3 wijkagenten erbij",
            "*Nu* handelen",
            "J. de Vries (wijkagent) kent de jongeren",
            "A.-J. Gielen noemt drie fasen",
            "e-mail komt niet aan",
            "(zie notulen) geen terugkoppeling",
            "1234. Te lang voor een nummer",
            "x.y is geen nummer",
        ];
        for text in kept {
            assert_eq!(pasted_notes(text), [text], "{text}");
        }
    }

    #[test]
    fn only_the_first_marker_is_dropped_and_inner_lines_are_kept_whole() {
        assert_eq!(
            pasted_notes("1. - het streepje blijft\n- 2. het nummer blijft"),
            ["- het streepje blijft", "2. het nummer blijft"]
        );
    }

    proptest::proptest! {
        #[test]
        fn any_paste_gives_trimmed_one_line_notes(text in "[\\PC\n\r\t•·\\-–()0-9a-z. ]{0,120}") {
            for note in pasted_notes(&text) {
                proptest::prop_assert!(!note.is_empty());
                proptest::prop_assert_eq!(note.trim(), note.as_str());
                proptest::prop_assert!(!note.contains(['\n', '\r']));
            }
        }
    }
}
