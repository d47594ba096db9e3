//! The controls every list of records shares: earlier and later, delete, and the choice of one
//! record by its id. Plain functions over trait objects, so each is built once in the app however
//! many lists use it.

use std::rc::Rc;

use leptos::prelude::*;

use super::browser::focus_element;
use super::state::{tr, AppState};
use crate::i18n::{fill, Texts};
use crate::model::Id;

/// A record's name on its controls' labels, e.g. "Delete: Buurtteam".
fn named(template: fn(&'static Texts) -> &'static str, name: Signal<String>) -> Signal<String> {
    let state = expect_context::<AppState>();
    Signal::derive(move || fill(template(state.t()), &[("name", &name.get())]))
}

/// Buttons that move a record one place earlier or later in its list. The row moves in the
/// page, so focus is put back on the button used.
pub fn move_buttons(id: Id, name: Signal<String>, shift: Rc<dyn Fn(isize) -> bool>) -> AnyView {
    let button = move |by: isize, key: &'static str, symbol: &'static str| {
        let shift = shift.clone();
        let dom_id = format!("{key}-{id}");
        let label = named(
            if by < 0 {
                |t| t.common.earlier
            } else {
                |t| t.common.later
            },
            name,
        );
        view! {
            <button
                class="icon-button"
                id=dom_id.clone()
                data-testid=key
                aria-label=label
                title=label
                on:click=move |_| {
                    if shift(by) {
                        focus_element(&dom_id);
                    }
                }
            >
                {symbol}
            </button>
        }
    };
    view! {
        {button(-1, "move-up", "↑")}
        {button(1, "move-down", "↓")}
    }
    .into_any()
}

/// The button that deletes a record; `delete` says whether it went (focus then goes where the
/// caller puts it).
pub fn delete_button(
    testid: &'static str,
    name: Signal<String>,
    delete: Box<dyn Fn() + Send + Sync>,
) -> AnyView {
    view! {
        <button
            class="icon-button danger"
            data-testid=testid
            aria-label=named(|t| t.common.delete_named, name)
            title=tr(|t| t.common.delete)
            on:click=move |_| delete()
        >
            "✕"
        </button>
    }
    .into_any()
}

/// A choice of one record by its id, or none: `first` names the empty choice, which is chosen
/// when `chosen` is `None` (a select that only adds, such as "Link to…", always shows it).
pub fn id_select(
    dom_id: String,
    testid: &'static str,
    class: &'static str,
    options: Signal<Vec<(Id, String)>>,
    chosen: Signal<Option<Id>>,
    first: Signal<&'static str>,
    choose: Box<dyn Fn(Option<Id>) + Send + Sync>,
) -> AnyView {
    view! {
        <select
            id=dom_id
            class=class
            data-testid=testid
            on:change=move |ev| choose(Id::parse(&event_target_value(&ev)))
        >
            <option value="" prop:selected=move || chosen.get().is_none()>
                {first}
            </option>
            <For
                each=move || options.get()
                key=|o| o.clone()
                children=move |(option, label)| {
                    view! {
                        <option
                            value=option.to_string()
                            prop:selected=move || chosen.get() == Some(option)
                        >
                            {label}
                        </option>
                    }
                }
            />
        </select>
    }
    .into_any()
}
