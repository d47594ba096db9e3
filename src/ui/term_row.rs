use leptos::prelude::*;

use super::browser::focus_element;
use super::state::{tr, AppState};
use crate::i18n::fill;
use crate::model::{terms_in, Id};

/// One term of the shared language: the word and its agreed meaning (both editable), in how many
/// notes it is used, delete.
#[component]
pub fn TermRow(board: Id, id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let term = state.select(board, move |b| {
        b.glossary
            .iter()
            .find(|t| t.id == id)
            .map(|t| {
                let used = b
                    .notes
                    .iter()
                    .filter(|n| !terms_in(std::slice::from_ref(t), &n.text).is_empty())
                    .count();
                (t.term.clone(), t.meaning.clone(), used)
            })
            .unwrap_or_default()
    });
    let word = move || term.with(|t| t.0.clone());
    let save = move |w: Option<String>, m: Option<String>| {
        let (old_w, old_m, _) = term.get_untracked();
        let (w, m) = (w.unwrap_or(old_w), m.unwrap_or(old_m));
        state.change(board, |b| b.edit_term(id, &w, &m));
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
                    on:change=move |ev| save(Some(event_target_value(&ev)), None)
                />
                <span class="used-in">
                    {move || fill(
                        t().glossary.used_in,
                        &[("count", &term.with(|t| t.2).to_string())],
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
                    prop:value=move || term.with(|t| t.1.clone())
                    on:change=move |ev| save(None, Some(event_target_value(&ev)))
                ></textarea>
                <button
                    class="icon-button danger"
                    aria-label=move || fill(t().common.delete_named, &[("name", &word())])
                    title=tr(|t| t.common.delete)
                    on:click=move |_| {
                        if state.change(board, |b| b.delete_term(id)).is_some() {
                            focus_element("new-term");
                        }
                    }
                >
                    "✕"
                </button>
            </dd>
        </div>
    }
}
