use leptos::prelude::*;

use super::state::{focus_element, format_moment, select_when_shown, tr, AppState};
use crate::i18n::fill;
use crate::model::Id;

/// One board in the list: open it, rename, duplicate or delete it.
#[component]
pub fn BoardItem(board: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let summary = Memo::new(move |_| {
        state.library.with(|l| {
            l.board(board)
                .map(|b| (b.title.clone(), b.notes.len(), b.updated_at, b.example))
        })
    });
    let title = move || summary.get().map(|s| s.0).unwrap_or_default();
    let renaming = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let title_id = format!("board-title-{board}");
    let rename_input = NodeRef::<leptos::html::Input>::new();
    select_when_shown(rename_input, draft);

    let start_rename = move |_| {
        draft.set(title());
        renaming.set(true);
    };
    let finish_rename = move || {
        if !renaming.get_untracked() {
            return;
        }
        let text = draft.get_untracked();
        if state.change(board, |b| b.rename(&text)).is_some() {
            renaming.set(false);
            focus_element(&format!("board-{board}"));
        }
    };
    let cancel_rename = move || {
        renaming.set(false);
        focus_element(&format!("board-{board}"));
    };

    view! {
        <li class="board-item" data-testid="board-item">
            <Show
                when=move || renaming.get()
                fallback=move || {
                    view! {
                        <button
                            class="board-open"
                            id=format!("board-{board}")
                            data-testid="open-board"
                            on:click=move |_| state.open(Some(board))
                        >
                            <span class="board-name" id=title_id.clone()>
                                {title}
                            </span>
                        </button>
                    }
                }
            >
                <form
                    class="rename-form"
                    on:submit=move |ev| {
                        ev.prevent_default();
                        finish_rename();
                    }
                >
                    <label class="visually-hidden" for=format!("rename-{board}")>
                        {tr(|t| t.board_title_label)}
                    </label>
                    <input
                        id=format!("rename-{board}")
                        data-testid="rename-input"
                        node_ref=rename_input
                        prop:value=move || draft.get()
                        on:input=move |ev| draft.set(event_target_value(&ev))
                        on:keydown=move |ev| {
                            if ev.key() == "Escape" {
                                ev.prevent_default();
                                cancel_rename();
                            }
                        }
                    />
                    <button class="button" type="submit">
                        {tr(|t| t.save)}
                    </button>
                    <button class="button secondary" type="button" on:click=move |_| cancel_rename()>
                        {tr(|t| t.cancel)}
                    </button>
                </form>
            </Show>
            <p class="board-meta">
                <Show when=move || summary.get().is_some_and(|s| s.3)>
                    <span class="badge">{tr(|t| t.example_badge)}</span>
                    " "
                </Show>
                {move || {
                    summary
                        .get()
                        .map(|(_, count, at, _)| {
                            format!(
                                "{} · {}",
                                fill(t().note_count, &count.to_string()),
                                fill(t().changed_at, &format_moment(at, state.lang.get())),
                            )
                        })
                }}
            </p>
            <div class="board-actions">
                <button
                    class="button secondary"
                    data-testid="rename-board"
                    aria-label=move || format!("{} – {}", t().rename, title())
                    on:click=start_rename
                >
                    {tr(|t| t.rename)}
                </button>
                <button
                    class="button secondary"
                    data-testid="duplicate-board"
                    aria-label=move || format!("{} – {}", t().duplicate, title())
                    on:click=move |_| state.duplicate_board(board)
                >
                    {tr(|t| t.duplicate)}
                </button>
                <button
                    class="button danger"
                    data-testid="delete-board"
                    aria-label=move || format!("{} – {}", t().delete, title())
                    on:click=move |_| state.delete_board(board)
                >
                    {tr(|t| t.delete)}
                </button>
            </div>
        </li>
    }
}
