//! Where in a JSON text a position lies, as a path like `boards[0].notes[3].quadrant`.
//!
//! serde_json names the line and column of an error; this walks the text up to there. It is a
//! few dozen lines where a path-tracking deserializer wrapper costs kilobytes of wasm.

enum Frame {
    /// An object, with the key last read and whether a key is expected next.
    Object { key: Option<String>, want_key: bool },
    /// An array, with the index of the element being read, once one has started.
    Array { index: usize, started: bool },
}

/// The path of the value at `line` and `column` (1-based, as serde_json counts) in `text`.
pub fn json_path(text: &str, line: usize, column: usize) -> String {
    let bytes = text.as_bytes();
    let end = offset(text, line, column).min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut at = 0;
    while at < end {
        let byte = bytes[at];
        match byte {
            b'{' => {
                start_value(&mut stack);
                stack.push(Frame::Object {
                    key: None,
                    want_key: true,
                });
            }
            b'[' => {
                start_value(&mut stack);
                stack.push(Frame::Array {
                    index: 0,
                    started: false,
                });
            }
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { want_key, .. }) => *want_key = true,
                Some(Frame::Array { index, started }) => {
                    *index += 1;
                    *started = false;
                }
                None => {}
            },
            b'"' => {
                let close = string_end(bytes, at);
                match stack.last_mut() {
                    Some(Frame::Object { key, want_key }) if *want_key => {
                        // Bytes, not a str slice: the end may fall inside a character.
                        let name = &bytes[at + 1..close.min(end).max(at + 1)];
                        *key = Some(String::from_utf8_lossy(name).into_owned());
                        *want_key = false;
                    }
                    _ => start_value(&mut stack),
                }
                at = close;
            }
            b' ' | b'\n' | b'\r' | b'\t' | b':' => {}
            _ => start_value(&mut stack),
        }
        at += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Array {
                index,
                started: true,
            } => path.push_str(&format!("[{index}]")),
            _ => {}
        }
    }
    path
}

fn start_value(stack: &mut [Frame]) {
    if let Some(Frame::Array { started, .. }) = stack.last_mut() {
        *started = true;
    }
}

/// The index of the quote that closes the string opening at `open`.
fn string_end(bytes: &[u8], open: usize) -> usize {
    let mut at = open + 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return at,
            _ => at += 1,
        }
    }
    bytes.len()
}

/// The byte offset of a 1-based line and column (serde_json counts columns in bytes).
fn offset(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    start + column
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_at(text: &str, marker: &str) -> String {
        let at = text.find(marker).unwrap() + marker.len();
        let line = text[..at].matches('\n').count() + 1;
        let column = at - text[..at].rfind('\n').map_or(0, |n| n + 1);
        json_path(text, line, column)
    }

    #[test]
    fn any_position_in_any_text_gives_a_path_without_panicking() {
        let text = "{\"é\": [\"ü\", {\"☕\": 1}], \"x\\\"\": \"";
        for line in 0..4 {
            for column in 0..text.len() + 3 {
                json_path(text, line, column);
            }
        }
    }

    #[test]
    fn paths_name_keys_and_indices() {
        let text = r#"{"boards": [{"notes": [{"q": "a"}, {"q": "b", "text": "é ü \" x"}]}]}"#;
        assert_eq!(path_at(text, r#""q": "b""#), "boards[0].notes[1].q");
        assert_eq!(path_at(text, r#" x""#), "boards[0].notes[1].text");
        assert_eq!(path_at(text, r#"{"q": "a"}"#), "boards[0].notes[0]");
        assert_eq!(path_at(text, "{"), "");
    }
}
