//! `/sluzba/:id`: one service. What it is (its legal type explained in plain Czech) and for whom; where
//! (addresses with a mapy.cz link, the area served); how to get in touch; hours, fees, the registered
//! capacity (labelled as a maximum, never free places) and when it was last verified. Share, print, favourite.

use crate::ui::components::localized::localized;
use crate::ui::router::use_url;
use leptos::prelude::*;

use crate::domain::law;
use crate::domain::snapshot::{Service, Snapshot};
use crate::domain::typeset::bind_short_words;
use crate::ui::components::blocks::{lines, para, section, subsection};
use crate::ui::components::open_status::open_status;
use crate::ui::components::outbox_list::mail_href;
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
            .and_then(|c| {
                let s = c.snapshot.services.iter().find(|s| s.id == id)?;
                Some(s.name_in(app.lang.get_untracked().code()).0.to_string())
            })
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
    let explain = s.law_section.as_deref().or(s.category.as_deref()).and_then(|k| lang.type_explain(k));
    let contacts = crate::domain::booklet::contacts_of(snap, &s);
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
    let fee = lang.fee(&s.fee);
    let law_ref = s
        .law_section
        .as_deref()
        .and_then(law::law_type)
        .map(|l| format!("§\u{a0}{} {}", l.section, t.law_ref));
    let what = vec![
        explain.map(|e| para(bind_short_words(e), "")).unwrap_or_else(|| ().into_any()),
        {
            let (text, code) = s.description_in(lang.code());
            view! { <p class="app-description">{localized(text, code, lang)}</p> }.into_any()
        },
        law_ref.map(|x| para(x, "app-card__meta")).unwrap_or_else(|| ().into_any()),
    ];
    let who = vec![
        para(format!("{groups}{}", age.map(|a| format!(" ({a})")).unwrap_or_default()), ""),
        para(format!("{}: {forms}{}", t.forms_label, if s.by_phone { t.by_phone_too } else { "" }), ""),
    ];
    let places = s
        .locations
        .iter()
        .map(|l| {
            let line = format!(
                "{}{} ",
                l.name.clone().map(|n| format!("{n}: ")).unwrap_or_default(),
                address_line(&l.address)
            );
            let link = if l.address.example {
                view! { <span class="app-tag">{t.example_contact}</span> }.into_any()
            } else {
                view! { <a href=map_link(&l.address)>{t.map_link}</a> }.into_any()
            };
            view! { <li>{line}{link}</li> }.into_any()
        })
        .collect::<Vec<_>>();
    let place = vec![view! { <ul>{places}</ul> }.into_any(), para(format!("{}: {area}", t.area_label), "")];
    // The weekly table from the structure, then any free-text lines (catalogues still migrating).
    let mut hours = s.hours.as_ref().map(|h| lang.hours_lines(h)).unwrap_or_default();
    hours.extend(s.opening_hours.iter().cloned());
    let contact = vec![
        contacts.map(|c| view! { <ContactList contacts=c/> }.into_any()).unwrap_or_else(|| ().into_any()),
        subsection(
            t.opening_hours,
            (!hours.is_empty()).then(|| vec![open_status(s.hours.as_ref()), lines(hours)]),
        ),
    ];
    let capacity: Vec<String> = s
        .capacity
        .iter()
        .map(|c| {
            format!(
                "{}{}",
                lang.capacity(c.count, c.unit),
                c.note.clone().map(|n| format!(" ({n})")).unwrap_or_default()
            )
        })
        .collect();
    let cost = vec![
        para(fee, ""),
        subsection(
            t.capacity_label,
            (!capacity.is_empty())
                .then(|| vec![para(t.capacity_hint.to_string(), "app-hint"), lines(capacity)]),
        ),
    ];
    let lead = format!(
        "{}{}",
        type_name(&s, lang),
        provider.as_ref().map(|p| format!(" · {}", p.name)).unwrap_or_default()
    );
    let verified = s
        .verified
        .clone()
        .map(|v| para(format!("{} {}", t.verified, date_cs(&v)), "app-card__meta"))
        .unwrap_or_else(|| ().into_any());
    let report = report_link(snap, &s);
    let name = s.name_in(lang.code());
    view! {
        <h1 tabindex="-1">{localized(name.0, name.1, lang)}</h1>
        {para(lead, "app-lead")}
        <ServiceActions service_id=s.id.clone() name=s.name.clone()/>
        {section(t.what_it_is, what)}
        {section(t.who_for, who)}
        {section(t.where_label, place)}
        {section(t.contact_label, contact)}
        {section(t.fee_label, cost)}
        {verified}
        {report}
    }
}

/// "Nahlásit chybu v údajích": an e-mail to the publisher's first address (`meta.contact`), the subject
/// and body naming the service by name and id; None without one. An example contact (demo data) is still
/// linked, labelled as an example: the demo's addresses are on the reserved example.org domain, which
/// reaches no one, and the person can see what the link does.
fn report_link(snap: &Snapshot, s: &Service) -> Option<AnyView> {
    let t = use_t();
    let c = snap.meta.contact.as_ref()?;
    let subject = format!("{} {}", t.report_subject, s.name);
    let body = format!("{} {} ({})\n\n{}\n", t.report_service, s.name, s.id, t.report_prompt);
    let href = mail_href(c.emails.first()?, &subject, &body)?;
    let text =
        if c.example { format!("{} ({})", t.report_error, t.example_contact) } else { t.report_error.into() };
    Some(view! { <p><a href=href data-testid="report-error">{text}</a></p> }.into_any())
}
