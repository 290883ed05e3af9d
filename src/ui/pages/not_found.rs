//! The page for unknown addresses (and unknown service ids): say so, and offer the ways on.

use leptos::prelude::*;

use crate::ui::nav::page_title;
use crate::ui::state::use_t;

#[component]
pub fn NotFound() -> impl IntoView {
    let t = use_t();
    page_title(move || t.not_found_page.to_string());
    view! { <NotFoundBody/> }
}

#[component]
pub fn NotFoundBody() -> impl IntoView {
    let t = use_t();
    view! {
        <h1 tabindex="-1">{t.not_found_page}</h1>
        <p>{t.not_found_hint}</p>
        <ul class="app-links">
            <li><a href="/hledat">{t.nav_search}</a></li>
            <li><a href="/pruvodce">{t.finder_start}</a></li>
            <li><a href="/urady">{t.nav_offices}</a></li>
        </ul>
    }
}
