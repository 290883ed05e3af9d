//! Where a service is against where it works: when none of its addresses lies in its area (or not even
//! in the region), the address was most likely copied from another region's record.

use super::Finding;
use crate::domain::snapshot::Snapshot;
use crate::domain::text::fold::fold;

pub(super) fn check(s: &Snapshot, out: &mut Vec<Finding>) {
    let names: Vec<String> = s.municipalities.iter().map(|m| fold(&m.name)).collect();
    for (i, svc) in s.services.iter().enumerate() {
        let Some(first) = svc.locations.first() else { continue };
        let in_region = |a: &crate::domain::snapshot::Address| {
            a.municipality.is_some() || names.contains(&fold(a.city.trim()))
        };
        let in_area = |a: &crate::domain::snapshot::Address| match &a.municipality {
            Some(m) => svc.area.serves(m),
            None => names
                .iter()
                .position(|n| *n == fold(a.city.trim()))
                .and_then(|k| s.municipalities.get(k))
                .is_some_and(|m| svc.area.serves(&m.id)),
        };
        let city = first.address.city.clone();
        if !svc.locations.iter().any(|l| in_region(&l.address)) {
            out.push(Finding::AddressOutsideArea { service: i, id: svc.id.clone(), city, in_region: false });
        } else if !svc.locations.iter().any(|l| in_area(&l.address)) {
            out.push(Finding::AddressOutsideArea { service: i, id: svc.id.clone(), city, in_region: true });
        }
    }
}
