//! The footer on every screen: crisis lines, the catalogue's data date and source, and secondary links.

use leptos::prelude::*;

use crate::ui::dynamic::*;

use crate::ui::components::crisis_lines::CrisisLines;
use crate::ui::format::{date_cs, source_text};
use crate::ui::router::use_url;
use crate::ui::state::{use_app, use_t};

#[component]
pub fn Footer() -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let url = use_url();
    let date = move || app.catalogue.get().map(|c| date_cs(&c.snapshot.meta.data_date));
    // The publisher, then the sources with their licences (CC BY asks for the attribution wherever the
    // data is shown; the about page gives each source's attribution text in full).
    let publisher = move || {
        app.catalogue
            .get()
            .map(|c| {
                let meta = &c.snapshot.meta;
                let sources: Vec<String> = meta.sources.iter().map(source_text).collect();
                if sources.is_empty() {
                    meta.publisher.clone()
                } else {
                    format!("{} · {} {}", meta.publisher, t.sources_label, sources.join("; "))
                }
            })
            .unwrap_or_default()
    };
    view! {
        <footer class="app-footer">
            // The home page shows the full crisis bar near the top; every other page has it here.
            {dyn_view(move || (url.with(|u| u.path != "/")).then(|| view! { <CrisisLines compact=true/> }).into_any())}
            <p class="app-footer__data" data-testid="data-date" hidden=dyn_flag(move || date().is_none())>
                {t.data_date}" "{dyn_text(move || date().unwrap_or_default())}" · "{dyn_text(publisher)}
            </p>
            <ul class="app-footer__links">
                <li><a href="/o-planovani">{t.nav_about}</a></li>
                <li><a href="/dokumenty">{t.nav_documents}</a></li>
                <li><a href="/aktuality">{t.nav_news}</a></li>
            </ul>
        </footer>
    }
}
