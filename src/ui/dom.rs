//! Small, failure-tolerant wrappers over browser APIs used by the UI. None of them panics: a missing
//! window, storage or element just means the nicety is skipped.

use wasm_bindgen::JsCast;

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}

/// Sets the document title as "<page> – Průvodce".
pub fn set_title(page: &str, app_name: &str) {
    if let Some(d) = document() {
        d.set_title(&format!("{page} – {app_name}"));
    }
}

/// Moves focus to the page's `<h1>` so screen readers announce the new page (GOV.UK SPA guidance),
/// without scrolling: a new page starts at the top anyway, and Back must keep the restored position.
pub fn focus_heading() {
    let Some(d) = document() else { return };
    if let Ok(Some(h1)) = d.query_selector("main h1") {
        if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = h1.focus_with_options(&options);
        }
    }
}

/// Focuses an element by id (error summaries, fields).
pub fn focus_id(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

pub fn scroll_y() -> f64 {
    window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0)
}

pub fn scroll_to(y: f64) {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, y);
    }
}

/// Runs `f` after the next frame, when the DOM of a new route has been rendered.
pub fn after_render(f: impl FnOnce() + 'static) {
    frame_then(Box::new(f));
}

/// Runs `f` in a task of its own after the next frame has been painted (a timer set in the frame's
/// callback runs after its paint): for work that should not delay what is already rendered.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let f: Box<dyn FnOnce()> = Box::new(f);
    frame_then(Box::new(move || {
        let _ = crate::turns::timer(0, f);
    }));
}

/// Not generic, so one copy in the wasm for every caller (see `turns::once`).
fn frame_then(f: Box<dyn FnOnce()>) {
    if let Some(w) = window() {
        let _ = w.request_animation_frame(crate::turns::once(f).unchecked_ref());
    }
}

/// Sets or removes a class on `<html>` (text size, quick exit).
pub fn set_root_class(class: &str, on: bool) {
    let Some(root) = document().and_then(|d| d.document_element()) else { return };
    let list = root.class_list();
    let _ = if on { list.add_1(class) } else { list.remove_1(class) };
}

/// How this document was reached: "navigate", "reload", "back_forward" or "prerender" (the Navigation
/// Timing entry's `type`); None where the browser does not say.
pub fn navigation_type() -> Option<String> {
    let window: wasm_bindgen::JsValue = window()?.into();
    let perf = js_sys::Reflect::get(&window, &"performance".into()).ok()?;
    let by_type = js_sys::Reflect::get(&perf, &"getEntriesByType".into()).ok()?;
    let entries = by_type.dyn_ref::<js_sys::Function>()?.call1(&perf, &"navigation".into()).ok()?;
    let first = js_sys::Reflect::get(&entries, &0u32.into()).ok()?;
    js_sys::Reflect::get(&first, &"type".into()).ok()?.as_string()
}

pub fn set_root_lang(code: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

/// Removes the first screen that index.html carries (`.app-first`, written by `katalog first-screen`), in
/// the same task as the app mounts, so that no frame shows both or neither.
pub fn remove_first_screen() {
    let Some(d) = document() else { return };
    while let Ok(Some(el)) = d.query_selector(".app-first") {
        el.remove();
    }
}

/// The `<html lang>` code, which the first screen's script sets to the language this visit starts in.
pub fn root_lang() -> Option<String> {
    document()?.document_element()?.get_attribute("lang")
}

/// The full current URL path with query, e.g. `/hledat?q=x`.
pub fn current_path_and_query() -> String {
    window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.pathname().ok()?, l.search().ok()?))
        })
        .unwrap_or_else(|| "/".to_string())
}
