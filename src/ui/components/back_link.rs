//! A GOV.UK-style back link to a known previous step (not `history.back()`, which may leave the app).

use leptos::prelude::*;

use crate::ui::state::use_t;

#[component]
pub fn BackLink(#[prop(into)] href: Signal<String>) -> impl IntoView {
    let t = use_t();
    view! { <a href=move || href.get() class="app-back-link">{t.back}</a> }
}
