//! What happens on every route change, so the single-page app behaves like separate pages for assistive
//! technology: focus moves to the new `<h1>` (announced by screen readers) and the title follows the page.
//! Scroll positions on Back/Forward are the router's business (`router.rs`).

use leptos::prelude::*;

use super::dom;
use super::router::use_router;
use super::state::use_app;

/// Registers the route-change effects. Rendered once, beside the shell.
#[component]
pub fn RouteEffects() -> impl IntoView {
    let router = use_router();
    Effect::new(move |prev: Option<String>| {
        let path = router.url.with(|u| u.path.clone());
        // Focus only when the page changed, not on the first load (the skip link comes first) and not
        // when only the query changed (the person is typing in the search box).
        if prev.as_ref().is_some_and(|p| *p != path) {
            dom::after_render(dom::focus_heading);
        }
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
