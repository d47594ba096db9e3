use leptos::prelude::*;

use super::phase_row::PhaseRow;
use super::state::{memo, tr, AppState, Rows, Step};
use super::step_heading::StepHeading;
use crate::content::default_phases;
use crate::i18n::fill;
use crate::model::{Domain, Id, Part};

/// Step 5: the phases of prevention, and who in the room leads or contributes in each.
#[component]
pub fn RolesView(board: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    // Each list once per change, for the rows and every cell of the matrix.
    let records = state.records(board, |b| &b.phases);
    let phases = memo(move || {
        records.with(|p| {
            p.iter()
                .map(|p| (p.id, p.name.clone()))
                .collect::<Vec<(Id, String)>>()
        })
    });
    let people = state.select(board, |b| {
        b.context
            .participants
            .iter()
            .map(|p| (p.id, p.label(), p.domain))
            .collect::<Vec<(Id, String, Domain)>>()
    });
    let roles = state.records(board, |b| &b.roles);
    let name_ref = NodeRef::<leptos::html::Input>::new();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(input) = name_ref.get_untracked() else {
            return;
        };
        if state
            .change(board, |b| b.add_phase(&input.value(), ""))
            .is_some()
        {
            input.set_value("");
        }
    };
    let records_rows = Rows::new(records);
    view! {
        <section class="step step-roles" aria-labelledby="step-roles">
            <StepHeading
                step=Step::Roles
                title=|t| t.roles.phases_heading
                help=|t| t.roles.phases_help
            />
            <Show when=move || phases.with(Vec::is_empty)>
                <button
                    class="button"
                    data-testid="use-default-phases"
                    on:click=move |_| {
                        let lang = state.lang.get_untracked();
                        state.change(board, |b| b.add_phases(&default_phases(lang)));
                    }
                >
                    {tr(|t| t.roles.use_default_phases)}
                </button>
            </Show>
            <ol class="phases" data-testid="phases">
                <For
                    each=move || phases.get()
                    key=|(id, _)| *id
                    children=move |(id, _)| {
                        view! { <PhaseRow board=board id=id phase=records_rows.row(id) /> }
                    }
                />
            </ol>
            <form class="add-form" on:submit=add>
                <div class="field">
                    <label for="new-phase">{tr(|t| t.roles.phase_name)}</label>
                    <input id="new-phase" data-testid="phase-input" node_ref=name_ref />
                </div>
                <button class="button secondary" type="submit">
                    {tr(|t| t.roles.add_phase)}
                </button>
            </form>
            <h3>{tr(|t| t.roles.heading)}</h3>
            <Show
                when=move || phases.with(|p| !p.is_empty()) && people.with(|p| !p.is_empty())
                fallback=move || view! { <p class="empty">{tr(|t| t.roles.need)}</p> }
            >
                <p class="step-help">{tr(|t| t.roles.help)}</p>
                <div class="table-scroll">
                    <table class="matrix roles" data-testid="roles-matrix">
                        <thead>
                            <tr>
                                <td></td>
                                <For
                                    each=move || phases.get()
                                    key=|p| p.clone()
                                    children=move |(_, name)| view! { <th scope="col">{name}</th> }
                                />
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || people.get()
                                key=|p| p.clone()
                                children=move |(person, label, domain)| {
                                    let row_label = label.clone();
                                    view! {
                                        <tr class=format!("domain-{}", domain.key())>
                                            <th scope="row">
                                                {label}
                                                <span class="domain-label">
                                                    {move || t().domain(domain)}
                                                </span>
                                            </th>
                                            <For
                                                each=move || phases.get()
                                                key=|p| p.clone()
                                                children=move |(phase, phase_name)| {
                                                    let part = memo(move || {
                                                        roles
                                                            .with(|r| {
                                                                r.iter()
                                                                    .find(|r| r.participant == person && r.phase == phase)
                                                                    .map(|r| r.part)
                                                            })
                                                    });
                                                    let row_label = row_label.clone();
                                                    let name = move || {
                                                        fill(
                                                            t().tows.cell_label,
                                                            &[("row", &row_label), ("column", &phase_name)],
                                                        )
                                                    };
                                                    let parts = [
                                                        None,
                                                        Some(Part::Leads),
                                                        Some(Part::Contributes),
                                                    ];
                                                    view! {
                                                        <td class=move || {
                                                            format!(
                                                                "cell part-{}",
                                                                part.get().map_or("none", |p| p.key()),
                                                            )
                                                        }>
                                                            <select
                                                                data-testid="role-cell"
                                                                aria-label=name
                                                                on:change=move |ev| {
                                                                    let key = event_target_value(&ev);
                                                                    let chosen = key.parse::<Part>().ok();
                                                                    state.change(board, |b| b.set_part(person, phase, chosen));
                                                                }
                                                            >
                                                                {parts
                                                                    .into_iter()
                                                                    .map(|p| {
                                                                        view! {
                                                                            <option
                                                                                value=p.map_or("none", Part::key)
                                                                                prop:selected=move || part.get() == p
                                                                            >
                                                                                {move || p.map_or(t().roles.part_none, |p| t().part(p))}
                                                                            </option>
                                                                        }
                                                                    })
                                                                    .collect_view()}
                                                            </select>
                                                        </td>
                                                    }
                                                }
                                            />
                                        </tr>
                                    }
                                }
                            />
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
