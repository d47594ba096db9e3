use leptos::prelude::*;

use super::state::AppState;

/// A short line that says whether everything is kept.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <p class="save-status" data-testid="save-status">
            {move || {
                let t = state.t();
                if state.warning().is_some() {
                    ""
                } else if !state.kept {
                    t.saving.kept_in_tab
                } else if state.pending() {
                    t.saving.saving
                } else {
                    t.saving.saved
                }
            }}
        </p>
    }
}
