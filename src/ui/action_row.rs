use std::rc::Rc;

use leptos::prelude::*;

use super::browser::focus_element;
use super::row_tools::{delete_button, id_select, move_buttons};
use super::state::{tr, AppState};
use crate::i18n::fill;
use crate::model::{Action, ActionField, ActionStatus, Id};

/// What every action's fields offer: who can act, the phases, and what an action can answer
/// (strategies, themes, notes), each with the name shown for it. Computed once per change by
/// the plan for all its rows.
#[derive(Clone, Copy)]
pub struct ActionChoices {
    /// The participants, by label.
    pub owners: Memo<Vec<(Id, String)>>,
    /// The phases, by name.
    pub phases: Memo<Vec<(Id, String)>>,
    /// Strategies, themes and notes, by label.
    pub targets: Memo<Vec<(Id, String)>>,
}

/// One action: text, owner, phase, due date, status, the notes, themes or strategies it answers,
/// its chain, reorder and delete.
#[component]
pub fn ActionRow(
    board: Id,
    id: Id,
    action: Memo<Option<Action>>,
    choices: ActionChoices,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let get =
        move |f: fn(&Action) -> String| action.with(|a| a.as_ref().map(f).unwrap_or_default());
    let text = Signal::derive(move || get(|a| a.text.clone()));
    let edit = move |field: ActionField| {
        state.change(board, |b| b.edit_action(id, field));
    };
    let field_id = move |what: &str| format!("action-{what}-{id}");
    let label_of = move |target: Id| {
        choices.targets.with(|ts| {
            ts.iter()
                .find(|(i, _)| *i == target)
                .map(|(_, l)| l.clone())
                .unwrap_or_default()
        })
    };
    let links = move || action.with(|a| a.as_ref().map(|a| a.links.clone()).unwrap_or_default());
    let none = tr(|t| t.common.none);
    view! {
        <li
            class=move || {
                format!(
                    "action status-{}",
                    action.with(|a| a.as_ref().map_or("planned", |a| a.status.key())),
                )
            }
            id=format!("action-{id}")
            tabindex="-1"
            data-testid="action"
        >
            <div class="field grow">
                <label for=field_id("text")>{tr(|t| t.actions.text)}</label>
                <textarea
                    id=field_id("text")
                    rows="2"
                    data-testid="action-text"
                    prop:value=text
                    on:change=move |ev| edit(ActionField::Text(event_target_value(&ev)))
                ></textarea>
            </div>
            <div class="action-fields">
                <div class="field">
                    <label for=field_id("owner")>{tr(|t| t.actions.owner)}</label>
                    {id_select(
                        field_id("owner"),
                        "action-owner",
                        "",
                        choices.owners.into(),
                        Signal::derive(move || action.with(|a| a.as_ref().and_then(|a| a.owner))),
                        none,
                        Box::new(move |owner| edit(ActionField::Owner(owner))),
                    )}
                </div>
                <div class="field">
                    <label for=field_id("phase")>{tr(|t| t.actions.phase)}</label>
                    {id_select(
                        field_id("phase"),
                        "action-phase",
                        "",
                        choices.phases.into(),
                        Signal::derive(move || action.with(|a| a.as_ref().and_then(|a| a.phase))),
                        none,
                        Box::new(move |phase| edit(ActionField::Phase(phase))),
                    )}
                </div>
                <div class="field">
                    <label for=field_id("due")>{tr(|t| t.actions.due)}</label>
                    <input
                        id=field_id("due")
                        type="date"
                        data-testid="action-due"
                        prop:value=move || get(|a| a.due.clone().unwrap_or_default())
                        on:change=move |ev| edit(ActionField::Due(Some(event_target_value(&ev))))
                    />
                </div>
                <div class="field">
                    <label for=field_id("status")>{tr(|t| t.actions.status)}</label>
                    <select
                        id=field_id("status")
                        data-testid="action-status"
                        on:change=move |ev| {
                            let key = event_target_value(&ev);
                            if let Ok(s) = key.parse::<ActionStatus>() {
                                edit(ActionField::Status(s));
                            }
                        }
                    >
                        {ActionStatus::ALL
                            .into_iter()
                            .map(|s| {
                                view! {
                                    <option
                                        value=s.key()
                                        prop:selected=move || {
                                            action.with(|a| a.as_ref().is_some_and(|a| a.status == s))
                                        }
                                    >
                                        {move || t().status(s)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <div class="links">
                <span class="links-label">{tr(|t| t.actions.links)}": "</span>
                <ul class="link-list">
                    <For
                        each=links
                        key=|l| *l
                        children=move |target| {
                            view! {
                                <li class="link-chip">
                                    <button
                                        class="link-button"
                                        on:click=move |_| state.go_to(board, target)
                                    >
                                        {move || label_of(target)}
                                    </button>
                                    <button
                                        class="icon-button small"
                                        aria-label=move || fill(
                                            t().actions.unlink,
                                            &[("name", &label_of(target))],
                                        )
                                        title=move || fill(
                                            t().actions.unlink,
                                            &[("name", &label_of(target))],
                                        )
                                        on:click=move |_| {
                                            state.change(board, |b| b.link_action(id, target, false));
                                            focus_element(&field_id("link"));
                                        }
                                    >
                                        "✕"
                                    </button>
                                </li>
                            }
                        }
                    />
                </ul>
                <label class="visually-hidden" for=field_id("link")>
                    {tr(|t| t.actions.link_to)}
                </label>
                // Only adds: after each choice it shows "Link to…" again.
                {id_select(
                    field_id("link"),
                    "action-link",
                    "link-select",
                    choices.targets.into(),
                    Signal::derive(move || {
                        action.track();
                        None
                    }),
                    tr(|t| t.actions.link_to),
                    Box::new(move |target| {
                        if let Some(target) = target {
                            state.change(board, |b| b.link_action(id, target, true));
                        }
                    }),
                )}
            </div>
            <div class="row-tools">
                <button
                    class="button secondary small"
                    data-testid="chain"
                    on:click=move |_| state.chain_of.set(Some(id))
                >
                    {tr(|t| t.chain.open)}
                </button>
                {move_buttons(
                    id,
                    text,
                    Rc::new(move |by| state.change(board, |b| b.shift_action(id, by)).is_some()),
                )}
                {delete_button(
                    "delete-action",
                    text,
                    Box::new(move || {
                        if state.change(board, |b| b.delete_action(id)).is_some() {
                            focus_element("action-input");
                        }
                    }),
                )}
            </div>
        </li>
    }
}
