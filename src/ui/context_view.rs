use leptos::prelude::*;

use super::participant_row::ParticipantRow;
use super::state::{memo, tr, AppState, Rows, Step};
use super::step_heading::StepHeading;
use crate::i18n::Texts;
use crate::model::{ContextField, Domain, Id};

/// Step 1: where and why the session is held, and who is in the room by organisation and role.
#[component]
pub fn ContextView(board: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let context = state.select(board, |b| b.context.clone());
    let participants = state.records(board, |b| &b.context.participants);
    let ids = memo(move || participants.with(|p| p.iter().map(|p| p.id).collect::<Vec<Id>>()));
    let field = move |field: ContextField,
                      key: &'static str,
                      label: fn(&Texts) -> &'static str,
                      kind: &'static str| {
        let value = move || {
            context.with(|c| match field {
                ContextField::Place => c.place.clone(),
                ContextField::Date => c.date.clone(),
                ContextField::Facilitator => c.facilitator.clone(),
                ContextField::Purpose => c.purpose.clone(),
            })
        };
        let id = format!("context-{key}");
        let on_change = move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            state.change(board, |b| b.set_context(field, &text));
        };
        view! {
            <div class=format!("field field-{key}")>
                <label for=id.clone()>{move || label(t())}</label>
                {if field == ContextField::Purpose {
                    view! {
                        <textarea
                            id=id.clone()
                            data-testid=id.clone()
                            rows="3"
                            prop:value=value
                            on:change=on_change
                        ></textarea>
                    }
                        .into_any()
                } else {
                    view! {
                        <input
                            id=id.clone()
                            data-testid=id.clone()
                            type=kind
                            prop:value=value
                            on:change=on_change
                        />
                    }
                        .into_any()
                }}
            </div>
        }
    };

    let org_ref = NodeRef::<leptos::html::Input>::new();
    let role_ref = NodeRef::<leptos::html::Input>::new();
    let domain = RwSignal::new(Domain::Social);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(org), Some(role)) = (org_ref.get_untracked(), role_ref.get_untracked()) else {
            return;
        };
        let d = domain.get_untracked();
        if state
            .change(board, |b| b.add_participant(&org.value(), &role.value(), d))
            .is_some()
        {
            org.set_value("");
            role.set_value("");
            let _ = org.focus();
        }
    };

    let participants_rows = Rows::new(participants);
    view! {
        <section class="step step-context" aria-labelledby="step-context">
            <StepHeading step=Step::Context title=|t| t.context.heading help=|t| t.context.help />
            <div class="context-fields">
                {field(ContextField::Place, "place", |t| t.context.place, "text")}
                {field(ContextField::Date, "date", |t| t.context.date, "date")}
                {field(ContextField::Facilitator, "facilitator", |t| t.context.facilitator, "text")}
                {field(ContextField::Purpose, "purpose", |t| t.context.purpose, "text")}
            </div>
            <h3>{tr(|t| t.context.participants_heading)}</h3>
            <datalist id="organisations">
                {move || {
                    t()
                        .context
                        .organisations
                        .map(|s| view! { <option value=s></option> })
                        .collect_view()
                }}
            </datalist>
            <Show
                when=move || ids.with(|p| !p.is_empty())
                fallback=move || view! { <p class="empty">{tr(|t| t.context.no_participants)}</p> }
            >
                <table class="table participants" data-testid="participants">
                    <thead>
                        <tr>
                            <th scope="col">{tr(|t| t.context.organisation)}</th>
                            <th scope="col">{tr(|t| t.context.role)}</th>
                            <th scope="col">{tr(|t| t.context.domain)}</th>
                            <th scope="col">{tr(|t| t.context.count)}</th>
                            <th scope="col">
                                <span class="visually-hidden">{tr(|t| t.common.delete)}</span>
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || ids.get()
                            key=|id| *id
                            children=move |id| {
                                view! {
                                    <ParticipantRow
                                        board=board
                                        id=id
                                        participant=participants_rows.row(id)
                                    />
                                }
                            }
                        />
                    </tbody>
                </table>
            </Show>
            <form class="add-form" on:submit=add>
                <div class="field">
                    <label for="new-organisation">{tr(|t| t.context.organisation)}</label>
                    <input
                        id="new-organisation"
                        data-testid="participant-organisation"
                        list="organisations"
                        node_ref=org_ref
                    />
                </div>
                <div class="field">
                    <label for="new-role">{tr(|t| t.context.role)}</label>
                    <input id="new-role" data-testid="participant-role" node_ref=role_ref />
                </div>
                <div class="field">
                    <label for="new-domain">{tr(|t| t.context.domain)}</label>
                    <select
                        id="new-domain"
                        data-testid="participant-domain"
                        on:change=move |ev| {
                            let key = event_target_value(&ev);
                            if let Ok(d) = key.parse::<Domain>() {
                                domain.set(d);
                            }
                        }
                    >
                        {Domain::ALL
                            .into_iter()
                            .map(|d| {
                                view! {
                                    <option value=d.key() prop:selected=move || domain.get() == d>
                                        {move || t().domain(d)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <button class="button" type="submit" data-testid="add-participant">
                    {tr(|t| t.context.add_participant)}
                </button>
            </form>
        </section>
    }
}
