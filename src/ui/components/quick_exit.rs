//! "Rychle odejít" (quick exit), as GOV.UK's "Exit this page": a button on every page, reachable by a
//! skip link, and Shift pressed on its own three times (the rule is `domain::exit_gesture`; this component
//! only feeds it key events). It blanks the page at once, clears what could name the person's trouble
//! (`keys::QUICK_EXIT_CLEARS`), marks this tab as exited (so coming Back shows nothing), and replaces the
//! page with a neutral website. JavaScript cannot erase history, so `location.replace` at least removes
//! this entry. Those steps are written once, in the first screen's inline script (`src/cli/first_screen.js`,
//! with the key names and the address filled in from Rust), because they must work before the wasm has
//! loaded; `leave` calls that script's function.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::exit_gesture::{ExitGesture, KeyEvent};
use crate::shell::NEUTRAL_URL;
use crate::ui::dom;
use crate::ui::prefs::{self, Key};
use crate::ui::state::use_t;

/// Blanks the page and leaves for the neutral website. Safe to call more than once.
pub fn leave() {
    let Some(w) = dom::window() else { return };
    let steps = js_sys::Reflect::get(&w, &wasm_bindgen::JsValue::from_str("pruvodceLeave"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match steps {
        Some(f) => {
            let _ = f.call0(&w);
        }
        // A page without the first screen's script (never one this build serves): leave all the same.
        None => {
            let _ = w.location().replace(NEUTRAL_URL);
        }
    }
}

/// After a quick exit, coming Back into this tab must not show what was on screen: blank and leave again.
/// Only Back/Forward bounces: a new load (the address typed again, a link, a reload) clears the marker,
/// so the person can come back to the app in the same tab (defect 7 of issue 10).
pub fn guard() {
    if prefs::get(Key::Exited).is_none() {
        return;
    }
    if dom::navigation_type().as_deref() == Some("back_forward") {
        leave();
    } else {
        prefs::remove(Key::Exited);
    }
}

#[component]
pub fn QuickExit() -> impl IntoView {
    let t = use_t();
    let gesture = StoredValue::new_local(ExitGesture::default());
    let feed = move |event: KeyEvent, time: f64| {
        let mut done = false;
        gesture.update_value(|g| done = g.feed(event, time));
        if done {
            leave();
        }
    };
    let down = window_event_listener(leptos::ev::keydown, move |ev| {
        let event = if ev.key() == "Shift" { KeyEvent::ShiftDown } else { KeyEvent::Other };
        feed(event, ev.time_stamp());
    });
    let up = window_event_listener(leptos::ev::keyup, move |ev| {
        if ev.key() == "Shift" {
            feed(KeyEvent::ShiftUp, ev.time_stamp());
        }
    });
    let pointer =
        window_event_listener(leptos::ev::pointerdown, move |ev| feed(KeyEvent::Other, ev.time_stamp()));
    // A page restored from the back/forward cache does not start again: check the marker there too.
    let shown = window_event_listener(leptos::ev::pageshow, move |_| {
        if prefs::get(Key::Exited).is_some() {
            leave();
        }
    });
    on_cleanup(move || {
        down.remove();
        up.remove();
        pointer.remove();
        shown.remove();
    });

    view! {
        <div class="app-quick-exit">
            <button id="quick-exit" type="button" class="app-button app-button--warning app-quick-exit__button"
                on:click=move |_| leave()>
                {t.quick_exit}
                <span class="app-visually-hidden">{t.quick_exit_hint}</span>
            </button>
        </div>
    }
}
