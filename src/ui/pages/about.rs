//! `/o-planovani`: what community planning of social services is and how to take part (the seeds' content,
//! in our own words).

use leptos::prelude::*;

use crate::ui::nav::page_title;
use crate::ui::state::use_t;

#[component]
pub fn AboutPage() -> impl IntoView {
    let t = use_t();
    page_title(move || t.about_title.to_string());
    view! {
        <h1 tabindex="-1">{t.about_title}</h1>
        <p class="app-lead">{t.about_lead}</p>
        <p>{t.about_law}</p>
        <p>{t.about_money}</p>
        <h2>{t.about_take_part}</h2>
        <ul class="app-links">
            <li><a href="/pripominky">{t.about_comment}</a></li>
            <li><a href="/dokumenty">{t.about_read}</a></li>
            <li><a href="/aktuality">{t.about_follow}</a></li>
            <li><a href="/urady">{t.about_contact}</a></li>
        </ul>
        <p>{t.about_everyone}</p>
    }
}
