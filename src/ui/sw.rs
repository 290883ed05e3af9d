//! Service worker registration and the "Nová verze aplikace – načíst" prompt. A new shell waits until the
//! person chooses to load it (never swapped under someone mid-task); then the waiting worker takes over and
//! the page reloads once. Also: messages from the worker (Background Sync asks us to flush the outbox), and
//! the browser's install prompt is suppressed, so the app never prompts to install on a shared computer.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::dom;
use super::state::AppState;

pub fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let nav = dom::window()?.navigator();
    // Absent on insecure origins and in some private modes: the app then simply runs without offline shell.
    js_sys::Reflect::has(&nav, &"serviceWorker".into()).ok().filter(|h| *h)?;
    Some(nav.service_worker())
}

/// Asks for a Background Sync of the outbox, where the browser has it (Chromium); elsewhere the outbox is
/// sent at the next start or `online` event.
pub async fn request_outbox_sync() {
    let Some(c) = container() else { return };
    let Ok(ready) = c.ready() else { return };
    let Ok(reg) = wasm_bindgen_futures::JsFuture::from(ready).await else { return };
    let Ok(sync) = js_sys::Reflect::get(&reg, &"sync".into()) else { return };
    let Ok(register) = js_sys::Reflect::get(&sync, &"register".into()) else { return };
    if let Some(f) = register.dyn_ref::<js_sys::Function>() {
        if let Ok(p) = f.call1(&sync, &"outbox".into()) {
            let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(p)).await;
        }
    }
}

/// Registers `/sw.js` and wires the update prompt.
pub fn register(app: AppState) {
    if let Some(w) = dom::window() {
        let suppress = Closure::<dyn Fn(web_sys::Event)>::new(|e: web_sys::Event| e.prevent_default());
        let _ = w.add_event_listener_with_callback("beforeinstallprompt", suppress.as_ref().unchecked_ref());
        suppress.forget();
    }
    let Some(sw) = container() else { return };
    let had_controller = sw.controller().is_some();
    // Reload once when a new worker takes control after the person asked for it (not on first install).
    let reloading = std::cell::Cell::new(false);
    let on_change = Closure::<dyn Fn()>::new(move || {
        if had_controller && !reloading.replace(true) {
            if let Some(w) = dom::window() {
                let _ = w.location().reload();
            }
        }
    });
    sw.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let kind = js_sys::Reflect::get(&e.data(), &"type".into()).ok().and_then(|v| v.as_string());
        if kind.as_deref() == Some("FLUSH_OUTBOX") {
            // The worker may have sent comments itself: show their new state, then send what is left.
            app.outbox.update(|v| *v += 1);
            crate::sync::outbox::flush(app);
        }
    });
    sw.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();

    leptos::task::spawn_local(async move {
        let Ok(reg) = JsFuture::from(sw.register("/sw.js")).await else { return };
        let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else { return };
        if !had_controller {
            return; // the first install: nothing to replace, no prompt
        }
        if reg.waiting().is_some() {
            app.shell_update.set(true);
        }
        // A new worker may already be installing (the page load itself checks for one), or arrive later.
        let watch = move |worker: web_sys::ServiceWorker| {
            let w2 = worker.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if w2.state() == web_sys::ServiceWorkerState::Installed {
                    app.shell_update.set(true);
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        };
        if let Some(installing) = reg.installing() {
            watch(installing);
        }
        let reg2 = reg.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            if let Some(installing) = reg2.installing() {
                watch(installing);
            }
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        // Look for a new shell now, for people who keep the app open for days. Awaited so that a failure
        // offline (the usual case at a community centre) is handled, not an unhandled rejection.
        if let Ok(p) = reg.update() {
            let _ = JsFuture::from(p).await;
        }
    });
}

/// "Nová verze aplikace – načíst": tell the waiting worker to take over; `controllerchange` reloads.
pub fn activate_waiting() {
    let Some(sw) = container() else { return };
    leptos::task::spawn_local(async move {
        let Ok(reg) =
            JsFuture::from(sw.ready().unwrap_or_else(|_| js_sys::Promise::resolve(&JsValue::NULL))).await
        else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else { return };
        match reg.waiting() {
            Some(waiting) => {
                let msg = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&msg, &"type".into(), &"SKIP_WAITING".into());
                let _ = waiting.post_message(&msg);
            }
            None => {
                if let Some(w) = dom::window() {
                    let _ = w.location().reload();
                }
            }
        }
    });
}
