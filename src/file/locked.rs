//! A session file locked with a passphrase, for sharing a sensitive session: the plain session
//! file ([`super::to_json`]), encrypted, inside a small JSON envelope that shows nothing of the
//! board, not even its title.
//!
//! The crypto is the browser's Web Crypto; this module is everything around it, in plain Rust:
//! the format, reading and writing it, the additional data that binds the header to the
//! ciphertext, and the judgement of an unlock. The construction:
//!
//! - `bits = PBKDF2-HMAC-SHA-256(passphrase as UTF-8, salt, iterations, 64 bytes)`, with a
//!   random 16-byte salt; `key = bits[0..32]` (AES-256-GCM), `check = bits[32..64]`;
//! - `ciphertext = AES-256-GCM(key, nonce, plain file, aad)` with a random 12-byte nonce, the
//!   16-byte tag at its end, and `aad` the canonical header ([`LockedFile::header`]).
//!
//! The check, stored in the file, tells a wrong passphrase (the check differs and decryption
//! fails) from a file changed after locking (one of the two holds, the other not).

use thiserror::Error;

use super::{base64, MAX_FILE_BYTES};

/// The `kind` of a locked file, told apart from a plain session file's `swot-board`.
pub const LOCKED_KIND: &str = "swot-board-locked";
/// The version of the locked envelope this app writes and reads.
pub const LOCKED_VERSION: u32 = 1;
/// The key derivation, as the file names it: PBKDF2 with HMAC-SHA-256.
pub const KDF: &str = "PBKDF2-SHA-256";
/// The cipher, as the file names it.
pub const CIPHER: &str = "AES-256-GCM";
/// The iterations of PBKDF2 the app writes, and the fewest it reads (OWASP's figure for
/// PBKDF2-HMAC-SHA-256).
pub const ITERATIONS: u32 = 600_000;
/// The most iterations a file may ask for, so that a crafted file cannot hang the tab.
pub const MAX_ITERATIONS: u32 = 10_000_000;
/// The length of the salt, in bytes.
pub const SALT_BYTES: usize = 16;
/// The length of the nonce (AES-GCM's IV), in bytes.
pub const NONCE_BYTES: usize = 12;
/// The length of the check, in bytes.
pub const CHECK_BYTES: usize = 32;
/// The length of the AES-256 key, in bytes.
pub const KEY_BYTES: usize = 32;
/// What PBKDF2 derives: the key, then the check (512 bits for Web Crypto's `deriveBits`).
pub const DERIVED_BYTES: usize = KEY_BYTES + CHECK_BYTES;
/// The length of AES-GCM's tag at the end of the ciphertext, in bytes.
pub const TAG_BYTES: usize = 16;
/// Locked files larger than this are refused before they are read: the largest plain file,
/// encrypted and in base64, with room for the envelope.
pub const MAX_LOCKED_BYTES: usize = (MAX_FILE_BYTES + TAG_BYTES).div_ceil(3) * 4 + 4_096;

/// A locked session file, as read or to be written. Holds no plaintext.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockedFile {
    /// Which app and version wrote it (informative, not authenticated).
    pub app: String,
    /// The iterations of PBKDF2, from [`ITERATIONS`] to [`MAX_ITERATIONS`].
    pub iterations: u32,
    /// The salt of PBKDF2.
    pub salt: [u8; SALT_BYTES],
    /// The nonce (IV) of AES-GCM.
    pub nonce: [u8; NONCE_BYTES],
    /// The second half of what PBKDF2 derives, to tell a wrong passphrase from a changed file.
    pub check: [u8; CHECK_BYTES],
    /// The encrypted plain session file, AES-GCM's tag at its end.
    pub ciphertext: Vec<u8>,
}

/// What PBKDF2 derived from a passphrase: the AES key, then the check.
#[derive(Clone, PartialEq, Eq)]
pub struct Derived([u8; DERIVED_BYTES]);

impl Derived {
    /// The 64 bytes of `deriveBits`; `None` for any other length.
    pub fn from_bytes(bits: &[u8]) -> Option<Self> {
        bits.try_into().ok().map(Derived)
    }

    /// The AES-256-GCM key: the first 32 bytes.
    pub fn key(&self) -> &[u8; KEY_BYTES] {
        self.0.first_chunk().unwrap_or(&[0; KEY_BYTES])
    }

    /// The check: the last 32 bytes.
    pub fn check(&self) -> &[u8; CHECK_BYTES] {
        self.0.last_chunk().unwrap_or(&[0; CHECK_BYTES])
    }
}

impl std::fmt::Debug for Derived {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A key never goes into a log or a panic message.
        f.write_str("Derived(..)")
    }
}

