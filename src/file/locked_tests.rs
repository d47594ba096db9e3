//! Tests of the locked file, against a second implementation of its crypto with RustCrypto (the
//! app itself uses the browser's Web Crypto), and the known-answer fixture the browser side must
//! open too.

use std::collections::HashMap;
use std::sync::Mutex;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::digest::consts::U64;
use sha2::digest::generic_array::GenericArray;
use sha2::{Digest, Sha256};

use super::*;
use crate::model::{Id, Quadrant, Timestamp};

/// The fixture's passphrase.
const PASSPHRASE: &str = "correct paard batterij niet";
/// The fixture's salt and nonce: fixed, so the fixture is made the same to the byte each time.
const SALT: [u8; SALT_BYTES] = *b"waterdam-zout-16";
const NONCE: [u8; NONCE_BYTES] = *b"waterdam-iv1";

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/locked");

/// PBKDF2-HMAC-SHA-256 (RFC 8018) over SHA-256's compression function, which sha2 compiles
/// optimised: the pbkdf2 crate's generic code would be compiled into this unoptimised test
/// build, at 8 s a key. It is checked against the pbkdf2 crate below.
fn pbkdf2_sha256(passphrase: &[u8], salt: &[u8], iterations: u32, out: &mut [u8]) {
    const IV: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let key: Vec<u8> = if passphrase.len() > 64 {
        Sha256::digest(passphrase).to_vec()
    } else {
        passphrase.to_vec()
    };
    let padded = |fill: u8| {
        let mut block = [fill; 64];
        block.iter_mut().zip(&key).for_each(|(b, k)| *b ^= k);
        let mut state = IV;
        sha2::compress256(&mut state, &[GenericArray::<u8, U64>::from(block)]);
        state
    };
    let (inner, outer) = (padded(0x36), padded(0x5c));
    // After the key's block, one block: a 32-byte hash, then SHA-256's padding for 96 bytes.
    let mut block = [0u8; 64];
    block[32] = 0x80;
    block[62] = 0x03; // 96 * 8 bits = 0x300
                      // Written plainly, with no calls an optimiser would inline: this runs 600,000 times a
                      // block in an unoptimised build.
    let mut next = |state: &[u32; 8], words: &[u32; 8]| {
        let mut i = 0;
        while i < 8 {
            let w = words[i];
            block[4 * i] = (w >> 24) as u8;
            block[4 * i + 1] = (w >> 16) as u8;
            block[4 * i + 2] = (w >> 8) as u8;
            block[4 * i + 3] = w as u8;
            i += 1;
        }
        let mut state = *state;
        sha2::compress256(
            &mut state,
            std::slice::from_ref(GenericArray::from_slice(&block)),
        );
        state
    };
    for (i, chunk) in out.chunks_mut(32).enumerate() {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(passphrase).unwrap();
        mac.update(salt);
        mac.update(&(i as u32 + 1).to_be_bytes());
        let first = mac.finalize().into_bytes();
        let mut u = [0u32; 8];
        for (word, bytes) in u.iter_mut().zip(first.chunks(4)) {
            *word = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        }
        let mut t = u;
        for _ in 1..iterations {
            let hashed = next(&inner, &u);
            u = next(&outer, &hashed);
            let mut j = 0;
            while j < 8 {
                t[j] ^= u[j];
                j += 1;
            }
        }
        let bytes: Vec<u8> = t.iter().flat_map(|w| w.to_be_bytes()).collect();
        chunk.copy_from_slice(&bytes[..chunk.len()]);
    }
}

/// The bits a passphrase derives, each made once for all tests (PBKDF2 is slow on purpose).
fn derive(passphrase: &str, salt: &[u8; SALT_BYTES], iterations: u32) -> Derived {
    type Made = HashMap<(String, [u8; SALT_BYTES], u32), [u8; DERIVED_BYTES]>;
    static MADE: Mutex<Option<Made>> = Mutex::new(None);
    let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
    let bits = made
        .get_or_insert_with(HashMap::new)
        .entry((passphrase.to_string(), *salt, iterations))
        .or_insert_with(|| {
            let mut bits = [0u8; DERIVED_BYTES];
            pbkdf2_sha256(passphrase.as_bytes(), salt, iterations, &mut bits);
            bits
        });
    Derived::from_bytes(bits).unwrap()
}

