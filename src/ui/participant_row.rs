use leptos::prelude::*;

use super::browser::{event_number, focus_element};
use super::row_tools::delete_button;
use super::state::{tr, AppState};
use crate::model::{Domain, Id, Participant, ParticipantField};

/// One kind of participant in the room: organisation, role, domain, how many; each editable.
#[component]
pub fn ParticipantRow(board: Id, id: Id, participant: Memo<Option<Participant>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let p = participant;
    let get =
        move |f: fn(&Participant) -> String| p.with(|p| p.as_ref().map(f).unwrap_or_default());
    let edit = move |field: ParticipantField| {
        state.change(board, |b| b.edit_participant(id, field));
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
                    prop:value=move || get(|p| p.organisation.clone())
                    on:change=move |ev| edit(
                        ParticipantField::Organisation(event_target_value(&ev)),
                    )
                />
            </td>
            <td>
                <label class="visually-hidden" for=field_id("role")>
                    {tr(|t| t.context.role)}
                </label>
                <input
                    id=field_id("role")
                    prop:value=move || get(|p| p.role.clone())
                    on:change=move |ev| edit(ParticipantField::Role(event_target_value(&ev)))
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
                            edit(ParticipantField::Domain(d));
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
                    on:change=move |ev| edit(ParticipantField::Count(event_number(&ev)))
                />
            </td>
            <td>
                {delete_button(
                    "delete-participant",
                    Signal::derive(move || get(Participant::label)),
                    Box::new(move || {
                        if state.change(board, |b| b.remove_participant(id)).is_some() {
                            focus_element("new-organisation");
                        }
                    }),
                )}
            </td>
        </tr>
    }
}
