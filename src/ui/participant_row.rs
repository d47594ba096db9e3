use leptos::prelude::*;

use super::browser::event_number;
use super::state::{tr, AppState};
use crate::i18n::fill;
use crate::model::{Domain, Id, Participant};

/// One kind of participant in the room: organisation, role, domain, how many; each editable.
#[component]
pub fn ParticipantRow(board: Id, id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let p = state.select(board, move |b| b.participant(id).cloned());
    // Every field writes the whole row; the model keeps what did not change.
    let save = move |edit: &dyn Fn(&mut Participant)| {
        let Some(mut row) = p.get_untracked() else {
            return;
        };
        edit(&mut row);
        state.change(board, |b| {
            b.edit_participant(id, &row.organisation, &row.role, row.domain, row.count)
        });
    };
    let label = move || {
        state.with_library(|l| {
            l.board(board)
                .map(|b| b.participant_label(id))
                .unwrap_or_default()
        })
    };
    let field_id = move |what: &str| format!("participant-{what}-{id}");
    view! {
        <tr data-testid="participant">
            <td>
                <label class="visually-hidden" for=field_id("organisation")>
                    {tr(|t| t.context.organisation)}
                </label>
                <input
                    id=field_id("organisation")
                    list="organisations"
                    prop:value=move || {
                        p.with(|p| p.as_ref().map(|p| p.organisation.clone()).unwrap_or_default())
                    }
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        save(&|r| r.organisation = v.clone());
                    }
                />
            </td>
            <td>
                <label class="visually-hidden" for=field_id("role")>
                    {tr(|t| t.context.role)}
                </label>
                <input
                    id=field_id("role")
                    prop:value=move || {
                        p.with(|p| p.as_ref().map(|p| p.role.clone()).unwrap_or_default())
                    }
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        save(&|r| r.role = v.clone());
                    }
                />
            </td>
            <td>
                <label class="visually-hidden" for=field_id("domain")>
                    {tr(|t| t.context.domain)}
                </label>
                <select
                    id=field_id("domain")
                    on:change=move |ev| {
                        let key = event_target_value(&ev);
                        if let Ok(d) = key.parse::<Domain>() {
                            save(&|r| r.domain = d);
                        }
                    }
                >
                    {Domain::ALL
                        .into_iter()
                        .map(|d| {
                            view! {
                                <option
                                    value=d.key()
                                    prop:selected=move || {
                                        p.with(|p| p.as_ref().is_some_and(|p| p.domain == d))
                                    }
                                >
                                    {move || t().domain(d)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </td>
            <td>
                <label class="visually-hidden" for=field_id("count")>
                    {tr(|t| t.context.count)}
                </label>
                <input
                    id=field_id("count")
                    class="number"
                    type="number"
                    min="1"
                    max="1000"
                    prop:value=move || p.with(|p| p.as_ref().map_or(1, |p| p.count).to_string())
                    on:change=move |ev| {
                        let v = event_number(&ev);
                        save(&|r| r.count = v);
                    }
                />
            </td>
            <td>
                <button
                    class="icon-button danger"
                    aria-label=move || fill(t().common.remove_named, &[("name", &label())])
                    title=tr(|t| t.common.remove)
                    on:click=move |_| {
                        state.change(board, |b| b.remove_participant(id));
                        super::browser::focus_element("new-organisation");
                    }
                >
                    "✕"
                </button>
            </td>
        </tr>
    }
}