/// The reference lock: what the browser does with Web Crypto, with RustCrypto.
fn lock(
    plain: &[u8],
    passphrase: &str,
    salt: [u8; SALT_BYTES],
    nonce: [u8; NONCE_BYTES],
    iterations: u32,
) -> LockedFile {
    let derived = derive(passphrase, &salt, iterations);
    let aad = LockedFile::header(iterations, &salt, &nonce);
    let ciphertext = Aes256Gcm::new(derived.key().into())
        .encrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: plain,
                aad: aad.as_bytes(),
            },
        )
        .unwrap();
    LockedFile::new(salt, nonce, iterations, *derived.check(), ciphertext)
}

/// The reference unlock: parse, derive, decrypt, and let the file judge.
fn unlock(bytes: &[u8], passphrase: &str) -> Result<Vec<u8>, LockedError> {
    let file = LockedFile::parse(bytes)?;
    let derived = derive(passphrase, &file.salt, file.iterations);
    let plain = decrypt(&file, &derived);
    file.judge(&derived, plain)
}

fn decrypt(file: &LockedFile, derived: &Derived) -> Option<Vec<u8>> {
    Aes256Gcm::new(derived.key().into())
        .decrypt(
            Nonce::from_slice(&file.nonce),
            Payload {
                msg: &file.ciphertext,
                aad: &file.aad(),
            },
        )
        .ok()
}

/// The fixture's board: a title, notes in Dutch with accents in three quadrants, a theme.
/// Fixed ids and times, so its file is the same to the byte each time it is made.
fn fixture_board() -> Board {
    let mut board = Board::new("Focusgroep Waterdam, vertrouwelijk").unwrap();
    let a = board
        .add_note(
            Quadrant::Strengths,
            "Korte lijnen tussen wijkteam en politie",
        )
        .unwrap();
    let b = board
        .add_note(
            Quadrant::Strengths,
            "Sleutelfiguren in de wijk kennen elkaar",
        )
        .unwrap();
    board
        .add_note(
            Quadrant::Weaknesses,
            "Signalen blijven hangen bij één partner",
        )
        .unwrap();
    board
        .add_note(
            Quadrant::Threats,
            "Geruchten over café ‘De Kroon’ gaan snel rond",
        )
        .unwrap();
    board.add_theme("Netwerk", &[a, b]).unwrap();
    let mut fixed: HashMap<Id, Id> = HashMap::new();
    board.visit_ids(&mut |id| {
        let n = fixed.len() + 1;
        *id = *fixed
            .entry(*id)
            .or_insert_with(|| Id::parse(&format!("f0000000-0000-4000-8000-{n:012}")).unwrap());
    });
    let at = Timestamp(1_795_793_400_000); // 2026-11-27T15:30:00Z
    board.created_at = at;
    board.updated_at = at;
    for note in &mut board.notes {
        note.created_at = at;
        note.updated_at = at;
    }
    board
}

/// The fixture's plaintext: `tests/fixtures/locked/waterdam-plain.swot.json`, kept beside it so
/// that a future format version does not change what the locked fixture holds.
fn fixture_plain() -> Vec<u8> {
    update_fixtures();
    std::fs::read(format!("{FIXTURES}/waterdam-plain.swot.json")).unwrap()
}

/// The locked fixture as the reference makes it from the plain one.
fn fixture_locked() -> LockedFile {
    let mut file = lock(&fixture_plain(), PASSPHRASE, SALT, NONCE, ITERATIONS);
    // The version that wrote it, so that a new version of the app makes the same fixture.
    file.app = "SWOT Board 0.1.0".into();
    file
}

