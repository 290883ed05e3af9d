//! `/pruvodce`: what the finder does, and a start button.

use leptos::prelude::*;

use crate::ui::nav::page_title;
use crate::ui::state::use_t;

#[component]
pub fn FinderStart() -> impl IntoView {
    let t = use_t();
    page_title(move || t.finder_title.to_string());
    view! {
        <h1 tabindex="-1">{t.finder_title}</h1>
        <p class="app-lead">{t.finder_intro}</p>
        <p>{t.finder_privacy}</p>
        <p><a href="/pruvodce/kdo" class="app-button app-button--start">{t.start_now}</a></p>
    }
}
