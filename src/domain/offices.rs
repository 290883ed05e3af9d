//! The office fallback: when no service fits, the person is pointed to the social department of the
//! municipal office (ORP) that serves their municipality. Also finds a municipality from what a person
//! types: its id, RÚIAN code or name with or without diacritics.

use crate::domain::snapshot::Snapshot;
use crate::domain::text::fold;
use crate::domain::text::fuzzy::within;

/// Why the office is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfficeReason {
    /// The words matched no service.
    NoMatch,
    /// Services matched, but the filters removed all of them.
    Filtered,
    /// The finder always ends with the office, whatever matched.
    Always,
    /// The query named a part of the office's municipality ("Chlístov" → Benešov).
    Place,
}

/// The office card shown as a fallback or as the finder's last card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeCard {
    /// Index into `snapshot.offices`.
    pub office: usize,
    /// Index into `snapshot.municipalities`, when the person's municipality is known.
    pub municipality: Option<usize>,
    pub reason: OfficeReason,
}

/// The offices to contact for a municipality (id, code or name): its ORP, or every office when the
/// municipality is unknown or not given.
pub fn office_for(snapshot: &Snapshot, municipality: Option<&str>) -> Vec<usize> {
    let office_id = municipality
        .and_then(|m| find_municipality(snapshot, m))
        .and_then(|i| snapshot.municipalities.get(i))
        .map(|m| m.office.as_str());
    if let Some(id) = office_id {
        if let Some(i) = snapshot.offices.iter().position(|o| o.id == id) {
            return vec![i];
        }
    }
    (0..snapshot.offices.len()).collect()
}

/// The municipalities each office serves, as indices into `snapshot.municipalities` in the order of
/// `order` (e.g. alphabetical), one list per office of `snapshot.offices`. One pass over the
/// municipalities (defect 17: the offices page compared every office with every municipality, twice).
pub fn served_by_office(snapshot: &Snapshot, order: &[usize]) -> Vec<Vec<usize>> {
    let by_id: std::collections::HashMap<&str, usize> =
        snapshot.offices.iter().enumerate().map(|(i, o)| (o.id.as_str(), i)).collect();
    let mut out = vec![Vec::new(); snapshot.offices.len()];
    for &m in order {
        let office = snapshot.municipalities.get(m).and_then(|x| by_id.get(x.office.as_str()));
        if let Some(list) = office.and_then(|&o| out.get_mut(o)) {
            list.push(m);
        }
    }
    out
}

/// Finds a municipality by id, RÚIAN code or name; the name is compared folded, so
/// "Tynec nad Sazavou" finds "Týnec nad Sázavou".
pub fn find_municipality(snapshot: &Snapshot, name_or_id: &str) -> Option<usize> {
    let q = name_or_id.trim();
    if q.is_empty() {
        return None;
    }
    let ms = &snapshot.municipalities;
    if let Some(i) = ms.iter().position(|m| m.id == q || m.code.as_deref() == Some(q)) {
        return Some(i);
    }
    let key = normalize(q);
    ms.iter().position(|m| normalize(&m.name) == key)
}

/// Folded and with runs of spaces and dashes collapsed, so "Benešov  u Prahy" meets "Benešov u Prahy".
fn normalize(s: &str) -> String {
    crate::domain::text::words(&fold(s)).collect::<Vec<_>>().join(" ")
}

/// The office card for a search or finder result.
pub fn office_card(
    snapshot: &Snapshot,
    municipality: Option<&str>,
    reason: OfficeReason,
) -> Option<OfficeCard> {
    let office = *office_for(snapshot, municipality).first()?;
    let municipality = municipality.and_then(|m| find_municipality(snapshot, m));
    Some(OfficeCard { office, municipality, reason })
}

/// Municipality names close to what was typed (same prefix or within two typos), for error messages.
pub fn close_municipalities(snapshot: &Snapshot, typed: &str, limit: usize) -> Vec<String> {
    let names = close_municipality_indices(snapshot, typed, limit).into_iter();
    names.filter_map(|i| snapshot.municipalities.get(i)).map(|m| m.name.clone()).collect()
}

/// The municipalities (indices, closest first) whose names are close to what was typed: the one
/// "did you mean" rule of the CLI's error and the app's suggestion.
pub fn close_municipality_indices(snapshot: &Snapshot, typed: &str, limit: usize) -> Vec<usize> {
    let key = normalize(typed);
    // The best `limit` by (length difference, name), kept by insertion: a sort of a new element type
    // would add its own sorting code to the browser build.
    let mut best: Vec<(usize, &str, usize)> = Vec::new();
    for (i, m) in snapshot.municipalities.iter().enumerate() {
        let name = normalize(&m.name);
        let prefix = key.len() >= 2 && (name.starts_with(&key) || key.starts_with(&name));
        let head: String = name.chars().take(key.chars().count()).collect();
        let near = within(key.as_bytes(), name.as_bytes(), 2) || within(key.as_bytes(), head.as_bytes(), 1);
        if prefix || near {
            let c = (name.len().abs_diff(key.len()), m.name.as_str(), i);
            let at = best.iter().position(|b| (c.0, c.1) < (b.0, b.1)).unwrap_or(best.len());
            best.insert(at, c);
            best.truncate(limit);
        }
    }
    best.into_iter().map(|(_, _, i)| i).collect()
}
