use leptos::prelude::*;
use web_sys::DragEvent;

use super::browser::focus_element;
use super::note_card::ToolsFor;
use super::quadrant_view::NoteCards;
use super::rename_form::RenameForm;
use super::state::{memo, tr, AppState};
use crate::model::{Id, Quadrant, Theme};

/// A theme of a quadrant: its name, its notes, and the controls to rename or ungroup it. A note
/// dropped on it joins it.
#[component]
pub fn ThemeGroup(
    board: Id,
    id: Id,
    theme: Memo<Option<Theme>>,
    quadrant: Quadrant,
    grouping: Memo<bool>,
    tools: ToolsFor,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let name = memo(move || theme.with(|t| t.as_ref().map(|t| t.name.clone()).unwrap_or_default()));
    let theme = id;
    let mine = state.select(board, move |b| {
        b.notes_in(quadrant)
            .filter(|n| n.theme == Some(theme))
            .map(|n| n.id)
            .collect::<Vec<Id>>()
    });
    let votes = state.select(board, move |b| {
        b.notes_in(quadrant)
            .filter(|n| n.theme == Some(theme))
            .map(|n| u64::from(n.votes))
            .sum::<u64>()
    });
    let renaming = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let over = RwSignal::new(false);

    let finish = move || {
        let text = draft.get_untracked();
        if state
            .change(board, |b| b.rename_theme(theme, &text))
            .is_some()
        {
            renaming.set(false);
            focus_element(&format!("theme-{theme}"));
        }
    };
    let on_dragover = move |ev: DragEvent| {
        if state.dragging.get_untracked().is_some() {
            ev.prevent_default();
            ev.stop_propagation();
            over.set(true);
        }
    };
    let on_drop = move |ev: DragEvent| {
        over.set(false);
        let Some(dragged) = state.dragging.get_untracked() else {
            return;
        };
        ev.prevent_default();
        ev.stop_propagation();
        state.dragging.set(None);
        state.change(board, |b| b.set_theme(dragged, Some(theme)));
        focus_element(&format!("note-{dragged}"));
    };
    let heading = format!("theme-heading-{theme}");

    view! {
        <div
            class="theme"
            class:drop-into=move || over.get()
            data-testid="theme"
            role="group"
            aria-labelledby=heading.clone()
            on:dragover=on_dragover
            on:dragleave=move |_| over.set(false)
            on:drop=on_drop
        >
            <div class="theme-head">
                <h3 id=heading.clone() class="theme-name" tabindex="-1">
                    <span id=format!("theme-{theme}") tabindex="-1" data-testid="theme-name-text">
                        {move || name.get()}
                    </span>
                    <span class="count">
                        {move || {
                            let v = votes.get();
                            if v > 0 {
                                format!(" ({}, {})", mine.with(|n| n.len()), t().votes(v))
                            } else {
                                format!(" ({})", mine.with(|n| n.len()))
                            }
                        }}
                    </span>
                </h3>
                <Show
                    when=move || renaming.get()
                    fallback=move || {
                        view! {
                            <button
                                class="button secondary small"
                                id=format!("rename-theme-{theme}")
                                data-testid="rename-theme"
                                on:click=move |_| {
                                    draft.set(name.get_untracked());
                                    renaming.set(true);
                                }
                            >
                                {tr(|t| t.themes.rename)}
                            </button>
                            <button
                                class="button secondary small"
                                data-testid="ungroup"
                                on:click=move |_| {
                                    let first = mine.with_untracked(|n| n.first().copied());
                                    if state.change(board, |b| b.ungroup(theme)).is_some() {
                                        if let Some(first) = first {
                                            focus_element(&format!("note-{first}"));
                                        }
                                    }
                                }
                            >
                                {tr(|t| t.themes.ungroup)}
                            </button>
                            <button
                                class="button secondary small"
                                data-testid="chain"
                                on:click=move |_| state.chain_of.set(Some(theme))
                            >
                                {tr(|t| t.chain.open)}
                            </button>
                        }
                    }
                >
                    <RenameForm
                        id=format!("theme-input-{theme}")
                        testid="theme-rename-input"
                        label=|t| t.themes.name
                        draft=draft
                        on_save=Callback::new(move |_| finish())
                        on_cancel=Callback::new(move |_| {
                            renaming.set(false);
                            focus_element(&format!("rename-theme-{theme}"));
                        })
                    />
                </Show>
            </div>
            <ul class="notes" aria-label=move || name.get()>
                <NoteCards board=board quadrant=quadrant notes=mine grouping=grouping tools=tools />
            </ul>
        </div>
    }
}
