use std::cell::RefCell;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;
use web_sys::AudioContextState;

use super::browser::event_number;
use super::state::{tr, AppState};
use crate::i18n::fill;
use crate::model::{clock, Countdown, Id};

thread_local! {
    /// The app's one audio context, kept from the first tone to the next: each context holds an
    /// audio thread of its own until it is closed, and a browser allows only a few.
    static AUDIO: RefCell<Option<web_sys::AudioContext>> = const { RefCell::new(None) };
}

/// The app's audio context, made on first use, and resumed if the browser suspended it (as it
/// does with one made before the page had a click or a key press).
fn audio() -> Option<web_sys::AudioContext> {
    let audio = AUDIO.with(|kept| {
        let mut kept = kept.borrow_mut();
        if kept
            .as_ref()
            .is_none_or(|a| a.state() == AudioContextState::Closed)
        {
            *kept = web_sys::AudioContext::new().ok();
        }
        kept.clone()
    })?;
    if audio.state() == AudioContextState::Suspended {
        if let Ok(resumed) = audio.resume() {
            // Awaited, so that a refusal is not an unhandled rejection; the tone is then silent.
            spawn_local(async move {
                let _ = JsFuture::from(resumed).await;
            });
        }
    }
    Some(audio)
}

/// Plays a short tone through Web Audio (generated on the device, nothing is fetched).
fn beep() {
    let Some(audio) = audio() else {
        return;
    };
    let Ok(tone) = audio.create_oscillator() else {
        return;
    };
    tone.frequency().set_value(880.0);
    let _ = tone.connect_with_audio_node(&audio.destination());
    let now = audio.current_time();
    let _ = tone.start();
    let _ = tone.stop_with_when(now + 0.6);
}

/// The facilitator's round timer: minutes per round, start, pause, reset, a visible end and an
/// optional tone. The length and the tone are kept on the board; the running clock is not.
#[component]
pub fn RoundTimer(board: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let settings = state.select(board, |b| Some(b.timer.clone()));
    let minutes = move || settings.with(|s| s.as_ref().map_or(10, |s| s.minutes));
    let sound = move || settings.with(|s| s.as_ref().is_some_and(|s| s.sound));
    let length = move || f64::from(minutes()) * 60_000.0;
    // Where the round stands (the model's state machine), and the clock's last reading.
    let countdown = RwSignal::new(Countdown::Ready);
    let now = RwSignal::new(0.0);
    let ticker = StoredValue::new(None::<IntervalHandle>);
    let performance_now = || window().performance().map_or(0.0, |p| p.now());

    let remaining = move || countdown.get().left(length(), now.get());
    let stop_ticking = move || {
        if let Some(Some(handle)) = ticker.try_update_value(Option::take) {
            handle.clear();
        }
    };
    let start = move || {
        // Never two clocks at once.
        stop_ticking();
        // Made (or resumed) now, on the click, so that the browser lets the end's tone sound.
        if untrack(sound) {
            let _ = audio();
        }
        now.set(performance_now());
        let length = untrack(length);
        countdown.update(|c| *c = c.start(length, now.get_untracked()));
        if !countdown.get_untracked().is_running() {
            return;
        }
        // The interval knows its own handle, so that it can stop itself if it outlives the
        // timer on screen (its signals gone), instead of reading them.
        let own = std::rc::Rc::new(std::cell::Cell::new(None::<IntervalHandle>));
        let handle = set_interval_with_handle(
            {
                let own = own.clone();
                move || {
                    let stop = || {
                        if let Some(h) = own.take() {
                            h.clear();
                        }
                    };
                    if now.try_set(performance_now()).is_some() {
                        return stop();
                    }
                    // Only the tick that ends the round ends it (and sounds).
                    let round = countdown.get_untracked();
                    let at = round.at(now.get_untracked());
                    if round.is_running() && at.is_done() {
                        countdown.set(at);
                        stop();
                        if settings.with_untracked(|s| s.as_ref().is_some_and(|s| s.sound)) {
                            beep();
                        }
                    }
                }
            },
            std::time::Duration::from_millis(250),
        )
        .ok();
        own.set(handle);
        ticker.set_value(handle);
    };
    let pause = move || {
        stop_ticking();
        let length = untrack(length);
        countdown.update(|c| *c = c.pause(length, now.get_untracked()));
    };
    let reset = move || {
        stop_ticking();
        countdown.set(Countdown::Ready);
    };
    on_cleanup(stop_ticking);
    let running = move || countdown.with(|c| c.is_running());
    let done = move || countdown.with(|c| c.is_done());

    view! {
        <div class="round-timer" class:time-up=done role="group" aria-label=tr(|t| t.timer.label)>
            <span
                class="clock"
                data-testid="timer-clock"
                aria-label=move || fill(t().timer.time_left, &[("time", &clock(remaining()))])
            >
                {move || clock(remaining())}
            </span>
            <Show
                when=running
                fallback=move || {
                    view! {
                        <button
                            class="button small"
                            data-testid="timer-start"
                            on:click=move |_| start()
                        >
                            {tr(|t| t.timer.start)}
                        </button>
                    }
                }
            >
                <button class="button small" data-testid="timer-pause" on:click=move |_| pause()>
                    {tr(|t| t.timer.pause)}
                </button>
            </Show>
            <button
                class="button secondary small"
                data-testid="timer-reset"
                on:click=move |_| reset()
            >
                {tr(|t| t.timer.reset)}
            </button>
            <label class="timer-minutes">
                <span class="visually-hidden">{tr(|t| t.timer.minutes)}</span>
                <input
                    type="number"
                    class="number"
                    min="1"
                    max="180"
                    data-testid="timer-minutes"
                    prop:value=move || minutes().to_string()
                    on:change=move |ev| {
                        let m = event_number(&ev);
                        let s = sound();
                        if state.change(board, |b| b.set_timer(m, s)).is_some() && !running() {
                            countdown.set(Countdown::Ready);
                        }
                    }
                />
                <span aria-hidden="true">" min"</span>
            </label>
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="timer-sound"
                    prop:checked=sound
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let m = minutes();
                        state.change(board, |b| b.set_timer(m, on));
                    }
                />
                {tr(|t| t.timer.sound)}
            </label>
            <Show when=done>
                <p class="time-up-text" role="alert" data-testid="time-up">
                    {tr(|t| t.timer.time_up)}
                </p>
            </Show>
        </div>
    }
}
