use leptos::prelude::*;

use super::state::AppState;

/// What the app is for, where the data lives, and the two ways to start.
#[component]
pub fn Welcome() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    view! {
        <section class="welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title">{move || t().welcome_title}</h1>
            <p class="tagline">{move || t().tagline}</p>
            <p>{move || t().welcome_body}</p>
            <p class="privacy" data-testid="privacy-note">
                {move || t().privacy_note} " " {move || t().offline_ready}
            </p>
            <div class="start-buttons">
                <button
                    class="button primary"
                    data-testid="new-board"
                    on:click=move |_| state.create_board()
                >
                    {move || t().start_empty}
                </button>
                <button
                    class="button primary secondary"
                    data-testid="open-example"
                    on:click=move |_| state.open_example()
                >
                    {move || t().open_example}
                </button>
            </div>
        </section>
    }
}
