use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, FocusEvent, KeyboardEvent};

use super::browser::{blur_within, focus_element, submits};
use super::note_details::{Glossary, NoteDetails};
use super::note_theme_tools::NoteThemeTools;
use super::row_tools::delete_button;
use super::state::{tr, AppState, Said, Undo};
use crate::i18n::fill;
use crate::model::{Board, DropPlace, Dropped, Id, Note, Quadrant};

/// Which card of a quadrant shows its tools (the one under the pointer and the one holding
/// focus), which is being edited and which dragged. The quadrant's own listeners set them (see
/// [`card_of`]), so a thousand cards hold no listeners for this. Each card follows only whether
/// it is the one ([`Selector`]): a change reruns the two cards concerned, not every card.
#[derive(Clone, Copy)]
pub struct ToolsFor {
    pointed: RwSignal<Option<Id>>,
    focused: RwSignal<Option<Id>>,
    which: StoredValue<Which>,
}

/// Per card, whether it is the one pointed at, focused, edited or dragged.
struct Which {
    pointed: Selector<Option<Id>>,
    focused: Selector<Option<Id>>,
    editing: Selector<Option<Id>>,
    dragging: Selector<Option<Id>>,
}

impl ToolsFor {
    /// No card shows its tools.
    pub fn new(state: AppState) -> Self {
        let pointed = RwSignal::new(None);
        let focused = RwSignal::new(None);
        let which = Which {
            pointed: Selector::new(move || pointed.get()),
            focused: Selector::new(move || focused.get()),
            editing: Selector::new(move || state.editing.get()),
            dragging: Selector::new(move || state.dragging.get()),
        };
        ToolsFor {
            pointed,
            focused,
            which: StoredValue::new(which),
        }
    }

    /// The card under the pointer, if any.
    pub fn point(&self, card: Option<Id>) {
        set_if_other(self.pointed, card);
    }

    /// The card holding focus, if any.
    pub fn focus(&self, card: Option<Id>) {
        set_if_other(self.focused, card);
    }

    /// Whether this card shows its tools (tracked).
    fn shown(&self, card: Id) -> bool {
        let card = Some(card);
        self.which
            .try_with_value(|w| w.pointed.selected(&card) || w.focused.selected(&card))
            .unwrap_or(false)
    }

    /// Whether this card is being edited (tracked).
    fn editing(&self, card: Id) -> bool {
        self.which
            .try_with_value(|w| w.editing.selected(&Some(card)))
            .unwrap_or(false)
    }

    /// Whether this card is being dragged (tracked).
    fn dragging(&self, card: Id) -> bool {
        self.which
            .try_with_value(|w| w.dragging.selected(&Some(card)))
            .unwrap_or(false)
    }
}

/// Sets `signal` to `card` unless it holds it already. A quadrant that is being taken off screen
/// (another board opened, say by an import) still hears the focus leave its card after its
/// signals are gone; that event is then ignored instead of reading a disposed signal.
fn set_if_other(signal: RwSignal<Option<Id>>, card: Option<Id>) {
    if signal.try_get_untracked().is_some_and(|now| now != card) {
        signal.set(card);
    }
}

/// The note card an event happened in, and whether it happened on the card itself rather than
/// on a control inside it.
pub fn card_of(target: Option<web_sys::EventTarget>) -> Option<(Id, bool)> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    let card = element.closest("li.note").ok()??;
    let id = Id::parse(card.id().strip_prefix("note-")?)?;
    Some((id, card == element))
}

/// Says where a note went after a move, and keeps focus on it.
fn moved(state: AppState, id: Id, quadrant: Quadrant, board_after: &Board) {
    let t = state.t_now();
    if let Some((q, index)) = board_after.place_of(id) {
        let text = if q == quadrant {
            fill(
                t.notes.moved_position,
                &[("position", &(index + 1).to_string())],
            )
        } else {
            fill(t.notes.moved_to, &[("quadrant", t.quadrant(q).name)])
        };
        state.announce(text);
    }
    focus_element(&format!("note-{id}"));
}

/// Moves a note up (-1) or down (1) among the notes of its quadrant, or of its theme.
fn shift(state: AppState, board: Id, id: Id, quadrant: Quadrant, by: isize) {
    blur_within(&format!("note-{id}"));
    if state
        .change(board, |b| {
            b.shift_note(id, by)?;
            moved(state, id, quadrant, b);
            Ok(())
        })
        .is_none()
    {
        focus_element(&format!("note-{id}"));
    }
}

