use leptos::prelude::*;

use super::browser::focus_element;
use super::state::{tr, AppState};
use crate::i18n::fill;
use crate::model::Id;

/// One phase of prevention: name and aim (editable), earlier/later, delete.
#[component]
pub fn PhaseRow(board: Id, id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let phase = state.select(board, move |b| {
        b.phases
            .iter()
            .find(|p| p.id == id)
            .map(|p| (p.name.clone(), p.description.clone()))
            .unwrap_or_default()
    });
    let name = move || phase.with(|p| p.0.clone());
    let save = move |new_name: Option<String>, description: Option<String>| {
        let (old_name, old_description) = phase.get_untracked();
        let n = new_name.unwrap_or(old_name);
        let d = description.unwrap_or(old_description);
        state.change(board, |b| b.edit_phase(id, &n, &d));
    };
    let shift = move |by: isize, button: &'static str| {
        state.change(board, |b| b.shift_phase(id, by));
        focus_element(&format!("{button}-{id}"));
    };
    view! {
        <li class="phase" data-testid="phase">
            <div class="field">
                <label for=format!("phase-name-{id}")>{tr(|t| t.roles.phase_name)}</label>
                <input
                    id=format!("phase-name-{id}")
                    data-testid="phase-name"
                    prop:value=name
                    on:change=move |ev| save(Some(event_target_value(&ev)), None)
                />
            </div>
            <div class="field grow">
                <label for=format!(
                    "phase-description-{id}",
                )>{tr(|t| t.roles.phase_description)}</label>
                <textarea
                    id=format!("phase-description-{id}")
                    rows="2"
                    prop:value=move || phase.with(|p| p.1.clone())
                    on:change=move |ev| save(None, Some(event_target_value(&ev)))
                ></textarea>
            </div>
            <div class="row-tools">
                <button
                    class="icon-button"
                    id=format!("earlier-{id}")
                    aria-label=move || fill(t().common.earlier, &[("name", &name())])
                    title=move || fill(t().common.earlier, &[("name", &name())])
                    on:click=move |_| shift(-1, "earlier")
                >
                    "↑"
                </button>
                <button
                    class="icon-button"
                    id=format!("later-{id}")
                    aria-label=move || fill(t().common.later, &[("name", &name())])
                    title=move || fill(t().common.later, &[("name", &name())])
                    on:click=move |_| shift(1, "later")
                >
                    "↓"
                </button>
                <button
                    class="icon-button danger"
                    aria-label=move || fill(t().common.delete_named, &[("name", &name())])
                    title=tr(|t| t.common.delete)
                    on:click=move |_| {
                        if state.change(board, |b| b.delete_phase(id)).is_some() {
                            focus_element("new-phase");
                        }
                    }
                >
                    "✕"
                </button>
            </div>
        </li>
    }
}
