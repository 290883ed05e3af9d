//! What happens on every route change, so the single-page app behaves like separate pages for assistive
//! technology and the back button: focus moves to the new `<h1>` (announced by screen readers), and
//! Back/Forward restore the scroll position the person left (new navigations start at the top).

use std::collections::HashMap;

use leptos::prelude::*;

use super::dom;
use super::router::use_router;
use super::state::use_app;

/// Registers the route-change effects. Rendered once, beside the shell.
#[component]
pub fn RouteEffects() -> impl IntoView {
    let router = use_router();
    // Scroll positions by URL, recorded while scrolling; restored on Back/Forward.
    let positions = StoredValue::new_local(HashMap::<String, f64>::new());
    if let Some(h) = dom::window().and_then(|w| w.history().ok()) {
        let _ = h.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| {
        let url = dom::current_path_and_query();
        positions.update_value(|p| {
            p.insert(url, dom::scroll_y());
        });
    });
    on_cleanup(move || on_scroll.remove());

    Effect::new(move |prev: Option<String>| {
        let path = router.url.with(|u| u.path.clone());
        let url = dom::current_path_and_query();
        let target =
            if router.popped.get_untracked() { positions.with_value(|p| p.get(&url).copied()) } else { None };
        // Focus only when the page changed, not on the first load (the skip link comes first) and not
        // when only the query changed (the person is typing in the search box).
        let focus = prev.as_ref().is_some_and(|p| *p != path);
        dom::after_render(move || {
            if let Some(y) = target {
                dom::scroll_to(y);
            }
            if focus {
                dom::focus_heading();
            }
        });
        path
    });
}

/// Keeps `<title>` in step with the page: "<title> – Průvodce".
pub fn page_title(title: impl Fn() -> String + Send + Sync + 'static) {
    title_effect(Box::new(title));
}

/// One concrete effect type for every page (a generic one per page would each add code to the wasm).
fn title_effect(title: Box<dyn Fn() -> String + Send + Sync>) {
    let app = use_app();
    Effect::new(move |_| dom::set_title(&title(), app.lang.get().strings().app_name));
}
