use leptos::prelude::*;

use super::board_item::{BoardItem, Summary};
use super::import_picker::ImportPicker;
use super::state::{memo, AppState, Rows};
use crate::model::Id;

/// The boards kept on this device, the most recently changed first.
#[component]
pub fn BoardList() -> impl IntoView {
    let state = expect_context::<AppState>();
    // What each item shows, once per change for the whole list.
    let boards = memo(move || {
        state.with_library(|l| {
            l.newest_first()
                .into_iter()
                .map(|b| Summary {
                    id: b.id,
                    title: b.title.clone(),
                    notes: b.notes.len(),
                    updated_at: b.updated_at,
                    example: b.example,
                })
                .collect::<Vec<Summary>>()
        })
    });
    let ids = memo(move || boards.with(|b| b.iter().map(|b| b.id).collect::<Vec<Id>>()));
    let boards_rows = Rows::new(boards);
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
                    <button
                        class="button secondary"
                        data-testid="export-all-locked"
                        aria-haspopup="dialog"
                        on:click=move |_| state.locking.set(Some(None))
                    >
                        {move || state.t().locked.export_all_locked}
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
                    each=move || ids.get()
                    key=|id| *id
                    children=move |id| view! { <BoardItem board=id summary=boards_rows.row(id) /> }
                />
            </ul>
        </section>
    }
}