/// Moves a note to the end of another quadrant.
fn move_to(state: AppState, board: Id, id: Id, quadrant: Quadrant, to: Quadrant) {
    blur_within(&format!("note-{id}"));
    let moved = state.change(board, |b| {
        b.move_note(id, to, usize::MAX)?;
        moved(state, id, quadrant, b);
        Ok(())
    });
    if moved.is_none() {
        focus_element(&format!("note-{id}"));
    }
}

/// Deletes a note, with undo in the message; focus goes to the next note of the quadrant, or
/// else to the quadrant's input.
fn delete(state: AppState, board: Id, id: Id, quadrant: Quadrant) {
    let next = state.with_library_untracked(|l| {
        l.board(board).and_then(|b| {
            let ids: Vec<Id> = b.notes_in(quadrant).map(|n| n.id).collect();
            let at = ids.iter().position(|n| *n == id)?;
            ids.get(at + 1)
                .or(at.checked_sub(1).and_then(|p| ids.get(p)))
                .copied()
        })
    });
    blur_within(&format!("note-{id}"));
    if let Some(removed) = state.change(board, |b| b.delete_note(id)) {
        state.inform(
            Said::Text(|t| t.notes.deleted),
            Some(Undo::Note(board, Box::new(removed))),
        );
        match next {
            Some(next) => focus_element(&format!("note-{next}")),
            None => focus_element(&format!("input-{}", quadrant.key())),
        }
    }
}

/// A key pressed on a note card itself (not on a control inside it), heard by its quadrant:
/// Enter or F2 edits, Delete removes, Alt+arrows move. Whether the key was used.
pub fn on_card_key(
    state: AppState,
    board: Id,
    quadrant: Quadrant,
    id: Id,
    ev: &KeyboardEvent,
) -> bool {
    match (ev.key().as_str(), ev.alt_key()) {
        ("Enter" | "F2", false) => state.editing.set(Some(id)),
        ("Delete" | "Backspace", false) => delete(state, board, id, quadrant),
        ("ArrowUp", true) => shift(state, board, id, quadrant, -1),
        ("ArrowDown", true) => shift(state, board, id, quadrant, 1),
        ("ArrowLeft", true) => {
            if let Some(q) = quadrant.previous() {
                move_to(state, board, id, quadrant, q);
            }
        }
        ("ArrowRight", true) => {
            if let Some(q) = quadrant.next() {
                move_to(state, board, id, quadrant, q);
            }
        }
        _ => return false,
    }
    true
}

