//! `/sluzba/:id`: one service. What it is (its legal type explained in plain Czech) and for whom; where
//! (addresses with a mapy.cz link, the area served); how to get in touch; hours, fees, the registered
//! capacity (labelled as a maximum, never free places) and when it was last verified. Share, print, favourite.

use crate::ui::router::use_url;
use leptos::prelude::*;

use crate::domain::law;
use crate::domain::lexicon;
use crate::domain::snapshot::{FeeKind, Service, Snapshot};
use crate::ui::components::{contacts::ContactList, service_actions::ServiceActions};
use crate::ui::format::{address_line, date_cs, map_link, type_name};
use crate::ui::nav::page_title;
use crate::ui::pages::{not_found::NotFoundBody, with_catalogue};
use crate::ui::state::{use_app, use_t};

#[component]
pub fn ServicePage() -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let url = use_url();
    let id = move || url.read().path.trim_start_matches("/sluzba/").to_string();
    page_title(move || {
        let id = id();
        app.catalogue
            .get()
            .and_then(|c| c.snapshot.services.iter().find(|s| s.id == id).map(|s| s.name.clone()))
            .unwrap_or_else(|| t.not_found_page.to_string())
    });
    view! {
        {with_catalogue(move |c| {
            let id = id();
            match c.snapshot.services.iter().find(|s| s.id == id) {
                Some(s) => detail(&c.snapshot, s.clone()).into_any(),
                None => view! { <NotFoundBody/> }.into_any(),
            }
        })}
    }
}

fn detail(snap: &Snapshot, s: Service) -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let lang = app.lang.get_untracked();
    let provider = snap.providers.iter().find(|p| p.id == s.provider).cloned();
    let explain = s.law_section.as_deref().or(s.category.as_deref()).and_then(lexicon::explain);
    let contacts = s
        .contacts
        .clone()
        .filter(|c| !c.is_empty())
        .or_else(|| provider.as_ref().map(|p| p.contacts.clone()));
    let area = if s.area.whole_region {
        format!("{} {}", t.area_whole, snap.meta.region_name)
    } else {
        s.area
            .municipalities
            .iter()
            .filter_map(|id| snap.municipalities.iter().find(|m| &m.id == id).map(|m| m.name.clone()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let groups = s.target_groups.iter().map(|g| lang.group_name(*g)).collect::<Vec<_>>().join(", ");
    let age = s.age.map(|a| lang.age_range(a.min, a.max));
    let forms = s.forms.iter().map(|f| lang.form_name(*f)).collect::<Vec<_>>().join(", ");
    let fee = match s.fee.kind {
        FeeKind::Free => t.fee_free.to_string(),
        FeeKind::Paid => t.fee_paid.to_string(),
        FeeKind::Described => String::new(),
    };
    let fee = [fee, s.fee.note.clone().unwrap_or_default()]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join(" – ");
    let section = s
        .law_section
        .as_deref()
        .and_then(law::law_type)
        .map(|l| format!("§\u{a0}{} {}", l.section, t.law_ref));
    view! {
        <h1 tabindex="-1">{s.name.clone()}</h1>
        <p class="app-lead">{type_name(&s)}{provider.as_ref().map(|p| format!(" · {}", p.name))}</p>
        <ServiceActions service_id=s.id.clone() name=s.name.clone()/>
        <section><h2>{t.what_it_is}</h2>
            {explain.map(|e| view! { <p>{e}</p> })}
            <p class="app-description">{s.description.clone()}</p>
            {section.map(|x| view! { <p class="app-card__meta">{x}</p> })}
        </section>
        <section><h2>{t.who_for}</h2>
            <p>{groups}{age.map(|a| format!(" ({a})"))}</p>
            <p>{t.forms_label}": "{forms}{s.by_phone.then(|| lang.strings().by_phone_too)}</p>
        </section>
        <section><h2>{t.where_label}</h2>
            <ul>{s.locations.iter().map(|l| {
                let line = address_line(&l.address);
                let name = l.name.clone().map(|n| format!("{n}: ")).unwrap_or_default();
                let example = l.address.example;
                view! { <li>{name}{line}" "
                    {if example { view! { <span class="app-tag">{t.example_contact}</span> }.into_any() }
                     else { view! { <a href=map_link(&l.address)>{t.map_link}</a> }.into_any() }}
                </li> }
            }).collect_view()}</ul>
            <p>{t.area_label}": "{area}</p>
        </section>
        <section><h2>{t.contact_label}</h2>
            {contacts.map(|c| view! { <ContactList contacts=c/> })}
            {(!s.opening_hours.is_empty()).then(|| view! {
                <h3>{t.opening_hours}</h3>
                <ul>{s.opening_hours.iter().map(|h| view! { <li>{h.clone()}</li> }).collect_view()}</ul>
            })}
        </section>
        <section><h2>{t.fee_label}</h2><p>{fee}</p>
            {(!s.capacity.is_empty()).then(|| view! {
                <h3>{t.capacity_label}</h3>
                <p class="app-hint">{t.capacity_hint}</p>
                <ul>{s.capacity.iter().map(|c| view! { <li>{lang.capacity(c.count, c.unit)}{c.note.clone().map(|n| format!(" ({n})"))}</li> }).collect_view()}</ul>
            })}
        </section>
        {s.verified.clone().map(|v| view! { <p class="app-card__meta">{t.verified}" "{date_cs(&v)}</p> })}
    }
}
