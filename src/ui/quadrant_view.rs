use leptos::prelude::*;
use web_sys::{DragEvent, FocusEvent, KeyboardEvent, PointerEvent};

use super::browser::{focus_element, submits};
use super::note_card::{card_of, on_card_key, NoteCard, ToolsFor};
use super::state::{memo, tr, AppState, Rows};
use super::theme_group::ThemeGroup;
use crate::i18n::fill;
use crate::model::{pasted_notes, Id, Quadrant, Theme};

/// The themes of the quadrant a note card is in.
#[derive(Clone, Copy)]
pub struct QuadrantThemes(pub Memo<Vec<Theme>>);

/// How many cards a list builds at once while a large board opens, and at most in one later
/// turn of the event loop.
const CARDS_AT_A_TIME: usize = 200;
const MOST_CARDS_AT_A_TIME: usize = 320;

/// The cards of a list of notes of a quadrant (a theme's, or those in no theme), keyed by the
/// note: a card is built once and follows its note (see [`NoteCard`]); the list changes only when
/// a note joins, leaves or moves in it. `grouping` and `tools` are the quadrant's.
///
/// A long list is built a part at a time: the first cards at once, so the board can be used,
/// and the rest a part per turn of the event loop, so typing and clicks are answered in between;
/// the list is whole a moment later, and from then on every note is in the page (for
/// find-in-page, Tab and screen readers).
#[component]
pub fn NoteCards(
    board: Id,
    quadrant: Quadrant,
    notes: Memo<Vec<Id>>,
    grouping: Memo<bool>,
    tools: ToolsFor,
) -> impl IntoView {
    let shown = RwSignal::new(CARDS_AT_A_TIME);
    Effect::new(move |_| {
        let (now, all) = (shown.get(), notes.with(Vec::len));
        if now < all {
            set_timeout(
                move || {
                    // Twice as many each turn, up to a limit, so a list of thousands is whole
                    // in a few turns and no turn keeps the page from answering for long.
                    let _ = shown.try_update(|n| *n += (*n).min(MOST_CARDS_AT_A_TIME));
                },
                std::time::Duration::ZERO,
            );
        } else if now != usize::MAX {
            // Whole: from now on every note shows at once, a new one too.
            shown.set(usize::MAX);
        }
    });
    view! {
        <For
            each=move || notes.with(|n| n.iter().take(shown.get()).copied().collect::<Vec<Id>>())
            key=|id| *id
            children=move |id| {
                view! {
                    <NoteCard board=board id=id quadrant=quadrant grouping=grouping tools=tools />
                }
            }
        />
    }
}

