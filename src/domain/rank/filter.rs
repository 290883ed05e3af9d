//! Filters cut results, they never re-rank: municipality served, target group, age, forms of help,
//! phone help, fees, and opening hours (open at an instant, nonstop). A service that leaves a field empty (no target groups, no age range) is not cut
//! by that filter: missing data must not hide help from someone who needs it.

use super::Query;
use crate::domain::hours::status;
use crate::domain::snapshot::{FeeKind, Service};

/// The filters of a query, with the municipality resolved to its id.
pub(crate) struct Filters<'q> {
    pub query: &'q Query,
    pub municipality: Option<String>,
    /// An age band (inclusive) that must overlap the service's age range; the finder's age groups.
    pub age_band: Option<(u8, u8)>,
}

impl Filters<'_> {
    pub fn passes(&self, s: &Service) -> bool {
        let q = self.query;
        if let Some(m) = &self.municipality {
            if !s.area.serves(m) {
                return false;
            }
        }
        if let Some(g) = q.target_group {
            if !s.target_groups.is_empty() && !s.target_groups.contains(&g) {
                return false;
            }
        }
        if let Some(age) = q.age {
            if !overlaps(s, age, age) {
                return false;
            }
        }
        if let Some((lo, hi)) = self.age_band {
            if !overlaps(s, lo, hi) {
                return false;
            }
        }
        if !self.how_passes(s) {
            return false;
        }
        if q.free_only && s.fee.kind != FeeKind::Free {
            return false;
        }
        self.hours_pass(s)
    }

    /// "Open now" and "nonstop" ask for a promise, so unlike the filters above, a service whose hours
    /// are unknown (free text only) does not pass: the app cannot say it is open.
    fn hours_pass(&self, s: &Service) -> bool {
        let q = self.query;
        let h = s.hours.as_ref();
        if q.nonstop_only && !h.is_some_and(|h| h.nonstop) {
            return false;
        }
        q.open_at.is_none_or(|t| status(h, t).is_open())
    }

    /// Forms and phone help are alternatives: "at home or by phone" passes either.
    fn how_passes(&self, s: &Service) -> bool {
        let q = self.query;
        if q.forms.is_empty() && !q.by_phone {
            return true;
        }
        let phone = s.by_phone || s.law_section.as_deref() == Some("55");
        q.forms.iter().any(|f| s.forms.contains(f)) || (q.by_phone && phone)
    }
}

fn overlaps(s: &Service, lo: u8, hi: u8) -> bool {
    match s.age {
        None => true,
        Some(r) => r.min.is_none_or(|min| hi >= min) && r.max.is_none_or(|max| lo <= max),
    }
}
