use leptos::prelude::*;

use super::browser::submits;
use super::state::{memo, tr, AppState, Rows};
use super::strategy_row::{Sourced, StrategyRow};
use crate::i18n::fill;
use crate::model::{Id, StrategyKind};

/// The strategies of the four kinds, each with a field to write a new one, linked to the pair it
/// came from when started from the matrix.
#[component]
pub fn StrategyList(board: Id, draft: RwSignal<Option<(StrategyKind, Vec<Id>)>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    // Every strategy with the names of the notes or themes it came from, once per change.
    let strategies = state.select(board, |b| {
        b.strategies
            .iter()
            .map(|s| {
                let sources = s
                    .sources
                    .iter()
                    .filter_map(|x| {
                        b.note(*x)
                            .map(|n| n.text.clone())
                            .or(b.theme(*x).map(|t| t.name.clone()))
                            .map(|label| (*x, label))
                    })
                    .collect();
                (s.clone(), sources)
            })
            .collect::<Vec<Sourced>>()
    });
    let strategies_rows = Rows::new(strategies);
    view! {
        <h3>{tr(|t| t.tows.strategies_heading)}</h3>
        <div class="strategy-kinds">
            {StrategyKind::ALL
                .into_iter()
                .map(|kind| {
                    let ids = memo(move || {
                        strategies
                            .with(|all| {
                                all.iter()
                                    .filter(|(s, _)| s.kind == kind)
                                    .map(|(s, _)| s.id)
                                    .collect::<Vec<Id>>()
                            })
                    });
                    let input = NodeRef::<leptos::html::Textarea>::new();
                    let sources = memo(move || {
                        draft
                            .with(|d| match d {
                                Some((k, ids)) if *k == kind => ids.clone(),
                                _ => Vec::new(),
                            })
                    });
                    let source_names = state
                        .select(
                            board,
                            move |b| {
                                sources
                                    .get()
                                    .iter()
                                    .filter_map(|id| {
                                        b.note(*id)
                                            .map(|n| n.text.clone())
                                            .or(b.theme(*id).map(|t| t.name.clone()))
                                    })
                                    .collect::<Vec<String>>()
                            },
                        );
                    let add = move |ev: leptos::ev::SubmitEvent| {
                        ev.prevent_default();
                        let Some(field) = input.get_untracked() else { return };
                        let from = sources.get_untracked();
                        if state
                            .change(board, |b| b.add_strategy(kind, &field.value(), &from))
                            .is_some()
                        {
                            field.set_value("");
                            draft.set(None);
                        }
                    };
                    let field_id = format!("strategy-input-{}", kind.key());
                    view! {
                        <section
                            class="strategy-kind"
                            data-testid=format!("strategies-{}", kind.key())
                        >
                            <h4>
                                <span class="kind-key">{kind.key()}</span>
                                " "
                                {move || t().kind(kind)}
                            </h4>
                            <Show
                                when=move || ids.with(|i| !i.is_empty())
                                fallback=move || {
                                    view! { <p class="empty">{tr(|t| t.tows.no_strategies)}</p> }
                                }
                            >
                                <ul class="strategies">
                                    <For
                                        each=move || ids.get()
                                        key=|id| *id
                                        children=move |id| {
                                            view! {
                                                <StrategyRow
                                                    board=board
                                                    id=id
                                                    strategy=strategies_rows.row(id)
                                                />
                                            }
                                        }
                                    />
                                </ul>
                            </Show>
                            <form class="add-form column" on:submit=add>
                                <label for=field_id
                                    .clone()>
                                    {move || fill(t().tows.strategy_input, &[("kind", kind.key())])}
                                </label>
                                <Show when=move || source_names.with(|s| !s.is_empty())>
                                    <p class="sources">
                                        {tr(|t| t.tows.sources)} ": "
                                        {move || source_names.get().join(" · ")}
                                    </p>
                                </Show>
                                <textarea
                                    id=field_id.clone()
                                    data-testid="strategy-input"
                                    rows="2"
                                    node_ref=input
                                    on:keydown=move |ev| {
                                        if submits(&ev) {
                                            if let Some(form) = input
                                                .get_untracked()
                                                .and_then(|i| i.form())
                                            {
                                                let _ = form.request_submit();
                                            }
                                        }
                                    }
                                ></textarea>
                                <button class="button" type="submit" data-testid="add-strategy">
                                    {tr(|t| t.common.add)}
                                </button>
                            </form>
                        </section>
                    }
                })
                .collect_view()}
        </div>
    }
}
