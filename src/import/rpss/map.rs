//! One registry item → one snapshot service (plus its provider), or the reason it is left out: another
//! district, or ended (by the service's own end date, or because every facility has ended). Facilities
//! repeated with the same name and address become one location.

use super::address::{address_of, facility_key, in_okres};
use super::raw::{RawCapacity, RawEmail, RawPhone, RawService, RawWeb};
use super::Ctx;
use crate::domain::classify::{classify, to_fields, Evidence};
use crate::domain::snapshot::*;
use crate::import::common::{capitalise, id_part, line};
use crate::import::lawmatch::{law_section, target_groups};
use crate::import::records;

/// Left out: in another district, or ended; with the registry identifier when the item has one, so a
/// merge can say why a service it knew has gone.
pub enum Outcome {
    OtherOkres(Option<String>),
    Ended(Option<String>),
    Kept(Box<Mapped>),
}

pub struct Mapped {
    pub service: Service,
    pub provider: Provider,
    /// RÚIAN codes of the municipalities its locations lie in.
    pub municipalities: Vec<(String, String)>,
    pub duplicate_facilities: usize,
}

pub fn contacts(weby: &[RawWeb], emaily: &[RawEmail], telefony: &[RawPhone]) -> Contacts {
    records::contacts(
        telefony.iter().map(|t| t.telefon.get()),
        emaily.iter().map(|e| e.email.get()),
        weby.iter().map(|w| w.web.get()),
    )
}

fn capacity(c: &RawCapacity) -> Option<Capacity> {
    let note = c.popis.get().and_then(|p| line(p, 300));
    records::capacity(c.pocet.get(), c.typ.as_ref()?.code(), note)
}

fn provider(raw: &RawService) -> Provider {
    let p = raw.poskytovatel.clone().unwrap_or_default();
    let name = p.nazev.get().and_then(|n| line(n, 300)).unwrap_or_else(|| "Neuvedený poskytovatel".into());
    let (id, ico) = records::provider_id(&name, p.ico.get());
    Provider { id, name, ico, contacts: contacts(&p.weby, &p.emaily, &p.telefony) }
}

