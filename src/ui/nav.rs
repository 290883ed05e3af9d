//! What happens on every route change, so the single-page app behaves like separate pages for assistive
//! technology and the back button: focus moves to the new `<h1>` (announced by screen readers), and
//! Back/Forward restore the scroll position the person left (new navigations start at the top).

use std::collections::HashMap;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::dom;
use super::state::use_app;

/// Registers the route-change effects. Rendered once inside the router.
#[component]
pub fn RouteEffects() -> impl IntoView {
    let location = use_location();
    // Scroll positions by URL, recorded while scrolling; restored on Back/Forward.
    let positions = StoredValue::new_local(HashMap::<String, f64>::new());
    let popped = StoredValue::new_local(false);
    if let Some(w) = dom::window() {
        if let Ok(h) = w.history() {
            let _ = h.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
        }
    }
    let on_pop = window_event_listener(leptos::ev::popstate, move |_| popped.set_value(true));
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| {
        let url = dom::current_path_and_query();
        positions.update_value(|p| {
            p.insert(url, dom::scroll_y());
        });
    });
    on_cleanup(move || {
        on_pop.remove();
        on_scroll.remove();
    });

    let first = StoredValue::new_local(true);
    Effect::new(move |prev: Option<String>| {
        let path = location.pathname.get();
        let url = format!("{path}{}", location.search.get());
        let is_first = first.get_value();
        first.set_value(false);
        let was_pop = popped.get_value();
        popped.set_value(false);
        let target = if was_pop { positions.with_value(|p| p.get(&url).copied()) } else { None };
        let path_changed = prev.as_deref() != Some(path.as_str());
        dom::after_render(move || {
            if let Some(y) = target {
                dom::scroll_to(y);
            }
            // Focus only when the page changed, not on the first load (the skip link comes first) and not
            // when only the query changed (the person is typing in the search box).
            if path_changed && !is_first {
                dom::focus_heading();
            }
        });
        path
    });
}

/// Keeps `<title>` in step with the page: "<title> – Průvodce".
pub fn page_title(title: impl Fn() -> String + Send + Sync + 'static) {
    let app = use_app();
    Effect::new(move |_| dom::set_title(&title(), app.lang.get().strings().app_name));
}