/// Why a locked file could not be opened. Nothing is changed when this is returned.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LockedError {
    /// Larger than [`MAX_LOCKED_BYTES`].
    #[error("the file is {bytes} bytes; locked files up to {max} bytes can be read")]
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// Not a locked file (a plain session file, or no SWOT Board file at all).
    #[error("the file is not a locked SWOT Board file")]
    NotLocked,
    /// Ends too early: the JSON is cut off, or the ciphertext is shorter than its tag.
    #[error("the locked file ends too early")]
    Truncated,
    /// A field missing or not as this format writes it: bad base64, a wrong length of salt,
    /// nonce or check, an unknown method, iterations out of range.
    #[error("the locked file is damaged at `{field}`")]
    Damaged {
        /// The field, e.g. `kdf.salt`; empty for the file as a whole (its JSON is broken).
        field: &'static str,
    },
    /// Locked by a newer version of the app.
    #[error("the file was locked by a newer version of SWOT Board (version {found}); this version opens up to version {supported}")]
    TooNew {
        /// The version in the file.
        found: u64,
        /// The newest this app opens.
        supported: u32,
    },
    /// The passphrase does not open it (or the salt or iterations were changed, which cannot be
    /// told apart).
    #[error("the passphrase is wrong")]
    WrongPassphrase,
    /// The right passphrase, but the file was changed after it was locked.
    #[error("the file was changed after it was locked")]
    Tampered,
}

/// Whether these bytes claim to be a locked file: the first `"kind"` key names
/// [`LOCKED_KIND`]. Cheap, for deciding whether to ask for a passphrase before reading;
/// [`LockedFile::parse`] checks the rest.
pub fn is_locked(bytes: &[u8]) -> bool {
    const KEY: &[u8] = b"\"kind\"";
    // Inside a JSON string a quote is escaped, so `"kind"` followed by a colon is a key.
    let skip = |b: &[u8]| -> usize { b.iter().take_while(|c| c.is_ascii_whitespace()).count() };
    let mut rest = bytes;
    while let Some(at) = rest.windows(KEY.len()).position(|w| w == KEY) {
        rest = &rest[at + KEY.len()..];
        let after = &rest[skip(rest)..];
        if let Some(value) = after.strip_prefix(b":") {
            let value = &value[skip(value)..];
            return value.starts_with(format!("\"{LOCKED_KIND}\"").as_bytes());
        }
    }
    false
}

impl LockedFile {
    /// A locked file of this app's version from what the browser made: the salt and nonce it
    /// drew, the iterations it used ([`ITERATIONS`]), the check it derived and the ciphertext
    /// it encrypted with [`LockedFile::header`] as additional data.
    pub fn new(
        salt: [u8; SALT_BYTES],
        nonce: [u8; NONCE_BYTES],
        iterations: u32,
        check: [u8; CHECK_BYTES],
        ciphertext: Vec<u8>,
    ) -> Self {
        LockedFile {
            app: format!("SWOT Board {}", env!("CARGO_PKG_VERSION")),
            iterations,
            salt,
            nonce,
            check,
            ciphertext,
        }
    }

    /// The canonical header that is AES-GCM's additional data, so that changing any field of
    /// the header fails the decryption: kind, version, kdf name, iterations, salt (base64),
    /// cipher name and nonce (base64), one a line, joined by `\n` with none at the end.
    pub fn header(iterations: u32, salt: &[u8; SALT_BYTES], nonce: &[u8; NONCE_BYTES]) -> String {
        format!(
            "{LOCKED_KIND}\n{LOCKED_VERSION}\n{KDF}\n{iterations}\n{}\n{CIPHER}\n{}",
            base64::encode(salt),
            base64::encode(nonce)
        )
    }

    /// The additional data of this file's encryption: its header's UTF-8 bytes.
    pub fn aad(&self) -> Vec<u8> {
        Self::header(self.iterations, &self.salt, &self.nonce).into_bytes()
    }

    /// Writes the file: pretty-printed JSON, fields always in the same order.
    pub fn to_json(&self) -> String {
        // The app's name and version, escaped as JSON; the other values need no escaping.
        let app = serde_json::Value::from(self.app.as_str()).to_string();
        format!(
            "{{\n  \"kind\": \"{LOCKED_KIND}\",\n  \"version\": {LOCKED_VERSION},\n  \"app\": {app},\n  \
             \"kdf\": {{\n    \"name\": \"{KDF}\",\n    \"iterations\": {},\n    \"salt\": \"{}\"\n  }},\n  \
             \"cipher\": {{\n    \"name\": \"{CIPHER}\",\n    \"nonce\": \"{}\"\n  }},\n  \
             \"check\": \"{}\",\n  \"ciphertext\": \"{}\"\n}}",
            self.iterations,
            base64::encode(&self.salt),
            base64::encode(&self.nonce),
            base64::encode(&self.check),
            base64::encode(&self.ciphertext),
        )
    }

