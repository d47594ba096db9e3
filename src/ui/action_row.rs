use leptos::prelude::*;

use super::browser::focus_element;
use super::state::{tr, AppState};
use crate::i18n::fill;
use crate::model::{Action, ActionField, ActionStatus, Id};

/// One action: text, owner, phase, due date, status, the notes, themes or strategies it answers,
/// its chain, reorder and delete.
#[component]
pub fn ActionRow(board: Id, id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let action = state.select(board, move |b| b.action(id).cloned());
    let owners = state.select(board, |b| {
        b.context
            .participants
            .iter()
            .map(|p| (p.id, b.participant_label(p.id)))
            .collect::<Vec<(Id, String)>>()
    });
    let phases = state.select(board, |b| {
        b.phases
            .iter()
            .map(|p| (p.id, p.name.clone()))
            .collect::<Vec<(Id, String)>>()
    });
    // Everything an action can answer, strategies first, with the names shown for links.
    let targets = state.select(board, |b| {
        let strategies = b.strategies.iter().map(|s| s.id);
        let themes = b.themes.iter().map(|t| t.id);
        let notes = b.notes.iter().map(|n| n.id);
        strategies
            .chain(themes)
            .chain(notes)
            .map(|id| (id, b.record_label(id, 80)))
            .collect::<Vec<(Id, String)>>()
    });
    let get =
        move |f: fn(&Action) -> String| action.with(|a| a.as_ref().map(f).unwrap_or_default());
    let text = move || get(|a| a.text.clone());
    let edit = move |field: ActionField| {
        state.change(board, |b| b.edit_action(id, field));
    };
    let field_id = move |what: &str| format!("action-{what}-{id}");
    let label_of = move |target: Id| {
        targets.with(|ts| {
            ts.iter()
                .find(|(i, _)| *i == target)
                .map(|(_, l)| l.clone())
                .unwrap_or_default()
        })
    };
    let links = move || action.with(|a| a.as_ref().map(|a| a.links.clone()).unwrap_or_default());
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
                    <select
                        id=field_id("owner")
                        data-testid="action-owner"
                        on:change=move |ev| edit(
                            ActionField::Owner(Id::parse(&event_target_value(&ev))),
                        )
                    >
                        <option
                            value=""
                            prop:selected=move || {
                                action.with(|a| a.as_ref().is_none_or(|a| a.owner.is_none()))
                            }
                        >
                            {tr(|t| t.common.none)}
                        </option>
                        <For
                            each=move || owners.get()
                            key=|o| o.clone()
                            children=move |(owner, label)| {
                                view! {
                                    <option
                                        value=owner.to_string()
                                        prop:selected=move || {
                                            action
                                                .with(|a| {
                                                    a.as_ref().is_some_and(|a| a.owner == Some(owner))
                                                })
                                        }
                                    >
                                        {label}
                                    </option>
                                }
                            }
                        />
                    </select>
                </div>
                <div class="field">
                    <label for=field_id("phase")>{tr(|t| t.actions.phase)}</label>
                    <select
                        id=field_id("phase")
                        data-testid="action-phase"
                        on:change=move |ev| edit(
                            ActionField::Phase(Id::parse(&event_target_value(&ev))),
                        )
                    >
                        <option
                            value=""
                            prop:selected=move || {
                                action.with(|a| a.as_ref().is_none_or(|a| a.phase.is_none()))
                            }
                        >
                            {tr(|t| t.common.none)}
                        </option>
                        <For
                            each=move || phases.get()
                            key=|p| p.clone()
                            children=move |(phase, name)| {
                                view! {
                                    <option
                                        value=phase.to_string()
                                        prop:selected=move || {
                                            action
                                                .with(|a| {
                                                    a.as_ref().is_some_and(|a| a.phase == Some(phase))
                                                })
                                        }
                                    >
                                        {name}
                                    </option>
                                }
                            }
                        />
                    </select>
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
                <select
                    id=field_id("link")
                    class="link-select"
                    data-testid="action-link"
                    on:change=move |ev| {
                        if let Some(target) = Id::parse(&event_target_value(&ev)) {
                            state.change(board, |b| b.link_action(id, target, true));
                        }
                    }
                >
                    <option
                        value=""
                        prop:selected=move || {
                            links();
                            true
                        }
                    >
                        {tr(|t| t.actions.link_to)}
                    </option>
                    <For
                        each=move || targets.get()
                        key=|x| x.clone()
                        children=move |(target, label)| {
                            view! { <option value=target.to_string()>{label}</option> }
                        }
                    />
                </select>
            </div>
            <div class="row-tools">
                <button
                    class="button secondary small"
                    data-testid="chain"
                    on:click=move |_| state.chain_of.set(Some(id))
                >
                    {tr(|t| t.chain.open)}
                </button>
                <button
                    class="icon-button"
                    id=format!("action-up-{id}")
                    aria-label=move || fill(t().common.earlier, &[("name", &text())])
                    title=tr(|t| t.common.move_up)
                    on:click=move |_| {
                        state.change(board, |b| b.shift_action(id, -1));
                        focus_element(&format!("action-up-{id}"));
                    }
                >
                    "↑"
                </button>
                <button
                    class="icon-button"
                    id=format!("action-down-{id}")
                    aria-label=move || fill(t().common.later, &[("name", &text())])
                    title=tr(|t| t.common.move_down)
                    on:click=move |_| {
                        state.change(board, |b| b.shift_action(id, 1));
                        focus_element(&format!("action-down-{id}"));
                    }
                >
                    "↓"
                </button>
                <button
                    class="icon-button danger"
                    data-testid="delete-action"
                    aria-label=move || fill(t().common.delete_named, &[("name", &text())])
                    title=tr(|t| t.common.delete)
                    on:click=move |_| {
                        if state.change(board, |b| b.delete_action(id)).is_some() {
                            focus_element("action-input");
                        }
                    }
                >
                    "✕"
                </button>
            </div>
        </li>
    }
}
