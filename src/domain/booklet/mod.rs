//! The printable catalogue ("booklet") and the browsable catalogue (`/sluzby`) as data: which services go
//! under which heading and in what order, each entry's facts (a one-or-two-sentence summary, for whom,
//! where, contacts, hours, fee) and an index of municipalities. Words are the renderers' business: the
//! app's `/tisk` page and `katalog booklet` both render this one model through `src/i18n`.

mod group;
mod summary;
#[cfg(test)]
mod tests;

pub use group::{browse, groups, order, BrowsePage, GroupKey, Grouping};
pub use summary::summary;

use crate::domain::snapshot::{
    Address, AgeRange, Contacts, CrisisLine, Fee, Location, OpeningHours, Service, Snapshot, TargetGroup,
};

/// The national crisis and emergency numbers: facts, printed in every booklet (names in `src/i18n`).
pub const NATIONAL_LINES: [&str; 6] = ["112", "155", "158", "150", "116 111", "116 123"];

/// The whole booklet.
#[derive(Debug, Clone, PartialEq)]
pub struct Booklet {
    pub title: TitlePage,
    pub grouping: Grouping,
    /// Headings in print order; every service of the catalogue is in exactly one of them.
    pub groups: Vec<Group>,
    /// Municipalities (alphabetical) with the numbers of the entries located in or serving them.
    pub index: Vec<IndexRow>,
    /// Numbers of the entries that serve the whole region (listed once, not under every municipality).
    pub whole_region: Vec<usize>,
}

/// What the title page says: whose catalogue, how fresh, who to tell about mistakes, and where to call
/// in a crisis.
#[derive(Debug, Clone, PartialEq)]
pub struct TitlePage {
    pub region_name: String,
    pub data_date: String,
    pub publisher: String,
    pub contact: Option<Contacts>,
    pub demo: bool,
    pub note: Option<String>,
    pub service_count: usize,
    /// The catalogue's own crisis lines beyond `NATIONAL_LINES`.
    pub crisis_lines: Vec<CrisisLine>,
}

/// One heading and its entries.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub key: GroupKey,
    pub entries: Vec<Entry>,
}

/// One service as printed.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Running number in the booklet (1-based), referred to by the index.
    pub number: usize,
    pub id: String,
    pub name: String,
    pub provider: String,
    /// The legal type or related-service category.
    pub kind: GroupKey,
    pub summary: String,
    pub target_groups: Vec<TargetGroup>,
    pub age: Option<AgeRange>,
    pub locations: Vec<Location>,
    /// The service's own contacts, else its provider's (as on the service page).
    pub contacts: Option<Contacts>,
    /// Opening hours as data (worded by `i18n::hours`), then any free-text lines.
    pub opening: Option<OpeningHours>,
    pub hours: Vec<String>,
    pub fee: Fee,
}

/// A municipality of the index and the entries found there.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexRow {
    pub municipality: String,
    pub entries: Vec<usize>,
}

/// The contacts that apply to a service: its own when it has any, else its provider's.
pub fn contacts_of(snap: &Snapshot, s: &Service) -> Option<Contacts> {
    s.contacts
        .clone()
        .filter(|c| !c.is_empty())
        .or_else(|| snap.providers.iter().find(|p| p.id == s.provider).map(|p| p.contacts.clone()))
}

/// One entry for the service at `index`, numbered `number`; None for an index outside the catalogue.
pub fn entry(snap: &Snapshot, index: usize, number: usize) -> Option<Entry> {
    let s = snap.services.get(index)?;
    Some(Entry {
        number,
        id: s.id.clone(),
        name: s.name.clone(),
        provider: snap
            .providers
            .iter()
            .find(|p| p.id == s.provider)
            .map(|p| p.name.clone())
            .unwrap_or_default(),
        kind: GroupKey::kind_of(s),
        summary: summary(&s.description).to_string(),
        target_groups: s.target_groups.clone(),
        age: s.age,
        locations: s.locations.clone(),
        contacts: contacts_of(snap, s),
        opening: s.hours.clone(),
        hours: s.opening_hours.clone(),
        fee: s.fee.clone(),
    })
}

/// Builds the booklet of `snap`, grouped by legal type, by municipality or A–Z. By target group a service
/// would be printed once per group, so the booklet is then by type.
pub fn booklet(snap: &Snapshot, grouping: Grouping) -> Booklet {
    let grouping = if grouping == Grouping::TargetGroup { Grouping::Type } else { grouping };
    let mut number = 0;
    let mut numbers = vec![0; snap.services.len()];
    let groups: Vec<Group> = groups(snap, grouping)
        .into_iter()
        .map(|(key, services)| Group {
            key,
            entries: services
                .into_iter()
                .filter_map(|i| {
                    number += 1;
                    if let Some(n) = numbers.get_mut(i) {
                        *n = number;
                    }
                    entry(snap, i, number)
                })
                .collect(),
        })
        .collect();
    let (index, whole_region) = index(snap, &numbers);
    let m = &snap.meta;
    Booklet {
        title: TitlePage {
            region_name: m.region_name.clone(),
            data_date: m.data_date.clone(),
            publisher: m.publisher.clone(),
            contact: m.contact.clone(),
            demo: m.demo,
            note: m.note.clone(),
            service_count: snap.services.len(),
            crisis_lines: snap
                .crisis_lines
                .iter()
                .filter(|l| !NATIONAL_LINES.contains(&l.number.as_str()))
                .cloned()
                .collect(),
        },
        grouping,
        groups,
        index,
        whole_region,
    }
}

/// The index: every municipality (alphabetical, ignoring diacritics) with the sorted numbers of the entries
/// located there or naming it in their area; whole-region services separately. `numbers[i]` is the entry
/// number of service `i`.
fn index(snap: &Snapshot, numbers: &[usize]) -> (Vec<IndexRow>, Vec<usize>) {
    // Services in entry-number order, so every list below comes out sorted without a sort.
    let mut by_number: Vec<Option<&Service>> = vec![None; snap.services.len() + 1];
    for (s, n) in snap.services.iter().zip(numbers) {
        if let Some(slot) = by_number.get_mut(*n) {
            *slot = Some(s);
        }
    }
    let numbered = || by_number.iter().enumerate().filter_map(|(n, s)| s.map(|s| (n, s)));
    let order = group::by_folded(snap.municipalities.iter().map(|m| m.name.as_str()));
    let rows = order
        .into_iter()
        .filter_map(|i| snap.municipalities.get(i))
        .filter_map(|m| {
            let entries: Vec<usize> = numbered()
                .filter(|(_, s)| {
                    (!s.area.whole_region && s.area.municipalities.contains(&m.id))
                        || s.locations.iter().any(|l| group::located_in(&l.address, m))
                })
                .map(|(n, _)| n)
                .collect();
            (!entries.is_empty()).then(|| IndexRow { municipality: m.name.clone(), entries })
        })
        .collect();
    let whole = numbered().filter(|(_, s)| s.area.whole_region).map(|(n, _)| n).collect();
    (rows, whole)
}

/// "Nemocniční 2272/54, 352 01 Benešov" (non-breaking spaces inside the street and the postcode part).
pub fn address_line(a: &Address) -> String {
    let street = match (&a.street, &a.number) {
        (Some(s), Some(n)) => format!("{s}\u{a0}{n}, "),
        (Some(s), None) => format!("{s}, "),
        (None, Some(n)) => format!("č.\u{a0}p.\u{a0}{n}, "),
        (None, None) => String::new(),
    };
    let psc = a.postcode.as_deref().map(|p| format!("{p} ")).unwrap_or_default();
    format!("{street}{psc}{}", a.city)
}
