//! Settings' list of the documents kept for reading offline (issue 14, part 3), each with its title (from
//! the region's stored catalogue, else its address), its size and "Odebrat"; and `download`, which hands
//! bytes to the browser as a file (the catalogue saved to a file).

use pruvodce::booklet_doc::{attr, el, text, Node};
use pruvodce::domain::href::safe_link;
use pruvodce::ui::format::file_size;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::doc_cache;
use crate::dom::{lang, on, region_select, replace, stored};

/// Renders the list into `target`, in language `code`, with the titles of the documents of the region
/// chosen in the page's `#region`.
#[wasm_bindgen]
pub async fn saved(target: Element, code: String) -> Result<(), JsValue> {
    let w = lang(&code).files();
    let list = doc_cache::saved().await.unwrap_or_default();
    // The catalogue (a region's can be 12 MB) is read for the titles only when something is kept.
    let region = region_select().map(|s| s.value()).unwrap_or_default();
    let snap = if list.is_empty() { None } else { stored(&region).await.ok().flatten() };
    let titles: Vec<(String, String)> = snap
        .map(|s| {
            let docs = s.documents.into_iter();
            docs.filter_map(|d| Some((doc_cache::local_url(&d.url)?, d.title))).collect()
        })
        .unwrap_or_default();
    let items: Vec<Node> = list
        .iter()
        .map(|(url, bytes)| {
            let title = titles.iter().find(|(u, _)| u == url).map_or(url.as_str(), |(_, t)| t.as_str());
            let link = match safe_link(url) {
                Some(h) => attr(el("a", "", vec![text(title)]), "href", h),
                None => el("span", "", vec![text(title)]),
            };
            let remove = el("button", "app-button app-button--secondary", vec![text(w.doc_remove)]);
            let remove = attr(attr(remove, "type", "button"), "data-url", url.clone());
            el("li", "", vec![link, text(format!(" · {} ", file_size(*bytes))), remove])
        })
        .collect();
    let body = if items.is_empty() {
        el("p", "", vec![text(w.docs_none)])
    } else {
        el("ul", "app-list-plain", items)
    };
    let hint = el("p", "app-hint", vec![text(w.docs_hint)]);
    let section = el("section", "", vec![el("h2", "", vec![text(w.docs_title)]), hint, body]);
    replace(&target, &[attr(section, "data-testid", "saved-documents")])?;
    let buttons = target.query_selector_all("[data-url]")?;
    for i in 0..buttons.length() {
        let Some(b) = buttons.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let url = b.get_attribute("data-url").unwrap_or_default();
        let (target, code) = (target.clone(), code.clone());
        on(&b, "click", move |_| {
            let (target, code, url) = (target.clone(), code.clone(), url.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let _ = doc_cache::remove(&url).await;
                let _ = saved(target, code).await;
            });
        })?;
    }
    Ok(())
}

/// Offers `bytes` as a download named `name`, through an object URL revoked once the browser took it.
pub async fn download(bytes: &[u8], name: &str) -> Option<()> {
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("application/json");
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let doc = web_sys::window()?.document()?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    pruvodce::turns::sleep(1000).await;
    web_sys::Url::revoke_object_url(&url).ok()
}
