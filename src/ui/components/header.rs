//! The site header: the service name (home link), the region, and the main navigation.

use leptos::prelude::*;

use crate::ui::state::{use_app, use_t};

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let region = move || app.catalogue.get().map(|c| c.snapshot.meta.region_name.clone()).unwrap_or_default();
    view! {
        <header class="app-header">
            <div class="app-header__inner">
                <a href="/" class="app-header__title">{t.app_name}</a>
                <span class="app-header__region">{region}</span>
            </div>
            <nav class="app-nav" aria-label=t.nav_label>
                <ul class="app-nav__list">
                    <li><a href="/hledat">{t.nav_search}</a></li>
                    <li><a href="/pruvodce">{t.nav_finder}</a></li>
                    <li><a href="/urady">{t.nav_offices}</a></li>
                    <li><a href="/oblibene">{t.nav_favourites}</a></li>
                    <li><a href="/pripominky">{t.nav_comments}</a></li>
                    <li><a href="/nastaveni">{t.nav_settings}</a></li>
                </ul>
            </nav>
        </header>
    }
}
