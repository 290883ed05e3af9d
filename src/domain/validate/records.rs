//! Per-record rules for the larger record types (meta, places, contacts, services, life situations,
//! documents, campaigns), used by `items::check_view`.

use super::contact::{check_email, check_phone};
use super::fields::*;
use super::items::{hours, words, Ctx};
use super::{MAX_AREA_ITEMS, MAX_ID_CHARS, STALE_AFTER_DAYS};
use crate::domain::date::Date;
use crate::domain::law;
use crate::domain::snapshot::*;

const WEB: &[&str] = &["https", "http"];

/// Checks meta and returns the data date, which other checks measure staleness against.
pub(super) fn meta(m: &Meta, cx: &mut Ctx<'_>) -> Option<Date> {
    let path = "$.meta";
    cx.check(|| format!("{path}.region_id"), check_region_id(&m.region_id));
    cx.name(path, "region_name", &m.region_name);
    cx.name(path, "publisher", &m.publisher);
    cx.opt_text(path, "note", &m.note);
    cx.list_len(path, "sources", m.sources.len());
    for (i, s) in m.sources.iter().enumerate() {
        let p = format!("{path}.sources[{i}]");
        cx.name(&p, "name", &s.name);
        if let Some(url) = &s.url {
            cx.check(|| format!("{p}.url"), check_url(url, WEB));
        }
        cx.opt_name(&p, "licence", &s.licence);
        cx.opt_text(&p, "attribution", &s.attribution);
    }
    if let Some(c) = &m.contact {
        contacts(c, &format!("{path}.contact"), cx);
    }
    cx.date(path, "data_date", &m.data_date)
}

pub(super) fn municipality(m: &Municipality, path: &str, cx: &mut Ctx<'_>) {
    cx.id(path, "id", &m.id);
    if let Some(code) = &m.code {
        cx.check(|| format!("{path}.code"), check_digits(code, 6, "RÚIAN code"));
    }
    cx.name(path, "name", &m.name);
    cx.id(path, "office", &m.office);
    if let Some(p) = &m.centroid {
        cx.check(|| format!("{path}.centroid"), check_point(p));
    }
    cx.list_len(path, "parts", m.parts.len());
    for (i, part) in m.parts.iter().enumerate() {
        cx.name(path, &format!("parts[{i}]"), part);
    }
}

pub(super) fn office(o: &Office, path: &str, cx: &mut Ctx<'_>) {
    cx.id(path, "id", &o.id);
    cx.name(path, "name", &o.name);
    cx.opt_name(path, "department", &o.department);
    if let Some(a) = &o.address {
        address(a, &format!("{path}.address"), cx);
    }
    contacts(&o.contacts, &format!("{path}.contacts"), cx);
    hours(cx, path, &o.opening_hours);
}

pub(super) fn address(a: &Address, path: &str, cx: &mut Ctx<'_>) {
    cx.opt_name(path, "street", &a.street);
    cx.opt_name(path, "number", &a.number);
    cx.name(path, "city", &a.city);
    if let Some(pc) = &a.postcode {
        cx.check(|| format!("{path}.postcode"), check_postcode(pc));
    }
    if let Some(m) = &a.municipality {
        cx.id(path, "municipality", m);
    }
    if a.example && !cx.demo {
        cx.report.warn(path, "address is marked example in a snapshot that is not demo");
    }
}

pub(super) fn contacts(c: &Contacts, path: &str, cx: &mut Ctx<'_>) {
    cx.list_len(path, "phones", c.phones.len());
    for (i, p) in c.phones.iter().enumerate() {
        let pp = format!("{path}.phones[{i}]");
        cx.check(|| format!("{pp}.number"), check_phone(&p.number));
        cx.opt_name(&pp, "note", &p.note);
    }
    cx.list_len(path, "emails", c.emails.len());
    for (i, e) in c.emails.iter().enumerate() {
        cx.check(|| format!("{path}.emails[{i}]"), check_email(e));
    }
    if let Some(web) = &c.web {
        cx.check(|| format!("{path}.web"), check_url(web, WEB));
    }
    if c.example && !cx.demo {
        cx.report.warn(path, "contacts are marked example in a snapshot that is not demo");
    }
}

