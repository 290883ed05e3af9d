//! Mounts `booklet_doc` trees (the printed catalogue, and services with everything needed to reach them)
//! with one function for every element, so the layout exists once, in plain Rust, shared with
//! `katalog booklet`. `PrintList` is the print button and print-only block that search, finder and
//! favourites add to their lists, so a printout is never names only.

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::CustomAttribute;
use leptos::tachys::html::element::custom;

use crate::booklet_doc::{entry as entry_node, Node};
use crate::domain::booklet::entry;
use crate::domain::snapshot::Snapshot;
use crate::ui::dom;
use crate::ui::state::{use_app, use_t};

/// The DOM of a tree. Text is set as text (never parsed as HTML); links were checked by `safe_href`.
pub fn mount(nodes: Vec<Node>) -> Vec<AnyView> {
    nodes
        .into_iter()
        .map(|n| match n {
            Node::Text(s) => s.into_any(),
            Node::El { tag, class, id, href, kids } => custom(tag)
                .attr("class", class)
                .attr("id", id)
                .attr("href", href)
                .child(mount(kids))
                .into_any(),
        })
        .collect()
}

/// The entries of the services at `services` (indices into the catalogue), in the given order, each
/// name linked to its page.
pub fn entries(snap: &Snapshot, services: &[usize]) -> Vec<AnyView> {
    let lang = use_app().lang.get_untracked();
    let nodes = services
        .iter()
        .enumerate()
        .filter_map(|(n, i)| entry(snap, *i, n + 1))
        .map(|e| entry_node(&e, lang, false, true))
        .collect();
    mount(nodes)
}

/// Opens the browser's print dialogue.
pub fn print_page() {
    if let Some(w) = dom::window() {
        let _ = w.print();
    }
}

/// "Vytisknout seznam s kontakty" and, for paper only, the listed services with full contacts (the
/// on-screen cards carry names only; print CSS shows this block instead of them).
#[component]
pub fn PrintList(snap: std::sync::Arc<crate::ui::state::Catalogue>, services: Vec<usize>) -> impl IntoView {
    let t = use_t();
    if services.is_empty() {
        return ().into_any();
    }
    view! {
        <p class="bk-screen-only"><button type="button" class="app-button app-button--secondary" on:click=|_| print_page()>{t.print_list}</button></p>
        <div class="bk bk-print-only" data-testid="print-list">{entries(&snap.snapshot, &services)}</div>
    }
    .into_any()
}
