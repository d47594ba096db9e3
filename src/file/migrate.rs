//! Step-by-step migration of older format versions to the current one.
//!
//! Each step takes the JSON of version N and returns that of version N + 1, so a file of any
//! version ever written reaches the current one. Version 1 is the first; there is no step yet.

use serde_json::Value;

use super::{RestoreError, FORMAT_VERSION};

/// Brings `value`, of format `version`, to [`FORMAT_VERSION`].
pub fn to_current(mut value: Value, version: u32) -> Result<Value, RestoreError> {
    let mut at = version;
    while at < FORMAT_VERSION {
        value = step(value, at)?;
        at += 1;
    }
    Ok(value)
}

fn step(mut value: Value, from: u32) -> Result<Value, RestoreError> {
    match from {
        1 => {
            value["version"] = Value::from(2);
            Ok(value)
        }
        _ => Err(RestoreError::Migration {
            from,
            reason: "no migration is known for this version".into(),
        }),
    }
}