pub fn map_item(index: usize, raw: RawService, cx: &Ctx<'_>, warnings: &mut Vec<String>) -> Outcome {
    let registry = raw.identifikator.get().or(raw.id.get()).and_then(|r| line(r, 100));
    let with_okres: Vec<_> =
        raw.zarizeni.iter().filter(|f| f.adresa.as_ref().and_then(|a| a.okres.as_ref()).is_some()).collect();
    let belongs = if with_okres.is_empty() {
        raw.poskytovatel.as_ref().and_then(|p| p.adresa.as_ref()).is_some_and(|a| in_okres(a, cx.okres))
    } else {
        with_okres.iter().any(|f| f.adresa.as_ref().is_some_and(|a| in_okres(a, cx.okres)))
    };
    if !belongs {
        return Outcome::OtherOkres(registry);
    }
    let active: Vec<_> =
        raw.zarizeni.iter().filter(|f| !records::ended(f.poskytuje_do.get(), cx.today)).collect();
    if records::ended(raw.datum_poskytovani_do.get(), cx.today)
        || (!raw.zarizeni.is_empty() && active.is_empty())
    {
        return Outcome::Ended(registry);
    }
    let here: Vec<_> =
        active.iter().filter(|f| f.adresa.as_ref().is_some_and(|a| in_okres(a, cx.okres))).collect();
    if !with_okres.is_empty() && here.is_empty() {
        return Outcome::OtherOkres(registry);
    }
    let id = match registry.as_deref().and_then(id_part) {
        Some(r) => format!("rpss-{r}"),
        None => format!("rpss-polozka-{index}"),
    };
    let druh_code = raw.druh_socialni_sluzby.as_ref().and_then(|d| d.id.get()).unwrap_or("");
    let druh_name = cx.lists.druhy.name(druh_code);
    let section = druh_name.and_then(law_section);
    if section.is_none() {
        warnings.push(format!(
            "$.polozky[{index}] ({id}): service type {druh_code:?} ({}) is not a type of act 108/2006 Sb.; typed from its name and marked for review",
            druh_name.unwrap_or("not in druhy-socialni-sluzby.json")
        ));
    }
    let mut locations: Vec<Location> = Vec::new();
    let mut keys = Vec::new();
    let mut municipalities: Vec<(String, String)> = Vec::new();
    let mut duplicate_facilities = 0;
    for f in &here {
        let key = facility_key(f);
        if keys.contains(&key) {
            duplicate_facilities += 1;
            continue;
        }
        keys.push(key);
        let Some(a) = f.adresa.as_ref() else { continue };
        match address_of(a, &cx.lists.obce) {
            Some((address, muni)) => {
                if let Some(m) = muni.filter(|m| !municipalities.contains(m)) {
                    municipalities.push(m);
                }
                locations.push(Location {
                    name: f.nazev.get().and_then(|n| line(n, 300)),
                    address,
                    coordinates: None,
                });
            }
            None => warnings.push(format!(
                "$.polozky[{index}] ({id}): a facility has no municipality; location left out"
            )),
        }
    }
    let mut forms = Vec::new();
    let mut capacity_list = Vec::new();
    for f in &raw.formy {
        let Some(form) = f.forma.as_ref().and_then(|r| r.code()).and_then(records::form) else { continue };
        if !forms.contains(&form) {
            forms.push(form);
        }
        capacity_list.extend(f.kapacity.iter().filter_map(capacity).take(20));
    }
    let mut groups = Vec::new();
    for g in raw.cilove_skupiny.iter().filter_map(|t| t.cilova_skupina.as_ref()?.id.get()) {
        for tg in cx.lists.skupiny.name(g).map(target_groups).unwrap_or_default() {
            if !groups.contains(&tg) {
                groups.push(tg);
            }
        }
    }
    let provider = provider(&raw);
    let own = contacts(&raw.weby, &raw.emaily, &raw.telefony);
    let type_name = druh_name.map(capitalise).unwrap_or_else(|| "Sociální služba".into());
    // The registry has no service name: the facility's name ("Domov pro seniory Vlašim") is what people
    // know; the type name from the code list is plural ("domovy pro seniory"), so it comes last.
    let name = raw
        .nazev
        .get()
        .and_then(|n| line(n, 300))
        .or_else(|| locations.iter().find_map(|l| l.name.clone()))
        .unwrap_or_else(|| type_name.clone());
    let mut description =
        format!("{type_name} – {}. Údaje z Registru poskytovatelů sociálních služeb MPSV", provider.name);
    if let Some(r) = &registry {
        description.push_str(&format!(" (identifikátor {r})"));
    }
    description.push('.');
    let whole_region = forms.contains(&Form::Terenni) || municipalities.is_empty();
    // The registry's own type wins; only a type outside the act is inferred, and always reviewed.
    let (law_section, category, review) = match section {
        Some(s) => (Some(s.to_string()), None, None),
        None => {
            let terms: Vec<String> = druh_name.map(str::to_string).into_iter().collect();
            let e = Evidence { name: &name, terms: &terms, description: "", provider: &provider.name };
            let (l, c, r) = to_fields(classify(&e));
            let reason = r.map_or(ReviewReason::WeakEvidence, |r| r.reason);
            (l, c, Some(Review { reason, evidence: druh_name.and_then(|d| line(d, 300)) }))
        }
    };
    let service = Service {
        id,
        provider: provider.id.clone(),
        name,
        law_section,
        category,
        description,
        target_groups: groups,
        age: super::ages::age_range(&raw.vekove_skupiny),
        forms,
        by_phone: section == Some("55"),
        area: Area {
            whole_region,
            municipalities: if whole_region {
                Vec::new()
            } else {
                municipalities.iter().map(|m| m.0.clone()).collect()
            },
        },
        locations,
        contacts: (!own.is_empty()).then_some(own),
        opening_hours: Vec::new(),
        hours: None,
        fee: Fee { kind: FeeKind::Described, note: Some("neuvedeno v registru".into()) },
        capacity: capacity_list,
        registry_id: registry,
        verified: Some(cx.today.to_string()),
        started: records::iso_date(raw.datum_poskytovani_od.get()),
        ends: records::iso_date(raw.datum_poskytovani_do.get()),
        keywords: Vec::new(),
        review,
        translations: Default::default(),
    };
    Outcome::Kept(Box::new(Mapped { service, provider, municipalities, duplicate_facilities }))
}