/// With `UPDATE_FIXTURES` set, writes both fixture files anew, once, before any test reads them.
fn update_fixtures() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    if std::env::var_os("UPDATE_FIXTURES").is_none() {
        return;
    }
    ONCE.call_once(|| {
        std::fs::create_dir_all(FIXTURES).unwrap();
        let plain = to_json(&Envelope::new(vec![fixture_board()]));
        std::fs::write(format!("{FIXTURES}/waterdam-plain.swot.json"), &plain).unwrap();
        let mut file = lock(plain.as_bytes(), PASSPHRASE, SALT, NONCE, ITERATIONS);
        file.app = "SWOT Board 0.1.0".into();
        std::fs::write(
            format!("{FIXTURES}/waterdam-locked.swot.json"),
            file.to_json(),
        )
        .unwrap();
    });
}

/// `tests/fixtures/locked/waterdam-locked.swot.json` is what the reference implementation
/// makes, to the byte, with passphrase `correct paard batterij niet`, salt
/// `waterdam-zout-16`, nonce `waterdam-iv1` and 600,000 iterations. It holds the board
/// "Focusgroep Waterdam, vertrouwelijk": in strengths "Korte lijnen tussen wijkteam en politie"
/// and "Sleutelfiguren in de wijk kennen elkaar" (theme "Netwerk"), in weaknesses "Signalen
/// blijven hangen bij één partner", in threats "Geruchten over café ‘De Kroon’ gaan snel
/// rond". The browser side must open it too. After a deliberate change, write both fixture
/// files anew with `UPDATE_FIXTURES=1 cargo test fixture`.
#[test]
fn the_locked_fixture_is_what_the_reference_implementation_makes() {
    let path = format!("{FIXTURES}/waterdam-locked.swot.json");
    let made = fixture_locked().to_json();
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == made,
        "{path} differs from what the reference makes; run UPDATE_FIXTURES=1 cargo test fixture"
    );
}

