//! What a registry merge does outside the services themselves. Providers are matched by IČO (then by
//! id), so a provider the coordinator gave her own id is still the same provider; the registry owns its
//! name, IČO and contacts. Municipalities are matched by their RÚIAN code: the current list is the
//! coordinator's (it may hold every municipality of the district, with her offices), so it only grows by
//! the municipalities a new or moved facility lies in, each with the import's (placeholder) office when
//! the current catalogue has none of that id. A provider left without services by the merge goes; one
//! the coordinator keeps without services stays. Coordinates and phone notes, which the registry does
//! not have, are carried over where the address or the number is unchanged.

use std::collections::{HashMap, HashSet};

use crate::domain::snapshot::{Address, Contacts, Location, Snapshot};

/// Id translation from the fresh import to the merged catalogue, and which fresh records were used.
pub struct Refs<'a> {
    new: &'a Snapshot,
    providers: HashMap<String, String>,
    municipalities: HashMap<String, String>,
    used_providers: HashSet<String>,
    used_municipalities: HashSet<String>,
}

impl<'a> Refs<'a> {
    pub fn new(current: &Snapshot, new: &'a Snapshot) -> Refs<'a> {
        let providers = new
            .providers
            .iter()
            .map(|p| {
                let same = current.providers.iter().find(|c| c.ico.is_some() && c.ico == p.ico);
                let same = same.or_else(|| current.providers.iter().find(|c| c.id == p.id));
                (p.id.clone(), same.map_or_else(|| p.id.clone(), |c| c.id.clone()))
            })
            .collect();
        let municipalities = new
            .municipalities
            .iter()
            .map(|m| {
                let code = m.code.as_deref().unwrap_or(&m.id);
                let same =
                    current.municipalities.iter().find(|c| c.id == code || c.code.as_deref() == Some(code));
                (m.id.clone(), same.map_or_else(|| m.id.clone(), |c| c.id.clone()))
            })
            .collect();
        Refs {
            new,
            providers,
            municipalities,
            used_providers: HashSet::new(),
            used_municipalities: HashSet::new(),
        }
    }

    /// The merged catalogue's id for a provider of the fresh import.
    pub fn provider(&mut self, fresh_id: &str) -> String {
        self.used_providers.insert(fresh_id.to_string());
        self.providers.get(fresh_id).cloned().unwrap_or_else(|| fresh_id.to_string())
    }

    /// The merged catalogue's id for a municipality of the fresh import.
    pub fn municipality(&mut self, fresh_id: &str) -> String {
        self.used_municipalities.insert(fresh_id.to_string());
        self.municipalities.get(fresh_id).cloned().unwrap_or_else(|| fresh_id.to_string())
    }

    /// Reconciles providers, municipalities and offices of `merged` once its services are final.
    pub fn finish(self, current: &Snapshot, merged: &mut Snapshot) {
        for p in self.new.providers.iter().filter(|p| self.used_providers.contains(&p.id)) {
            let id = &self.providers[&p.id];
            match merged.providers.iter_mut().find(|c| &c.id == id) {
                Some(c) => {
                    let mut contacts = p.contacts.clone();
                    carry_phone_notes(&mut contacts, Some(&c.contacts));
                    c.name = p.name.clone();
                    c.ico = p.ico.clone();
                    c.contacts = contacts;
                }
                None => merged.providers.push(p.clone()),
            }
        }
        let used: HashSet<&str> = merged.services.iter().map(|s| s.provider.as_str()).collect();
        let had: HashSet<&str> = current.services.iter().map(|s| s.provider.as_str()).collect();
        merged.providers.retain(|p| used.contains(p.id.as_str()) || !had.contains(p.id.as_str()));
        for m in self.new.municipalities.iter().filter(|m| self.used_municipalities.contains(&m.id)) {
            if merged.municipalities.iter().any(|c| c.id == self.municipalities[&m.id]) {
                continue;
            }
            if !merged.offices.iter().any(|o| o.id == m.office) {
                merged.offices.extend(self.new.offices.iter().find(|o| o.id == m.office).cloned());
            }
            merged.municipalities.push(m.clone());
        }
    }
}

/// Same place: street, number, town and postcode (the registry has no coordinates to compare).
fn same_place(a: &Address, b: &Address) -> bool {
    a.street == b.street && a.number == b.number && a.city == b.city && a.postcode == b.postcode
}

/// The fresh locations with merged municipality ids, keeping the coordinates of an unchanged address.
pub fn carry_locations(fresh: &[Location], current: &[Location], refs: &mut Refs) -> Vec<Location> {
    fresh
        .iter()
        .map(|l| {
            let mut l = l.clone();
            l.address.municipality = l.address.municipality.as_deref().map(|m| refs.municipality(m));
            if l.coordinates.is_none() {
                l.coordinates =
                    current.iter().find(|c| same_place(&c.address, &l.address)).and_then(|c| c.coordinates);
            }
            l
        })
        .collect()
}

/// Keeps the coordinator's note ("dispečink", "jen v pracovní dny") on a number the registry still lists.
pub fn carry_phone_notes(fresh: &mut Contacts, current: Option<&Contacts>) {
    let Some(current) = current else { return };
    for p in fresh.phones.iter_mut().filter(|p| p.note.is_none()) {
        p.note = current.phones.iter().find(|c| c.number == p.number).and_then(|c| c.note.clone());
    }
}
