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
    let updated = memo(move || state.with_library(|l| l.board(board).map(|b| b.updated_at)));
    let line = move || {
        let t = t();
        let lang = state.lang.get();
        let mut parts = Vec::new();
        if let Some(at) = state.last_saved() {
            parts.push(fill(
                t.saving.last_saved,
                &[("moment", &format_moment(at, lang))],
            ));
        }
        parts.push(fill(
            t.saving.space_used,
            &[("size", &bytes(state.storage_used(), lang))],
        ));
        let exported = state.with(|w| w.exported_at(board));
        parts.push(match (exported, updated.get()) {
            (None, _) => t.saving.never_exported.to_string(),
            (Some(at), Some(changed)) if changed > at => fill(
                t.saving.changed_since_export,
                &[("moment", &format_moment(at, lang))],
            ),
            (Some(at), _) => fill(
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
