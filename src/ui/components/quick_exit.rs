//! "Rychle odejít" (quick exit), as GOV.UK's "Exit this page": a button on every page, reachable by a
//! skip link, and Shift pressed three times within 5 seconds. It blanks the page at once, clears drafts and
//! recent searches, marks this tab as exited (so coming Back shows nothing), and replaces the page with a
//! neutral website. JavaScript cannot erase history, so `location.replace` at least removes this entry.

use leptos::prelude::*;

use crate::ui::dom;
use crate::ui::prefs::{self, Key};
use crate::ui::state::use_t;

/// A neutral, widely used Czech website to land on.
const NEUTRAL_URL: &str = "https://www.seznam.cz/";
const SHIFT_WINDOW_MS: f64 = 5000.0;

/// Blanks the page and leaves for the neutral website. Safe to call more than once.
pub fn leave() {
    dom::set_root_class("app-exiting", true);
    if let Some(d) = dom::document() {
        d.set_title("");
    }
    prefs::remove(Key::CommentDraft);
    prefs::remove(Key::RecentSearches);
    prefs::set(Key::Exited, "1");
    if let Some(w) = dom::window() {
        let _ = w.location().replace(NEUTRAL_URL);
    }
}

#[component]
pub fn QuickExit() -> impl IntoView {
    let t = use_t();
    // Times of the last Shift presses (ms since page load).
    let presses = StoredValue::new_local(Vec::<f64>::new());
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Shift" || ev.repeat() {
            return;
        }
        let now = ev.time_stamp();
        presses.update_value(|p| {
            p.retain(|t| now - *t < SHIFT_WINDOW_MS);
            p.push(now);
        });
        if presses.with_value(|p| p.len() >= 3) {
            leave();
        }
    });
    on_cleanup(move || handle.remove());

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
