//! Where a service is against where it works: when none of its addresses lies in its area (or not even
//! in the region), the address was most likely copied from another region's record.

use std::collections::HashMap;

use super::Finding;
use crate::domain::snapshot::{Address, Snapshot};
use crate::domain::text::fold::fold;

pub(super) fn check(s: &Snapshot, out: &mut Vec<Finding>) {
    // Folded municipality name → id, for addresses that give only a city.
    let names: HashMap<String, &str> =
        s.municipalities.iter().map(|m| (fold(&m.name), m.id.as_str())).collect();
    for (i, svc) in s.services.iter().enumerate() {
        let Some(first) = svc.locations.first() else { continue };
        let in_region = |a: &Address| a.municipality.is_some() || names.contains_key(&fold(a.city.trim()));
        let in_area = |a: &Address| match &a.municipality {
            Some(m) => svc.area.serves(m),
            None => names.get(&fold(a.city.trim())).is_some_and(|id| svc.area.serves(id)),
        };
        let city = first.address.city.clone();
        if !svc.locations.iter().any(|l| in_region(&l.address)) {
            out.push(Finding::AddressOutsideArea { service: i, id: svc.id.clone(), city, in_region: false });
        } else if !svc.locations.iter().any(|l| in_area(&l.address)) {
            out.push(Finding::AddressOutsideArea { service: i, id: svc.id.clone(), city, in_region: true });
        }
    }
}
