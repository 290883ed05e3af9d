//! `/o-planovani`: what community planning of social services is and how to take part (the seeds' content,
//! in our own words), and where the catalogue's data comes from: each of `meta.sources` with its licence
//! and the attribution it asks for (CC BY).

use leptos::prelude::*;

use crate::ui::components::blocks::{lines, section};
use crate::ui::dynamic::dyn_view;
use crate::ui::format::source_text;
use crate::ui::nav::page_title;
use crate::ui::state::{use_app, use_t};

#[component]
pub fn AboutPage() -> impl IntoView {
    let app = use_app();
    let t = use_t();
    page_title(move || t.about_title.to_string());
    // Each source with its licence and the attribution it asks for (CC BY), and its address as text.
    let sources = dyn_view(move || {
        let items = app.catalogue.get().map(|c| {
            let sources = c.snapshot.meta.sources.iter();
            sources
                .map(|s| {
                    let extra = [s.attribution.as_deref(), s.url.as_deref()].into_iter().flatten();
                    extra.fold(source_text(s), |line, x| line + " – " + x)
                })
                .collect::<Vec<_>>()
        });
        match items.filter(|i| !i.is_empty()) {
            Some(i) => section(t.sources_title, vec![lines(i)]),
            None => ().into_any(),
        }
    });
    view! {
        <h1 tabindex="-1">{t.about_title}</h1>
        <p class="app-lead">{t.about_lead}</p>
        <p>{t.about_law}</p>
        <p>{t.about_money}</p>
        <h2>{t.about_take_part}</h2>
        <ul class="app-links">
            <li><a href="/pripominky">{t.about_comment}</a></li>
            <li><a href="/dokumenty">{t.about_read}</a></li>
            <li><a href="/aktuality">{t.about_follow}</a></li>
            <li><a href="/urady">{t.about_contact}</a></li>
        </ul>
        <p>{t.about_everyone}</p>
        {sources}
    }
}
