use leptos::prelude::*;

use super::browser::focus_element;
use super::row_tools::delete_button;
use super::state::{tr, AppState};
use crate::i18n::fill;
use crate::model::{Id, Strategy};

/// A strategy with the notes or themes it came from, each with its name.
pub type Sourced = (Strategy, Vec<(Id, String)>);

/// One strategy: its text (editable), the notes or themes it came from, its chain, delete.
#[component]
pub fn StrategyRow(board: Id, id: Id, strategy: Memo<Option<Sourced>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let text = Signal::derive(move || {
        strategy.with(|s| s.as_ref().map(|(s, _)| s.text.clone()).unwrap_or_default())
    });
    let sources = move || strategy.with(|s| s.as_ref().map(|(_, x)| x.clone()).unwrap_or_default());
    view! {
        <li class="strategy" id=format!("strategy-{id}") tabindex="-1" data-testid="strategy">
            <label class="visually-hidden" for=format!("strategy-text-{id}")>
                {move || fill(t().common.edit_named, &[("name", &text.get())])}
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
            <Show when=move || strategy.with(|s| s.as_ref().is_some_and(|(_, x)| !x.is_empty()))>
                <p class="sources">
                    {tr(|t| t.tows.sources)} ": "
                    {move || {
                        sources()
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
                {delete_button(
                    "delete-strategy",
                    text,
                    Box::new(move || {
                        if state.change(board, |b| b.delete_strategy(id)).is_some() {
                            focus_element("step-tows");
                        }
                    }),
                )}
            </div>
        </li>
    }
}
