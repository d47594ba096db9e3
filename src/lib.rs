//! SWOT Board: a SWOT board for focus groups that runs entirely in the browser.
//!
//! From the bottom up: `model` (the domain) and `file` (the session file) are plain Rust, tested
//! natively; `storage` puts boards in a key-value store behind a trait; `workspace` is the
//! application core over that trait (the library, history, saving, other tabs, import, export),
//! also tested natively; `i18n` holds the texts of both languages; `content` gives the model its
//! language content as data; `report` writes the report; `ui` is the Leptos interface, a thin
//! reactive layer around the workspace.

pub mod content;
pub mod file;
pub mod i18n;
pub mod model;
pub mod report;
pub mod storage;
pub mod ui;
pub mod workspace;
