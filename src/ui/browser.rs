//! The bridge to the browser for what the core does not need: focus, dialogs, form values,
//! files of a picker, dates in the user's locale, persistent storage and the browser's language.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Lang;
use crate::model::Timestamp;

/// Asks the browser not to evict the boards under storage pressure. The answer changes nothing
/// here: the UI says in any case that an exported file is the real backup.
pub fn ask_for_persistent_storage() {
    #[cfg(target_arch = "wasm32")]
    {
        // Not every browser has `navigator.storage` (WebKit without a secure context, older
        // Safari), and `persist()` may reject: neither is an error worth a console line.
        let navigator = window().navigator();
        if !js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false) {
            return;
        }
        if let Ok(asked) = navigator.storage().persist() {
            let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(
                |_: wasm_bindgen::JsValue| {},
            );
            let _ = asked.catch(&ignore);
            ignore.forget();
        }
    }
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Jobs waiting for their lock. All requests share one callback (no closure leaked per
    /// save), which runs the oldest job: each request calls it once, granted or refused.
    static LOCKED_JOBS: std::cell::RefCell<std::collections::VecDeque<Box<dyn FnOnce()>>> =
        Default::default();
    static RUN_LOCKED_JOB: wasm_bindgen::closure::Closure<dyn FnMut(wasm_bindgen::JsValue)> =
        wasm_bindgen::closure::Closure::new(|_: wasm_bindgen::JsValue| run_locked_job());
    /// The lock's callback: runs the job, then keeps the lock a moment longer (the promise it
    /// returns), see [`HOLD_MS`].
    static RUN_AND_HOLD: wasm_bindgen::closure::Closure<dyn FnMut(wasm_bindgen::JsValue) -> js_sys::Promise> =
        wasm_bindgen::closure::Closure::new(|_: wasm_bindgen::JsValue| {
            run_locked_job();
            js_sys::Promise::new(&mut |done, _| {
                let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&done, HOLD_MS);
            })
        });
}

/// How long a tab keeps the lock after its job. Chromium hands a write to localStorage to the
/// other tabs' copies a moment after it returns, so a tab that took the lock at once could
/// still read the value from before the write it waited for (seen here: a note typed in one
/// tab gone in 1 of 3 runs of 20 rounds); a short hold lets the write arrive first.
#[cfg(target_arch = "wasm32")]
const HOLD_MS: i32 = 150;

#[cfg(target_arch = "wasm32")]
fn run_locked_job() {
    // Taken out before it runs: the job may ask for the lock again.
    let job = LOCKED_JOBS.with(|jobs| jobs.borrow_mut().pop_front());
    if let Some(job) = job {
        job();
    }
}

/// Runs `f` while this tab holds the Web Lock `name` (exclusive), so no other tab of this site
/// runs its own `f` under that name at the same time: a save's read, compare and write then
/// never interleave with another tab's. The lock is called through `Reflect` because web-sys
/// has `LockManager` only behind `web_sys_unstable_apis`. Where there is no
/// `navigator.locks` (older browsers, pages not served over HTTPS) or the request fails, `f`
/// runs at once, unlocked, as it did before locks were used.
pub fn with_tab_lock(name: &str, f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsValue;

        let navigator = window().navigator();
        let locks = js_sys::Reflect::get(&navigator, &"locks".into())
            .ok()
            .filter(JsValue::is_object);
        let request = locks.as_ref().and_then(|locks| {
            js_sys::Reflect::get(locks, &"request".into())
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()
        });
        let (Some(locks), Some(request)) = (locks, request) else {
            f();
            return;
        };
        LOCKED_JOBS.with(|jobs| jobs.borrow_mut().push_back(Box::new(f)));
        let asked = RUN_AND_HOLD.with(|run| {
            let run: &JsValue = run.as_ref();
            request.call2(&locks, &name.into(), run)
        });
        match asked {
            Ok(held) => {
                // A refused request runs its job unlocked, as without locks.
                if let Ok(held) = held.dyn_into::<js_sys::Promise>() {
                    RUN_LOCKED_JOB.with(|refused| {
                        let _ = held.catch(refused);
                    });
                }
            }
            Err(_) => run_locked_job(),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = name;
        f();
    }
}

/// The language the browser asks for: Dutch for any Dutch variant, English otherwise.
pub fn browser_lang() -> Lang {
    #[cfg(target_arch = "wasm32")]
    {
        window()
            .navigator()
            .language()
            .map(|tag| Lang::from_tag(&tag))
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Lang::default()
    }
}

/// Gives a title field its text, focus and a selection as soon as it is on screen, so typing
/// replaces the old title and no key typed right after opening it goes astray.
pub fn select_when_shown(input: NodeRef<leptos::html::Input>, text: RwSignal<String>) {
    Effect::new(move |_| {
        if let Some(input) = input.get() {
            input.set_value(&text.get_untracked());
            let _ = input.focus();
            input.select();
        }
    });
}

/// Keeps a `<dialog>` shown as a modal (focus kept inside, Escape closes) exactly while `open`
/// says so; `on_open` runs each time it opens.
pub fn modal_while(
    dialog: NodeRef<leptos::html::Dialog>,
    open: impl Fn() -> bool + 'static,
    on_open: impl Fn() + 'static,
) {
    Effect::new(move |_| {
        let open = open();
        if let Some(dialog) = dialog.get() {
            if open && !dialog.open() {
                on_open();
                let _ = dialog.show_modal();
            } else if !open && dialog.open() {
                dialog.close();
            }
        }
    });
}

/// The whole number typed in the field an event came from; anything else reads as 0, which the
/// model refuses with the range the field allows.
pub fn event_number(ev: &leptos::ev::Event) -> u32 {
    event_target_value(ev).trim().parse().unwrap_or(0)
}

/// Whether a key press submits what a multi-line field holds: Enter, without Shift (which starts a
/// new line) and not while an input method is still composing a word. It takes the newline.
pub fn submits(ev: &web_sys::KeyboardEvent) -> bool {
    let submit = ev.key() == "Enter" && !ev.shift_key() && !ev.is_composing();
    if submit {
        ev.prevent_default();
    }
    submit
}

/// The files of a file picker or a drop.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default()
}

/// Moves focus to the element with this id once the screen has been updated.
pub fn focus_element(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        if let Some(element) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

/// Takes focus off whatever holds it inside the element with this id, before that element
/// leaves the page: a browser that sees the focused element removed settles focus at once, at
/// the cost of a layout of the page (about 3 ms on a board of a thousand notes), where a blur
/// costs a fraction of it. Focus is put back with [`focus_element`].
pub fn blur_within(id: &str) {
    let (Some(active), Some(element)) = (
        document().active_element(),
        document().get_element_by_id(id),
    ) else {
        return;
    };
    if element.contains(Some(&active)) {
        if let Ok(active) = active.dyn_into::<web_sys::HtmlElement>() {
            let _ = active.blur();
        }
    }
}

/// A moment in the user's locale, e.g. "20 nov 2026, 14:05".
pub fn format_moment(at: Timestamp, lang: Lang) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.millis() as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_string(lang.tag(), &options).into()
}
