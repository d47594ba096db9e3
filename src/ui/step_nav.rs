use leptos::prelude::*;

use super::state::{tr, AppState, Step};

/// The steps of the session, in the order a facilitator runs them; the current one marked.
#[component]
pub fn StepNav() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    view! {
        <nav class="step-nav" aria-label=tr(|t| t.steps.label)>
            <ol>
                {Step::ALL
                    .into_iter()
                    .map(|step| {
                        view! {
                            <li>
                                <button
                                    class="step-button"
                                    data-testid=format!("step-{}-tab", step.key())
                                    aria-current=move || {
                                        (state.step.get() == step).then_some("step")
                                    }
                                    on:click=move |_| state.show_step(step)
                                >
                                    {move || step.name(t())}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
