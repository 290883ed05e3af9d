//! `/pruvodce`: what the finder does, and a start button.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::nav::page_title;
use crate::ui::state::use_t;

#[component]
pub fn FinderStart() -> impl IntoView {
    let t = use_t();
    page_title(move || t.get().finder_title.to_string());
    view! {
        <h1 tabindex="-1">{move || t.get().finder_title}</h1>
        <p class="app-lead">{move || t.get().finder_intro}</p>
        <p>{move || t.get().finder_privacy}</p>
        <p><A href="/pruvodce/kdo" attr:class="app-button app-button--start">{move || t.get().start_now}</A></p>
    }
}
