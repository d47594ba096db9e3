//! SWOT Board: a SWOT board for focus groups that runs entirely in the browser.
//!
//! `model` and `file` are plain Rust (tested natively), and `content` gives the model its
//! language content as data; `storage` puts boards in a key-value
//! store behind a trait; `ui` is the Leptos interface.

pub mod content;
pub mod file;
pub mod i18n;
pub mod model;
pub mod report;
pub mod storage;
pub mod ui;
