use leptos::prelude::*;

use super::browser::focus_element;
use super::row_tools::delete_button;
use super::state::{tr, AppState};
use crate::i18n::fill;
use crate::model::{Id, Term, TermField};

/// One term of the shared language: the word and its agreed meaning (both editable), in how many
/// notes it is used, delete.
#[component]
pub fn TermRow(board: Id, id: Id, term: Memo<Option<(Term, usize)>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let get = move |f: fn(&Term) -> String| {
        term.with(|t| t.as_ref().map(|(t, _)| f(t)).unwrap_or_default())
    };
    let word = Signal::derive(move || get(|t| t.term.clone()));
    let edit = move |field: TermField| {
        state.change(board, |b| b.edit_term(id, field));
    };
    view! {
        <div class="term-row" data-testid="term">
            <dt>
                <label class="visually-hidden" for=format!("term-{id}")>
                    {tr(|t| t.glossary.term)}
                </label>
                <input
                    id=format!("term-{id}")
                    class="term-word"
                    prop:value=word
                    on:change=move |ev| edit(TermField::Term(event_target_value(&ev)))
                />
                <span class="used-in">
                    {move || fill(
                        t().glossary.used_in,
                        &[("count", &term.with(|t| t.as_ref().map_or(0, |t| t.1)).to_string())],
                    )}
                </span>
            </dt>
            <dd>
                <label class="visually-hidden" for=format!("meaning-{id}")>
                    {tr(|t| t.glossary.meaning)}
                </label>
                <textarea
                    id=format!("meaning-{id}")
                    rows="2"
                    prop:value=move || get(|t| t.meaning.clone())
                    on:change=move |ev| edit(TermField::Meaning(event_target_value(&ev)))
                ></textarea>
                {delete_button(
                    "delete-term",
                    word,
                    Box::new(move || {
                        if state.change(board, |b| b.delete_term(id)).is_some() {
                            focus_element("new-term");
                        }
                    }),
                )}
            </dd>
        </div>
    }
}
