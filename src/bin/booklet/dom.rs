//! What the lazy module's pages share: mounting a `booklet_doc` tree (elements by `createElement`, text as
//! text nodes, never parsed as HTML), event handlers that live as long as their page, the language, and
//! the region's stored catalogue read as the app reads it.

use pruvodce::booklet_doc::Node;
use pruvodce::domain::manifest::verify_against;
use pruvodce::domain::snapshot::{Manifest, Snapshot};
use pruvodce::domain::typeset::typeset;
use pruvodce::domain::validate::stored_snapshot;
use pruvodce::i18n::Lang;
use pruvodce::store::catalogue::{self, Body};
use pruvodce::store::DB_NAME;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

/// Appends the tree to `parent`; hrefs were checked by `safe_href` when the tree was built.
pub fn mount(doc: &Document, parent: &Element, nodes: &[Node]) -> Result<(), JsValue> {
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

/// Replaces `target`'s content with the tree.
pub fn replace(target: &Element, nodes: &[Node]) -> Result<(), JsValue> {
    let doc = target.owner_document().ok_or_else(|| JsValue::from_str("no document"))?;
    target.set_text_content(None);
    mount(&doc, target, nodes)
}

/// The element under `root` that `selector` names; an error (not a panic) when the tree lacks it.
pub fn find(root: &Element, selector: &str) -> Result<Element, JsValue> {
    root.query_selector(selector)?.ok_or_else(|| JsValue::from_str(selector))
}

/// Calls `f` on each `event` at `el`. The element lives as long as its page; so does its handler.
pub fn on(el: &Element, event: &str, f: impl FnMut(web_sys::Event) + 'static) -> Result<(), JsValue> {
    let handler = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    el.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref())?;
    handler.forget();
    Ok(())
}

/// The language of a code the app gives ("cs", "uk", "en"), Czech for anything else.
pub fn lang(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or_default()
}

/// The page's region select (settings): its value is the region shown, its options the regions the app
/// offers.
pub fn region_select() -> Option<web_sys::HtmlSelectElement> {
    web_sys::window()?.document()?.get_element_by_id("region")?.dyn_into().ok()
}

/// The region's current stored catalogue as stored (validated when it was stored, checked against its
/// manifest's SHA-256 as at the app's start; `previous` if current is unreadable); `None` when none is
/// stored.
pub async fn stored(region: &str) -> Result<Option<Snapshot>, JsValue> {
    let accept = |body: Body, m: Manifest| async move {
        verify_against(&m, &body.bytes).ok()?;
        stored_snapshot(&body.bytes)
    };
    let stored =
        catalogue::load(DB_NAME, region, accept).await.map_err(|e| JsValue::from_str(&e.to_string()))?;
    Ok(stored.map(|s| s.value))
}

/// `stored`, typeset as the app shows it, and the language of `code`.
pub async fn read(region: &str, code: &str) -> Result<(Option<Snapshot>, Lang), JsValue> {
    let snap = stored(region).await?.map(|mut snap| {
        typeset(&mut snap);
        snap
    });
    Ok((snap, lang(code)))
}
