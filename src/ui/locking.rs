//! The browser's side of a locked session file: the Web Crypto calls around the format of
//! [`crate::file::LockedFile`] (PBKDF2-SHA-256, then AES-256-GCM with the header as additional
//! data). The passphrase lives only as long as one call; nothing here is stored.

use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::file::{Derived, LockedFile, DERIVED_BYTES, ITERATIONS, NONCE_BYTES, SALT_BYTES};
use crate::workspace::reading::Attempt;

/// Why locking could not be done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockFailed {
    /// This page has no Web Crypto: browsers give it only to pages served over HTTPS (or from
    /// this computer).
    NoCrypto,
    /// The browser refused a step.
    Refused,
}

/// The browser's Web Crypto, where this page has it.
fn subtle() -> Option<(web_sys::Crypto, SubtleCrypto)> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let subtle = Reflect::get(&crypto, &"subtle".into()).ok()?;
    let subtle = subtle.dyn_into::<SubtleCrypto>().ok()?;
    Some((crypto, subtle))
}

/// An object of the given fields, as Web Crypto takes its parameters.
fn params(fields: &[(&str, &JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&object, &(*name).into(), value);
    }
    object
}

async fn resolve(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

/// PBKDF2-HMAC-SHA-256 of the passphrase: the key and the check.
async fn derive(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<Derived, JsValue> {
    let secret = Uint8Array::from(passphrase.as_bytes());
    let usages = js_sys::Array::of1(&"deriveBits".into());
    let base: CryptoKey =
        resolve(subtle.import_key_with_str("raw", &secret, "PBKDF2", false, &usages))
            .await?
            .unchecked_into();
    let algorithm = params(&[
        ("name", &"PBKDF2".into()),
        ("hash", &"SHA-256".into()),
        ("salt", &Uint8Array::from(salt).into()),
        ("iterations", &iterations.into()),
    ]);
    let bits =
        resolve(subtle.derive_bits_with_object(&algorithm, &base, (DERIVED_BYTES * 8) as u32))
            .await?;
    Derived::from_bytes(&Uint8Array::new(&bits).to_vec()).ok_or(JsValue::NULL)
}

/// The AES-256-GCM key for one use (`encrypt` or `decrypt`).
async fn aes_key(subtle: &SubtleCrypto, key: &[u8], usage: &str) -> Result<CryptoKey, JsValue> {
    let usages = js_sys::Array::of1(&usage.into());
    let algorithm = params(&[("name", &"AES-GCM".into())]);
    Ok(resolve(subtle.import_key_with_object(
        "raw",
        &Uint8Array::from(key),
        &algorithm,
        false,
        &usages,
    ))
    .await?
    .unchecked_into())
}

fn gcm(nonce: &[u8], aad: &[u8]) -> Object {
    params(&[
        ("name", &"AES-GCM".into()),
        ("iv", &Uint8Array::from(nonce).into()),
        ("additionalData", &Uint8Array::from(aad).into()),
        ("tagLength", &128.into()),
    ])
}

/// Locks a plain session file with a passphrase: the locked file's JSON.
pub async fn lock(plain: &str, passphrase: &str) -> Result<String, LockFailed> {
    let (crypto, subtle) = subtle().ok_or(LockFailed::NoCrypto)?;
    let mut salt = [0u8; SALT_BYTES];
    let mut nonce = [0u8; NONCE_BYTES];
    crypto
        .get_random_values_with_u8_array(&mut salt)
        .and_then(|_| crypto.get_random_values_with_u8_array(&mut nonce))
        .map_err(|_| LockFailed::Refused)?;
    let locked = async {
        let derived = derive(&subtle, passphrase, &salt, ITERATIONS).await?;
        let key = aes_key(&subtle, derived.key(), "encrypt").await?;
        let aad = LockedFile::header(ITERATIONS, &salt, &nonce);
        let sealed = resolve(subtle.encrypt_with_object_and_u8_array(
            &gcm(&nonce, aad.as_bytes()),
            &key,
            plain.as_bytes(),
        ))
        .await?;
        let ciphertext = Uint8Array::new(&sealed).to_vec();
        Ok::<_, JsValue>(LockedFile::new(
            salt,
            nonce,
            ITERATIONS,
            *derived.check(),
            ciphertext,
        ))
    };
    let file = locked.await.map_err(|_| LockFailed::Refused)?;
    Ok(file.to_json())
}

/// Opens a locked file with a passphrase: the plain session file's bytes, or why not (a wrong
/// passphrase, a changed file, no Web Crypto on this page, or a key the browser could not make
/// of the passphrase, which says nothing of whether it is right).
pub async fn unlock(file: &LockedFile, passphrase: &str) -> Attempt {
    let Some((_, subtle)) = subtle() else {
        return Attempt::NoCrypto;
    };
    let Ok(derived) = derive(&subtle, passphrase, &file.salt, file.iterations).await else {
        return Attempt::KeyFailed;
    };
    let Ok(key) = aes_key(&subtle, derived.key(), "decrypt").await else {
        return Attempt::KeyFailed;
    };
    let plain = resolve(subtle.decrypt_with_object_and_u8_array(
        &gcm(&file.nonce, &file.aad()),
        &key,
        &file.ciphertext,
    ))
    .await
    .ok()
    .map(|plain| Uint8Array::new(&plain).to_vec());
    Attempt::Judged(file.judge(&derived, plain))
}