#[test]
fn the_locked_fixture_opens_with_its_passphrase_into_its_board() {
    update_fixtures();
    let bytes = std::fs::read(format!("{FIXTURES}/waterdam-locked.swot.json")).unwrap();
    assert!(is_locked(&bytes));
    let plain = unlock(&bytes, PASSPHRASE).unwrap();
    assert_eq!(plain, fixture_plain());
    let board = &restore(&plain).unwrap().boards[0];
    assert_eq!(board.title, "Focusgroep Waterdam, vertrouwelijk");
    let texts = |q| {
        board
            .notes_in(q)
            .map(|n| n.text.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        texts(Quadrant::Strengths),
        [
            "Korte lijnen tussen wijkteam en politie",
            "Sleutelfiguren in de wijk kennen elkaar"
        ]
    );
    assert_eq!(
        texts(Quadrant::Weaknesses),
        ["Signalen blijven hangen bij één partner"]
    );
    assert!(texts(Quadrant::Opportunities).is_empty());
    assert_eq!(
        texts(Quadrant::Threats),
        ["Geruchten over café ‘De Kroon’ gaan snel rond"]
    );
    assert_eq!(board.themes.len(), 1);
    assert_eq!(board.themes[0].name, "Netwerk");
    assert_eq!(board.notes_of_theme(board.themes[0].id).count(), 2);
    assert_eq!(board, &fixture_board());
}

#[test]
fn the_reference_pbkdf2_is_the_pbkdf2_crates_and_rfc_7914s() {
    // RFC 7914, section 11: PBKDF2-HMAC-SHA256, "passwd", "salt", 1 iteration, 64 bytes.
    let mut bits = [0u8; 64];
    pbkdf2_sha256(b"passwd", b"salt", 1, &mut bits);
    assert_eq!(
        bits[..16],
        [
            0x55, 0xac, 0x04, 0x6e, 0x56, 0xe3, 0x08, 0x9f, 0xec, 0x16, 0x91, 0xc2, 0x25, 0x44,
            0xb6, 0x05
        ]
    );
    let long = "een wachtzin van meer dan vierenzestig bytes, met één accent erin, zo";
    assert!(long.len() > 64);
    for (passphrase, iterations) in [(PASSPHRASE, 1), (PASSPHRASE, 2), ("", 3), (long, 1_000)] {
        let mut crate_bits = [0u8; 64];
        pbkdf2::pbkdf2_hmac::<Sha256>(passphrase.as_bytes(), &SALT, iterations, &mut crate_bits);
        pbkdf2_sha256(passphrase.as_bytes(), &SALT, iterations, &mut bits);
        assert_eq!(bits, crate_bits, "{passphrase:?} {iterations}");
    }
}

#[test]
fn locking_then_unlocking_gives_the_plain_file_back() {
    let plain = to_json(&Envelope::new(vec![crate::content::example_board(
        crate::i18n::Lang::En,
    )]));
    let nonce = *b"another-iv12";
    let locked = lock(plain.as_bytes(), PASSPHRASE, SALT, nonce, ITERATIONS).to_json();
    assert!(is_locked(locked.as_bytes()));
    let back = unlock(locked.as_bytes(), PASSPHRASE).unwrap();
    assert_eq!(back, plain.as_bytes());
    assert!(restore(&back).is_ok());
    // The file reads and writes to the same bytes.
    assert_eq!(
        LockedFile::parse(locked.as_bytes()).unwrap().to_json(),
        locked
    );
}

#[test]
fn a_wrong_passphrase_says_so_and_gives_nothing() {
    let locked = fixture_locked().to_json();
    // One capital differs.
    assert_eq!(
        unlock(locked.as_bytes(), "Correct paard batterij niet"),
        Err(LockedError::WrongPassphrase)
    );
}

/// The fixture's JSON with one field changed by `change`.
fn changed(change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value: Value = serde_json::from_str(&fixture_locked().to_json()).unwrap();
    change(&mut value);
    serde_json::to_vec_pretty(&value).unwrap()
}

/// A base64 field's bytes changed by `change`.
fn bytes_changed(field: &mut Value, change: impl FnOnce(&mut Vec<u8>)) {
    let mut bytes = base64::decode(field.as_str().unwrap()).unwrap();
    change(&mut bytes);
    *field = Value::from(base64::encode(&bytes));
}

#[test]
fn every_field_changed_gives_its_own_error_and_never_the_plaintext() {
    use LockedError::*;
    let flip = |b: &mut Vec<u8>| b[0] ^= 1;
    let flip_last = |b: &mut Vec<u8>| *b.last_mut().unwrap() ^= 0x80;
    let shorten = |b: &mut Vec<u8>| {
        b.pop();
    };
    let damaged = |field| Damaged { field };
    let cases: Vec<(&str, Vec<u8>, LockedError)> = vec![
        (
            "kind",
            changed(|v| v["kind"] = "swot-board".into()),
            NotLocked,
        ),
        (
            "kind",
            changed(|v| v["kind"] = "swot-board-lockeD".into()),
            NotLocked,
        ),
        (
            "kind gone",
            changed(|v| {
                v["kind"].take();
            }),
            NotLocked,
        ),
        (
            "version",
            changed(|v| v["version"] = 2.into()),
            TooNew {
                found: 2,
                supported: 1,
            },
        ),
        (
            "version 0",
            changed(|v| v["version"] = 0.into()),
            damaged("version"),
        ),
        (
            "version text",
            changed(|v| v["version"] = "1".into()),
            damaged("version"),
        ),
        ("app", changed(|v| v["app"] = 1.into()), damaged("app")),
        (
            "kdf name",
            changed(|v| v["kdf"]["name"] = "PBKDF2-SHA-512".into()),
            damaged("kdf.name"),
        ),
        (
            "kdf gone",
            changed(|v| v["kdf"] = Value::Null),
            damaged("kdf.name"),
        ),
        (
            "too few iterations",
            changed(|v| v["kdf"]["iterations"] = 599_999.into()),
            damaged("kdf.iterations"),
        ),
        (
            "too many iterations",
            changed(|v| v["kdf"]["iterations"] = 10_000_001.into()),
            damaged("kdf.iterations"),
        ),
        (
            "iterations text",
            changed(|v| v["kdf"]["iterations"] = "600000".into()),
            damaged("kdf.iterations"),
        ),
        (
            "iterations",
            changed(|v| v["kdf"]["iterations"] = 600_001.into()),
            WrongPassphrase,
        ),
        (
            "salt",
            changed(|v| bytes_changed(&mut v["kdf"]["salt"], flip)),
            WrongPassphrase,
        ),
        (
            "salt short",
            changed(|v| bytes_changed(&mut v["kdf"]["salt"], shorten)),
            damaged("kdf.salt"),
        ),
        (
            "salt not base64",
            changed(|v| v["kdf"]["salt"] = "d2F0ZXJkYW0tem91dC0xNg=".into()),
            damaged("kdf.salt"),
        ),
        (
            "cipher name",
            changed(|v| v["cipher"]["name"] = "AES-128-GCM".into()),
            damaged("cipher.name"),
        ),
        (
            "nonce",
            changed(|v| bytes_changed(&mut v["cipher"]["nonce"], flip)),
            Tampered,
        ),
        (
            "nonce short",
            changed(|v| bytes_changed(&mut v["cipher"]["nonce"], shorten)),
            damaged("cipher.nonce"),
        ),
        (
            "check",
            changed(|v| bytes_changed(&mut v["check"], flip)),
            Tampered,
        ),
        (
            "check short",
            changed(|v| bytes_changed(&mut v["check"], shorten)),
            damaged("check"),
        ),
        (
            "ciphertext",
            changed(|v| bytes_changed(&mut v["ciphertext"], flip)),
            Tampered,
        ),
        (
            "tag",
            changed(|v| bytes_changed(&mut v["ciphertext"], flip_last)),
            Tampered,
        ),
        (
            "ciphertext short",
            changed(|v| bytes_changed(&mut v["ciphertext"], shorten)),
            Tampered,
        ),
        (
            "ciphertext cut",
            changed(|v| bytes_changed(&mut v["ciphertext"], |b| b.truncate(TAG_BYTES - 1))),
            Truncated,
        ),
        (
            "ciphertext not base64",
            changed(|v| v["ciphertext"] = "AAAA*AAA".into()),
            damaged("ciphertext"),
        ),
        (
            "ciphertext gone",
            changed(|v| v["ciphertext"] = Value::Null),
            damaged("ciphertext"),
        ),
    ];
    for (what, bytes, expected) in cases {
        assert_eq!(unlock(&bytes, PASSPHRASE), Err(expected), "{what}");
    }
    let whole = fixture_locked().to_json();
    assert_eq!(
        unlock(&whole.as_bytes()[..whole.len() / 2], PASSPHRASE),
        Err(Truncated)
    );
    let broken = whole.replacen("\"check\":", "\"check\";", 1);
    assert_eq!(unlock(broken.as_bytes(), PASSPHRASE), Err(damaged("")));
    // The app's name is informative and not protected: changing it changes nothing.
    let renamed = changed(|v| v["app"] = "SWOT Board 9.9.9".into());
    assert_eq!(unlock(&renamed, PASSPHRASE).unwrap(), fixture_plain());
}

#[test]
fn the_header_is_the_additional_data_so_changing_it_fails_the_decryption() {
    let file = fixture_locked();
    assert_eq!(
        String::from_utf8(file.aad()).unwrap(),
        "swot-board-locked\n1\nPBKDF2-SHA-256\n600000\nd2F0ZXJkYW0tem91dC0xNg==\nAES-256-GCM\nd2F0ZXJkYW0taXYx"
    );
    // With the right key, a header that says other iterations or another salt does not decrypt;
    // the check still matches, so the file was changed.
    let derived = derive(PASSPHRASE, &SALT, ITERATIONS);
    let mut other = file.clone();
    other.iterations += 1;
    assert_eq!(decrypt(&other, &derived), None);
    assert_eq!(
        other.judge(&derived, decrypt(&other, &derived)),
        Err(LockedError::Tampered)
    );
    let mut other = file.clone();
    other.salt[0] ^= 1;
    assert_eq!(decrypt(&other, &derived), None);
    assert!(decrypt(&file, &derived).is_some());
}

#[test]
fn judge_decides_from_the_check_and_the_decryption() {
    let file = fixture_locked();
    let mut bits = [7u8; DERIVED_BYTES];
    bits[KEY_BYTES..].copy_from_slice(&file.check);
    let right = Derived::from_bytes(&bits).unwrap();
    bits[DERIVED_BYTES - 1] ^= 1;
    let wrong = Derived::from_bytes(&bits).unwrap();
    let plain = Some(b"{}".to_vec());
    assert_eq!(file.judge(&right, plain.clone()), Ok(b"{}".to_vec()));
    assert_eq!(file.judge(&wrong, plain), Err(LockedError::Tampered));
    assert_eq!(file.judge(&right, None), Err(LockedError::Tampered));
    assert_eq!(file.judge(&wrong, None), Err(LockedError::WrongPassphrase));
    assert!(Derived::from_bytes(&bits[1..]).is_none());
    assert_eq!(format!("{right:?}"), "Derived(..)");
}

#[test]
fn the_locked_file_holds_nothing_of_the_board_in_the_clear() {
    let locked = fixture_locked().to_json();
    let plain = String::from_utf8(fixture_plain()).unwrap();
    for secret in [
        "Waterdam",
        "vertrouwelijk",
        "Korte lijnen",
        "Netwerk",
        "één",
        "f0000000",
        "strengths",
        "boards",
    ] {
        assert!(plain.contains(secret), "{secret}");
        assert!(!locked.contains(secret), "{secret}");
    }
    let value: Value = serde_json::from_str(&locked).unwrap();
    let mut keys: Vec<&String> = value.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "app",
            "check",
            "cipher",
            "ciphertext",
            "kdf",
            "kind",
            "version"
        ]
    );
}

