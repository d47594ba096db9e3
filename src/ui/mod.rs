//! The interface: one component a file, named for what the user sees. Components call the model
//! through [`AppState`]; a `view!` holds layout, not logic.

mod app;
mod board_item;
mod board_list;
mod board_view;
mod download;
mod import_dialog;
mod import_picker;
mod language_switch;
mod message_bar;
mod note_card;
mod quadrant_view;
mod save_status;
mod state;
mod storage_health;
mod welcome;

pub use app::App;
pub use state::AppState;
