//! One phone number under two unrelated providers: the mark of contacts copied from another record.
//! Providers with the same IČO are one organisation and may share a switchboard.

use std::collections::{BTreeMap, HashMap};

use super::Finding;
use crate::domain::snapshot::Snapshot;
use crate::domain::text::phone::digits;

pub(super) fn check(s: &Snapshot, out: &mut Vec<Finding>) {
    // number → organisation key (IČO where known, else provider id) → provider ids
    let mut seen: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let orgs: HashMap<&str, &str> =
        s.providers.iter().map(|p| (p.id.as_str(), p.ico.as_deref().unwrap_or(&p.id))).collect();
    let mut add = |number: &str, provider: &str| {
        if let Some(key) = orgs.get(provider) {
            seen.entry(digits(number)).or_default().insert(key.to_string(), provider.to_string());
        }
    };
    for p in &s.providers {
        p.contacts.phones.iter().for_each(|ph| add(&ph.number, &p.id));
    }
    for svc in &s.services {
        let phones = svc.contacts.iter().flat_map(|c| c.phones.iter());
        phones.for_each(|ph| add(&ph.number, &svc.provider));
    }
    for (number, orgs) in seen {
        if orgs.len() > 1 {
            out.push(Finding::SharedPhone { number, providers: orgs.into_values().collect() });
        }
    }
}