#[test]
fn is_locked_tells_a_locked_file_from_a_plain_one_cheaply() {
    let locked = fixture_locked().to_json();
    assert!(is_locked(locked.as_bytes()));
    assert!(is_locked(
        "\u{feff}{ \"kind\"\n:\t\"swot-board-locked\" }".as_bytes()
    ));
    assert!(!is_locked(&fixture_plain()));
    // A note that quotes the kind is escaped in the plain file, so it is not read as one.
    let mut board = fixture_board();
    board
        .add_note(Quadrant::Threats, "\"kind\": \"swot-board-locked\"")
        .unwrap();
    let plain = to_json(&Envelope::new(vec![board]));
    assert!(!is_locked(plain.as_bytes()));
    assert_eq!(
        LockedFile::parse(plain.as_bytes()),
        Err(LockedError::NotLocked)
    );
    for other in [
        "",
        "{}",
        "[1]",
        "kind",
        "\"kind\"",
        "{\"kind\": 3}",
        "\u{0}\u{ff}",
    ] {
        assert!(!is_locked(other.as_bytes()), "{other:?}");
        assert_eq!(
            LockedFile::parse(other.as_bytes()),
            Err(LockedError::NotLocked)
        );
    }
}

#[test]
fn a_locked_file_too_large_to_hold_a_session_is_refused_before_it_is_read() {
    let bytes = vec![b' '; MAX_LOCKED_BYTES + 1];
    assert_eq!(
        LockedFile::parse(&bytes),
        Err(LockedError::TooLarge {
            bytes: MAX_LOCKED_BYTES + 1,
            max: MAX_LOCKED_BYTES
        })
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn parse_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
            let _ = LockedFile::parse(&bytes);
            let _ = is_locked(&bytes);
        }

        #[test]
        fn a_mangled_locked_file_never_opens_to_another_plaintext(at in any::<usize>(), byte in any::<u8>()) {
            let mut bytes = fixture_locked().to_json().into_bytes();
            let at = at % bytes.len();
            bytes[at] = byte;
            // Without the slow key derivation: with the right key, what opens is the original.
            if let Ok(file) = LockedFile::parse(&bytes) {
                let derived = derive(PASSPHRASE, &SALT, ITERATIONS);
                if file.salt == SALT && file.iterations == ITERATIONS {
                    let opened = file.judge(&derived, decrypt(&file, &derived));
                    prop_assert!(opened.is_err() || opened == Ok(fixture_plain()));
                }
            }
        }
    }
}

