//! Actions on a service page: share (Web Share where the phone has it, else copy the link), print (a print
//! style sheet hides the chrome), and add to or remove from favourites kept on this device.

use leptos::prelude::*;

use crate::ui::dynamic::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::ui::dom;
use crate::ui::prefs::{self, Key};
use crate::ui::state::{use_app, use_t};

#[component]
pub fn ServiceActions(service_id: String, name: String) -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let status = RwSignal::new(None::<&'static str>);
    let id = service_id.clone();
    let is_fav = Memo::new(move |_| app.favourites.read().contains(&id));
    let toggle = move |_| {
        app.favourites.update(|f| {
            if let Some(i) = f.iter().position(|x| *x == service_id) {
                f.remove(i);
            } else {
                f.push(service_id.clone());
            }
            prefs::set_list(Key::Favourites, f);
        });
    };
    let share = move |_| {
        let title = name.clone();
        leptos::task::spawn_local(async move {
            let ok = share_or_copy(&title).await;
            let t = t;
            status.set(Some(match ok {
                Shared::Done => t.shared,
                Shared::Copied => t.link_copied,
                Shared::Failed => t.share_failed,
            }));
        });
    };
    let print = move |_| {
        if let Some(w) = dom::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="app-actions">
            <button type="button" class="app-button app-button--secondary" on:click=share>{t.share}</button>
            <button type="button" class="app-button app-button--secondary" on:click=print>{t.print}</button>
            <button type="button" class="app-button app-button--secondary" aria-pressed=dyn_text(move || is_fav.get().to_string()) on:click=toggle>
                {dyn_text(move || if is_fav.get() { t.favourite_remove } else { t.favourite_add }.to_string())}
            </button>
            <p class="app-actions__status" role="status" aria-live="polite">{dyn_text(move || status.get().unwrap_or_default().to_string())}</p>
        </div>
    }
}

enum Shared {
    Done,
    Copied,
    Failed,
}

/// Calls `navigator.share` when present (looked up dynamically: not every browser has it), otherwise
/// `navigator.clipboard.writeText`.
async fn share_or_copy(title: &str) -> Shared {
    let Some(w) = dom::window() else { return Shared::Failed };
    let url = w.location().href().unwrap_or_default();
    let nav: JsValue = w.navigator().into();
    let share =
        js_sys::Reflect::get(&nav, &"share".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(share) = share {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
        let _ = js_sys::Reflect::set(&data, &"url".into(), &url.clone().into());
        if let Ok(p) = share.call1(&nav, &data) {
            if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
                if JsFuture::from(p).await.is_ok() {
                    return Shared::Done;
                }
            }
        }
    }
    let clipboard = js_sys::Reflect::get(&nav, &"clipboard".into()).ok().filter(|c| !c.is_undefined());
    let write = clipboard
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &"writeText".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let (Some(c), Some(write)) = (clipboard, write) {
        if let Ok(p) = write.call1(&c, &url.into()).and_then(|p| p.dyn_into::<js_sys::Promise>()) {
            if JsFuture::from(p).await.is_ok() {
                return Shared::Copied;
            }
        }
    }
    Shared::Failed
}
