use leptos::prelude::*;

use super::state::{tr, AppState};

/// What the app is for, where the data lives, and the two ways to start.
#[component]
pub fn Welcome() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section class="welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title">{tr(|t| t.welcome.title)}</h1>
            <p class="tagline">{tr(|t| t.app.tagline)}</p>
            <p>{tr(|t| t.welcome.body)}</p>
            <p class="privacy" data-testid="privacy-note">
                {tr(|t| t.welcome.privacy_note)}
                " "
                {tr(|t| t.app.offline_ready)}
            </p>
            <div class="start-buttons">
                <button
                    class="button primary"
                    data-testid="new-board"
                    on:click=move |_| state.create_board()
                >
                    {tr(|t| t.welcome.start_empty)}
                </button>
                <button
                    class="button primary secondary"
                    data-testid="open-example"
                    on:click=move |_| state.open_example()
                >
                    {tr(|t| t.welcome.open_example)}
                </button>
            </div>
        </section>
    }
}
