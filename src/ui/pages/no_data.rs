//! Shown on a first visit with no network and nothing cached: the municipal offices' contacts baked into
//! index.html at build time (`#fallback-offices`), and the crisis lines. Never a blank or an error page.

use leptos::prelude::*;
use serde::Deserialize;

use crate::domain::snapshot::Office;
use crate::ui::components::{crisis_lines::CrisisLines, office_card::OfficeCard};
use crate::ui::dom;
use crate::ui::state::use_t;

#[derive(Deserialize)]
struct Fallback {
    region_name: String,
    offices: Vec<Office>,
}

fn fallback() -> Option<Fallback> {
    let text = dom::document()?.get_element_by_id("fallback-offices")?.text_content()?;
    crate::domain::json::from_text(&text).ok()
}

#[component]
pub fn NoData(
    /// True when this is the page's main content (it then owns the `<h1>`).
    heading: bool,
) -> impl IntoView {
    let t = use_t();
    let fb = fallback();
    let region = fb.as_ref().map(|f| f.region_name.clone()).unwrap_or_default();
    let offices = fb.map(|f| f.offices).unwrap_or_default();
    view! {
        {if heading {
            view! { <h1 tabindex="-1">{t.no_data_title}</h1> }.into_any()
        } else {
            view! { <h2>{t.no_data_title}</h2> }.into_any()
        }}
        <p class="app-lead">{t.no_data_text}</p>
        <h2>{t.office_title}" ("{region}")"</h2>
        {offices.into_iter().map(|o| view! { <OfficeCard office=o/> }).collect_view()}
        <CrisisLines/>
    }
}
