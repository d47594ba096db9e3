use leptos::prelude::*;

use super::browser::{focus_element, format_moment};
use super::rename_form::RenameForm;
use super::state::{tr, AppState};
use crate::i18n::fill;
use crate::model::{Id, Record, Timestamp};

/// A board as the list shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The board.
    pub id: Id,
    /// Its title.
    pub title: String,
    /// How many notes it holds.
    pub notes: usize,
    /// When it last changed.
    pub updated_at: Timestamp,
    /// Whether it is the example board.
    pub example: bool,
}

impl Record for Summary {
    fn id(&self) -> Id {
        self.id
    }
}

/// One board in the list: open it, rename, duplicate or delete it.
#[component]
pub fn BoardItem(board: Id, summary: Memo<Option<Summary>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let title = move || summary.with(|s| s.as_ref().map(|s| s.title.clone()).unwrap_or_default());
    let renaming = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let title_id = format!("board-title-{board}");

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
                <RenameForm
                    id=format!("rename-{board}")
                    testid="rename-input"
                    label=|t| t.boards.title_label
                    draft=draft
                    on_save=Callback::new(move |_| finish_rename())
                    on_cancel=Callback::new(move |_| cancel_rename())
                    cancel_button=true
                />
            </Show>
            <p class="board-meta">
                <Show when=move || summary.with(|s| s.as_ref().is_some_and(|s| s.example))>
                    <span class="badge">{tr(|t| t.boards.example_badge)}</span>
                    " "
                </Show>
                {move || {
                    summary
                        .with(|s| {
                            s.as_ref()
                                .map(|s| {
                                    format!(
                                        "{} · {}",
                                        fill(
                                            t().boards.note_count,
                                            &[("count", &s.notes.to_string())],
                                        ),
                                        fill(
                                            t().boards.changed_at,
                                            &[("date", &format_moment(s.updated_at, state.lang.get()))],
                                        ),
                                    )
                                })
                        })
                }}
            </p>
            <div class="board-actions">
                <button
                    class="button secondary"
                    data-testid="rename-board"
                    aria-label=move || format!("{} – {}", t().common.rename, title())
                    on:click=start_rename
                >
                    {tr(|t| t.common.rename)}
                </button>
                <button
                    class="button secondary"
                    data-testid="duplicate-board"
                    aria-label=move || format!("{} – {}", t().boards.duplicate, title())
                    on:click=move |_| state.duplicate_board(board)
                >
                    {tr(|t| t.boards.duplicate)}
                </button>
                <button
                    class="button danger"
                    data-testid="delete-board"
                    aria-label=move || format!("{} – {}", t().common.delete, title())
                    on:click=move |_| state.delete_board(board)
                >
                    {tr(|t| t.common.delete)}
                </button>
            </div>
        </li>
    }
}
