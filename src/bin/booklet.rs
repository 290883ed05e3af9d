//! The printed catalogue and `/sluzby` in the browser: a second wasm module, imported only when one of
//! those pages opens, so the booklet's layout, its three languages and its grouping never weigh on the
//! app's first load. It reads the stored catalogue with the domain's reader, builds the tree of
//! `booklet_doc` (the one `katalog booklet` writes to a file) or `browse_doc`, and mounts it with
//! `createElement` and text nodes only. No Leptos: built by `scripts/build-booklet.sh` (`all-langs`,
//! wasm-bindgen `--target web`, wasm-opt) into `dist/booklet/`; the app calls it in `booklet_view`.

#[cfg(target_arch = "wasm32")]
mod module {
    use pruvodce::booklet_doc::{self, Node};
    use pruvodce::domain::booklet::{booklet, Grouping};
    use pruvodce::domain::snapshot::Snapshot;
    use pruvodce::domain::typeset::typeset;
    use pruvodce::domain::validate::stored_snapshot;
    use pruvodce::i18n::Lang;
    use wasm_bindgen::prelude::*;
    use web_sys::{Document, Element};

    /// Renders into `target` (replacing its content) the booklet of the catalogue `snapshot_json`, in
    /// language `lang` ("cs", "uk", "en"), grouped by `order` (a `Grouping` slug), on `paper` ("a4",
    /// "a5"). With `ids` (service ids, comma-separated) only those services, in that order, with full
    /// contacts.
    #[wasm_bindgen]
    pub fn render(
        target: &Element,
        snapshot_json: &str,
        lang: &str,
        order: &str,
        paper: &str,
        ids: &str,
    ) -> Result<(), JsValue> {
        let (snap, lang) = read(snapshot_json, lang)?;
        let nodes = if ids.is_empty() {
            let grouping = match Grouping::from_slug(order) {
                Grouping::Municipality => Grouping::Municipality,
                _ => Grouping::Type,
            };
            booklet_doc::booklet(&booklet(&snap, grouping), lang)
        } else {
            booklet_doc::listed(&snap, ids.split(','), lang)
        };
        target.set_class_name(if paper == "a5" { "bk bk--a5" } else { "bk" });
        replace(target, &nodes)
    }

    /// Renders into `target` page `page` (1-based) of `/sluzby`, the whole catalogue grouped by `order`.
    #[wasm_bindgen]
    pub fn browse(
        target: &Element,
        snapshot_json: &str,
        lang: &str,
        order: &str,
        page: &str,
    ) -> Result<(), JsValue> {
        let (snap, lang) = read(snapshot_json, lang)?;
        replace(target, &pruvodce::browse_doc::browse_page(&snap, order, page.parse().unwrap_or(1), lang))
    }

    /// The stored catalogue (already verified when it was stored), typeset as the app shows it.
    fn read(json: &str, lang: &str) -> Result<(Snapshot, Lang), JsValue> {
        let mut snap = stored_snapshot(json.as_bytes())
            .ok_or_else(|| JsValue::from_str("the stored catalogue cannot be read"))?;
        typeset(&mut snap);
        Ok((snap, Lang::from_code(lang).unwrap_or_default()))
    }

    fn replace(target: &Element, nodes: &[Node]) -> Result<(), JsValue> {
        let doc = target.owner_document().ok_or_else(|| JsValue::from_str("no document"))?;
        target.set_text_content(None);
        mount(&doc, target, nodes)
    }

    /// Appends the tree to `parent`: elements by `createElement`, text as text nodes (never parsed as
    /// HTML); hrefs were checked by `safe_href` when the tree was built.
    fn mount(doc: &Document, parent: &Element, nodes: &[Node]) -> Result<(), JsValue> {
        for n in nodes {
            match n {
                Node::Text(s) => parent.append_with_str_1(s)?,
                Node::El { tag, class, id, href, kids } => {
                    let el = doc.create_element(tag)?;
                    for (name, value) in
                        [("class", class.map(str::to_string)), ("id", id.clone()), ("href", href.clone())]
                    {
                        if let Some(v) = value {
                            el.set_attribute(name, &v)?;
                        }
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
