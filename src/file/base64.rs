//! Standard base64 with padding (RFC 4648, section 4), for the bytes of a locked file: a few
//! dozen lines where a crate costs kilobytes of wasm. Decoding is strict: no white space, padding
//! only at the end, and unused bits zero, so every byte string has exactly one spelling.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The bytes as base64.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The bytes a base64 text spells, or `None` if it is not base64 in its one canonical spelling.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let text = text.as_bytes();
    if !text.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let last = text.len() / 4;
    for (at, quad) in text.chunks(4).enumerate() {
        let padding = quad.iter().rev().take_while(|c| **c == b'=').count();
        if padding > 2 || (padding > 0 && at + 1 != last) {
            return None;
        }
        let mut n = 0u32;
        for &c in &quad[..4 - padding] {
            n = n << 6 | u32::from(value(c)?);
        }
        n <<= 6 * padding as u32;
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        let kept = 3 - padding;
        // The bits past the last byte must be zero.
        if bytes[kept..].iter().any(|b| *b != 0) {
            return None;
        }
        out.extend_from_slice(&bytes[..kept]);
    }
    Some(out)
}

fn value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ::base64::engine::general_purpose::STANDARD;
    use ::base64::Engine;
    use proptest::prelude::*;

    #[test]
    fn the_test_vectors_of_rfc_4648() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(plain.as_bytes()), coded);
            assert_eq!(decode(coded).unwrap(), plain.as_bytes());
        }
    }

    #[test]
    fn only_the_one_canonical_spelling_is_read() {
        for bad in [
            "Zg=", "Zg", "Z===", "Zh==", "Zm9=", "Zg==Zg==", "Zm 9v", "Zm9v\n", "Zm-v", "Zm_v",
            "====",
        ] {
            assert_eq!(decode(bad), None, "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn encoding_is_the_base64_crates_and_decoding_reverses_it(
            bytes in prop::collection::vec(any::<u8>(), 0..100)
        ) {
            let coded = encode(&bytes);
            prop_assert_eq!(&coded, &STANDARD.encode(&bytes));
            prop_assert_eq!(decode(&coded), Some(bytes));
        }

        #[test]
        fn decoding_accepts_exactly_what_the_base64_crate_accepts(text in "[A-Za-z0-9+/=]{0,12}") {
            prop_assert_eq!(decode(&text), STANDARD.decode(&text).ok());
        }
    }
}
