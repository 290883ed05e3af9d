//! A GOV.UK-style back link to a known previous step (not `history.back()`, which may leave the app).

use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::state::use_t;

#[component]
pub fn BackLink(#[prop(into)] href: Signal<String>) -> impl IntoView {
    let t = use_t();
    view! { <A href=move || href.get() attr:class="app-back-link">{move || t.get().back}</A> }
}
