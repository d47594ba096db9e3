use leptos::prelude::*;

use super::browser::{event_number, focus_element};
use super::state::{memo, tr, AppState, Step};
use super::step_heading::StepHeading;
use super::strategy_list::StrategyList;
use crate::i18n::fill;
use crate::model::{Id, Item, Records, StrategyKind};
use crate::report::{score_symbol, signed};

/// The five scores, from ++ down to −−.
const SCORES: [i8; 5] = [2, 1, 0, -1, -2];

/// A label short enough for a matrix header; the full text is its title.
fn short(label: &str) -> String {
    let mut s: String = label.chars().take(48).collect();
    if label.chars().count() > 48 {
        s.push('…');
    }
    s
}

/// Step 4: the confrontation matrix of the top strengths and weaknesses against the top
/// opportunities and threats, with row and column totals, the strongest pairs, and the
/// strategies written from them.
#[component]
pub fn TowsView(board: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let matrix = state.select(board, |b| Some(b.matrix()));
    let rows =
        memo(move || matrix.with(|m| m.as_ref().map(|m| m.rows.clone()).unwrap_or_default()));
    let columns =
        memo(move || matrix.with(|m| m.as_ref().map(|m| m.columns.clone()).unwrap_or_default()));
    let indexed_rows = memo(move || {
        rows.get()
            .into_iter()
            .enumerate()
            .collect::<Vec<(usize, Item)>>()
    });
    let top = state.select(board, |b| b.tows.top);
    // What the next strategy comes from, set by "write strategy" on a strong pair.
    let draft = RwSignal::new(None::<(StrategyKind, Vec<Id>)>);

    let row_total = move |r: usize| {
        matrix.with(|m| {
            m.as_ref()
                .and_then(|m| m.row_totals.get(r).copied())
                .unwrap_or(0)
        })
    };
    let column_total = move |c: usize| {
        matrix.with(|m| {
            m.as_ref()
                .and_then(|m| m.column_totals.get(c).copied())
                .unwrap_or(0)
        })
    };
    let strongest = memo(move || {
        matrix.with(|m| {
            m.as_ref()
                .map(|m| {
                    m.strongest(6)
                        .into_iter()
                        .map(|(r, c, s)| (m.rows[r].clone(), m.columns[c].clone(), s))
                        .collect::<Vec<(Item, Item, i8)>>()
                })
                .unwrap_or_default()
        })
    });

    view! {
        <section class="step step-tows" aria-labelledby="step-tows">
            <StepHeading step=Step::Tows title=|t| t.tows.heading help=|t| t.tows.help />
            <div class="field inline">
                <label for="tows-top">{tr(|t| t.tows.top)}</label>
                <input
                    id="tows-top"
                    class="number"
                    type="number"
                    min="1"
                    max="10"
                    data-testid="tows-top"
                    prop:value=move || top.get().to_string()
                    on:change=move |ev| {
                        let n = event_number(&ev);
                        state.change(board, |b| b.set_tows_top(n));
                    }
                />
            </div>
            <Show
                when=move || !rows.with(Vec::is_empty) && !columns.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{tr(|t| t.tows.empty)}</p> }
            >
                <div class="table-scroll">
                    <table class="matrix" data-testid="tows-matrix">
                        <thead>
                            <tr>
                                <td></td>
                                <For
                                    each=move || columns.get()
                                    key=|c| (c.id, c.label.clone())
                                    children=move |c| {
                                        view! {
                                            <th
                                                scope="col"
                                                class=format!("quadrant-{}", c.quadrant.key())
                                                title=c.label.clone()
                                            >
                                                <span class="quadrant-letter" aria-hidden="true">
                                                    {c.quadrant.letter()}
                                                </span>
                                                {short(&c.label)}
                                            </th>
                                        }
                                    }
                                />
                                <th scope="col">{tr(|t| t.common.total)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || indexed_rows.get()
                                key=|(i, r)| (*i, r.id, r.label.clone())
                                children=move |(i, r)| {
                                    let row = r.clone();
                                    view! {
                                        <tr>
                                            <th
                                                scope="row"
                                                class=format!("quadrant-{}", r.quadrant.key())
                                                title=r.label.clone()
                                            >
                                                <span class="quadrant-letter" aria-hidden="true">
                                                    {r.quadrant.letter()}
                                                </span>
                                                {short(&r.label)}
                                            </th>
                                            <For
                                                each=move || columns.get()
                                                key=|c| (c.id, c.label.clone())
                                                children=move |c| {
                                                    let (inside, outside) = (row.id, c.id);
                                                    let score = memo(move || {
                                                        matrix
                                                            .with(|m| {
                                                                m.as_ref()
                                                                    .and_then(|m| {
                                                                        let r = m.rows.index_of(inside)?;
                                                                        let c = m.columns.index_of(outside)?;
                                                                        Some(m.cells[r][c])
                                                                    })
                                                                    .unwrap_or(0)
                                                            })
                                                    });
                                                    let names = (short(&row.label), short(&c.label));
                                                    let label = move || {
                                                        fill(
                                                            t().tows.cell_label,
                                                            &[("row", &names.0), ("column", &names.1)],
                                                        )
                                                    };
                                                    view! {
                                                        <td class=move || format!("cell score{}", score.get())>
                                                            <select
                                                                data-testid="tows-cell"
                                                                aria-label=label
                                                                on:change=move |ev| {
                                                                    let s = event_target_value(&ev).parse::<i8>().unwrap_or(0);
                                                                    state.change(board, |b| b.set_score(inside, outside, s));
                                                                }
                                                            >
                                                                {SCORES
                                                                    .into_iter()
                                                                    .map(|s| {
                                                                        view! {
                                                                            <option
                                                                                value=s.to_string()
                                                                                prop:selected=move || score.get() == s
                                                                            >
                                                                                {score_symbol(s)}
                                                                            </option>
                                                                        }
                                                                    })
                                                                    .collect_view()}
                                                            </select>
                                                        </td>
                                                    }
                                                }
                                            />
                                            <td class="total" data-testid="row-total">
                                                {move || signed(row_total(i))}
                                            </td>
                                        </tr>
                                    }
                                }
                            />
                        </tbody>
                        <tfoot>
                            <tr>
                                <th scope="row">{tr(|t| t.common.total)}</th>
                                {move || {
                                    (0..columns.with(Vec::len))
                                        .map(|c| {
                                            view! {
                                                <td class="total" data-testid="column-total">
                                                    {move || signed(column_total(c))}
                                                </td>
                                            }
                                        })
                                        .collect_view()
                                }}
                                <td></td>
                            </tr>
                        </tfoot>
                    </table>
                </div>
            </Show>
            <h3>{tr(|t| t.tows.strongest)}</h3>
            <Show
                when=move || strongest.with(|s| !s.is_empty())
                fallback=move || view! { <p class="empty">{tr(|t| t.tows.strongest_none)}</p> }
            >
                <ol class="strongest" data-testid="strongest">
                    {move || {
                        strongest
                            .get()
                            .into_iter()
                            .map(|(r, c, s)| {
                                let kind = StrategyKind::of(r.quadrant, c.quadrant);
                                let sources = vec![r.id, c.id];
                                view! {
                                    <li>
                                        <span class=format!(
                                            "score-chip score{s}",
                                        )>{score_symbol(s)}</span>
                                        " "
                                        {format!("{} × {}", short(&r.label), short(&c.label))}
                                        " "
                                        {kind
                                            .map(|kind| {
                                                view! {
                                                    <button
                                                        class="button secondary small"
                                                        data-testid="write-strategy"
                                                        on:click=move |_| {
                                                            draft.set(Some((kind, sources.clone())));
                                                            focus_element(&format!("strategy-input-{}", kind.key()));
                                                        }
                                                    >
                                                        {move || {
                                                            format!("{} ({})", t().tows.write_strategy, kind.key())
                                                        }}
                                                    </button>
                                                }
                                            })}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ol>
            </Show>
            <StrategyList board=board draft=draft />
        </section>
    }
}
