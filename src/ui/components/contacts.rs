//! Phones, e-mails and web of a service, provider or office, as tap-to-call and tap-to-mail links. Every
//! URL passes `safe_href` (Leptos sets `href` verbatim, so this is the only guard). Demo placeholders are
//! labelled and never linked: tapping an invented number must not call a stranger.

use leptos::prelude::*;

use crate::domain::href::safe_href;
use crate::domain::snapshot::Contacts;
use crate::ui::components::crisis_lines::tel_href;
use crate::ui::state::use_t;

#[component]
pub fn ContactList(contacts: Contacts) -> impl IntoView {
    let t = use_t();
    let example = contacts.example;
    let phones = contacts.phones.into_iter().map(move |p| {
        let label = match &p.note {
            Some(n) => format!("{} ({n})", p.number),
            None => p.number.clone(),
        };
        let href = safe_href(&tel_href(&p.number)).filter(|_| !example);
        view! {
            <li class="app-contacts__item">
                <span class="app-contacts__kind">{t.phone}": "</span>
                {link(href, label)}
                {example.then(|| view! { <span class="app-tag">{t.example_contact}</span> })}
            </li>
        }
    });
    let emails = contacts.emails.into_iter().map(move |e| {
        let href = safe_href(&format!("mailto:{e}")).filter(|_| !example);
        view! {
            <li class="app-contacts__item">
                <span class="app-contacts__kind">{t.email}": "</span>
                {link(href, e)}
                {example.then(|| view! { <span class="app-tag">{t.example_contact}</span> })}
            </li>
        }
    });
    let web = contacts.web.map(|w| {
        let href = safe_href(&w).filter(|_| !example);
        view! {
            <li class="app-contacts__item">
                <span class="app-contacts__kind">{t.web}": "</span>
                {link(href, w)}
                {example.then(|| view! { <span class="app-tag">{t.example_contact}</span> })}
            </li>
        }
    });
    view! { <ul class="app-contacts">{phones.collect_view()}{emails.collect_view()}{web}</ul> }
}

fn link(href: Option<String>, text: String) -> AnyView {
    match href {
        Some(h) => view! { <a href=h>{text}</a> }.into_any(),
        None => view! { <span>{text}</span> }.into_any(),
    }
}
