//! The site header: the service name (home link), the region, and the main navigation.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::state::{use_app, use_t};

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let region = move || app.catalogue.get().map(|c| c.snapshot.meta.region_name.clone()).unwrap_or_default();
    view! {
        <header class="app-header">
            <div class="app-header__inner">
                <A href="/" attr:class="app-header__title">{move || t.get().app_name}</A>
                <span class="app-header__region">{region}</span>
            </div>
            <nav class="app-nav" aria-label=move || t.get().nav_label>
                <ul class="app-nav__list">
                    <li><A href="/hledat">{move || t.get().nav_search}</A></li>
                    <li><A href="/pruvodce">{move || t.get().nav_finder}</A></li>
                    <li><A href="/urady">{move || t.get().nav_offices}</A></li>
                    <li><A href="/oblibene">{move || t.get().nav_favourites}</A></li>
                    <li><A href="/pripominky">{move || t.get().nav_comments}</A></li>
                    <li><A href="/nastaveni">{move || t.get().nav_settings}</A></li>
                </ul>
            </nav>
        </header>
    }
}