// The locked file as the JSON Schema describes it (docs/swot-board.schema.json, beside the plain
// envelope); a test keeps it to the fields `LockedFile::to_json` writes.

/// A session file locked with a passphrase: the plain session file, encrypted, with nothing of
/// the board in the clear (see docs/file-format.md).
#[derive(serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "LockedFile")]
pub(super) struct LockedSchema {
    /// Always `swot-board-locked`.
    #[schemars(extend("const" = "swot-board-locked"))]
    kind: String,
    /// The version of the locked envelope: 1.
    #[schemars(extend("const" = 1))]
    version: u32,
    /// Which app and version locked it, e.g. `SWOT Board 0.1.0` (informative, not
    /// authenticated).
    #[serde(default)]
    app: String,
    /// How the key is derived from the passphrase.
    kdf: KdfSchema,
    /// How the session file is encrypted.
    cipher: CipherSchema,
    /// Base64 of 32 bytes: the second half of what PBKDF2 derives, which tells a wrong
    /// passphrase from a file changed after locking.
    #[schemars(extend("pattern" = "^[A-Za-z0-9+/]{43}=$"))]
    check: String,
    /// Base64 of the plain session file encrypted with AES-256-GCM, its 16-byte tag at the end.
    #[schemars(extend("pattern" = "^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"))]
    ciphertext: String,
}

