use leptos::prelude::*;

use super::download::download_text;
use super::state::{tr, AppState, Warning};
use crate::i18n::fill;

/// The passing message (with Undo where something can be taken back) and the lasting warnings
/// about storage.
#[component]
pub fn MessageBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();

    let warning = move || {
        state.warning().map(|w| {
            let text = match w {
                Warning::Full => t().saving.storage_full,
                Warning::Unavailable => t().saving.storage_unavailable,
                Warning::Stale => t().saving.stale_tab,
            };
            view! {
                <div class="message warning" role="alert" data-testid="message">
                    <p>{text}</p>
                    <Show when=move || state.warning() == Some(Warning::Stale)>
                        // What this tab holds is not lost: it can be saved as a file first.
                        <button
                            class="button secondary"
                            data-testid="download-this-tab"
                            on:click=move |_| state.export(state.current.get_untracked())
                        >
                            {tr(|t| t.saving.download_this_tab)}
                        </button>
                        <button
                            class="button"
                            on:click=move |_| {
                                let _ = window().location().reload();
                            }
                        >
                            {tr(|t| t.app.reload)}
                        </button>
                    </Show>
                </div>
            }
        })
    };

    // Where the browser blocks storage, the boards live in this tab only: said from the start,
    // with the way out at hand.
    let blocked = (!state.kept).then(|| {
        view! {
            <div class="message warning" role="alert" data-testid="storage-blocked">
                <p>{tr(|t| t.saving.storage_blocked)}</p>
                <button
                    class="button"
                    data-testid="export-everything"
                    on:click=move |_| state.export(None)
                >
                    {tr(|t| t.boards.export_all)}
                </button>
            </div>
        }
    });

    let unreadable = move || {
        let count = state.with(|w| w.unreadable().len());
        (count > 0).then(|| {
            view! {
                <div class="message warning" role="alert" data-testid="message">
                    <p>
                        {move || fill(t().saving.corrupt_stored, &[("count", &count.to_string())])}
                    </p>
                    <button
                        class="button"
                        data-testid="download-unreadable"
                        on:click=move |_| {
                            let t = state.t_now();
                            let text = state
                                .with_untracked(|w| {
                                    w.unreadable()
                                        .iter()
                                        .map(|item| {
                                            format!(
                                                "{}\n{}\n{}\n",
                                                item.key,
                                                t.restore_error(&item.error),
                                                item.text,
                                            )
                                        })
                                        .collect::<Vec<_>>()
                                        .join("\n")
                                });
                            download_text("swot-board-unreadable.txt", &text, "text/plain");
                        }
                    >
                        {tr(|t| t.saving.download_corrupt)}
                    </button>
                </div>
            }
        })
    };

    let message = move || {
        // Read here, so the message is said again in the other language after a switch.
        let t = t();
        // Read in place: the board an Undo would bring back is never copied.
        let shown = state.message.with(|m| {
            m.as_ref()
                .map(|m| (m.text.in_words(t), m.is_error, m.undo.is_some()))
        });
        shown.map(|(text, is_error, has_undo)| {
            view! {
                <div
                    class=if is_error { "message error" } else { "message info" }
                    role=if is_error { "alert" } else { "status" }
                    data-testid="message"
                >
                    <p>{text}</p>
                    <Show when=move || has_undo>
                        <button class="button" data-testid="undo" on:click=move |_| state.undo()>
                            {tr(|t| t.app.undo)}
                        </button>
                    </Show>
                    <button
                        class="button secondary"
                        aria-label=tr(|t| t.app.dismiss)
                        on:click=move |_| state.message.set(None)
                    >
                        "×"
                    </button>
                </div>
            }
        })
    };

    let update = move || {
        state.update_ready.get().then(|| {
            view! {
                <div class="message info" role="status" data-testid="message">
                    <p>{tr(|t| t.app.update_ready)}</p>
                    <button
                        class="button"
                        data-testid="apply-update"
                        on:click=move |_| state.apply_update()
                    >
                        {tr(|t| t.app.reload)}
                    </button>
                </div>
            }
        })
    };

    view! { <div class="messages">{blocked} {warning} {unreadable} {update} {message}</div> }
}
