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

/// The references, checked a few services at a time (issue 16: a region's 7,000 services at once were a
/// task of 84 ms at 4x CPU). `new` reports duplicate ids and checks municipalities and offices, `push`
/// the services, `finish` the campaigns and the municipalities no service reaches: the same reports in
/// the same order as at once.
pub(super) struct Refs<'a> {
    s: &'a Snapshot,
    munis: HashSet<&'a str>,
    providers: HashSet<&'a str>,
    documents: HashSet<&'a str>,
    provider_by_id: HashMap<&'a str, &'a Provider>,
    served: HashSet<&'a str>,
    whole_region: bool,
    next: usize,
}

fn address(report: &mut Report, munis: &HashSet<&str>, a: &Address, path: String) {
    if let Some(m) = &a.municipality {
        resolve(report, munis, words!("{path}.municipality"), m, "municipality");
    }
}

impl<'a> Refs<'a> {
    pub(super) fn new(s: &'a Snapshot, report: &mut Report) -> Refs<'a> {
        let munis = unique(report, "municipalities", s.municipalities.iter().map(|m| m.id.as_str()));
        let offices = unique(report, "offices", s.offices.iter().map(|o| o.id.as_str()));
        let providers = unique(report, "providers", s.providers.iter().map(|p| p.id.as_str()));
        unique(report, "services", s.services.iter().map(|x| x.id.as_str()));
        unique(report, "life_situations", s.life_situations.iter().map(|x| x.id.as_str()));
        let documents = unique(report, "documents", s.documents.iter().map(|d| d.id.as_str()));
        unique(report, "news", s.news.iter().map(|x| x.id.as_str()));
        unique(report, "comment_campaigns", s.comment_campaigns.iter().map(|x| x.id.as_str()));
        for (i, m) in s.municipalities.iter().enumerate() {
            resolve(report, &offices, words!("$.municipalities[{i}].office"), &m.office, "office");
        }
        for (i, o) in s.offices.iter().enumerate() {
            if let Some(a) = &o.address {
                address(report, &munis, a, words!("$.offices[{i}].address"));
            }
        }
        let provider_by_id = s.providers.iter().map(|p| (p.id.as_str(), p)).collect();
        let (served, whole_region, next) = (HashSet::new(), false, 0);
        Refs { s, munis, providers, documents, provider_by_id, served, whole_region, next }
    }

    /// Checks up to `count` more services' references; true while some remain.
    pub(super) fn push(&mut self, report: &mut Report, count: usize) -> bool {
        let s = self.s;
        let end = self.next.saturating_add(count).min(s.services.len());
        for (k, svc) in s.services.get(self.next..end).unwrap_or_default().iter().enumerate() {
            let i = self.next + k;
            let path = words!("$.services[{i}]");
            resolve(report, &self.providers, words!("{path}.provider"), &svc.provider, "provider");
            for (j, m) in svc.area.municipalities.iter().enumerate() {
                resolve(report, &self.munis, words!("{path}.area.municipalities[{j}]"), m, "municipality");
                self.served.insert(m.as_str());
            }
            self.whole_region |= svc.area.whole_region;
            for (j, l) in svc.locations.iter().enumerate() {
                address(report, &self.munis, &l.address, words!("{path}.locations[{j}].address"));
            }
            let own = svc.contacts.as_ref().is_some_and(|c| !c.is_empty());
            let inherited =
                self.provider_by_id.get(svc.provider.as_str()).is_some_and(|p| !p.contacts.is_empty());
            if !own && !inherited {
                report
                    .warn(path, "service has no contacts and neither has its provider: nobody can reach it");
            }
        }
        self.next = end;
        end < s.services.len()
    }

    /// Checks the services not pushed, the campaigns' documents and the municipalities no service reaches.
    pub(super) fn finish(mut self, report: &mut Report) {
        while self.push(report, usize::MAX) {}
        let s = self.s;
        for (i, c) in s.comment_campaigns.iter().enumerate() {
            resolve(
                report,
                &self.documents,
                words!("$.comment_campaigns[{i}].document"),
                &c.document,
                "document",
            );
        }
        if !self.whole_region {
            for (i, m) in s.municipalities.iter().enumerate() {
                if !self.served.contains(m.id.as_str()) {
                    report.warn(
                        words!("$.municipalities[{i}]"),
                        words!("no service serves {} ({})", m.name, m.id),
                    );
                }
            }
        }
    }
}
