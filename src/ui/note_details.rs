use leptos::prelude::*;

use super::browser::focus_element;
use super::state::{memo, tr, AppState};
use crate::content::CHECK_WORDS;
use crate::i18n::fill;
use crate::model::{terms_in, Id, Note, Term};

/// The board's glossary, shared by every note card so that a thousand notes look up terms in
/// one list that changes only when the glossary does.
#[derive(Clone, Copy)]
pub struct Glossary {
    /// The terms.
    pub terms: Memo<Vec<Term>>,
    /// Whether there is any term. Note cards are keyed on it: on a board without a glossary
    /// they hold no lookup at all, and the first term builds them anew once.
    pub any: Memo<bool>,
}

impl Glossary {
    /// The glossary of a board.
    pub fn of(terms: Memo<Vec<Term>>) -> Self {
        Glossary {
            terms,
            any: memo(move || terms.with(|t| !t.is_empty())),
        }
    }
}

/// What a note carries besides its text: votes, tags, the glossary terms it uses (each can be
/// opened to read the agreed meaning), and the quadrant check's prompt.
#[component]
pub fn NoteDetails(board: Id, note: Note) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let glossary = use_context::<Glossary>();
    let id = note.id;
    let text = note.text.clone();
    let terms = glossary.filter(|g| g.any.get_untracked()).map(|g| {
        memo(move || {
            g.terms.with(|list| {
                terms_in(list, &text)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<Term>>()
            })
        })
    });
    let hint = note.placement_hint(&CHECK_WORDS);
    let votes = note.votes;
    let tags = note.tags.clone();
    view! {
        {(votes > 0)
            .then(|| {
                view! {
                    <span class="votes-badge" data-testid="note-votes">
                        <span aria-hidden="true">"● "</span>
                        {move || t().votes(votes.into())}
                    </span>
                }
            })}
        {(!tags.is_empty())
            .then(|| {
                view! {
                    <ul class="tags" aria-label=tr(|t| t.notes.edit_tags)>
                        {tags
                            .iter()
                            .map(|tag| view! { <li class="tag">{tag.clone()}</li> })
                            .collect_view()}
                    </ul>
                }
            })}
        {terms
            .map(|terms| {
                view! {
                    <Show when=move || terms.with(|t| !t.is_empty())>
                        <div class="terms" role="group" aria-label=tr(|t| t.notes.term_lookup)>
                            <For
                                each=move || terms.get()
                                key=|term| (term.id, term.term.clone(), term.meaning.clone())
                                children=move |term| {
                                    view! {
                                        <details class="term" data-testid="term-lookup">
                                            <summary>{term.term.clone()}</summary>
                                            <p>{term.meaning.clone()}</p>
                                        </details>
                                    }
                                }
                            />
                        </div>
                    </Show>
                }
            })}
        {hint
            .map(|hint| {
                let to = hint.suggested;
                let template = move || {
                    if note.quadrant.is_internal() {
                        t().notes.check_outside
                    } else {
                        t().notes.check_inside
                    }
                };
                view! {
                    <div class="check-hint" data-testid="check-hint">
                        <p>
                            {move || fill(
                                template(),
                                &[("word", hint.because), ("quadrant", t().quadrant(to).name)],
                            )}
                        </p>
                        <button
                            class="button secondary small"
                            data-testid="check-move"
                            on:click=move |_| {
                                if state
                                    .change(board, |b| b.move_note(id, to, usize::MAX))
                                    .is_some()
                                {
                                    state
                                        .announce(
                                            fill(
                                                state.t_now().notes.moved_to,
                                                &[("quadrant", state.t_now().quadrant(to).name)],
                                            ),
                                        );
                                    focus_element(&format!("note-{id}"));
                                }
                            }
                        >
                            {move || fill(
                                t().notes.check_move,
                                &[("quadrant", t().quadrant(to).name)],
                            )}
                        </button>
                        <button
                            class="button secondary small"
                            data-testid="check-keep"
                            on:click=move |_| {
                                state.change(board, |b| b.keep_here(id));
                                focus_element(&format!("note-{id}"));
                            }
                        >
                            {tr(|t| t.notes.check_keep)}
                        </button>
                    </div>
                }
            })}
    }
}
