use leptos::prelude::*;

use super::browser::modal_while;
use super::state::{memo, tr, AppState, ImportMode};
use crate::i18n::fill;

/// Asks how checked files come in: as new boards (the default, never replacing anything) or
/// merged into the open board. Nothing changes until the user confirms.
#[component]
pub fn ImportDialog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    let mode = RwSignal::new(ImportMode::AsNew);
    let open_title = memo(move || {
        let current = state.current.get()?;
        state.with_board(current, |b| b.map(|b| b.title.clone()))
    });

    modal_while(
        dialog_ref,
        move || state.import.with(|i| i.is_some()),
        move || mode.set(ImportMode::AsNew),
    );

    // What the checked files hold, read in place: the boards themselves are never copied.
    let names = move || {
        state.import.with(|files| {
            let names: Vec<String> = files.iter().flatten().map(|f| f.name.clone()).collect();
            names.join(", ")
        })
    };
    // Per board its title and number of notes; per file that cannot be read, what is wrong.
    let lines = move || {
        let t = t();
        state.import.with(|files| {
            let mut lines = Vec::new();
            for file in files.iter().flatten() {
                match &file.boards {
                    Ok(boards) => lines.extend(boards.iter().map(|b| {
                        let count = b.notes.len().to_string();
                        (
                            Some(b.title.clone()),
                            fill(t.boards.note_count, &[("count", &count)]),
                        )
                    })),
                    Err(why) => lines.push((None, t.not_imported(&file.name, why))),
                }
            }
            lines
        })
    };
    view! {
        <dialog
            class="import-dialog"
            data-testid="import-dialog"
            aria-labelledby="import-heading"
            node_ref=dialog_ref
            on:close=move |_| state.import.set(None)
        >
            <h2 id="import-heading">
                {move || fill(t().files.import_heading, &[("file", &names())])}
            </h2>
            <p>{tr(|t| t.files.import_holds)}</p>
            <ul class="import-files">
                {move || {
                    lines()
                        .into_iter()
                        .map(|(title, text)| match title {
                            Some(title) => {
                                view! {
                                    <li>
                                        <strong>{title}</strong>
                                        " · "
                                        {text}
                                    </li>
                                }
                                    .into_any()
                            }
                            None => {
                                view! {
                                    <li class="import-error" data-testid="import-file-error">
                                        {text}
                                    </li>
                                }
                                    .into_any()
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <fieldset class="import-choice">
                <legend class="visually-hidden">{tr(|t| t.files.import_confirm)}</legend>
                <label>
                    <input
                        type="radio"
                        name="import-mode"
                        data-testid="import-as-new"
                        prop:checked=move || mode.get() == ImportMode::AsNew
                        on:change=move |_| mode.set(ImportMode::AsNew)
                    />
                    {tr(|t| t.files.import_as_new)}
                </label>
                <Show when=move || open_title.get().is_some()>
                    <label>
                        <input
                            type="radio"
                            name="import-mode"
                            data-testid="import-merge"
                            prop:checked=move || mode.get() == ImportMode::MergeIntoOpen
                            on:change=move |_| mode.set(ImportMode::MergeIntoOpen)
                        />
                        {move || fill(
                            t().files.import_merge,
                            &[("title", &open_title.get().unwrap_or_default())],
                        )}
                    </label>
                </Show>
            </fieldset>
            <div class="dialog-buttons">
                <button
                    class="button primary"
                    data-testid="import-confirm"
                    on:click=move |_| state.apply_import(mode.get_untracked())
                >
                    {tr(|t| t.files.import_confirm)}
                </button>
                <button
                    class="button secondary"
                    data-testid="import-cancel"
                    on:click=move |_| state.import.set(None)
                >
                    {tr(|t| t.common.cancel)}
                </button>
            </div>
        </dialog>
    }
}
