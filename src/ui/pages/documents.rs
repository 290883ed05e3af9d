//! `/dokumenty`: the plan's documents (community plan, action plans, evaluations, the catalogue) with kind,
//! years and size; each on this site with "save for reading offline", which the lazy module fills in
//! (`ui::lazy`, its slot `data-doc`).

use leptos::prelude::*;

use crate::domain::href::safe_link;
use crate::ui::format::file_size;
use crate::ui::lazy;
use crate::ui::nav::page_title;
use crate::ui::pages::with_catalogue_below;
use crate::ui::state::{use_app, use_t};

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let app = use_app();
    let t = use_t();
    page_title(move || t.documents_title.to_string());
    view! {
        <h1 tabindex="-1">{t.documents_title}</h1>
        <p class="app-lead">{t.documents_lead}</p>
        {with_catalogue_below(move |c| {
            let lang = app.lang.get();
            let years: Vec<String> = c.snapshot.documents.iter().map(|d| format!("{:05}", d.year)).collect();
            let newest_first = crate::ui::format::order(&years).into_iter().rev().filter_map(|i| c.snapshot.documents.get(i).cloned());
            let items = newest_first.map(|d| {
                let years = match d.year_to { Some(to) if to != d.year => format!("{}–{}", d.year, to), _ => d.year.to_string() };
                let meta = [Some(lang.document_kind(d.kind).to_string()), Some(years), d.format.clone(), d.bytes.map(file_size)]
                    .into_iter().flatten().collect::<Vec<_>>().join(" · ");
                let link = match safe_link(&d.url) {
                    Some(h) => view! { <a href=h>{d.title.clone()}</a> }.into_any(),
                    None => view! { <span>{d.title.clone()}</span> }.into_any(),
                };
                let bytes = d.bytes.map(|b| b.to_string()).unwrap_or_default();
                view! { <li class="app-card"><h2 class="app-card__title">{link}</h2><p class="app-card__meta">{meta}</p><div data-doc=d.url data-bytes=bytes></div></li> }
            }).collect_view();
            lazy::start();
            view! { <ul id="documents" class="app-list-plain" data-lang=lang.code()>{items}</ul> }.into_any()
        })}
    }
}
