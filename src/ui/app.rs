use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::board_list::BoardList;
use super::board_view::BoardView;
use super::browser::files_of;
use super::import_dialog::ImportDialog;
use super::language_switch::LanguageSwitch;
use super::message_bar::MessageBar;
use super::passphrase_dialog::PassphraseDialog;
use super::save_status::SaveStatus;
use super::state::{tr, AppState};
use super::synthesis_view::SynthesisView;
use super::welcome::Welcome;

/// The whole app: a header, the passing and lasting messages, and either the list of boards or
/// the open board.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);

    Effect::new(move |_| {
        let tag = state.lang.get().tag();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", tag);
        }
        document().set_title(state.t().app.app_name);
    });

    // Nothing that was on screen may be lost: save at once when the page is hidden or closed,
    // without waiting for the save lock (a page going away may never get it).
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| state.flush_now());
    let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().hidden() {
            state.flush_now();
        }
    });
    let on_storage = window_event_listener(leptos::ev::storage, move |e| {
        state.on_storage_event(e.key());
    });
    // A session file dropped anywhere on the page is imported (after the user's choice).
    let carries_files = |e: &web_sys::DragEvent| {
        e.data_transfer()
            .is_some_and(|d| d.types().includes(&"Files".into(), 0))
    };
    let on_dragover = window_event_listener(leptos::ev::dragover, move |e| {
        if carries_files(&e) {
            e.prevent_default();
        }
    });
    let on_drop = window_event_listener(leptos::ev::drop, move |e| {
        if !carries_files(&e) {
            return;
        }
        e.prevent_default();
        let files = files_of(e.data_transfer().and_then(|d| d.files()));
        if state.synthesizing.get_untracked() {
            state.read_for_synthesis(files);
        } else {
            state.read_files(files);
        }
    });
    // The projector shows the board alone: no header, no fields, no tools.
    Effect::new(move |_| {
        let presenting = state.presenting.get().is_some();
        let _ = document().body().map(|body| {
            body.class_list()
                .toggle_with_force("presenting", presenting)
        });
    });

    // Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) step through the board's history; in a text field
    // they keep their usual meaning there. In presentation mode ← and → step through the views
    // and Escape ends it.
    let on_keydown = window_event_listener(leptos::ev::keydown, move |e| {
        if state.presenting.get_untracked().is_some() && !(e.ctrl_key() || e.alt_key()) {
            match e.key().as_str() {
                "ArrowRight" => state.step_presentation(true),
                "ArrowLeft" => state.step_presentation(false),
                "Escape" => state.stop_presenting(),
                _ => return,
            }
            e.prevent_default();
            return;
        }
        if !(e.ctrl_key() || e.meta_key()) || state.current.get_untracked().is_none() {
            return;
        }
        // ASCII only: Unicode case tables would cost kilobytes of wasm.
        let undo = match e.key().as_str() {
            "z" | "Z" => !e.shift_key(),
            "y" | "Y" => false,
            _ => return,
        };
        // A field with text in it undoes its own typing; an empty one (the scribe's field just
        // after adding a note) passes the key to the board.
        let target = e.target();
        let field_text = target
            .as_ref()
            .and_then(|t| {
                t.dyn_ref::<web_sys::HtmlTextAreaElement>()
                    .map(|f| f.value())
            })
            .or_else(|| {
                target
                    .as_ref()
                    .and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>().map(|f| f.value()))
            });
        let in_select = target
            .as_ref()
            .is_some_and(|t| t.dyn_ref::<web_sys::HtmlSelectElement>().is_some());
        if in_select || field_text.is_some_and(|text| !text.is_empty()) {
            return;
        }
        e.prevent_default();
        state.step_history(undo);
    });
    let on_update = window_event_listener_untyped("swot-board:update-ready", move |_| {
        state.update_ready.set(true);
    });
    on_cleanup(move || {
        on_keydown.remove();
        on_update.remove();
        on_hide.remove();
        on_visibility.remove();
        on_storage.remove();
        on_dragover.remove();
        on_drop.remove();
    });

    let on_board = move || state.current.get().is_some();

    view! {
        <a class="skip-link" href="#main">
            {tr(|t| t.app.skip_to_content)}
        </a>
        <header class="app-header">
            <div class="brand">
                <span class="brand-name">{tr(|t| t.app.app_name)}</span>
                <Show when=on_board>
                    <button
                        class="button secondary"
                        data-testid="all-boards"
                        on:click=move |_| state.open(None)
                    >
                        "← "
                        {tr(|t| t.boards.all_boards)}
                    </button>
                </Show>
            </div>
            <SaveStatus />
            <LanguageSwitch />
        </header>
        <MessageBar />
        <main id="main" tabindex="-1">
            {move || match state.current.get() {
                Some(id) => view! { <BoardView board=id /> }.into_any(),
                None if state.synthesizing.get() => view! { <SynthesisView /> }.into_any(),
                None => {
                    view! {
                        <Welcome />
                        <BoardList />
                    }
                        .into_any()
                }
            }}
        </main>
        <ImportDialog />
        <PassphraseDialog />
        <div class="visually-hidden" aria-live="polite" data-testid="announcement">
            {move || state.announcement.get()}
        </div>
    }
}
