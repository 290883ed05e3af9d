//! A small client-side router: the current URL as a signal, History API navigation, and interception of
//! clicks on links to the app's own routes (`Route::of`) and of GET form submissions, so every screen's
//! state lives in the URL and Back, links and sharing work. Written here rather than taken from
//! leptos_router, which added about a tenth of the wasm (measured with twiggy) for features this app
//! does not use (nested routes, actions, SSR).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom;
use crate::query::Route;
pub use crate::query::Url;

/// The router's state, provided as context.
#[derive(Clone, Copy)]
pub struct Router {
    pub url: RwSignal<Url>,
}

thread_local! {
    // Also kept outside the reactive context: `navigate` runs from global event listeners, which have no
    // owner to look context up in.
    static ROUTER: std::cell::Cell<Option<Router>> = const { std::cell::Cell::new(None) };
    // Scroll position of each URL when it was left, restored when Back/Forward returns to it.
    static POSITIONS: std::cell::RefCell<std::collections::HashMap<String, f64>> = Default::default();
    static RESTORING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether Back or Forward is rebuilding a page whose scroll position is restored after its render: a
/// list then renders whole at once (`search::results` otherwise renders its first cards first), or the
/// position would land short of where it was.
pub fn restoring() -> bool {
    RESTORING.with(|r| r.get())
}

/// The router from context.
pub fn use_router() -> Router {
    expect_context::<Router>()
}

/// The current URL, reactive.
pub fn use_url() -> RwSignal<Url> {
    use_router().url
}

/// Goes to `href` (same origin): pushes or replaces the history entry and updates the URL signal.
pub fn navigate(href: &str, replace: bool) {
    let Some(w) = dom::window() else { return };
    if !replace {
        let here = dom::current_path_and_query();
        POSITIONS.with(|p| p.borrow_mut().insert(here, dom::scroll_y()));
    }
    let Ok(history) = w.history() else { return };
    let r = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
    };
    if r.is_err() {
        return;
    }
    let Some(router) = ROUTER.with(|r| r.get()) else { return };
    router.url.set(Url::parse(&dom::current_path_and_query()));
    if !replace {
        dom::scroll_to(0.0);
    }
}

/// Installs the router: reads the location, listens to Back/Forward, and intercepts link clicks and GET
/// form submissions that stay on this origin.
pub fn provide_router() -> Router {
    let router = Router { url: RwSignal::new(Url::parse(&dom::current_path_and_query())) };
    provide_context(router);
    ROUTER.with(|r| r.set(Some(router)));
    if let Some(h) = dom::window().and_then(|w| w.history().ok()) {
        // The page is rebuilt from the URL after Back, so the browser's own restoration would fire too early.
        let _ = h.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    let pop = window_event_listener(leptos::ev::popstate, move |_| {
        let here = dom::current_path_and_query();
        let y = POSITIONS.with(|p| p.borrow().get(&here).copied()).unwrap_or(0.0);
        RESTORING.with(|r| r.set(true));
        router.url.set(Url::parse(&here));
        dom::after_render(move || {
            dom::scroll_to(y);
            RESTORING.with(|r| r.set(false));
        });
    });
    let click = window_event_listener(leptos::ev::click, move |ev| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.ctrl_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let anchor = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten());
        let Some(a) = anchor else { return };
        let href = a.get_attribute("href").unwrap_or_default();
        // Only the app's own routes: not "//host", tel:, mailto:, http(s):, in-page "#id", nor a file
        // on this site such as "/data/docs/plan.pdf", which the browser opens itself.
        let app_route =
            href.starts_with('/') && !href.starts_with("//") && Route::of(&Url::parse(&href).path).is_some();
        if !app_route
            || a.has_attribute("download")
            || a.get_attribute("target").is_some_and(|t| t != "_self")
        {
            return;
        }
        ev.prevent_default();
        navigate(&href, false);
    });
    let submit = window_event_listener(leptos::ev::submit, move |ev| {
        if ev.default_prevented() {
            return;
        }
        let Some(form) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok()) else {
            return;
        };
        let action = form.get_attribute("action").unwrap_or_default();
        if !form.method().eq_ignore_ascii_case("get") || !action.starts_with('/') || action.starts_with("//")
        {
            return;
        }
        let query = web_sys::FormData::new_with_form(&form)
            .and_then(|fd| web_sys::UrlSearchParams::new_with_str_sequence_sequence(&fd))
            .map(|p| String::from(p.to_string()))
            .unwrap_or_default();
        ev.prevent_default();
        let href = if query.is_empty() { action } else { format!("{action}?{query}") };
        navigate(&href, form.has_attribute("data-replace"));
    });
    on_cleanup(move || {
        pop.remove();
        click.remove();
        submit.remove();
    });
    router
}
