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
    let phones = contacts.phones.into_iter().map(|p| {
        let label = match &p.note {
            Some(n) => format!("{} ({n})", p.number),
            None => p.number.clone(),
        };
        (t.phone, tel_href(&p.number), label)
    });
    let emails = contacts.emails.into_iter().map(|e| (t.email, format!("mailto:{e}"), e));
    let web = contacts.web.map(|w| (t.web, w.clone(), w));
    let items = phones.chain(emails).chain(web).map(|(kind, href, text)| {
        let link = match safe_href(&href).filter(|_| !example) {
            Some(h) => view! { <a href=h>{text}</a> }.into_any(),
            None => view! { <span>{text}</span> }.into_any(),
        };
        view! {
            <li class="app-contacts__item">
                <span class="app-contacts__kind">{kind}": "</span>
                {link}
                {example.then(|| view! { " " <span class="app-tag">{t.example_contact}</span> })}
            </li>
        }
    });
    view! { <ul class="app-contacts">{items.collect_view()}</ul> }
}
