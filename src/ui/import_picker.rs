use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser::files_of;
use super::state::{tr, AppState};

/// The file picker for session files; several files may be picked at once.
#[component]
pub fn ImportPicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        state.read_files(files_of(input.files()));
        // The same file can be picked again after a failed attempt.
        input.set_value("");
    };
    view! {
        <div class="import-picker">
            <input
                type="file"
                id="import-file"
                class="file-input"
                data-testid="import-file"
                accept=".json,application/json,.csv,text/csv"
                multiple
                on:change=on_change
            />
            <label for="import-file" class="button secondary">
                {tr(|t| t.files.import_label)}
            </label>
            <p class="hint">{tr(|t| t.files.import_hint)}</p>
        </div>
    }
}
