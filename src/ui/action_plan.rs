use leptos::prelude::*;
use web_sys::KeyboardEvent;

use super::action_row::{ActionChoices, ActionRow};
use super::browser::submits;
use super::state::{memo, tr, AppState, Rows, Step};
use super::step_heading::StepHeading;
use crate::model::Id;

/// Step 7: the local action plan. What will be done, who acts, in which phase, by when, where it
/// stands, and what it answers.
#[component]
pub fn ActionPlan(board: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let actions = state.records(board, |b| &b.actions);
    let ids = memo(move || actions.with(|a| a.iter().map(|a| a.id).collect::<Vec<Id>>()));
    // What every row offers, computed once per change for all of them.
    let choices = ActionChoices {
        owners: state.select(board, |b| {
            b.context
                .participants
                .iter()
                .map(|p| (p.id, b.participant_label(p.id)))
                .collect()
        }),
        phases: state.select(board, |b| {
            b.phases.iter().map(|p| (p.id, p.name.clone())).collect()
        }),
        // Everything an action can answer, strategies first, with the names shown for links.
        targets: state.select(board, |b| {
            let strategies = b.strategies.iter().map(|s| s.id);
            let themes = b.themes.iter().map(|t| t.id);
            let notes = b.notes.iter().map(|n| n.id);
            strategies
                .chain(themes)
                .chain(notes)
                .map(|id| (id, b.record_label(id, 80)))
                .collect()
        }),
    };
    let input = NodeRef::<leptos::html::Textarea>::new();
    let on_keydown = move |ev: KeyboardEvent| {
        if !submits(&ev) {
            return;
        }
        let Some(field) = input.get_untracked() else {
            return;
        };
        let text = field.value();
        if text.trim().is_empty() {
            return;
        }
        if state.change(board, |b| b.add_action(&text)).is_some() {
            field.set_value("");
            state.announce(state.t_now().actions.added.to_string());
        }
    };
    let actions_rows = Rows::new(actions);
    view! {
        <section class="step step-actions" aria-labelledby="step-actions">
            <StepHeading step=Step::Actions title=|t| t.actions.heading help=|t| t.actions.help />
            <label class="input-label" for="action-input">
                {tr(|t| t.actions.input)}
            </label>
            <textarea
                id="action-input"
                class="note-input"
                data-testid="action-input"
                rows="2"
                node_ref=input
                on:keydown=on_keydown
            ></textarea>
            <Show
                when=move || ids.with(|a| !a.is_empty())
                fallback=move || view! { <p class="empty">{tr(|t| t.actions.none_yet)}</p> }
            >
                <ol class="actions" data-testid="actions">
                    <For
                        each=move || ids.get()
                        key=|id| *id
                        children=move |id| {
                            view! {
                                <ActionRow
                                    board=board
                                    id=id
                                    action=actions_rows.row(id)
                                    choices=choices
                                />
                            }
                        }
                    />
                </ol>
            </Show>
        </section>
    }
}
