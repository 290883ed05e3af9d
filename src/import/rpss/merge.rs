//! The monthly registry update: a fresh registry import merged into the coordinator's current catalogue,
//! not written over it. Services are matched by the registry's identifier (`registry_id`), never by name
//! or snapshot id: the registry renames facilities, and the coordinator may have chosen her own ids.
//!
//! The registry owns a matched service's name, provider, type, forms, target groups, age, capacity,
//! locations, contacts, start and end dates and verification date; the coordinator owns its id, description, opening hours,
//! fee and keywords, and everything outside the services (life situations, documents, news, campaigns,
//! offices, crisis lines, meta). Where the registry says nothing (no target group it could map, no age,
//! an area it can only call "the whole district"), the coordinator's value stays. A service without a
//! registry id was added by hand and is left untouched. A registered service missing from the fresh import
//! is removed, with the reason; a new one is added and marked for review. Providers and municipalities
//! are reconciled in `merge_refs`. Plain data in, data out: the CLI reads the files and words the result.

use std::collections::{HashMap, HashSet};

use super::merge_refs::{carry_locations, carry_phone_notes, Refs};
use super::RpssImport;
use crate::domain::snapshot::{Review, ReviewReason, Service, Snapshot};

/// Why a registered service left the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gone {
    /// Its end date (the service's own, or every facility's) is before the import's day.
    Ended,
    /// The registry now places all its facilities in another district.
    OtherDistrict,
    /// The registry no longer lists it at all.
    NotInRegistry,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    pub id: String,
    pub name: String,
    pub registry_id: String,
    pub reason: Gone,
}

/// The merged catalogue and what happened to each service (ids of the merged snapshot).
#[derive(Debug, Clone)]
pub struct Merged {
    pub snapshot: Snapshot,
    /// Registered services refreshed from the registry (whether or not a value changed).
    pub updated: Vec<String>,
    /// Services added by hand (no registry id), kept as they were.
    pub kept: Vec<String>,
    /// Services new in the registry, marked for review.
    pub added: Vec<String>,
    pub removed: Vec<Removed>,
}

/// Registry ids compare trimmed: a clerk's stray space must not turn a service into a new one.
fn key(registry_id: Option<&str>) -> Option<&str> {
    registry_id.map(str::trim).filter(|k| !k.is_empty())
}

/// Merges a fresh import of the same district into the current catalogue.
pub fn merge_registry(current: &Snapshot, fresh: &RpssImport) -> Merged {
    let new = &fresh.snapshot;
    let by_key: HashMap<&str, &Service> =
        new.services.iter().filter_map(|s| Some((key(s.registry_id.as_deref())?, s))).collect();
    let mut refs = Refs::new(current, new);
    let mut out = Merged {
        snapshot: current.clone(),
        updated: Vec::new(),
        kept: Vec::new(),
        added: Vec::new(),
        removed: Vec::new(),
    };
    let mut services = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for s in &current.services {
        let Some(k) = key(s.registry_id.as_deref()) else {
            out.kept.push(s.id.clone());
            services.push(s.clone());
            continue;
        };
        match by_key.get(k) {
            Some(f) => {
                seen.insert(k);
                out.updated.push(s.id.clone());
                services.push(update(s, f, &mut refs));
            }
            None => {
                let reason = if fresh.stats.ended_ids.iter().any(|e| e.trim() == k) {
                    Gone::Ended
                } else if fresh.stats.elsewhere_ids.iter().any(|e| e.trim() == k) {
                    Gone::OtherDistrict
                } else {
                    Gone::NotInRegistry
                };
                out.removed.push(Removed {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    registry_id: k.to_string(),
                    reason,
                });
            }
        }
    }
    for f in &new.services {
        match key(f.registry_id.as_deref()) {
            Some(k) if seen.contains(k) => continue,
            // An item without any registry id cannot be tracked: once in the catalogue (under the
            // importer's positional id) it counts as the coordinator's, and must not come back monthly.
            None if services.iter().any(|x| x.id == f.id) => continue,
            _ => {}
        }
        let mut s = f.clone();
        s.provider = refs.provider(&f.provider);
        s.area.municipalities = f.area.municipalities.iter().map(|m| refs.municipality(m)).collect();
        s.locations = carry_locations(&f.locations, &[], &mut refs);
        // A type the importer had to guess says more than "new"; either way the service is reviewed.
        s.review = f.review.clone().or(Some(Review { reason: ReviewReason::NewInRegistry, evidence: None }));
        while services.iter().any(|x: &Service| x.id == s.id) {
            s.id.push_str("-registr");
        }
        out.added.push(s.id.clone());
        services.push(s);
    }
    out.snapshot.services = services;
    refs.finish(current, &mut out.snapshot);
    out.snapshot.meta.data_date = new.meta.data_date.clone();
    out
}

/// A registered service refreshed from its registry record, keeping what the coordinator wrote.
fn update(current: &Service, fresh: &Service, refs: &mut Refs) -> Service {
    let mut s = current.clone();
    s.provider = refs.provider(&fresh.provider);
    s.name = fresh.name.clone();
    // A type outside the act is only a guess: the coordinator's confirmed (or still reviewed) type wins.
    if fresh.review.is_none() {
        s.law_section = fresh.law_section.clone();
        s.category = fresh.category.clone();
        s.review = None;
    }
    if !fresh.target_groups.is_empty() {
        s.target_groups = fresh.target_groups.clone();
    }
    if !fresh.forms.is_empty() {
        s.forms = fresh.forms.clone();
    }
    s.age = fresh.age.or(s.age);
    s.by_phone = fresh.by_phone || s.by_phone;
    // "Whole district" is what the importer says when the registry names no place (field work): the
    // coordinator's narrower area is better knowledge then.
    if !fresh.area.whole_region {
        s.area.whole_region = false;
        s.area.municipalities = fresh.area.municipalities.iter().map(|m| refs.municipality(m)).collect();
    }
    s.locations = carry_locations(&fresh.locations, &current.locations, refs);
    s.contacts = fresh.contacts.clone().map(|mut c| {
        carry_phone_notes(&mut c, current.contacts.as_ref());
        c
    });
    s.capacity = fresh.capacity.clone();
    s.registry_id = fresh.registry_id.clone();
    s.verified = fresh.verified.clone();
    s.started = fresh.started.clone();
    s.ends = fresh.ends.clone();
    s
}
