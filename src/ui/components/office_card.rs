//! The municipal office card: the answer when nothing fits, and the last card of every finder result.

use leptos::prelude::*;

use crate::domain::snapshot::Office;
use crate::ui::components::contacts::ContactList;
use crate::ui::format::address_line;
use crate::ui::state::use_t;

#[component]
pub fn OfficeCard(
    office: Office,
    /// Why this office: e.g. "Obec Postupice spadá pod Městský úřad Benešov".
    #[prop(optional)]
    reason: Option<String>,
) -> impl IntoView {
    let t = use_t();
    let address = office.address.as_ref().map(address_line);
    let example_address = office.address.as_ref().map(|a| a.example).unwrap_or(false);
    view! {
        <section class="app-card app-card--office" data-testid="office-card">
            <h3 class="app-card__title">{office.name.clone()}</h3>
            {office.department.clone().map(|d| view! { <p class="app-card__meta">{d}</p> })}
            {reason.map(|r| view! { <p>{r}</p> })}
            <p>{t.office_help}</p>
            {address.map(|a| view! {
                <p>{a}{example_address.then(|| view! { " " <span class="app-tag">{t.example_contact}</span> })}</p>
            })}
            <ContactList contacts=office.contacts.clone()/>
            {(!office.opening_hours.is_empty()).then(|| view! {
                <h4>{t.opening_hours}</h4>
                <ul>{office.opening_hours.iter().map(|h| view! { <li>{h.clone()}</li> }).collect_view()}</ul>
            })}
        </section>
    }
}
