//! One service in a result list: name (link to its detail), what kind of service it is, who runs it, and
//! why it was found, in words a citizen understands; whether it is open now.

use leptos::prelude::*;

use crate::domain::rank::Hit;
use crate::domain::snapshot::{FeeKind, Service, Snapshot};
use crate::ui::components::localized::localized;
use crate::ui::components::open_status::open_status;
use crate::ui::format::type_name;
use crate::ui::state::{use_app, use_t};

#[component]
pub fn ServiceCard(
    service: Service,
    provider: String,
    #[prop(optional)] why: Vec<String>,
    /// Heading level inside the list, so the outline stays correct.
    #[prop(default = 3)]
    level: u8,
) -> impl IntoView {
    let t = use_t();
    let href = format!("/sluzba/{}", service.id);
    let kind = type_name(&service, use_app().lang.get_untracked());
    let free = service.fee.kind == FeeKind::Free;
    let lang = use_app().lang.get_untracked();
    let (name, code) = service.name_in(lang.code());
    let title = view! { <a href=href class="app-card__link">{localized(name, code, lang)}</a> };
    let heading = if level == 2 {
        view! { <h2 class="app-card__title">{title}</h2> }.into_any()
    } else {
        view! { <h3 class="app-card__title">{title}</h3> }.into_any()
    };
    view! {
        <li class="app-card" data-testid="result">
            {heading}
            <p class="app-card__meta">{kind}" · "{provider}</p>
            {open_status(service.hours.as_ref())}
            {free.then(|| view! { <p><span class="app-tag app-tag--free">{t.free}</span></p> })}
            {(!why.is_empty()).then(|| view! {
                <p class="app-card__why"><span class="app-visually-hidden">{t.why_label}" "</span>{why.join(" · ")}</p>
            })}
        </li>
    }
}

/// The cards of a ranked result list (search and finder), each with its provider's name and its "why".
/// An `AnyView`, so every list shares one copy of the cards' rendering code in the wasm.
pub fn hit_cards(snap: &Snapshot, hits: &[Hit]) -> AnyView {
    let lang = use_app().lang.get_untracked();
    hits.iter()
        .filter_map(|h| {
            let s = snap.services.get(h.service)?.clone();
            let provider = snap
                .providers
                .iter()
                .find(|p| p.id == s.provider)
                .map(|p| p.name.clone())
                .unwrap_or_default();
            Some(view! { <ServiceCard service=s provider=provider why=h.why.iter().map(|w| lang.why(w)).collect()/> })
        })
        .collect_view()
        .into_any()
}
