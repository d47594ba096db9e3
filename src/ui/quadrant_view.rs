use leptos::prelude::*;
use web_sys::{DragEvent, KeyboardEvent};

use super::note_card::NoteCard;
use super::state::AppState;
use crate::i18n::fill;
use crate::model::{Id, Note, Quadrant};

/// One quadrant: its name and hint, its notes, and the field where the scribe types new ones.
#[component]
pub fn QuadrantView(board: Id, quadrant: Quadrant) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let key = quadrant.key();
    // Only this quadrant's notes; a change elsewhere yields an equal list and renders nothing.
    let notes = Memo::new(move |_| {
        state.library.with(|l| {
            l.board(board)
                .map(|b| b.notes_in(quadrant).cloned().collect::<Vec<Note>>())
                .unwrap_or_default()
        })
    });
    let input_ref = NodeRef::<leptos::html::Textarea>::new();

    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() != "Enter" || ev.shift_key() || ev.is_composing() {
            return;
        }
        ev.prevent_default();
        let Some(input) = input_ref.get_untracked() else {
            return;
        };
        let text = input.value();
        if text.trim().is_empty() {
            return;
        }
        if state
            .change(board, |b| b.add_note(quadrant, &text))
            .is_some()
        {
            input.set_value("");
            state.announce(fill(
                state.t_now().added_to,
                state.t_now().quadrant(quadrant).name,
            ));
        }
    };

    // Dropping on the quadrant, not on a note, puts the note last.
    let on_dragover = move |ev: DragEvent| {
        if state.dragging.get_untracked().is_some() {
            ev.prevent_default();
        }
    };
    let on_drop = move |ev: DragEvent| {
        let Some(id) = state.dragging.get_untracked() else {
            return;
        };
        ev.prevent_default();
        state.dragging.set(None);
        state.change(board, |b| b.move_note(id, quadrant, usize::MAX));
    };

    view! {
        <section
            class=format!("quadrant quadrant-{key}")
            data-testid=format!("quadrant-{key}")
            aria-labelledby=format!("heading-{key}")
            on:dragover=on_dragover
            on:drop=on_drop
        >
            <header class="quadrant-head">
                <h2 id=format!("heading-{key}")>
                    <span class="quadrant-letter" aria-hidden="true">
                        {quadrant.letter()}
                    </span>
                    {move || t().quadrant(quadrant).name}
                    <span class="count">{move || format!(" ({})", notes.with(|n| n.len()))}</span>
                </h2>
                <p class="hint">{move || t().quadrant(quadrant).hint}</p>
            </header>
            <ul
                class="notes"
                aria-label=move || fill(t().notes_of, t().quadrant(quadrant).name)
            >
                <For
                    each=move || notes.get()
                    key=|note| (note.id, note.updated_at)
                    children=move |note| view! { <NoteCard board=board note=note /> }
                />
            </ul>
            <Show when=move || notes.with(|n| n.is_empty())>
                <p class="empty">{move || t().no_notes_yet}</p>
            </Show>
            <label class="input-label" for=format!("input-{key}")>
                {move || t().quadrant(quadrant).input_label}
            </label>
            <textarea
                id=format!("input-{key}")
                class="note-input"
                data-testid="note-input"
                rows="2"
                placeholder=move || t().note_placeholder
                node_ref=input_ref
                on:keydown=on_keydown
            ></textarea>
        </section>
    }
}
