//! The lazy module: a second wasm module, imported only when a page needs it, so its code, its three
//! languages and its words never weigh on the app's first load. It serves four pages of the app:
//! - `/tisk` and `/sluzby` (`render`): reads the region's stored catalogue from IndexedDB (`store`, the
//!   app's own storage code) with the domain's reader, builds the page's tree (`print_doc` around
//!   `booklet_doc`, the one `katalog booklet` writes to a file, or `browse_doc`) and mounts it;
//! - settings' catalogue in a file and documents kept offline (`files`, `saved`);
//! - `/dokumenty`' "save for reading offline" on each document (`docs`).
//!
//! Everything is mounted with `createElement` and text nodes only (`dom`). No Leptos: built by
//! `scripts/build-booklet.sh` (`all-langs`, `validation-words`, wasm-bindgen `--target web`, wasm-opt)
//! into `dist/booklet/`; the app starts it through `ui::lazy` and `start.js`.

#[cfg(target_arch = "wasm32")]
mod doc_cache;
#[cfg(target_arch = "wasm32")]
mod docs;
#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod files;
#[cfg(target_arch = "wasm32")]
mod saved;

#[cfg(target_arch = "wasm32")]
mod module {
    use pruvodce::browse_doc::browse_page;
    use pruvodce::print_doc::print_page;
    use pruvodce::query::Url;
    use wasm_bindgen::prelude::*;
    use web_sys::{Document, Element};

    use crate::dom::{mount, read};

    /// Renders into `target` (replacing its content) the page at `location` ("/tisk?…" or "/sluzby?…")
    /// from `region`'s stored catalogue, in language `lang` ("cs", "uk", "en").
    #[wasm_bindgen]
    pub async fn render(
        target: Element,
        region: String,
        lang: String,
        location: String,
    ) -> Result<(), JsValue> {
        let (snap, lang) = read(&region, &lang).await?;
        let snap = snap.ok_or_else(|| JsValue::from_str("no readable stored catalogue"))?;
        let url = Url::parse(&location);
        let nodes = if url.path == "/sluzby" {
            let page = url.get("strana").and_then(|p| p.parse().ok()).unwrap_or(1);
            browse_page(&snap, &url.get("podle").unwrap_or_default(), page, lang)
        } else {
            print_page(&snap, &url, lang)
        };
        let doc = target.owner_document().ok_or_else(|| JsValue::from_str("no document"))?;
        style(&doc).await?;
        target.set_text_content(None);
        mount(&doc, &target, &nodes)?;
        wire_print_buttons(&target)
    }

    /// Adds the booklet's style sheet (`dist/booklet/print.css`) once and waits until it applies, so a
    /// print started at once is already paged.
    async fn style(doc: &Document) -> Result<(), JsValue> {
        if doc.get_element_by_id("bk-css").is_some() {
            return Ok(());
        }
        let link = doc.create_element("link")?;
        for (name, value) in [("id", "bk-css"), ("rel", "stylesheet"), ("href", "/booklet/print.css")] {
            link.set_attribute(name, value)?;
        }
        let loaded = js_sys::Promise::new(&mut |ok, fail| {
            let _ = link.add_event_listener_with_callback("load", &ok);
            let _ = link.add_event_listener_with_callback("error", &fail);
        });
        doc.query_selector("head")?.ok_or_else(|| JsValue::from_str("no head"))?.append_with_node_1(&link)?;
        wasm_bindgen_futures::JsFuture::from(loaded).await.map(|_| ())
    }

    /// The print buttons (`data-print`) open the browser's print dialogue.
    fn wire_print_buttons(target: &Element) -> Result<(), JsValue> {
        let buttons = target.query_selector_all("[data-print]")?;
        for i in 0..buttons.length() {
            if let Some(b) = buttons.item(i) {
                let print = Closure::<dyn Fn()>::new(|| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                });
                b.add_event_listener_with_callback("click", print.as_ref().unchecked_ref())?;
                // The button lives as long as the page; so does its handler.
                print.forget();
            }
        }
        Ok(())
    }
}

fn main() {}