/// One note: its text, and the controls to edit, reorder, move and delete it. Every control
/// works by mouse, by drag and drop, and by keyboard when the note has focus (its keys, the
/// pointer and focus are heard by the quadrant: see [`on_card_key`] and [`ToolsFor`]). `grouping`
/// says whether notes of this quadrant are being chosen for a theme (one value for all its
/// cards).
///
/// A board may hold a thousand cards, so a card builds little until it is used: the editor,
/// its focus, the tools and the checkbox for choosing come when they are needed. A card follows
/// its own note only ([`AppState::note`]): an edit changes its text in place.
#[component]
pub fn NoteCard(
    board: Id,
    id: Id,
    quadrant: Quadrant,
    grouping: Memo<bool>,
    tools: ToolsFor,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let note = state.note(board, id);
    let glossary = use_context::<Glossary>();
    let read = move |f: fn(&Note) -> String| note.with(|n| n.as_ref().map(f).unwrap_or_default());
    let dom_id = format!("note-{id}");
    let editor_id = format!("edit-{id}");
    let editing = move || tools.editing(id);
    let editor_ref = NodeRef::<leptos::html::Textarea>::new();
    let card_ref = NodeRef::<leptos::html::Li>::new();
    // Where a dragged note would land on this one.
    let drop_zone = RwSignal::new(None::<DropPlace>);
    let shift = move |by: isize| shift(state, board, id, quadrant, by);
    let move_to = move |to: Quadrant| move_to(state, board, id, quadrant, to);
    let delete = move || delete(state, board, id, quadrant);
    let start_edit = move || state.editing.set(Some(id));
    // `refocus`: the editor was left by its own keys, so focus goes back to the card; when it was
    // left by a click or Tab elsewhere, focus stays where the user put it.
    let finish_edit = move |keep: bool, refocus: bool| {
        if state.editing.get_untracked() != Some(id) {
            return;
        }
        if keep {
            let Some(editor) = editor_ref.get_untracked() else {
                return;
            };
            let text = editor.value();
            let result = state.change(board, |b| b.edit_note(id, &text));
            if result.is_none() {
                // Refused (e.g. empty): keep editing, the message says why.
                return;
            }
        }
        state.editing.set(None);
        if !refocus {
            return;
        }
        // The same card stays, with the new text: focus goes back to it at once.
        match card_ref.get_untracked() {
            Some(card) => {
                let _ = card.focus();
            }
            None => focus_element(&format!("note-{id}")),
        }
    };

    let on_editor_keydown = move |ev: KeyboardEvent| match ev.key().as_str() {
        "Enter" if submits(&ev) => finish_edit(true, true),
        "Escape" => {
            ev.prevent_default();
            finish_edit(false, true);
        }
        _ => {}
    };
    // Leaving the editor keeps what was typed, unless focus only moved to its own buttons.
    let on_editor_focusout = move |ev: FocusEvent| {
        if focus_leaves(&ev) {
            finish_edit(true, false);
        }
    };

    // The upper and lower quarters place the dragged note before or after this one; the middle
    // groups the two under a theme.
    let zone = move |ev: &DragEvent| {
        ev.current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map_or(DropPlace::Before, |e| {
                let rect = e.get_bounding_client_rect();
                DropPlace::at((f64::from(ev.client_y()) - rect.top()) / rect.height().max(1.0))
            })
    };
    let on_dragover = move |ev: DragEvent| {
        match state.dragging.get_untracked() {
            Some(dragged) if dragged != id => {}
            _ => return,
        }
        ev.prevent_default();
        ev.stop_propagation();
        let z = zone(&ev);
        if drop_zone.get_untracked() != Some(z) {
            drop_zone.set(Some(z));
        }
    };
    let on_dragleave = move |_: DragEvent| drop_zone.set(None);
    let on_drop = move |ev: DragEvent| {
        drop_zone.set(None);
        let Some(dragged) = state.dragging.get_untracked() else {
            return;
        };
        ev.prevent_default();
        ev.stop_propagation();
        state.dragging.set(None);
        let t = state.t_now();
        let theme_name = |n: usize| fill(t.themes.new_name, &[("number", &n.to_string())]);
        let place = zone(&ev);
        if let Some(Dropped::NewTheme(name)) =
            state.change(board, |b| b.drop_note(dragged, id, place, theme_name))
        {
            state.announce(fill(t.themes.made, &[("name", &name)]));
        }
        focus_element(&format!("note-{dragged}"));
    };

    // Closures, made signals only where a control that needs them is built: a thousand cards
    // at rest hold none of them.
    let label = move || read(|n| n.text.chars().take(60).collect());
    let theme = move || note.with(|n| n.as_ref().and_then(|n| n.theme));
    let tags = move || read(|n| n.tags.join(", "));
    view! {
        <li
            class=move || {
                let zone = match drop_zone.get() {
                    Some(DropPlace::Before) => " drop-above",
                    Some(DropPlace::After) => " drop-below",
                    Some(DropPlace::Onto) => " drop-group",
                    None => "",
                };
                let dragging = if tools.dragging(id) { " dragging" } else { "" };
                let editing = if editing() { " editing" } else { "" };
                format!("note{zone}{dragging}{editing}")
            }
            id=dom_id
            node_ref=card_ref
            data-testid="note"
            tabindex="0"
            draggable=move || if editing() { "false" } else { "true" }
            aria-describedby="note-help"
            on:dragover=on_dragover
            on:dragleave=on_dragleave
            on:drop=on_drop
        >
            <Show
                when=editing
                fallback=move || {
                    view! {
                        <Show when=move || {
                            grouping.get()
                        }>
                            {
                                let chosen = move || {
                                    state
                                        .grouping
                                        .with(|g| {
                                            g.as_ref().is_some_and(|(_, ids)| ids.contains(&id))
                                        })
                                };
                                view! {
                                    <input
                                        type="checkbox"
                                        class="choose"
                                        data-testid="choose-note"
                                        aria-label=move || fill(
                                            t().themes.select_note,
                                            &[("note", &label())],
                                        )
                                        prop:checked=chosen
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            state
                                                .grouping
                                                .update(|g| {
                                                    if let Some((_, ids)) = g {
                                                        ids.retain(|n| *n != id);
                                                        if on {
                                                            ids.push(id);
                                                        }
                                                    }
                                                });
                                        }
                                    />
                                }
                            }
                        </Show>
                        {move || {
                            let _ = glossary.map(|g| g.any.get());
                            note.get()
                                .map(|note| {
                                    let text = note.text.clone();
                                    // Built anew when the note changes, or when the board gets its
                                    // first term or loses its last (a card without terms holds no lookup).
                                    view! {
                                        <p class="note-text" data-testid="note-text">
                                            {text}
                                        </p>
                                        <NoteDetails board=board note=note />
                                    }
                                })
                        }}
                    }
                }
            >
                {
                    Effect::new(move |_| {
                        if let Some(editor) = editor_ref.get() {
                            let _ = editor.focus();
                            let end = editor.value().encode_utf16().count() as u32;
                            let _ = editor.set_selection_range(end, end);
                        }
                    });
                }
                <div class="note-editor" on:focusout=on_editor_focusout>
                    <label class="visually-hidden" for=editor_id.clone()>
                        {tr(|t| t.notes.edit_label)}
                    </label>
                    <textarea
                        id=editor_id.clone()
                        data-testid="note-editor"
                        node_ref=editor_ref
                        on:keydown=on_editor_keydown
                        prop:value=note.with_untracked(|n| n.as_ref().map(|n| n.text.clone()))
                    ></textarea>
                    <div class="note-tools">
                        <button class="button" on:click=move |_| finish_edit(true, true)>
                            {tr(|t| t.common.save)}
                        </button>
                        <button class="button secondary" on:click=move |_| finish_edit(false, true)>
                            {tr(|t| t.common.cancel)}
                        </button>
                    </div>
                </div>
            </Show>
            // While notes are being chosen for a theme, the checkbox is the one tool.
            // Hidden, not taken down, while the note is edited: saving shows them again at once.
            <Show when=move || tools.shown(id) && !grouping.get()>
                <div class="note-tools">
                    <button
                        class="icon-button"
                        data-testid="edit-note"
                        aria-label=tr(|t| t.common.edit)
                        title=tr(|t| t.common.edit)
                        on:click=move |_| start_edit()
                    >
                        "✎"
                    </button>
                    <button
                        class="icon-button"
                        data-testid="move-up"
                        aria-label=tr(|t| t.common.move_up)
                        title=tr(|t| t.common.move_up)
                        on:click=move |_| shift(-1)
                    >
                        "↑"
                    </button>
                    <button
                        class="icon-button"
                        data-testid="move-down"
                        aria-label=tr(|t| t.common.move_down)
                        title=tr(|t| t.common.move_down)
                        on:click=move |_| shift(1)
                    >
                        "↓"
                    </button>
                    <select
                        class="move-to"
                        data-testid="move-to"
                        aria-label=tr(|t| t.notes.move_to)
                        title=tr(|t| t.notes.move_to)
                        on:change=move |ev| {
                            let key = event_target_value(&ev);
                            if let Ok(q) = key.parse::<Quadrant>() {
                                move_to(q);
                            }
                        }
                    >
                        <option value="" selected>
                            {move || format!("{}…", t().notes.move_to)}
                        </option>
                        {Quadrant::ALL
                            .into_iter()
                            .filter(|q| *q != quadrant)
                            .map(|q| {
                                view! {
                                    <option value=q.key()>{move || t().quadrant(q).name}</option>
                                }
                            })
                            .collect_view()}
                    </select>
                    <NoteThemeTools
                        board=board
                        id=id
                        theme=Signal::derive(theme)
                        tags=Signal::derive(tags)
                    />
                    {delete_button("delete-note", Signal::derive(label), Box::new(delete))}
                </div>
            </Show>
        </li>
    }
}

/// Whether focus moves out of the element that heard `focusout`, not just within it.
fn focus_leaves(ev: &FocusEvent) -> bool {
    let to = ev
        .related_target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    let within = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    !within.is_some_and(|within| within.contains(to.as_ref()))
}