/// PBKDF2-HMAC-SHA-256 of the passphrase (UTF-8) and the salt, 64 bytes: the key, then the check.
#[derive(serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "LockedKdf")]
struct KdfSchema {
    /// Always `PBKDF2-SHA-256`.
    #[schemars(extend("const" = "PBKDF2-SHA-256"))]
    name: String,
    /// The iterations, from 600,000 to 10,000,000.
    #[schemars(range(min = 600_000, max = 10_000_000))]
    iterations: u32,
    /// Base64 of 16 random bytes.
    #[schemars(extend("pattern" = "^[A-Za-z0-9+/]{22}==$"))]
    salt: String,
}

/// AES-256-GCM, with the canonical header as additional data.
#[derive(serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "LockedCipher")]
struct CipherSchema {
    /// Always `AES-256-GCM`.
    #[schemars(extend("const" = "AES-256-GCM"))]
    name: String,
    /// Base64 of 12 random bytes, the nonce (IV).
    #[schemars(extend("pattern" = "^[A-Za-z0-9+/]{16}$"))]
    nonce: String,
}

#[test]
fn the_schema_of_the_locked_file_has_the_fields_it_is_written_with() {
    let file = fixture_locked();
    let read: LockedSchema = serde_json::from_str(&file.to_json()).unwrap();
    assert_eq!(
        (read.kind.as_str(), read.version, read.app.as_str()),
        (LOCKED_KIND, LOCKED_VERSION, file.app.as_str())
    );
    assert_eq!(
        (read.kdf.name.as_str(), read.kdf.iterations, read.kdf.salt),
        (KDF, file.iterations, base64::encode(&file.salt))
    );
    assert_eq!(
        (read.cipher.name.as_str(), read.cipher.nonce),
        (CIPHER, base64::encode(&file.nonce))
    );
    assert_eq!(read.check, base64::encode(&file.check));
    assert_eq!(read.ciphertext, base64::encode(&file.ciphertext));
}
