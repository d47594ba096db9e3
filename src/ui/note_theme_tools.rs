use leptos::prelude::*;

use super::browser::focus_element;
use super::quadrant_view::QuadrantThemes;
use super::row_tools::id_select;
use super::state::{tr, AppState};
use crate::model::Id;

/// The tools of a note for grouping and labelling: its theme, its tags, and its chain.
#[component]
pub fn NoteThemeTools(
    board: Id,
    id: Id,
    theme: Signal<Option<Id>>,
    tags: Signal<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let QuadrantThemes(themes) = expect_context::<QuadrantThemes>();
    let themes = Signal::derive(move || {
        themes.with(|t| {
            t.iter()
                .map(|t| (t.id, t.name.clone()))
                .collect::<Vec<(Id, String)>>()
        })
    });
    let editing_tags = RwSignal::new(false);
    let tags_ref = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = tags_ref.get() {
            let _ = input.focus();
        }
    });
    let save_tags = move || {
        let Some(input) = tags_ref.get_untracked() else {
            return;
        };
        let list: Vec<String> = input.value().split(',').map(str::to_string).collect();
        if state.change(board, |b| b.set_tags(id, &list)).is_some() {
            editing_tags.set(false);
            focus_element(&format!("note-{id}"));
        }
    };
    view! {
        <label class="visually-hidden" for=format!("theme-of-{id}")>
            {tr(|t| t.themes.theme)}
        </label>
        {id_select(
            format!("theme-of-{id}"),
            "note-theme",
            "theme-select",
            themes,
            theme,
            tr(|t| t.themes.no_theme),
            Box::new(move |theme| {
                state.change(board, |b| b.set_theme(id, theme));
                focus_element(&format!("note-{id}"));
            }),
        )}
        <button
            class="icon-button"
            data-testid="edit-tags"
            aria-label=tr(|t| t.notes.edit_tags)
            aria-expanded=move || editing_tags.get().to_string()
            title=tr(|t| t.notes.edit_tags)
            on:click=move |_| editing_tags.update(|e| *e = !*e)
        >
            "#"
        </button>
        <button
            class="icon-button"
            data-testid="chain"
            aria-label=tr(|t| t.chain.open)
            title=tr(|t| t.chain.open)
            on:click=move |_| state.chain_of.set(Some(id))
        >
            "⛓"
        </button>
        <Show when=move || editing_tags.get()>
            <form
                class="tags-form"
                on:submit=move |ev| {
                    ev.prevent_default();
                    save_tags();
                }
            >
                <label for=format!("tags-{id}")>{tr(|t| t.notes.tags)}</label>
                <input
                    id=format!("tags-{id}")
                    data-testid="tags-input"
                    node_ref=tags_ref
                    prop:value=tags
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            ev.prevent_default();
                            editing_tags.set(false);
                            focus_element(&format!("note-{id}"));
                        }
                    }
                />
                <button class="button small" type="submit">
                    {tr(|t| t.common.save)}
                </button>
            </form>
        </Show>
    }
}
