use leptos::prelude::*;

use super::browser::select_when_shown;
use super::state::tr;
use crate::i18n::Texts;

/// The form that renames a board or a theme in place: the field takes focus with the old name
/// selected, Enter saves, Escape (or Cancel) gives up.
#[component]
pub fn RenameForm(
    /// The field's id.
    id: String,
    /// The field's test hook.
    testid: &'static str,
    /// The field's label.
    label: fn(&'static Texts) -> &'static str,
    /// Whether the label shows (a heading nearby may already say it).
    #[prop(optional)]
    label_visible: bool,
    /// Extra class of the field.
    #[prop(optional)]
    class: &'static str,
    /// The name being edited.
    draft: RwSignal<String>,
    /// Saves the draft.
    on_save: Callback<()>,
    /// Gives up; also offered as a button when `cancel_button` is set.
    on_cancel: Callback<()>,
    /// Whether a Cancel button shows.
    #[prop(optional)]
    cancel_button: bool,
) -> impl IntoView {
    let input = NodeRef::<leptos::html::Input>::new();
    select_when_shown(input, draft);
    view! {
        <form
            class="rename-form"
            on:submit=move |ev| {
                ev.prevent_default();
                on_save.run(());
            }
        >
            <label class:visually-hidden=!label_visible for=id.clone()>
                {tr(label)}
            </label>
            <input
                id=id
                class=class
                data-testid=testid
                node_ref=input
                prop:value=move || draft.get()
                on:input=move |ev| draft.set(event_target_value(&ev))
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        ev.prevent_default();
                        on_cancel.run(());
                    }
                }
            />
            <button class="button" type="submit">
                {tr(|t| t.common.save)}
            </button>
            {cancel_button
                .then(|| {
                    view! {
                        <button
                            class="button secondary"
                            type="button"
                            on:click=move |_| on_cancel.run(())
                        >
                            {tr(|t| t.common.cancel)}
                        </button>
                    }
                })}
        </form>
    }
}
