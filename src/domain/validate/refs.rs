//! Rules across records: ids unique within their collection, every reference resolving, and the warnings
//! that need two records at once (a service without contacts whose provider has none either; a
//! municipality no service reaches).

use std::collections::{HashMap, HashSet};

use super::Report;
use crate::domain::snapshot::*;

/// Reports duplicate ids and returns the set of ids.
fn unique<'a>(report: &mut Report, section: &str, ids: impl Iterator<Item = &'a str>) -> HashSet<&'a str> {
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (i, id) in ids.enumerate() {
        if let Some(j) = first.get(id) {
            report.error(
                words!("$.{section}[{i}].id"),
                words!("duplicate id {id:?} (first used at $.{section}[{j}])"),
            );
        } else {
            first.insert(id, i);
        }
    }
    first.into_keys().collect()
}

fn resolve(report: &mut Report, set: &HashSet<&str>, path: String, id: &str, what: &str) {
    if !set.contains(id) {
        report.error(path, words!("refers to {what} {id:?}, which does not exist"));
    }
}

pub(super) fn check_refs(s: &Snapshot, report: &mut Report) {
    let munis = unique(report, "municipalities", s.municipalities.iter().map(|m| m.id.as_str()));
    let offices = unique(report, "offices", s.offices.iter().map(|o| o.id.as_str()));
    let providers = unique(report, "providers", s.providers.iter().map(|p| p.id.as_str()));
    unique(report, "services", s.services.iter().map(|x| x.id.as_str()));
    unique(report, "life_situations", s.life_situations.iter().map(|x| x.id.as_str()));
    let documents = unique(report, "documents", s.documents.iter().map(|d| d.id.as_str()));
    unique(report, "news", s.news.iter().map(|x| x.id.as_str()));
    unique(report, "comment_campaigns", s.comment_campaigns.iter().map(|x| x.id.as_str()));

    let address = |report: &mut Report, a: &Address, path: String| {
        if let Some(m) = &a.municipality {
            resolve(report, &munis, words!("{path}.municipality"), m, "municipality");
        }
    };
    for (i, m) in s.municipalities.iter().enumerate() {
        resolve(report, &offices, words!("$.municipalities[{i}].office"), &m.office, "office");
    }
    for (i, o) in s.offices.iter().enumerate() {
        if let Some(a) = &o.address {
            address(report, a, words!("$.offices[{i}].address"));
        }
    }
    let provider_by_id: HashMap<&str, &Provider> = s.providers.iter().map(|p| (p.id.as_str(), p)).collect();
    let mut served: HashSet<&str> = HashSet::new();
    let mut whole_region = false;
    for (i, svc) in s.services.iter().enumerate() {
        let path = words!("$.services[{i}]");
        resolve(report, &providers, words!("{path}.provider"), &svc.provider, "provider");
        for (j, m) in svc.area.municipalities.iter().enumerate() {
            resolve(report, &munis, words!("{path}.area.municipalities[{j}]"), m, "municipality");
            served.insert(m.as_str());
        }
        whole_region |= svc.area.whole_region;
        for (j, l) in svc.locations.iter().enumerate() {
            address(report, &l.address, words!("{path}.locations[{j}].address"));
        }
        let own = svc.contacts.as_ref().is_some_and(|c| !c.is_empty());
        let inherited = provider_by_id.get(svc.provider.as_str()).is_some_and(|p| !p.contacts.is_empty());
        if !own && !inherited {
            report.warn(path, "service has no contacts and neither has its provider: nobody can reach it");
        }
    }
    for (i, c) in s.comment_campaigns.iter().enumerate() {
        resolve(report, &documents, words!("$.comment_campaigns[{i}].document"), &c.document, "document");
    }
    if !whole_region {
        for (i, m) in s.municipalities.iter().enumerate() {
            if !served.contains(m.id.as_str()) {
                report
                    .warn(words!("$.municipalities[{i}]"), words!("no service serves {} ({})", m.name, m.id));
            }
        }
    }
}
