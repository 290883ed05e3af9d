//! The Leptos app: router and route table.

use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    view! { <main><h1>"Průvodce"</h1></main> }
}
