//! Words in notes, as Dutch and English write them: case folded for the Latin letters, whole
//! words found without Unicode's tables (which would add kilobytes to the app).

/// Lower case for the Latin letters Dutch and English use (ASCII, Latin-1, Latin Extended-A);
/// other scripts stay as they are. Unicode's full case tables would add kilobytes to the app.
pub fn fold_case(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(c as u32 + 32).unwrap_or(c),
            '\u{100}'..='\u{137}' | '\u{14a}'..='\u{177}' if (c as u32).is_multiple_of(2) => {
                char::from_u32(c as u32 + 1).unwrap_or(c)
            }
            '\u{139}'..='\u{148}' | '\u{179}'..='\u{17e}' if !(c as u32).is_multiple_of(2) => {
                char::from_u32(c as u32 + 1).unwrap_or(c)
            }
            'Ÿ' => 'ÿ',
            _ => c,
        })
        .collect()
}

/// A letter or digit of the Latin script (see [`fold_case`]).
pub(super) fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (('\u{c0}'..='\u{24f}').contains(&c) && c != '×' && c != '÷')
}

/// Whether `word` occurs in `text` with no letter or digit right before or after it.
pub(super) fn contains_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let is_word = |c: Option<char>| c.is_some_and(is_word_char);
    text.match_indices(word).any(|(at, _)| {
        !is_word(text[..at].chars().next_back()) && !is_word(text[at + word.len()..].chars().next())
    })
}
