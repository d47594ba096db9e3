//! localStorage as a [`Store`], through gloo-storage, and [`BrowserStore`]: localStorage where the
//! browser allows it, memory for this tab where it does not.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

use super::{Store, StoreError};

/// The browser's localStorage.
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalStore;

impl LocalStore {
    /// Whether this page may use localStorage. Where site data is blocked (a browser setting, an
    /// administrator's policy, Firefox's `dom.storage.enabled`), `window.localStorage` is `null`
    /// or reading it throws; gloo's `LocalStorage::raw()` throws then too, so it is asked first.
    pub fn available() -> bool {
        web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
    }
}

fn storage() -> Result<web_sys::Storage, StoreError> {
    if LocalStore::available() {
        Ok(LocalStorage::raw())
    } else {
        Err(StoreError::Unavailable("localStorage is blocked".into()))
    }
}

/// Tells a full quota apart from other failures; Firefox names it differently from the rest.
fn classify(error: wasm_bindgen::JsValue) -> StoreError {
    let name = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StoreError::Full
    } else {
        let message = error
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| error.as_string())
            .unwrap_or_default();
        StoreError::Unavailable(format!("{name} {message}").trim().to_string())
    }
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        storage()?.get_item(key).map_err(classify)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        storage()?.set_item(key, value).map_err(classify)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        storage()?.remove_item(key).map_err(classify)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = storage()?;
        let length = storage.length().map_err(classify)?;
        Ok((0..length)
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect())
    }
}

/// Where the app keeps boards in the browser: localStorage, or, where the browser blocks it,
/// memory that lasts as long as this tab (the app says so, and export still works).
#[derive(Clone, Debug)]
pub enum BrowserStore {
    /// localStorage can be used.
    Local(LocalStore),
    /// localStorage is blocked: nothing outlives the tab. A few keys, so a list will do.
    Memory(Vec<(String, String)>),
}

impl Default for BrowserStore {
    fn default() -> Self {
        if LocalStore::available() {
            BrowserStore::Local(LocalStore)
        } else {
            BrowserStore::Memory(Vec::new())
        }
    }
}

impl Store for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self {
            BrowserStore::Local(s) => s.get(key),
            BrowserStore::Memory(s) => Ok(s.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())),
        }
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        match self {
            BrowserStore::Local(s) => s.set(key, value),
            BrowserStore::Memory(s) => {
                s.retain(|(k, _)| k != key);
                s.push((key.to_string(), value.to_string()));
                Ok(())
            }
        }
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        match self {
            BrowserStore::Local(s) => s.remove(key),
            BrowserStore::Memory(s) => {
                s.retain(|(k, _)| k != key);
                Ok(())
            }
        }
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        match self {
            BrowserStore::Local(s) => s.keys(),
            BrowserStore::Memory(s) => Ok(s.iter().map(|(k, _)| k.clone()).collect()),
        }
    }

    fn outlives_tab(&self) -> bool {
        matches!(self, BrowserStore::Local(_))
    }
}
