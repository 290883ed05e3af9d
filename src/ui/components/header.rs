//! The site header: the service name (home link), the region, and the main navigation.

use leptos::prelude::*;

use crate::ui::dynamic::*;

use crate::shell::NAV;
use crate::ui::router::use_url;
use crate::ui::state::{use_app, use_t};

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let url = use_url();
    let region = move || app.catalogue.get().map(|c| c.snapshot.meta.region_name.clone()).unwrap_or_default();
    view! {
        <header class="app-header">
            <div class="app-header__inner">
                <a href="/" class="app-header__title">{t.app_name}</a>
                <span class="app-header__region">{dyn_text(region)}</span>
            </div>
            <nav class="app-nav" aria-label=t.nav_label>
                <ul class="app-nav__list">
                    {NAV.iter().map(|(href, label)| {
                        let here = move || url.with(|u| u.path == *href || u.path.starts_with(&format!("{href}/")));
                        let current = dyn_text(move || if here() { "page" } else { "false" }.to_string());
                        view! { <li><a href=*href aria-current=current>{label(t)}</a></li> }
                    }).collect_view()}
                </ul>
            </nav>
        </header>
    }
}
