use leptos::prelude::*;

use super::browser::{event_number, focus_element};
use super::state::AppState;
use crate::i18n::fill;
use crate::model::{Id, Record};

/// A note as the voting list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoteItem {
    /// The note.
    pub id: Id,
    /// Its text.
    pub text: String,
    /// The name of its theme, if any.
    pub theme: Option<String>,
    /// Its votes.
    pub votes: u32,
    /// The dots the voter whose turn it is gave it.
    pub mine: u32,
}

impl Record for VoteItem {
    fn id(&self) -> Id {
        self.id
    }
}

/// One note in the voting list: its text and theme, its votes, and either a vote and a take-back
/// button (a participant's turn) or the tally field (the scribe).
#[component]
pub fn VoteRow(
    board: Id,
    id: Id,
    item: Memo<Option<VoteItem>>,
    scribe: RwSignal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let text = move || item.with(|i| i.as_ref().map(|i| i.text.clone()).unwrap_or_default());
    let votes = move || item.with(|i| i.as_ref().map_or(0, |i| i.votes));
    let mine = move || item.with(|i| i.as_ref().map_or(0, |i| i.mine));
    let vote = move |add: bool, button: &'static str| {
        if state.vote(board, id, add) {
            state.announce(state.t_now().votes(votes().into()));
        }
        // Sorting may have moved the row: focus goes back to the button used.
        focus_element(&format!("{button}-{id}"));
    };
    view! {
        <li class="vote-row" data-testid="vote-row">
            <span class="vote-text">
                {move || {
                    item.with(|i| i.as_ref().and_then(|i| i.theme.clone()))
                        .map(|theme| view! { <span class="theme-label">{theme}": "</span> })
                }} {text}
            </span>
            <span class="vote-count" data-testid="vote-count">
                {move || t().votes(votes().into())}
            </span>
            <Show
                when=move || scribe.get()
                fallback=move || {
                    view! {
                        <span class="vote-buttons">
                            <button
                                class="icon-button"
                                id=format!("unvote-{id}")
                                data-testid="unvote"
                                disabled=move || mine() == 0
                                aria-label=move || fill(t().votes.unvote, &[("note", &text())])
                                on:click=move |_| vote(false, "unvote")
                            >
                                "−"
                            </button>
                            <button
                                class="icon-button vote"
                                id=format!("vote-{id}")
                                data-testid="vote"
                                aria-label=move || fill(t().votes.vote_for, &[("note", &text())])
                                on:click=move |_| vote(true, "vote")
                            >
                                "+"
                            </button>
                        </span>
                    }
                }
            >
                <input
                    class="number tally"
                    type="number"
                    min="0"
                    data-testid="tally"
                    aria-label=move || fill(t().votes.tally_for, &[("note", &text())])
                    prop:value=move || votes().to_string()
                    on:change=move |ev| {
                        let n = event_number(&ev);
                        state.change(board, |b| b.set_votes(id, n));
                    }
                />
            </Show>
        </li>
    }
}
