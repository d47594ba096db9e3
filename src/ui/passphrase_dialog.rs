use leptos::prelude::*;

use super::browser::modal_while;
use super::state::{memo, tr, AppState};
use crate::i18n::fill;
use crate::workspace::reading::Refused;

/// The fewest characters a passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// What the passphrase typed so far says.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Problem {
    /// Locking: fewer than [`MIN_PASSPHRASE_CHARS`].
    TooShort,
    /// Locking: the two fields differ.
    NotSame,
}

/// The one dialog that asks for a passphrase: to lock an export (what it protects, that a lost
/// passphrase cannot be recovered, typed twice), or to open locked files being imported or read
/// for the synthesis (once for all of them, again for those it did not open). The passphrase is
/// never stored: the fields are emptied whenever the dialog opens or closes.
#[component]
pub fn PassphraseDialog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    let first = NodeRef::<leptos::html::Input>::new();
    let again = NodeRef::<leptos::html::Input>::new();
    let problem = RwSignal::new(None::<Problem>);
    let locking = memo(move || state.locking.with(Option::is_some));
    let working = RwSignal::new(false);
    // Opening: a passphrase tried on every file has come back and opened some of them not.
    let refusal = memo(move || {
        state
            .unlocking
            .with(|u| u.as_ref().filter(|u| !u.working).and_then(|u| u.refused))
    });
    let refused = move || refusal.with(Option::is_some);
    let opening = memo(move || {
        state
            .unlocking
            .with(|u| u.as_ref().is_some_and(|u| u.working))
    });
    let names = move || {
        state.unlocking.with(|u| {
            u.iter()
                .flat_map(|u| u.locked.iter().map(|(name, _)| format!("‘{name}’")))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let min = MIN_PASSPHRASE_CHARS.to_string();
    let min_text = min.clone();

    let clear = move || {
        for field in [first, again] {
            if let Some(input) = field.get_untracked() {
                input.set_value("");
            }
        }
        problem.set(None);
        working.set(false);
    };
    let close = move || {
        state.locking.set(None);
        state.unlocking.set(None);
    };
    modal_while(
        dialog_ref,
        move || locking.get() || state.unlocking.with(Option::is_some),
        // Shown as a modal, focus goes to its first field.
        clear,
    );
    // Files of a newer pick or drop that replace those asked for: nothing typed for those stays.
    let request = memo(move || state.unlocking.with(|u| u.as_ref().map(|u| u.request)));
    Effect::new(move |before: Option<()>| {
        request.track();
        if before.is_some() {
            clear();
        }
    });
    // A passphrase that opened nothing is emptied, and focus goes back to its field.
    Effect::new(move |_| {
        if refused() {
            clear();
            if let Some(input) = first.get_untracked() {
                let _ = input.focus();
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(field) = first.get_untracked() else {
            return;
        };
        let passphrase = field.value();
        let Some(scope) = state.locking.get_untracked() else {
            state.unlock_with(passphrase);
            return;
        };
        let Some(field_again) = again.get_untracked() else {
            return;
        };
        let unusable = if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
            Some((Problem::TooShort, field))
        } else if passphrase != field_again.value() {
            Some((Problem::NotSame, field_again))
        } else {
            None
        };
        if let Some((why, field)) = unusable {
            problem.set(Some(why));
            let _ = field.focus();
            return;
        }
        problem.set(None);
        working.set(true);
        state.export_locked(scope, passphrase, move |_| {
            clear();
            state.locking.set(None);
        });
    };
    let busy = move || working.get() || opening.get();
    view! {
        <dialog
            class="passphrase-dialog"
            data-testid="passphrase-dialog"
            aria-labelledby="passphrase-heading"
            node_ref=dialog_ref
            on:close=move |_| {
                clear();
                close();
            }
        >
            <h2 id="passphrase-heading">
                {move || {
                    if locking.get() { t().locked.lock_heading } else { t().locked.unlock_heading }
                }}
            </h2>
            <Show
                when=move || locking.get()
                fallback=move || {
                    view! { <p>{move || fill(t().locked.unlock_ask, &[("files", &names())])}</p> }
                }
            >
                <p>{tr(|t| t.locked.lock_protects)}</p>
                <p class="warning-text">
                    <strong>{tr(|t| t.locked.lock_lost)}</strong>
                </p>
            </Show>
            <form class="passphrase-form" on:submit=submit>
                <div class="field">
                    <label for="passphrase">
                        {move || {
                            if locking.get() {
                                fill(t().locked.passphrase, &[("min", &min)])
                            } else {
                                t().locked.passphrase_open.to_string()
                            }
                        }}
                    </label>
                    <input
                        id="passphrase"
                        type="password"
                        autocomplete="off"
                        data-testid="passphrase"
                        aria-describedby="passphrase-problem"
                        aria-invalid=move || {
                            (refused() || problem.get() == Some(Problem::TooShort)).to_string()
                        }
                        node_ref=first
                    />
                </div>
                <div class="field" hidden=move || !locking.get()>
                    <label for="passphrase-again">{tr(|t| t.locked.passphrase_again)}</label>
                    <input
                        id="passphrase-again"
                        type="password"
                        autocomplete="new-password"
                        data-testid="passphrase-again"
                        aria-invalid=move || (problem.get() == Some(Problem::NotSame)).to_string()
                        node_ref=again
                    />
                </div>
                <p
                    class="field-error"
                    id="passphrase-problem"
                    role="alert"
                    data-testid="passphrase-problem"
                >
                    {move || match (refusal.get(), problem.get()) {
                        (Some(why), _) => {
                            let t = t();
                            let said = match why {
                                Refused::WrongPassphrase => t.locked.wrong_passphrase,
                                Refused::KeyFailed => t.locked.key_failed,
                            };
                            format!("{said} {}", fill(t.locked.not_opened, &[("files", &names())]))
                        }
                        (None, Some(Problem::TooShort)) => {
                            fill(t().locked.too_short, &[("min", &min_text)])
                        }
                        (None, Some(Problem::NotSame)) => t().locked.not_same.to_string(),
                        (None, None) => String::new(),
                    }}
                </p>
                <div class="dialog-buttons">
                    <button
                        class="button primary"
                        type="submit"
                        data-testid="passphrase-ok"
                        disabled=busy
                    >
                        // While the browser works on the passphrase, the button says so.
                        {move || {
                            let t = t();
                            if busy() {
                                t.locked.working
                            } else if locking.get() {
                                t.locked.lock_ok
                            } else {
                                t.locked.unlock_ok
                            }
                        }}
                    </button>
                    <button class="button secondary" type="button" on:click=move |_| close()>
                        {tr(|t| t.common.cancel)}
                    </button>
                </div>
            </form>
        </dialog>
    }
}
