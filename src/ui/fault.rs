//! What happens when the app itself fails: a panic's message goes to the console (so a bug
//! report can quote it) and to the page's recovery screen, which `src/loader.js` draws without
//! the app, since a panic stops the app. The release build traps at a panic instead, and the
//! loader answers the trap with the same screen.

/// The event `src/loader.js` answers with the recovery screen; its `detail` is the message.
#[cfg(debug_assertions)]
pub const FAULT_EVENT: &str = "swot-board:fault";

/// Installs the panic hook. Call it once, before the app mounts. The release build stops at a
/// panic at once (`-Cpanic=immediate-abort`, see `.ci/setup`), where no hook runs and the
/// loader answers the trap; only other builds install it.
pub fn report_panics() {
    #[cfg(debug_assertions)]
    std::panic::set_hook(Box::new(|info| {
        use wasm_bindgen::JsValue;
        // The message and where it was raised; `{info}` would bring in more formatting code.
        let mut message = String::from("SWOT Board stopped: ");
        message.push_str(info.payload_as_str().unwrap_or("a panic"));
        if let Some(at) = info.location() {
            message.push_str(" at ");
            message.push_str(at.file());
            message.push(':');
            message.push_str(&at.line().to_string());
        }
        web_sys::console::error_1(&JsValue::from_str(&message));
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&JsValue::from_str(&message));
        if let (Some(window), Ok(event)) = (
            web_sys::window(),
            web_sys::CustomEvent::new_with_event_init_dict(FAULT_EVENT, &init),
        ) {
            let _ = window.dispatch_event(&event);
        }
    }));
}