/// One quadrant: its name and hint, its themes with their notes, the notes in no theme, and the
/// field where the scribe types new ones.
#[component]
pub fn QuadrantView(board: Id, quadrant: Quadrant) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let key = quadrant.key();
    // Only this quadrant's notes, by id: an edit of a note leaves the list as it was, and only
    // that note's card follows it.
    let notes = state.select(board, move |b| {
        b.notes_in(quadrant).map(|n| n.id).collect::<Vec<Id>>()
    });
    let themes = state.select(board, move |b| {
        b.themes
            .iter()
            .filter(|t| t.quadrant == quadrant)
            .cloned()
            .collect::<Vec<Theme>>()
    });
    // The cards' theme choice offers these, without asking the board again.
    provide_context(QuadrantThemes(themes));
    let loose = state.select(board, move |b| {
        b.notes_in(quadrant)
            .filter(|n| n.theme.is_none())
            .map(|n| n.id)
            .collect::<Vec<Id>>()
    });
    let input_ref = NodeRef::<leptos::html::Textarea>::new();
    let theme_name = NodeRef::<leptos::html::Input>::new();
    let grouping = state.grouping_in(quadrant);
    let tools = ToolsFor::new(state);
    let chosen = memo(move || {
        state
            .grouping
            .with(|g| g.as_ref().map_or(0, |(_, ids)| ids.len()))
    });

    // A paste of several lines offers to add them as that many notes.
    let offer = RwSignal::new(0usize);
    let pasted = StoredValue::new(false);
    let on_input = move |_| {
        let lines = match input_ref.get_untracked() {
            Some(input) if pasted.get_value() || offer.get_untracked() > 0 => {
                pasted_notes(&input.value()).len()
            }
            _ => 0,
        };
        if pasted.get_value() && lines > 1 {
            let count = lines.to_string();
            state.announce(fill(state.t_now().notes.pasted_lines, &[("count", &count)]));
        }
        pasted.set_value(false);
        offer.set(if lines > 1 { lines } else { 0 });
    };
    let split = move |_| {
        let Some(input) = input_ref.get_untracked() else {
            return;
        };
        let notes = pasted_notes(&input.value());
        let added = state.change(board, |b| {
            for text in &notes {
                b.add_note(quadrant, text)?;
            }
            Ok(notes.len())
        });
        if let Some(count) = added {
            input.set_value("");
            offer.set(0);
            let t = state.t_now();
            state.announce(fill(
                t.notes.pasted_added,
                &[
                    ("count", &count.to_string()),
                    ("quadrant", t.quadrant(quadrant).name),
                ],
            ));
        }
        let _ = input.focus();
    };
    let keep_one = move |_| {
        offer.set(0);
        if let Some(input) = input_ref.get_untracked() {
            let _ = input.focus();
        }
    };

    let on_keydown = move |ev: KeyboardEvent| {
        if !submits(&ev) {
            return;
        }
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
            offer.set(0);
            state.announce(fill(
                state.t_now().notes.added_to,
                &[("quadrant", state.t_now().quadrant(quadrant).name)],
            ));
        }
    };

    // The cards' keys, drags, pointer and focus are heard here, once for the quadrant, instead
    // of by listeners on each card.
    let on_card_keydown = move |ev: KeyboardEvent| {
        if let Some((id, true)) = card_of(ev.target()) {
            if on_card_key(state, board, quadrant, id, &ev) {
                ev.prevent_default();
            }
        }
    };
    let on_dragstart = move |ev: DragEvent| {
        let Some((id, true)) = card_of(ev.target()) else {
            return;
        };
        if let Some(data) = ev.data_transfer() {
            let _ = data.set_data("text/plain", &id.to_string());
            data.set_effect_allowed("move");
        }
        state.dragging.set(Some(id));
    };
    let on_pointerover =
        move |ev: PointerEvent| tools.point(card_of(ev.target()).map(|(id, _)| id));
    let on_pointerleave = move |_: PointerEvent| tools.point(None);
    let on_focusin = move |ev: FocusEvent| tools.focus(card_of(ev.target()).map(|(id, _)| id));
    // Focus going elsewhere: to another card (its tools show), or out of the cards.
    let on_focusout =
        move |ev: FocusEvent| tools.focus(card_of(ev.related_target()).map(|(id, _)| id));

    // Dropping on the quadrant, not on a note or theme, puts the note last, in no theme.
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
        state.change(board, |b| {
            b.move_note(id, quadrant, usize::MAX)?;
            b.set_theme(id, None)
        });
    };

    let make_theme = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(input) = theme_name.get_untracked() else {
            return;
        };
        let ids = state
            .grouping
            .with_untracked(|g| g.as_ref().map(|(_, ids)| ids.clone()).unwrap_or_default());
        let name = input.value();
        if let Some(theme) = state.change(board, |b| b.add_theme(&name, &ids)) {
            state.grouping.set(None);
            state.announce(fill(state.t_now().themes.made, &[("name", name.trim())]));
            focus_element(&format!("theme-{theme}"));
        }
    };

    let themes_rows = Rows::new(themes);
    view! {
        <section
            class=format!("quadrant quadrant-{key}")
            data-testid=format!("quadrant-{key}")
            aria-labelledby=format!("heading-{key}")
            on:dragover=on_dragover
            on:drop=on_drop
            on:keydown=on_card_keydown
            on:dragstart=on_dragstart
            on:dragend=move |_: DragEvent| state.dragging.set(None)
            on:pointerover=on_pointerover
            on:pointerleave=on_pointerleave
            on:focusin=on_focusin
            on:focusout=on_focusout
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
                <button
                    class="button secondary small group-button"
                    id=format!("group-{key}")
                    data-testid="group-notes"
                    aria-expanded=move || grouping.get().to_string()
                    on:click=move |_| {
                        if grouping.get_untracked() {
                            state.grouping.set(None);
                        } else {
                            state.grouping.set(Some((quadrant, Vec::new())));
                        }
                    }
                >
                    {tr(|t| t.themes.group)}
                </button>
            </header>
            <Show when=move || grouping.get()>
                <form class="group-bar" on:submit=make_theme>
                    <p class="step-help">{tr(|t| t.themes.group_help)}</p>
                    <label for=format!("theme-name-{key}")>{tr(|t| t.themes.name)}</label>
                    <input
                        id=format!("theme-name-{key}")
                        data-testid="theme-name"
                        node_ref=theme_name
                    />
                    <button
                        class="button"
                        type="submit"
                        data-testid="make-theme"
                        disabled=move || chosen.get() == 0
                    >
                        {move || format!("{} ({})", t().themes.make, chosen.get())}
                    </button>
                    <button
                        class="button secondary"
                        type="button"
                        on:click=move |_| {
                            state.grouping.set(None);
                            focus_element(&format!("group-{key}"));
                        }
                    >
                        {tr(|t| t.common.cancel)}
                    </button>
                </form>
            </Show>
            <For
                each=move || themes.with(|t| t.iter().map(|t| t.id).collect::<Vec<Id>>())
                key=|id| *id
                children=move |id| {
                    view! {
                        <ThemeGroup
                            board=board
                            id=id
                            theme=themes_rows.row(id)
                            quadrant=quadrant
                            grouping=grouping
                            tools=tools
                        />
                    }
                }
            />
            <Show when=move || themes.with(|t| !t.is_empty()) && loose.with(|n| !n.is_empty())>
                <h3 class="ungrouped">{tr(|t| t.themes.ungrouped)}</h3>
            </Show>
            <ul
                class="notes"
                aria-label=move || fill(
                    t().notes.notes_of,
                    &[("quadrant", t().quadrant(quadrant).name)],
                )
            >
                <NoteCards
                    board=board
                    quadrant=quadrant
                    notes=loose
                    grouping=grouping
                    tools=tools
                />
            </ul>
            <Show when=move || notes.with(|n| n.is_empty())>
                <p class="empty">{tr(|t| t.notes.none_yet)}</p>
            </Show>
            <label class="input-label" for=format!("input-{key}")>
                {move || t().quadrant(quadrant).input_label}
            </label>
            <textarea
                id=format!("input-{key}")
                class="note-input"
                data-testid="note-input"
                rows="2"
                placeholder=tr(|t| t.notes.placeholder)
                node_ref=input_ref
                on:keydown=on_keydown
                on:paste=move |_| pasted.set_value(true)
                on:input=on_input
            ></textarea>
            <Show when=move || { offer.get() > 1 }>
                <div class="paste-offer" data-testid="paste-offer">
                    <button class="button small" data-testid="paste-as-notes" on:click=split>
                        {move || fill(
                            t().notes.paste_as_notes,
                            &[("count", &offer.get().to_string())],
                        )}
                    </button>
                    <button
                        class="button secondary small"
                        data-testid="paste-as-one"
                        on:click=keep_one
                    >
                        {tr(|t| t.notes.paste_as_one)}
                    </button>
                </div>
            </Show>
        </section>
    }
}
