//! Feed records → snapshot records: a place's address and coordinates → a location, a service → a
//! snapshot service and its provider. Registered services (MPSV) keep the registry's type; health
//! services (ÚZIS) get a related-service category from their type name; only what neither gives is
//! left to the classifier.

use super::raw::{self, Place};
use crate::domain::classify::{to_fields, Classifier, Evidence};
use crate::domain::snapshot::*;
use crate::import::common::{capitalise, id_part, line};
use crate::import::lawmatch::law_section;
use crate::import::records;

/// A location and the municipality `(code, name)` it lies in; `None` for a place without an address.
pub fn location(p: &Place) -> Option<(Location, Option<(String, String)>)> {
    let a = p.adresa.as_ref()?;
    let city = a.obec.get().and_then(|c| line(c, 300))?;
    let number = records::house_number(a.cislo_domovni.get(), a.cislo_orientacni.get());
    let postcode = records::postcode(a.psc.get());
    let code = a.kod_obce.get().filter(|c| c.len() == 6 && c.bytes().all(|b| b.is_ascii_digit()));
    let address = Address {
        street: a.ulice.get().and_then(|s| line(s, 300)),
        number: number.and_then(|n| line(&n, 300)),
        city: city.clone(),
        postcode,
        municipality: code.map(str::to_string),
        example: false,
    };
    let point = p.souradnice.as_ref().and_then(|s| {
        let lat = s.lat.get()?.parse::<f64>().ok()?;
        let lon = s.lng.get()?.parse::<f64>().ok()?;
        ((48.5..=51.1).contains(&lat) && (12.0..=18.9).contains(&lon)).then_some(GeoPoint { lat, lon })
    });
    let loc = Location { name: None, address, coordinates: point };
    Some((loc, code.map(|c| (c.to_string(), city))))
}

pub fn contacts(k: Option<&raw::Contact>) -> Contacts {
    let Some(k) = k else { return Contacts::default() };
    records::contacts(
        k.telefony.iter().map(|t| t.get()),
        k.emaily.iter().map(|e| e.get()),
        k.weby.iter().map(|w| w.get()),
    )
}

fn forms(s: &raw::Service) -> (Vec<Form>, Vec<Capacity>) {
    let (mut forms, mut capacity) = (Vec::new(), Vec::new());
    for f in &s.formy {
        let Some(form) = f.forma.get().and_then(records::form) else { continue };
        if !forms.contains(&form) {
            forms.push(form);
        }
        let each = f.kapacita.iter().filter_map(|k| records::capacity(k.pocet.get(), k.typ.get(), None));
        capacity.extend(each.take(20));
    }
    (forms, capacity)
}

/// Whether the feed is a health (ÚZIS) record rather than a registered social service (MPSV).
pub fn is_health(s: &raw::Service) -> bool {
    s.zdroj.get().is_some_and(|z| z.eq_ignore_ascii_case("uzis"))
}

/// (law_section, category, review): the registry's type for MPSV records; for ÚZIS records the
/// category its type name points to, "zdravotnictvi" when it points nowhere.
fn kind(
    s: &raw::Service,
    name: &str,
    provider: &str,
    c: &Classifier,
) -> (Option<String>, Option<String>, Option<Review>) {
    let type_name = s.druh_sluzby.as_ref().and_then(|d| d.nazev.get()).unwrap_or("");
    if is_health(s) {
        let by_type = c.classify(&Evidence { name: type_name, ..Evidence::default() });
        return match by_type.map(|k| k.kind) {
            Some(crate::domain::classify::Kind::Category(id)) => (None, Some(id.to_string()), None),
            _ => (None, Some("zdravotnictvi".into()), None),
        };
    }
    if let Some(section) = law_section(type_name) {
        return (Some(section.to_string()), None, None);
    }
    let terms = [type_name.to_string()];
    to_fields(c.classify(&Evidence { name, terms: &terms, description: "", provider }))
}

/// The snapshot's provider for a feed service: by IČO where known, else by name.
pub fn provider(s: &raw::Service) -> Provider {
    let p = s.poskytovatel.clone().unwrap_or_default();
    let name = p.nazev.get().and_then(|n| line(n, 300)).unwrap_or_else(|| "Neuvedený poskytovatel".into());
    let (id, ico) = records::provider_id(&name, p.ico.get());
    Provider { id, name, ico, contacts: Contacts::default() }
}

/// The service as first seen (its other places are added as locations by the caller).
pub fn service(s: &raw::Service, index: usize, provider: &Provider, today: &str, c: &Classifier) -> Service {
    let name = s.nazev.get().and_then(|n| line(n, 300)).unwrap_or_else(|| "Služba bez názvu".into());
    let id =
        s.id.get().and_then(id_part).map(|i| format!("feed-{i}")).unwrap_or_else(|| format!("feed-{index}"));
    let (law_section, category, review) = kind(s, &name, &provider.name, c);
    let type_name = s.druh_sluzby.as_ref().and_then(|d| d.nazev.get()).map(capitalise);
    let source = if is_health(s) { "ÚZIS ČR, CC BY 4.0" } else { "MPSV" };
    let mut description = format!(
        "{} – {}. Údaje z národního katalogu služeb pro seniory (zdroj {source}).",
        type_name.as_deref().unwrap_or("Služba"),
        provider.name.trim_end_matches('.')
    );
    if let Some(o) = s.obor_pece.get() {
        description.push_str(&format!(" Obor péče: {o}."));
    }
    let (forms, capacity) = forms(s);
    let own = contacts(s.kontakt.as_ref());
    Service {
        id,
        provider: provider.id.clone(),
        name,
        law_section,
        category,
        description,
        target_groups: if is_health(s) { Vec::new() } else { vec![TargetGroup::Seniori] },
        age: None,
        by_phone: false,
        area: Area { whole_region: forms.contains(&Form::Terenni), municipalities: Vec::new() },
        forms,
        locations: Vec::new(),
        contacts: (!own.is_empty()).then_some(own),
        opening_hours: Vec::new(),
        hours: None,
        fee: Fee { kind: FeeKind::Described, note: Some("neuvedeno v katalogu".into()) },
        capacity,
        registry_id: None,
        verified: Some(today.to_string()),
        started: None,
        ends: None,
        keywords: Vec::new(),
        review,
        translations: Default::default(),
    }
}
