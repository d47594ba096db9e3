use leptos::prelude::*;

use super::action_plan::ActionPlan;
use super::browser::focus_element;
use super::chain_dialog::ChainDialog;
use super::context_view::ContextView;
use super::glossary_view::GlossaryView;
use super::import_picker::ImportPicker;
use super::note_details::Glossary;
use super::quadrant_view::QuadrantView;
use super::rename_form::RenameForm;
use super::report_view::ReportView;
use super::roles_view::RolesView;
use super::round_timer::RoundTimer;
use super::state::{tr, AppState, Step};
use super::step_nav::StepNav;
use super::storage_health::StorageHealth;
use super::tows_view::TowsView;
use super::votes_view::VotesView;
use crate::model::{Id, Quadrant};

/// The open board: its title and the four quadrants.
#[component]
pub fn BoardView(board: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let title = state.select(board, |b| b.title.clone());
    let example = state.select(board, |b| b.example);
    provide_context(Glossary::of(state.select(board, |b| b.glossary.clone())));
    let renaming = RwSignal::new(false);
    let draft = RwSignal::new(String::new());

    let finish = move || {
        let text = draft.get_untracked();
        if state.change(board, |b| b.rename(&text)).is_some() {
            renaming.set(false);
            focus_element("rename-title");
        }
    };

    view! {
        <div class="board-view">
            <div class="board-head">
                // The heading stays for screen readers while the title is being edited.
                <h1
                    id="board-heading"
                    tabindex="-1"
                    data-testid="board-title"
                    class:visually-hidden=move || renaming.get()
                >
                    {move || title.get()}
                </h1>
                <Show
                    when=move || renaming.get()
                    fallback=move || {
                        view! {
                            <Show when=move || example.get()>
                                <span class="badge">{tr(|t| t.boards.example_badge)}</span>
                            </Show>
                            <button
                                class="button secondary"
                                id="rename-title"
                                data-testid="rename-current"
                                on:click=move |_| {
                                    draft.set(title.get_untracked());
                                    renaming.set(true);
                                }
                            >
                                {tr(|t| t.common.rename)}
                            </button>
                        }
                    }
                >
                    <RenameForm
                        id="title-input".to_string()
                        testid="title-input"
                        label=|t| t.boards.title_label
                        label_visible=true
                        class="title-input"
                        draft=draft
                        on_save=Callback::new(move |_| finish())
                        on_cancel=Callback::new(move |_| {
                            renaming.set(false);
                            focus_element("rename-title");
                        })
                    />
                </Show>
                <RoundTimer board=board />
                <div class="board-tools">
                    <button
                        class="button"
                        id="present"
                        data-testid="present"
                        on:click=move |_| {
                            state.presenting.set(Some(None));
                            focus_element("presentation-next");
                        }
                    >
                        {tr(|t| t.app.present)}
                    </button>
                    <button
                        class="button secondary"
                        data-testid="undo-change"
                        aria-keyshortcuts="Control+Z"
                        disabled=move || !state.can_undo()
                        on:click=move |_| state.step_history(true)
                    >
                        "↶ "
                        {tr(|t| t.app.undo_change)}
                    </button>
                    <button
                        class="button secondary"
                        data-testid="redo-change"
                        aria-keyshortcuts="Control+Shift+Z"
                        disabled=move || !state.can_redo()
                        on:click=move |_| state.step_history(false)
                    >
                        "↷ "
                        {tr(|t| t.app.redo_change)}
                    </button>
                    <button
                        class="button secondary"
                        data-testid="export-json"
                        on:click=move |_| state.export(Some(board))
                    >
                        {tr(|t| t.boards.export)}
                    </button>
                    <button
                        class="button secondary"
                        data-testid="export-locked"
                        aria-haspopup="dialog"
                        on:click=move |_| state.locking.set(Some(Some(board)))
                    >
                        {tr(|t| t.locked.export_locked)}
                    </button>
                    <ImportPicker />
                </div>
            </div>
            <Show when=move || state.presenting.get().is_some()>
                <nav class="presentation-bar" aria-label=tr(|t| t.app.present)>
                    <button
                        class="button secondary"
                        data-testid="presentation-previous"
                        on:click=move |_| state.step_presentation(false)
                    >
                        "← "
                        {tr(|t| t.app.previous_view)}
                    </button>
                    <span class="presentation-view" aria-live="polite">
                        {move || match (state.step.get(), state.presenting.get().flatten()) {
                            (Step::Notes, Some(q)) => t().quadrant(q).name,
                            (Step::Notes, None) => t().app.all_quadrants,
                            (step, _) => step.name(t()),
                        }}
                    </span>
                    <button
                        class="button secondary"
                        id="presentation-next"
                        data-testid="presentation-next"
                        on:click=move |_| state.step_presentation(true)
                    >
                        {tr(|t| t.app.next_view)}
                        " →"
                    </button>
                    <button
                        class="button secondary"
                        data-testid="stop-presenting"
                        on:click=move |_| state.stop_presenting()
                    >
                        {tr(|t| t.app.stop_presenting)}
                    </button>
                </nav>
            </Show>
            <StepNav />
            // The SWOT step stays in the page while another step is on screen, hidden: a board
            // of thousands of notes is not taken down and built again at each change of step.
            <div class="step-notes" hidden=move || state.step.get() != Step::Notes>
                <h2 class="visually-hidden" id="step-notes" tabindex="-1">
                    {tr(|t| t.steps.notes)}
                </h2>
                <div
                    class="quadrants"
                    class:single=move || state.presenting.get().flatten().is_some()
                    data-showing=move || {
                        state.presenting.get().flatten().map(|q| q.key()).unwrap_or("all")
                    }
                >
                    {Quadrant::ALL
                        .into_iter()
                        .map(|quadrant| {
                            view! { <QuadrantView board=board quadrant=quadrant /> }
                        })
                        .collect_view()}
                </div>
                <p class="shortcuts" id="note-help">
                    {tr(|t| t.notes.shortcuts)}
                </p>
            </div>
            {move || match state.step.get() {
                Step::Context => view! { <ContextView board=board /> }.into_any(),
                Step::Notes => ().into_any(),
                Step::Votes => view! { <VotesView board=board /> }.into_any(),
                Step::Tows => view! { <TowsView board=board /> }.into_any(),
                Step::Roles => view! { <RolesView board=board /> }.into_any(),
                Step::Glossary => view! { <GlossaryView board=board /> }.into_any(),
                Step::Actions => view! { <ActionPlan board=board /> }.into_any(),
                Step::Report => view! { <ReportView board=board /> }.into_any(),
            }}
            <ChainDialog board=board />
            <StorageHealth board=board />
        </div>
    }
}
