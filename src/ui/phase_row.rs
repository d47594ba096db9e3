use std::rc::Rc;

use leptos::prelude::*;

use super::browser::focus_element;
use super::row_tools::{delete_button, move_buttons};
use super::state::{tr, AppState};
use crate::model::{Id, Phase, PhaseField};

/// One phase of prevention: name and aim (editable), earlier/later, delete.
#[component]
pub fn PhaseRow(board: Id, id: Id, phase: Memo<Option<Phase>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let get = move |f: fn(&Phase) -> String| phase.with(|p| p.as_ref().map(f).unwrap_or_default());
    let name = Signal::derive(move || get(|p| p.name.clone()));
    let edit = move |field: PhaseField| {
        state.change(board, |b| b.edit_phase(id, field));
    };
    view! {
        <li class="phase" data-testid="phase">
            <div class="field">
                <label for=format!("phase-name-{id}")>{tr(|t| t.roles.phase_name)}</label>
                <input
                    id=format!("phase-name-{id}")
                    data-testid="phase-name"
                    prop:value=name
                    on:change=move |ev| edit(PhaseField::Name(event_target_value(&ev)))
                />
            </div>
            <div class="field grow">
                <label for=format!(
                    "phase-description-{id}",
                )>{tr(|t| t.roles.phase_description)}</label>
                <textarea
                    id=format!("phase-description-{id}")
                    rows="2"
                    prop:value=move || get(|p| p.description.clone())
                    on:change=move |ev| edit(PhaseField::Description(event_target_value(&ev)))
                ></textarea>
            </div>
            <div class="row-tools">
                {move_buttons(
                    id,
                    name,
                    Rc::new(move |by| state.change(board, |b| b.shift_phase(id, by)).is_some()),
                )}
                {delete_button(
                    "delete-phase",
                    name,
                    Box::new(move || {
                        if state.change(board, |b| b.delete_phase(id)).is_some() {
                            focus_element("new-phase");
                        }
                    }),
                )}
            </div>
        </li>
    }
}
