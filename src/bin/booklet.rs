//! The printed catalogue and `/sluzby` in the browser: a second wasm module, imported only when one of
//! those pages opens, so the booklet's layout, its three languages and its grouping never weigh on the
//! app's first load. It reads the region's stored catalogue from IndexedDB (`store`, the app's own
//! storage code) with the domain's reader, builds the page's tree (`print_doc` around `booklet_doc`,
//! the one `katalog booklet` writes to a file, or `browse_doc`), and mounts it with
//! `createElement` and text nodes only. No Leptos: built by `scripts/build-booklet.sh` (`all-langs`,
//! wasm-bindgen `--target web`, wasm-opt) into `dist/booklet/`; the app calls it in `booklet_view`.

#[cfg(target_arch = "wasm32")]
mod module {
    use pruvodce::booklet_doc::Node;
    use pruvodce::browse_doc::browse_page;
    use pruvodce::domain::manifest::verify_against;
    use pruvodce::domain::snapshot::{Manifest, Snapshot};
    use pruvodce::domain::typeset::typeset;
    use pruvodce::domain::validate::stored_snapshot;
    use pruvodce::i18n::Lang;
    use pruvodce::print_doc::print_page;
    use pruvodce::query::Url;
    use pruvodce::store::{catalogue, DB_NAME};
    use wasm_bindgen::prelude::*;
    use web_sys::{Document, Element};

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

    /// The region's current stored catalogue (validated when it was stored, checked against its
    /// manifest's SHA-256 as at the app's start; `previous` if current is unreadable), typeset as the app
    /// shows it.
    async fn read(region: &str, lang: &str) -> Result<(Snapshot, Lang), JsValue> {
        let accept = |body: Vec<u8>, m: Manifest| async move {
            verify_against(&m, &body).ok()?;
            stored_snapshot(&body)
        };
        let stored = catalogue::load(DB_NAME, region, accept).await.ok().flatten();
        let mut snap = stored.ok_or_else(|| JsValue::from_str("no readable stored catalogue"))?.value;
        typeset(&mut snap);
        Ok((snap, Lang::from_code(lang).unwrap_or_default()))
    }

    /// Appends the tree to `parent`: elements by `createElement`, text as text nodes (never parsed as
    /// HTML); hrefs were checked by `safe_href` when the tree was built.
    fn mount(doc: &Document, parent: &Element, nodes: &[Node]) -> Result<(), JsValue> {
        for n in nodes {
            match n {
                Node::Text(s) => parent.append_with_str_1(s)?,
                Node::El { tag, class, attrs, kids } => {
                    let el = doc.create_element(tag)?;
                    if let Some(c) = class {
                        el.set_class_name(c);
                    }
                    for (name, value) in attrs {
                        el.set_attribute(name, value)?;
                    }
                    mount(doc, &el, kids)?;
                    parent.append_with_node_1(&el)?;
                }
            }
        }
        Ok(())
    }
}

fn main() {}
