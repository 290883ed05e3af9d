//! `/dokumenty`' "Uložit pro čtení bez připojení" (issue 14): the app gives each document on this site an
//! empty slot (`data-doc` with its address, `data-bytes` with its size when the snapshot gives it); this
//! fills each with the button and the size (from the snapshot, else the server's Content-Length, else
//! "size unknown"), then, once kept, "Uloženo" with "Odebrat". A failure (no network, no room) says so
//! and keeps nothing. Another site's document gets nothing: its answer cannot be kept.

use pruvodce::booklet_doc::{attr, el, text, Node};
use pruvodce::i18n::files_words::FilesWords;
use pruvodce::store::StoreError;
use pruvodce::ui::format::file_size;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::doc_cache;
use crate::dom::{find, lang, on, replace};

/// Fills every `[data-doc]` slot under `root`, in language `code`.
#[wasm_bindgen]
pub async fn documents(root: Element, code: String) -> Result<(), JsValue> {
    let w = lang(&code).files();
    let kept: Vec<String> =
        doc_cache::saved().await.unwrap_or_default().into_iter().map(|(u, _)| u).collect();
    let slots = root.query_selector_all("[data-doc]")?;
    for i in 0..slots.length() {
        let Some(slot) = slots.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let Some(url) = slot.get_attribute("data-doc").and_then(|u| doc_cache::local_url(&u)) else {
            continue;
        };
        let bytes = slot.get_attribute("data-bytes").and_then(|b| b.parse().ok());
        let saved = kept.contains(&url);
        fill(&slot, w, &url, bytes.map(file_size), saved, None, false)?;
        if bytes.is_none() && !saved {
            let size =
                doc_cache::head_size(&url).await.map_or_else(|| w.doc_size_unknown.to_string(), file_size);
            fill(&slot, w, &url, Some(size), false, None, false)?;
        }
    }
    Ok(())
}

fn button(label: String, testid: &str) -> Node {
    let b = el("button", "app-button app-button--secondary", vec![text(label)]);
    attr(attr(b, "type", "button"), "data-testid", testid)
}

/// Shows the slot's state: the save button (with the size), or "saved" with "remove"; `error` below
/// either. `focus` moves the keyboard to the new button (the one pressed was replaced).
fn fill(
    slot: &Element,
    w: &'static FilesWords,
    url: &str,
    size: Option<String>,
    saved: bool,
    error: Option<&str>,
    focus: bool,
) -> Result<(), JsValue> {
    let size_text = size.clone().unwrap_or_else(|| "…".into());
    let mut kids = if saved {
        vec![
            el("p", "", vec![el("strong", "", vec![text(w.doc_saved)])]),
            button(w.doc_remove.into(), "doc-remove"),
        ]
    } else {
        vec![button(format!("{} ({size_text})", w.doc_save), "doc-save")]
    };
    let status =
        el("p", if error.is_some() { "app-error-message" } else { "" }, vec![text(error.unwrap_or(""))]);
    kids.push(attr(status, "role", "status"));
    replace(slot, &kids)?;
    let b = find(slot, "button")?;
    if focus {
        if let Some(h) = b.dyn_ref::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
    }
    let (slot, url) = (slot.clone(), url.to_string());
    on(&b, "click", move |_| {
        let (slot, url, size) = (slot.clone(), url.clone(), size.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let result = if saved { doc_cache::remove(&url).await } else { doc_cache::save(&url).await };
            let _ = match result {
                Ok(()) => fill(&slot, w, &url, size, !saved, None, true),
                Err(StoreError::Quota) => fill(&slot, w, &url, size, saved, Some(w.doc_storage_full), true),
                Err(e) => {
                    fill(&slot, w, &url, size, saved, Some(&format!("{} ({e})", w.doc_save_failed)), true)
                }
            };
        });
    })
}
