//! The page for unknown addresses (and unknown service ids): say so, and offer the ways on.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::nav::page_title;
use crate::ui::state::use_t;

#[component]
pub fn NotFound() -> impl IntoView {
    let t = use_t();
    page_title(move || t.get().not_found_page.to_string());
    view! { <NotFoundBody/> }
}

#[component]
pub fn NotFoundBody() -> impl IntoView {
    let t = use_t();
    view! {
        <h1 tabindex="-1">{move || t.get().not_found_page}</h1>
        <p>{move || t.get().not_found_hint}</p>
        <ul>
            <li><A href="/hledat">{move || t.get().nav_search}</A></li>
            <li><A href="/pruvodce">{move || t.get().finder_start}</A></li>
            <li><A href="/urady">{move || t.get().nav_offices}</A></li>
        </ul>
    }
}
