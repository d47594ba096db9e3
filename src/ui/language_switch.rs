use leptos::prelude::*;

use super::state::AppState;
use crate::i18n::Lang;

/// Buttons to switch between Dutch and English, each named in its own language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="language-switch" role="group" aria-label=move || state.t().app.language_label>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <button
                            class="button secondary"
                            lang=lang.tag()
                            data-testid=format!("lang-{}", lang.tag())
                            aria-pressed=move || (state.lang.get() == lang).to_string()
                            on:click=move |_| state.set_lang(lang)
                        >
                            {lang.texts().app.language_name}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
