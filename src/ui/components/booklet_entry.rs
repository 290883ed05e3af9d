//! One service with everything needed to reach it (`domain::booklet::Entry`): name, kind and provider, a
//! short summary, for whom, where, contacts, hours and fee. The printed catalogue, the browsable catalogue
//! and printed result lists all show services this way, so a printout is never names only. `PrintList` is
//! the print button and print-only block that search, finder and favourites add to their lists.

use leptos::prelude::*;

use crate::domain::booklet::{address_line, entry, Entry};
use crate::domain::snapshot::Snapshot;
use crate::ui::components::contacts::ContactList;
use crate::ui::dom;
use crate::ui::state::{use_app, use_t};

#[component]
pub fn BookletEntry(
    entry: Entry,
    /// Shows the running number and makes it a link target (`#s-12`), as the printed index refers to it.
    #[prop(optional)]
    numbered: bool,
) -> impl IntoView {
    let t = use_t();
    let lang = use_app().lang.get_untracked();
    let mut who: Vec<String> = entry.target_groups.iter().map(|g| lang.group_name(*g).to_string()).collect();
    who.extend(entry.age.map(|a| lang.age_range(a.min, a.max)));
    let places: Vec<AnyView> = entry
        .locations
        .iter()
        .map(|l| {
            let name = l.name.clone().map(|n| format!("{n}: ")).unwrap_or_default();
            let tag =
                l.address.example.then(|| view! { " " <span class="app-tag">{t.example_contact}</span> });
            view! { <span class="bk-line">{name}{address_line(&l.address)}{tag}</span> }.into_any()
        })
        .collect();
    let hours: Vec<AnyView> =
        entry.hours.iter().map(|h| view! { <span class="bk-line">{h.clone()}</span> }.into_any()).collect();
    let fact = move |label: &'static str, body: Vec<AnyView>| {
        (!body.is_empty()).then(|| view! { <dt>{label}</dt><dd>{body}</dd> })
    };
    let text = |s: String| if s.is_empty() { vec![] } else { vec![s.into_any()] };
    let contacts = entry
        .contacts
        .filter(|c| !c.is_empty())
        .map(|c| vec![view! { <ContactList contacts=c/> }.into_any()])
        .unwrap_or_default();
    let id = numbered.then(|| format!("s-{}", entry.number));
    let number = numbered.then(|| view! { <span class="bk-num">{entry.number}". "</span> });
    view! {
        <article class="bk-entry" id=id data-testid="entry">
            <h3>{number}<a href=format!("/sluzba/{}", entry.id)>{entry.name}</a></h3>
            <p class="bk-meta">{lang.kind(&entry.kind)}" · "{entry.provider}</p>
            <p>{entry.summary}</p>
            <dl class="bk-facts">
                {fact(t.who_for, text(who.join(", ")))}
                {fact(t.where_label, places)}
                {fact(t.contact_label, contacts)}
                {fact(t.opening_hours, hours)}
                {fact(t.fee_label, text(lang.fee(&entry.fee)))}
            </dl>
        </article>
    }
}

/// The entries of the services at `services` (indices into the catalogue), in the given order.
pub fn entries(snap: &Snapshot, services: &[usize]) -> Vec<AnyView> {
    services
        .iter()
        .enumerate()
        .filter_map(|(n, i)| entry(snap, *i, n + 1))
        .map(|e| view! { <BookletEntry entry=e/> }.into_any())
        .collect()
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
