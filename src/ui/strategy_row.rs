use leptos::prelude::*;

use super::browser::focus_element;
use super::state::{tr, AppState};
use crate::i18n::fill;
use crate::model::Id;

/// One strategy: its text (editable), the notes or themes it came from, its chain, delete.
#[component]
pub fn StrategyRow(board: Id, id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let strategy = state.select(board, move |b| {
        b.strategy(id).map(|s| {
            let sources: Vec<(Id, String)> = s
                .sources
                .iter()
                .filter_map(|x| {
                    b.note(*x)
                        .map(|n| n.text.clone())
                        .or(b.theme(*x).map(|t| t.name.clone()))
                        .map(|label| (*x, label))
                })
                .collect();
            (s.text.clone(), sources)
        })
    });
    let text = move || strategy.with(|s| s.as_ref().map(|s| s.0.clone()).unwrap_or_default());
    view! {
        <li class="strategy" id=format!("strategy-{id}") tabindex="-1" data-testid="strategy">
            <label class="visually-hidden" for=format!("strategy-text-{id}")>
                {move || fill(t().common.edit_named, &[("name", &text())])}
            </label>
            <textarea
                id=format!("strategy-text-{id}")
                rows="2"
                data-testid="strategy-text"
                prop:value=text
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    state.change(board, |b| b.edit_strategy(id, &v));
                }
            ></textarea>
            <Show when=move || strategy.with(|s| s.as_ref().is_some_and(|s| !s.1.is_empty()))>
                <p class="sources">
                    {tr(|t| t.tows.sources)} ": "
                    {move || {
                        strategy
                            .get()
                            .map(|s| s.1)
                            .unwrap_or_default()
                            .into_iter()
                            .map(|(source, label)| {
                                view! {
                                    <button
                                        class="link-button"
                                        on:click=move |_| state.go_to(board, source)
                                    >
                                        {label}
                                    </button>
                                }
                            })
                            .collect_view()
                    }}
                </p>
            </Show>
            <div class="row-tools">
                <button
                    class="button secondary small"
                    data-testid="chain"
                    on:click=move |_| state.chain_of.set(Some(id))
                >
                    {tr(|t| t.chain.open)}
                </button>
                <button
                    class="button secondary small danger-text"
                    data-testid="delete-strategy"
                    aria-label=move || fill(t().common.delete_named, &[("name", &text())])
                    on:click=move |_| {
                        if state.change(board, |b| b.delete_strategy(id)).is_some() {
                            focus_element("step-tows");
                        }
                    }
                >
                    {tr(|t| t.common.delete)}
                </button>
            </div>
        </li>
    }
}