    /// Reads a locked file: checks its kind and version and every field, without the
    /// passphrase. The browser then derives the key, decrypts, and asks [`LockedFile::judge`].
    pub fn parse(bytes: &[u8]) -> Result<Self, LockedError> {
        use serde_json::Value;
        if bytes.len() > MAX_LOCKED_BYTES {
            return Err(LockedError::TooLarge {
                bytes: bytes.len(),
                max: MAX_LOCKED_BYTES,
            });
        }
        let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        // Read as text, as `restore` reads, so the app holds one JSON reader, not two.
        let Ok(json) = std::str::from_utf8(text) else {
            return Err(if is_locked(text) {
                LockedError::Damaged { field: "" }
            } else {
                LockedError::NotLocked
            });
        };
        let value: Value = serde_json::from_str(json).map_err(|e| {
            if !is_locked(text) {
                LockedError::NotLocked
            } else if e.is_eof() {
                LockedError::Truncated
            } else {
                LockedError::Damaged { field: "" }
            }
        })?;
        if value["kind"] != LOCKED_KIND {
            return Err(LockedError::NotLocked);
        }
        let damaged = |field| LockedError::Damaged { field };
        match value["version"].as_u64() {
            Some(v) if v == u64::from(LOCKED_VERSION) => {}
            Some(found) if found > u64::from(LOCKED_VERSION) => {
                return Err(LockedError::TooNew {
                    found,
                    supported: LOCKED_VERSION,
                })
            }
            _ => return Err(damaged("version")),
        }
        let app = match &value["app"] {
            Value::Null => String::new(),
            Value::String(app) => app.clone(),
            _ => return Err(damaged("app")),
        };
        let named = |name: &Value, want: &str, field| {
            if name == want {
                Ok(())
            } else {
                Err(damaged(field))
            }
        };
        named(&value["kdf"]["name"], KDF, "kdf.name")?;
        let iterations = value["kdf"]["iterations"]
            .as_u64()
            .filter(|n| (u64::from(ITERATIONS)..=u64::from(MAX_ITERATIONS)).contains(n))
            .ok_or(damaged("kdf.iterations"))? as u32;
        let salt = fixed(&value["kdf"]["salt"], "kdf.salt")?;
        named(&value["cipher"]["name"], CIPHER, "cipher.name")?;
        let nonce = fixed(&value["cipher"]["nonce"], "cipher.nonce")?;
        let check = fixed(&value["check"], "check")?;
        let ciphertext = base64_field(&value["ciphertext"], "ciphertext")?;
        if ciphertext.len() < TAG_BYTES {
            return Err(LockedError::Truncated);
        }
        Ok(LockedFile {
            app,
            iterations,
            salt,
            nonce,
            check,
            ciphertext,
        })
    }

    /// Decides an unlock from what the browser found: the bits it derived from the passphrase
    /// (their check compared with the stored one) and the plaintext AES-GCM gave, or `None`
    /// when the decryption failed. Both right: the plain session file, for
    /// [`super::restore`]. Both wrong: a wrong passphrase. One of the two: the file was changed
    /// after it was locked.
    pub fn judge(
        &self,
        derived: &Derived,
        decrypted: Option<Vec<u8>>,
    ) -> Result<Vec<u8>, LockedError> {
        // Compared without an early exit, as a check of a secret is.
        let same = derived
            .check()
            .iter()
            .zip(&self.check)
            .fold(0, |diff, (a, b)| diff | (a ^ b))
            == 0;
        match (decrypted, same) {
            (Some(plain), true) => Ok(plain),
            (None, false) => Err(LockedError::WrongPassphrase),
            _ => Err(LockedError::Tampered),
        }
    }
}

/// The bytes of a base64 field.
fn base64_field(value: &serde_json::Value, field: &'static str) -> Result<Vec<u8>, LockedError> {
    value
        .as_str()
        .and_then(base64::decode)
        .ok_or(LockedError::Damaged { field })
}

/// The bytes of a base64 field of a fixed length.
fn fixed<const N: usize>(
    value: &serde_json::Value,
    field: &'static str,
) -> Result<[u8; N], LockedError> {
    base64_field(value, field)?
        .try_into()
        .map_err(|_| LockedError::Damaged { field })
}
