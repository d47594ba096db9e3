use leptos::prelude::*;

use super::state::{AppState, Step};

/// The heading of a step's screen, where focus lands when the step is chosen, and a line on what
/// the step is for.
#[component]
pub fn StepHeading(
    step: Step,
    title: fn(&crate::i18n::Texts) -> &'static str,
    help: fn(&crate::i18n::Texts) -> &'static str,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <h2 class="step-heading" id=format!("step-{}", step.key()) tabindex="-1">
            {move || title(state.t())}
        </h2>
        <p class="step-help">{move || help(state.t())}</p>
    }
}
