use leptos::prelude::*;

use super::state::{memo, tr, AppState, Rows, Said, Step};
use super::step_heading::StepHeading;
use super::vote_row::{VoteItem, VoteRow};
use crate::i18n::fill;
use crate::model::{Id, Quadrant};

/// Step 3: prioritising. Dot voting participant by participant within a budget of votes and an
/// optional cap per note, or the scribe enters the tallies counted in the room; each quadrant
/// can be sorted by votes; votes can be reset.
#[component]
pub fn VotesView(board: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let settings = state.select(board, |b| b.voting.clone());
    let from_context = state.select(board, |b| {
        b.context
            .participants
            .iter()
            .map(|p| u64::from(p.count))
            .sum::<u64>()
    });
    let cast = state.select(board, |b| b.votes_cast());
    let budget = state.select(board, |b| b.vote_budget());
    let scribe = RwSignal::new(false);
    let sorted = RwSignal::new(false);
    let per_ref = NodeRef::<leptos::html::Input>::new();
    let cap_ref = NodeRef::<leptos::html::Input>::new();
    let voters_ref = NodeRef::<leptos::html::Input>::new();

    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let number = |r: NodeRef<leptos::html::Input>| {
            r.get_untracked().and_then(|i| {
                let v = i.value();
                let v = v.trim();
                (!v.is_empty()).then(|| v.parse::<u32>().unwrap_or(0))
            })
        };
        let per = number(per_ref).unwrap_or(0);
        let (cap, voters) = (number(cap_ref), number(voters_ref));
        state.change(board, |b| b.set_vote_settings(per, cap, voters));
    };
    let round = memo(move || state.round(board));
    let voter = memo(move || round.with(|r| r.voter));
    let left = memo(move || {
        let used = round.with(|r| r.used());
        settings.with(|s| s.per_participant.saturating_sub(used))
    });

    view! {
        <section class="step step-votes" aria-labelledby="step-votes">
            <StepHeading step=Step::Votes title=|t| t.votes.heading help=|t| t.votes.help />
            <form class="settings-form" on:submit=apply>
                <div class="field">
                    <label for="votes-per">{tr(|t| t.votes.per_participant)}</label>
                    <input
                        id="votes-per"
                        class="number"
                        type="number"
                        min="1"
                        data-testid="votes-per-participant"
                        node_ref=per_ref
                        prop:value=move || settings.with(|s| s.per_participant.to_string())
                    />
                </div>
                <div class="field">
                    <label for="votes-cap">{tr(|t| t.votes.cap)}</label>
                    <input
                        id="votes-cap"
                        class="number"
                        type="number"
                        min="1"
                        data-testid="votes-cap"
                        node_ref=cap_ref
                        prop:value=move || {
                            settings
                                .with(|s| s.cap_per_note.map(|c| c.to_string()).unwrap_or_default())
                        }
                    />
                </div>
                <div class="field">
                    <label for="votes-voters">
                        {move || fill(
                            t().votes.voters,
                            &[("count", &t().number(from_context.get()))],
                        )}
                    </label>
                    <input
                        id="votes-voters"
                        class="number"
                        type="number"
                        min="1"
                        data-testid="votes-voters"
                        node_ref=voters_ref
                        prop:value=move || {
                            settings.with(|s| s.voters.map(|c| c.to_string()).unwrap_or_default())
                        }
                    />
                </div>
                <button class="button secondary" type="submit" data-testid="apply-vote-settings">
                    {tr(|t| t.votes.save_settings)}
                </button>
            </form>
            <p class="budget" data-testid="vote-budget" aria-live="polite">
                {move || match budget.get() {
                    Some(all) => {
                        fill(
                            t().votes.budget,
                            &[("used", &t().number(cast.get())), ("total", &t().number(all))],
                        )
                    }
                    None => fill(t().votes.budget_unknown, &[("count", &t().number(cast.get()))]),
                }}
            </p>
            <div class="vote-modes" role="group" aria-label=tr(|t| t.steps.votes)>
                <button
                    class="button secondary"
                    data-testid="mode-dots"
                    aria-pressed=move || (!scribe.get()).to_string()
                    on:click=move |_| scribe.set(false)
                >
                    {tr(|t| t.votes.mode_dots)}
                </button>
                <button
                    class="button secondary"
                    data-testid="mode-scribe"
                    aria-pressed=move || scribe.get().to_string()
                    on:click=move |_| scribe.set(true)
                >
                    {tr(|t| t.votes.mode_scribe)}
                </button>
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="sort-by-votes"
                        prop:checked=move || sorted.get()
                        on:change=move |ev| sorted.set(event_target_checked(&ev))
                    />
                    {tr(|t| t.votes.sort_by_votes)}
                </label>
                <button
                    class="button secondary danger-text"
                    data-testid="reset-votes"
                    on:click=move |_| {
                        if state.reset_votes(board) {
                            state.inform(Said::Text(|t| t.votes.cleared), None);
                        }
                    }
                >
                    {tr(|t| t.votes.reset)}
                </button>
            </div>
            <Show when=move || !scribe.get()>
                <p class="voter-turn" data-testid="voter-turn" aria-live="polite">
                    {move || fill(
                        t().votes.voter_turn,
                        &[("number", &voter.get().to_string()), ("left", &left.get().to_string())],
                    )}
                    " "
                    <button
                        class="button"
                        data-testid="next-voter"
                        on:click=move |_| state.next_voter(board)
                    >
                        {tr(|t| t.votes.next_voter)}
                    </button>
                </p>
            </Show>
            <div class="vote-columns">
                {Quadrant::ALL
                    .into_iter()
                    .map(|quadrant| {
                        let items = memo(move || {
                            let sort = sorted.get();
                            let round = round.get();
                            state
                                .with_board(
                                    board,
                                    |b| {
                                        let Some(b) = b else { return Vec::new() };
                                        let mut items: Vec<VoteItem> = b
                                            .notes_in(quadrant)
                                            .map(|n| VoteItem {
                                                id: n.id,
                                                text: n.text.clone(),
                                                theme: n
                                                    .theme
                                                    .and_then(|t| b.theme(t))
                                                    .map(|t| t.name.clone()),
                                                votes: n.votes,
                                                mine: round.on(n.id),
                                            })
                                            .collect();
                                        if sort {
                                            items.sort_by_key(|i| std::cmp::Reverse(i.votes));
                                        }
                                        items
                                    },
                                )
                        });
                        let items_rows = Rows::new(items);
                        // The quadrant's notes as the rows show them, once per change.
                        view! {
                            <section
                                class=format!("vote-column quadrant-{}", quadrant.key())
                                data-testid=format!("votes-{}", quadrant.key())
                                aria-labelledby=format!("votes-heading-{}", quadrant.key())
                            >
                                <h3 id=format!("votes-heading-{}", quadrant.key())>
                                    <span class="quadrant-letter" aria-hidden="true">
                                        {quadrant.letter()}
                                    </span>
                                    {move || t().quadrant(quadrant).name}
                                </h3>
                                <ol class="vote-list">
                                    <For
                                        each=move || {
                                            items.with(|i| i.iter().map(|i| i.id).collect::<Vec<Id>>())
                                        }
                                        key=|id| *id
                                        children=move |id| {
                                            view! {
                                                <VoteRow
                                                    board=board
                                                    id=id
                                                    item=items_rows.row(id)
                                                    scribe=scribe
                                                />
                                            }
                                        }
                                    />
                                </ol>
                            </section>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}
