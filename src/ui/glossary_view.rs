use leptos::prelude::*;

use super::state::{memo, tr, AppState, Rows, Step};
use super::step_heading::StepHeading;
use super::term_row::TermRow;
use crate::model::{Id, Term};

/// Step 6: the shared language, terms and the meaning the group agreed on.
#[component]
pub fn GlossaryView(board: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    // Each term with the number of notes using it, counted once per change for every row.
    let terms = state.select(board, |b| {
        b.glossary
            .iter()
            .cloned()
            .zip(b.term_uses())
            .collect::<Vec<(Term, usize)>>()
    });
    let ids = memo(move || terms.with(|t| t.iter().map(|(t, _)| t.id).collect::<Vec<Id>>()));
    let term_ref = NodeRef::<leptos::html::Input>::new();
    let meaning_ref = NodeRef::<leptos::html::Textarea>::new();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(term), Some(meaning)) = (term_ref.get_untracked(), meaning_ref.get_untracked())
        else {
            return;
        };
        if state
            .change(board, |b| b.add_term(&term.value(), &meaning.value()))
            .is_some()
        {
            term.set_value("");
            meaning.set_value("");
            let _ = term.focus();
        }
    };
    let terms_rows = Rows::new(terms);
    view! {
        <section class="step step-glossary" aria-labelledby="step-glossary">
            <StepHeading
                step=Step::Glossary
                title=|t| t.glossary.heading
                help=|t| t.glossary.help
            />
            <form class="add-form" on:submit=add>
                <div class="field">
                    <label for="new-term">{tr(|t| t.glossary.term)}</label>
                    <input id="new-term" data-testid="term-input" node_ref=term_ref />
                </div>
                <div class="field grow">
                    <label for="new-meaning">{tr(|t| t.glossary.meaning)}</label>
                    <textarea
                        id="new-meaning"
                        data-testid="meaning-input"
                        rows="2"
                        node_ref=meaning_ref
                    ></textarea>
                </div>
                <button class="button" type="submit" data-testid="add-term">
                    {tr(|t| t.glossary.add_term)}
                </button>
            </form>
            <Show
                when=move || ids.with(|t| !t.is_empty())
                fallback=move || view! { <p class="empty">{tr(|t| t.glossary.no_terms)}</p> }
            >
                <dl class="glossary" data-testid="glossary">
                    <For
                        each=move || ids.get()
                        key=|id| *id
                        children=move |id| {
                            view! { <TermRow board=board id=id term=terms_rows.row(id) /> }
                        }
                    />
                </dl>
            </Show>
        </section>
    }
}
