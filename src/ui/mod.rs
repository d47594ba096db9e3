//! The interface: one component a file, named for what the user sees. Components call the model
//! through [`AppState`]; a `view!` holds layout, not logic.

mod action_plan;
mod action_row;
mod app;
mod board_item;
mod board_list;
mod board_view;
mod browser;
mod chain_dialog;
mod context_view;
mod download;
mod fault;
mod glossary_view;
mod import_dialog;
mod import_picker;
mod language_switch;
mod message_bar;
mod note_card;
mod note_details;
mod note_theme_tools;
mod participant_row;
mod phase_row;
mod quadrant_view;
mod rename_form;
mod report_view;
mod roles_view;
mod round_timer;
mod row_tools;
mod save_status;
mod state;
mod step_heading;
mod step_nav;
mod storage_health;
mod strategy_list;
mod strategy_row;
mod synthesis_view;
mod term_row;
mod theme_group;
mod tows_view;
mod vote_row;
mod votes_view;
mod welcome;

pub use app::App;
pub use fault::report_panics;
pub use state::AppState;
