use leptos::prelude::*;

use super::board_item::BoardItem;
use super::import_picker::ImportPicker;
use super::state::AppState;
use crate::model::{Id, Timestamp};

/// The boards kept on this device, the most recently changed first.
#[component]
pub fn BoardList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let boards = Memo::new(move |_| {
        state.with_library(|l| {
            l.newest_first()
                .into_iter()
                .map(|b| (b.id, b.updated_at))
                .collect::<Vec<(Id, Timestamp)>>()
        })
    });
    view! {
        <section class="board-list" aria-labelledby="boards-heading">
            <h2 id="boards-heading">{move || state.t().boards.heading}</h2>
            <div class="list-tools">
                <ImportPicker />
                <Show when=move || boards.with(|b| !b.is_empty())>
                    <button
                        class="button secondary"
                        data-testid="export-all"
                        on:click=move |_| state.export(None)
                    >
                        {move || state.t().boards.export_all}
                    </button>
                </Show>
                <button
                    class="button secondary"
                    id="open-synthesis"
                    data-testid="open-synthesis"
                    on:click=move |_| state.show_synthesis(true)
                >
                    {move || state.t().synthesis.open}
                </button>
            </div>
            <Show when=move || boards.with(|b| b.is_empty())>
                <p class="empty">{move || state.t().boards.none_yet}</p>
            </Show>
            <ul>
                <For
                    each=move || boards.get()
                    key=|entry| *entry
                    children=move |(id, _)| view! { <BoardItem board=id /> }
                />
            </ul>
        </section>
    }
}