pub(super) fn service(s: &Service, path: &str, cx: &mut Ctx<'_>) {
    cx.id(path, "id", &s.id);
    cx.id(path, "provider", &s.provider);
    cx.name(path, "name", &s.name);
    match (&s.law_section, &s.category) {
        (Some(sec), None) if law::law_type(sec).is_none() => cx
            .report
            .error(format!("{path}.law_section"), format!("unknown section {sec:?} of act 108/2006 Sb.")),
        (None, Some(cat)) if law::category(cat).is_none() => {
            cx.report.error(format!("{path}.category"), format!("unknown category {cat:?}"))
        }
        (Some(_), None) | (None, Some(_)) => {}
        (None, None) => cx.report.error(path, "a service needs either law_section or category"),
        (Some(_), Some(_)) => cx.report.error(path, "a service has either law_section or category, not both"),
    }
    cx.text(path, "description", &s.description);
    super::translations::texts(&s.translations, path, cx);
    cx.list_len(path, "target_groups", s.target_groups.len());
    if let Some(AgeRange { min: Some(min), max: Some(max) }) = s.age {
        if min > max {
            cx.report.error(format!("{path}.age"), format!("min {min} is greater than max {max}"));
        }
    }
    if s.area.municipalities.len() > MAX_AREA_ITEMS {
        cx.report
            .error(format!("{path}.area.municipalities"), format!("has more than {MAX_AREA_ITEMS} items"));
    }
    for (i, m) in s.area.municipalities.iter().enumerate() {
        cx.check(|| format!("{path}.area.municipalities[{i}]"), check_id(m));
    }
    cx.list_len(path, "locations", s.locations.len());
    for (i, l) in s.locations.iter().enumerate() {
        let lp = format!("{path}.locations[{i}]");
        cx.opt_name(&lp, "name", &l.name);
        address(&l.address, &format!("{lp}.address"), cx);
        if let Some(p) = &l.coordinates {
            cx.check(|| format!("{lp}.coordinates"), check_point(p));
        }
    }
    if s.locations.is_empty() && !s.forms.contains(&Form::Terenni) {
        cx.report.warn(path, "service has no location and is not terénní (field): where does one go?");
    }
    if let Some(c) = &s.contacts {
        contacts(c, &format!("{path}.contacts"), cx);
    }
    super::hours::service(cx, path, s);
    cx.opt_text(path, "fee.note", &s.fee.note);
    cx.list_len(path, "capacity", s.capacity.len());
    for (i, c) in s.capacity.iter().enumerate() {
        cx.opt_name(&format!("{path}.capacity[{i}]"), "note", &c.note);
    }
    if let Some(r) = &s.registry_id {
        let ok = !r.trim().is_empty() && r.len() <= MAX_ID_CHARS;
        cx.check(|| format!("{path}.registry_id"), ok.then_some(()).ok_or("must be 1–100 characters".into()));
    }
    if let Some(v) = &s.verified {
        if let (Some(v), Some(data)) = (cx.date(path, "verified", v), cx.data_date) {
            let age = data.days_since_epoch() - v.days_since_epoch();
            if age > STALE_AFTER_DAYS {
                cx.report.warn(
                    format!("{path}.verified"),
                    format!("last verified {v}, more than 2 years before data_date {data}"),
                );
            }
        }
    }
    for (field, d) in [("started", &s.started), ("ends", &s.ends)] {
        if let Some(d) = d {
            cx.date(path, field, d);
        }
    }
    words(cx, path, "keywords", &s.keywords);
    if let Some(r) = &s.review {
        let what = match r.reason {
            ReviewReason::Unclassified => "no type could be inferred on import (category \"jine\")",
            ReviewReason::WeakEvidence => "type inferred on import from weak evidence",
            ReviewReason::Ambiguous => "type inferred on import from ambiguous evidence",
            ReviewReason::NewInRegistry => {
                "new in the registry since the last merge (generic description, no hours or keywords yet)"
            }
        };
        let on = r.evidence.as_deref().map(|e| format!(" ({e:?})")).unwrap_or_default();
        cx.report.warn(format!("{path}.review"), format!("{what}{on}: a coordinator should confirm it"));
        cx.opt_name(&format!("{path}.review"), "evidence", &r.evidence);
    }
}

pub(super) fn life_situation(l: &LifeSituation, path: &str, cx: &mut Ctx<'_>) {
    cx.id(path, "id", &l.id);
    cx.name(path, "name", &l.name);
    cx.text(path, "description", &l.description);
    super::translations::texts(&l.translations, path, cx);
    cx.list_len(path, "law_sections", l.law_sections.len());
    for (i, sec) in l.law_sections.iter().enumerate() {
        if law::law_type(sec).is_none() {
            cx.report.error(
                format!("{path}.law_sections[{i}]"),
                format!("unknown section {sec:?} of act 108/2006 Sb."),
            );
        }
    }
    cx.list_len(path, "categories", l.categories.len());
    for (i, cat) in l.categories.iter().enumerate() {
        if law::category(cat).is_none() {
            cx.report.error(format!("{path}.categories[{i}]"), format!("unknown category {cat:?}"));
        }
    }
    cx.list_len(path, "target_groups", l.target_groups.len());
    words(cx, path, "words", &l.words);
}

pub(super) fn document(d: &Document, path: &str, cx: &mut Ctx<'_>) {
    cx.id(path, "id", &d.id);
    cx.name(path, "title", &d.title);
    if !(1990..=2100).contains(&d.year) {
        cx.report.error(format!("{path}.year"), format!("year {} is outside 1990–2100", d.year));
    }
    if let Some(to) = d.year_to {
        if to < d.year {
            cx.report.error(format!("{path}.year_to"), format!("year_to {to} is before year {}", d.year));
        }
    }
    cx.check(|| format!("{path}.url"), check_url_or_path(&d.url, WEB));
    cx.opt_name(path, "format", &d.format);
}

pub(super) fn campaign(c: &CommentCampaign, path: &str, cx: &mut Ctx<'_>) {
    cx.id(path, "id", &c.id);
    cx.id(path, "document", &c.document);
    let opens = cx.date(path, "opens", &c.opens);
    let closes = cx.date(path, "closes", &c.closes);
    if let (Some(o), Some(cl)) = (opens, closes) {
        if cl < o {
            cx.report.error(format!("{path}.closes"), format!("closes {cl} is before opens {o}"));
        }
    }
    if let Some(e) = &c.endpoint {
        cx.check(|| format!("{path}.endpoint"), check_endpoint(e));
    }
    if let Some(e) = &c.email {
        cx.check(|| format!("{path}.email"), check_email(e));
    }
    if c.endpoint.is_none() && c.email.is_none() {
        cx.report.error(path, "a comment campaign needs an endpoint or an email (or both)");
    }
}

/// The app POSTs comments itself, and its CSP lets it connect only to its own origin (`connect-src
/// 'self'`): an endpoint anywhere else would pass here and never be reached. So only a root-relative path.
fn check_endpoint(e: &str) -> Check {
    if !e.starts_with('/') || e.starts_with("//") {
        return Err(format!(
            "{e:?} is not allowed: an endpoint must be a root-relative path on the app's own origin, such as \
             /api/pripominky (the app may connect only to its own origin); route the receiver there"
        ));
    }
    check_url_or_path(e, &[])
}
