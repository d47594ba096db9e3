use leptos::prelude::*;

use super::import_picker::ImportPicker;
use super::quadrant_view::QuadrantView;
use super::state::{focus_element, select_when_shown, AppState};
use super::storage_health::StorageHealth;
use crate::model::{Id, Quadrant};

/// The open board: its title and the four quadrants.
#[component]
pub fn BoardView(board: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let title = Memo::new(move |_| {
        state
            .library
            .with(|l| l.board(board).map(|b| b.title.clone()).unwrap_or_default())
    });
    let example = Memo::new(move |_| {
        state
            .library
            .with(|l| l.board(board).is_some_and(|b| b.example))
    });
    let renaming = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let title_input = NodeRef::<leptos::html::Input>::new();
    select_when_shown(title_input, draft);

    let finish = move || {
        let text = draft.get_untracked();
        if state.change(board, |b| b.rename(&text)).is_some() {
            renaming.set(false);
            focus_element("rename-title");
        }
    };

    view! {
        <div class="board-view">
            <div class="board-head">
                // The heading stays for screen readers while the title is being edited.
                <h1
                    id="board-heading"
                    tabindex="-1"
                    data-testid="board-title"
                    class:visually-hidden=move || renaming.get()
                >
                    {move || title.get()}
                </h1>
                <Show
                    when=move || renaming.get()
                    fallback=move || {
                        view! {
                            <Show when=move || example.get()>
                                <span class="badge">{move || t().example_badge}</span>
                            </Show>
                            <button
                                class="button secondary"
                                id="rename-title"
                                data-testid="rename-current"
                                on:click=move |_| {
                                    draft.set(title.get_untracked());
                                    renaming.set(true);
                                }
                            >
                                {move || t().rename}
                            </button>
                        }
                    }
                >
                    <form
                        class="rename-form"
                        on:submit=move |ev| {
                            ev.prevent_default();
                            finish();
                        }
                    >
                        <label for="title-input">{move || t().board_title_label}</label>
                        <input
                            id="title-input"
                            class="title-input"
                            data-testid="title-input"
                            node_ref=title_input
                            prop:value=move || draft.get()
                            on:input=move |ev| draft.set(event_target_value(&ev))
                            on:keydown=move |ev| {
                                if ev.key() == "Escape" {
                                    ev.prevent_default();
                                    renaming.set(false);
                                    focus_element("rename-title");
                                }
                            }
                        />
                        <button class="button" type="submit">
                            {move || t().save}
                        </button>
                    </form>
                </Show>
                <div class="board-tools">
                    <button
                        class="button"
                        id="present"
                        data-testid="present"
                        on:click=move |_| {
                            state.presenting.set(Some(None));
                            focus_element("presentation-next");
                        }
                    >
                        {move || t().present}
                    </button>
                    <button
                        class="button secondary"
                        data-testid="undo-change"
                        aria-keyshortcuts="Control+Z"
                        disabled=move || !state.can_undo.get()
                        on:click=move |_| state.step_history(true)
                    >
                        "↶ "
                        {move || t().undo_change}
                    </button>
                    <button
                        class="button secondary"
                        data-testid="redo-change"
                        aria-keyshortcuts="Control+Shift+Z"
                        disabled=move || !state.can_redo.get()
                        on:click=move |_| state.step_history(false)
                    >
                        "↷ "
                        {move || t().redo_change}
                    </button>
                    <button
                        class="button secondary"
                        data-testid="export-json"
                        on:click=move |_| state.export(Some(board))
                    >
                        {move || t().export}
                    </button>
                    <ImportPicker />
                </div>
            </div>
            <Show when=move || state.presenting.get().is_some()>
                <nav class="presentation-bar" aria-label=move || t().present>
                    <button
                        class="button secondary"
                        data-testid="presentation-previous"
                        on:click=move |_| state.step_presentation(false)
                    >
                        "← "
                        {move || t().previous_view}
                    </button>
                    <span class="presentation-view" aria-live="polite">
                        {move || match state.presenting.get().flatten() {
                            Some(q) => t().quadrant(q).name,
                            None => t().all_quadrants,
                        }}
                    </span>
                    <button
                        class="button secondary"
                        id="presentation-next"
                        data-testid="presentation-next"
                        on:click=move |_| state.step_presentation(true)
                    >
                        {move || t().next_view}
                        " →"
                    </button>
                    <button
                        class="button secondary"
                        data-testid="stop-presenting"
                        on:click=move |_| state.stop_presenting()
                    >
                        {move || t().stop_presenting}
                    </button>
                </nav>
            </Show>
            <div
                class="quadrants"
                class:single=move || state.presenting.get().flatten().is_some()
                data-showing=move || {
                    state.presenting.get().flatten().map(|q| q.key()).unwrap_or("all")
                }
            >
                {Quadrant::ALL
                    .into_iter()
                    .map(|quadrant| view! { <QuadrantView board=board quadrant=quadrant /> })
                    .collect_view()}
            </div>
            <p class="shortcuts" id="note-help">{move || t().shortcuts}</p>
            <StorageHealth board=board />
        </div>
    }
}
