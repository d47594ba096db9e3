use leptos::prelude::*;

use super::browser::format_moment;
use super::state::{memo, tr, AppState};
use crate::i18n::{bytes, fill};
use crate::model::Id;

/// Where the board lives, when it was last saved, how much space is used, and whether it was
/// exported since it last changed.
#[component]
pub fn StorageHealth(board: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let updated = state.select(board, |b| Some(b.updated_at));
    // The line is written anew only when what it says changes (a save, an export, the first
    // change after an export), not on every change: formatting a moment is slow in some browsers.
    let saved = memo(move || state.last_saved());
    let used = memo(move || state.with(|w| w.storage_used()));
    let export = memo(move || {
        let exported = state.with(|w| w.exported_at(board));
        let changed = exported.is_some_and(|at| updated.get().is_some_and(|c| c > at));
        (exported, changed)
    });
    let line = move || {
        let t = t();
        let lang = state.lang.get();
        let mut parts = Vec::new();
        if let Some(at) = saved.get() {
            parts.push(fill(
                t.saving.last_saved,
                &[("moment", &format_moment(at, lang))],
            ));
        }
        parts.push(fill(
            t.saving.space_used,
            &[("size", &bytes(used.get(), lang))],
        ));
        parts.push(match export.get() {
            (None, _) => t.saving.never_exported.to_string(),
            (Some(at), true) => fill(
                t.saving.changed_since_export,
                &[("moment", &format_moment(at, lang))],
            ),
            (Some(at), false) => fill(
                t.saving.exported_at,
                &[("moment", &format_moment(at, lang))],
            ),
        });
        parts.join(" · ")
    };
    view! {
        <footer class="storage-health" data-testid="storage-health">
            <p>{tr(|t| t.saving.data_lives_here)}</p>
            <p>{line}</p>
        </footer>
    }
}
