//! The registry's age groups of clients (`vekoveSkupiny`, coded `VekovaSkupinaOsoby/N`) → the snapshot's
//! `AgeRange`. The groups' code list was never published alongside the data we saw, so the table below
//! (one place, data only) holds the registry's category names with the years they state; a service's
//! range is the union of its groups (lowest lower bound, highest upper bound, open if any is open).
//! "Bez omezení věku", or no known group, gives no range, so a merge keeps the coordinator's.

use super::raw::Ref;
use crate::domain::snapshot::AgeRange;

/// Code tail, the registry's name of the group, and its years (inclusive; `None` = open end).
pub const AGE_GROUPS: &[(&str, &str, Option<u8>, Option<u8>)] = &[
    ("1", "novorozenci a kojenci (do 1 roku)", Some(0), Some(1)),
    ("2", "předškolní děti (1–7 let)", Some(1), Some(7)),
    ("3", "mladší děti (7–12 let)", Some(7), Some(12)),
    ("4", "starší děti (13–15 let)", Some(13), Some(15)),
    ("5", "dorost (16–18 let)", Some(16), Some(18)),
    ("6", "mladí dospělí (19–26 let)", Some(19), Some(26)),
    ("7", "dospělí (27–64 let)", Some(27), Some(64)),
    ("8", "mladší senioři (65–80 let)", Some(65), Some(80)),
    ("9", "starší senioři (nad 80 let)", Some(81), None),
    ("10", "bez omezení věku", None, None),
];

/// The union of the listed groups; unknown codes are skipped.
pub fn age_range(groups: &[Ref]) -> Option<AgeRange> {
    let known: Vec<_> =
        groups.iter().filter_map(|g| AGE_GROUPS.iter().find(|a| Some(a.0) == g.code())).collect();
    if known.is_empty() || known.iter().any(|a| a.2.is_none() && a.3.is_none()) {
        return None;
    }
    let min = known.iter().map(|a| a.2.unwrap_or(0)).min().filter(|m| *m > 0);
    let max = if known.iter().any(|a| a.3.is_none()) { None } else { known.iter().filter_map(|a| a.3).max() };
    Some(AgeRange { min, max })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(codes: &[&str]) -> Vec<Ref> {
        codes.iter().map(|c| serde_json::from_value(serde_json::json!({"id": c})).unwrap()).collect()
    }

    #[test]
    fn union_of_groups() {
        let r = |c: &[&str]| age_range(&refs(c));
        assert_eq!(r(&["VekovaSkupinaOsoby/8"]), Some(AgeRange { min: Some(65), max: Some(80) }));
        assert_eq!(
            r(&["VekovaSkupinaOsoby/8", "VekovaSkupinaOsoby/9"]),
            Some(AgeRange { min: Some(65), max: None })
        );
        assert_eq!(
            r(&["VekovaSkupinaOsoby/1", "VekovaSkupinaOsoby/5"]),
            Some(AgeRange { min: None, max: Some(18) })
        );
        assert_eq!(r(&["VekovaSkupinaOsoby/6", "VekovaSkupinaOsoby/10"]), None, "no limit");
        assert_eq!(r(&["VekovaSkupinaOsoby/77"]), None, "unknown code");
        assert_eq!(r(&[]), None);
    }
}
