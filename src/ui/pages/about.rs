//! `/o-planovani`: what community planning of social services is and how to take part (the seeds' content,
//! in our own words).

use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::nav::page_title;
use crate::ui::state::use_t;

#[component]
pub fn AboutPage() -> impl IntoView {
    let t = use_t();
    page_title(move || t.get().about_title.to_string());
    view! {
        <h1 tabindex="-1">{move || t.get().about_title}</h1>
        <p class="app-lead">{move || t.get().about_lead}</p>
        <p>{move || t.get().about_law}</p>
        <p>{move || t.get().about_money}</p>
        <h2>{move || t.get().about_take_part}</h2>
        <ul>
            <li><A href="/pripominky">{move || t.get().about_comment}</A></li>
            <li><A href="/dokumenty">{move || t.get().about_read}</A></li>
            <li><A href="/aktuality">{move || t.get().about_follow}</A></li>
            <li><A href="/urady">{move || t.get().about_contact}</A></li>
        </ul>
        <p>{move || t.get().about_everyone}</p>
    }
}
