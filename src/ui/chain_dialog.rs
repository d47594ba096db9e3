use leptos::prelude::*;

use super::browser::modal_while;
use super::state::{memo, tr, AppState};
use crate::i18n::fill;
use crate::model::Id;

/// The chain of a note, theme, strategy or action, both ways: what it came from and what came of
/// it. Each item is a button that goes to it.
#[component]
pub fn ChainDialog(board: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    let chain = memo(move || {
        let id = state.chain_of.get()?;
        state.with_board(board, |b| {
            let b = b?;
            let c = b.chain(id);
            let list = |ids: &[Id]| {
                ids.iter()
                    .map(|i| (*i, b.record_label(*i, 90)))
                    .collect::<Vec<_>>()
            };
            Some((
                b.record_label(id, 90),
                c.is_empty(),
                [
                    list(&c.notes),
                    list(&c.themes),
                    list(&c.strategies),
                    list(&c.actions),
                ],
            ))
        })
    });
    modal_while(dialog_ref, move || chain.with(|c| c.is_some()), || {});
    let sections: [fn(&crate::i18n::Texts) -> &'static str; 4] = [
        |t| t.chain.notes,
        |t| t.chain.themes,
        |t| t.chain.strategies,
        |t| t.chain.actions,
    ];
    view! {
        <dialog
            class="chain-dialog"
            data-testid="chain-dialog"
            aria-labelledby="chain-heading"
            node_ref=dialog_ref
            on:close=move |_| state.chain_of.set(None)
        >
            <h2 id="chain-heading">
                {move || {
                    let name = chain.with(|c| c.as_ref().map(|c| c.0.clone()));
                    name.map(|name| fill(t().chain.of, &[("name", &name)])).unwrap_or_default()
                }}
            </h2>
            <p>{tr(|t| t.chain.help)}</p>
            <Show when=move || chain.with(|c| c.as_ref().is_some_and(|c| c.1))>
                <p class="empty">{tr(|t| t.chain.empty)}</p>
            </Show>
            {sections
                .into_iter()
                .enumerate()
                .map(|(i, title)| {
                    let items = move || {
                        chain.with(|c| c.as_ref().map(|c| c.2[i].clone()).unwrap_or_default())
                    };
                    view! {
                        <Show when=move || !items().is_empty()>
                            <h3>{move || title(t())}</h3>
                            <ul class="chain-list">
                                {move || {
                                    items()
                                        .into_iter()
                                        .map(|(id, text)| {
                                            view! {
                                                <li>
                                                    <button
                                                        class="link-button"
                                                        data-testid="chain-item"
                                                        on:click=move |_| state.go_to(board, id)
                                                    >
                                                        {text}
                                                    </button>
                                                </li>
                                            }
                                        })
                                        .collect_view()
                                }}
                            </ul>
                        </Show>
                    }
                })
                .collect_view()}
            <button
                class="button"
                data-testid="close-chain"
                on:click=move |_| state.chain_of.set(None)
            >
                {tr(|t| t.common.close)}
            </button>
        </dialog>
    }
}
