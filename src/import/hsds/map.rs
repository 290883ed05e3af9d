//! HSDS records → snapshot records: organization → provider, service → service (contacts, schedules as
//! opening-hours lines, cost options as the fee, locations with coordinates checked to lie in Czechia).

use super::raw::{
    CostOption, Location as RawLocation, Organization, Phone as RawPhone, Schedule, Service as RawService,
};
use crate::domain::snapshot::*;
use crate::import::common::{email, fold, line, phone, web};

pub fn phones(raw: &[RawPhone]) -> Vec<Phone> {
    let mut out: Vec<Phone> = Vec::new();
    for p in raw.iter().filter_map(|p| p.number.get().and_then(phone)) {
        if !out.contains(&p) && out.len() < 20 {
            out.push(p);
        }
    }
    out
}

/// IČO: `tax_id`, or an organization identifier of 8 digits whose scheme or type mentions IČO / CZ.
/// One that fails the check digit is left out (a typo in the feed must not reject the whole snapshot).
pub fn ico(o: &Organization) -> Option<String> {
    let eight = |s: &str| {
        let d: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        (d.len() == 8 && crate::domain::text::ico::is_valid(&d)).then_some(d)
    };
    o.tax_id.get().and_then(eight).or_else(|| {
        o.organization_identifiers.iter().find_map(|i| {
            let label = fold(&format!(
                "{} {}",
                i.identifier_scheme.get().unwrap_or(""),
                i.identifier_type.get().unwrap_or("")
            ));
            (label.contains("ico") || label.contains("cz"))
                .then(|| i.identifier.get().and_then(eight))
                .flatten()
        })
    })
}

pub fn provider(o: &Organization, id: String) -> Provider {
    let contacts = Contacts {
        phones: phones(&o.phones),
        emails: o.email.get().and_then(email).into_iter().collect(),
        web: o.website.get().and_then(web),
        example: false,
    };
    let name = o.name.get().and_then(|n| line(n, 300)).unwrap_or_else(|| "Neuvedený poskytovatel".into());
    Provider { id, name, ico: ico(o), contacts }
}

const DAYS: &[(&str, &str)] =
    &[("MO", "Po"), ("TU", "Út"), ("WE", "St"), ("TH", "Čt"), ("FR", "Pá"), ("SA", "So"), ("SU", "Ne")];

/// "TH,FR" 10:00:00–18:00:00 → "Čt, Pá 10:00–18:00"; a schedule without times gives its description.
pub fn hours_line(s: &Schedule) -> Option<String> {
    let time = |t: Option<&str>| t.map(|t| t.get(..5).unwrap_or(t).to_string());
    let days: Vec<&str> = s
        .byday
        .get()
        .unwrap_or("")
        .split(',')
        .filter_map(|d| {
            let d = d.trim().trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '+');
            DAYS.iter().find(|(k, _)| k.eq_ignore_ascii_case(d)).map(|(_, v)| *v)
        })
        .collect();
    match (time(s.opens_at.get()), time(s.closes_at.get())) {
        (Some(o), Some(c)) => line(&format!("{} {o}–{c}", days.join(", ")), 300),
        _ => s.description.get().and_then(|d| line(d, 300)),
    }
}

fn cost_line(c: &CostOption) -> (Option<f64>, Option<String>) {
    let amount = c.amount.get().and_then(|a| a.parse::<f64>().ok());
    let mut parts = Vec::new();
    if let Some(o) = c.option.get() {
        parts.push(format!("{o}:"));
    }
    match amount {
        Some(0.0) => parts.push("zdarma".into()),
        Some(a) => parts.push(format!("{a} {}", c.currency.get().unwrap_or("").to_uppercase())),
        None => {}
    }
    if let Some(d) = c.amount_description.get() {
        parts.push(d.to_string());
    }
    (amount, (!parts.is_empty()).then(|| parts.join(" ").replace("  ", " ").trim().to_string()))
}

pub fn fee(s: &RawService) -> Fee {
    let costs: Vec<_> = s.cost_options.iter().map(cost_line).collect();
    let mut notes: Vec<String> = costs.iter().filter_map(|c| c.1.clone()).collect();
    notes.extend(s.fees_description.get().or(s.fees.get()).map(str::to_string));
    let amounts: Vec<f64> = costs.iter().filter_map(|c| c.0).collect();
    let kind = if !amounts.is_empty() && amounts.len() == costs.len() && s.fees_description.get().is_none() {
        if amounts.iter().all(|a| *a == 0.0) {
            FeeKind::Free
        } else if amounts.iter().all(|a| *a > 0.0) {
            FeeKind::Paid
        } else {
            FeeKind::Described
        }
    } else {
        FeeKind::Described
    };
    let note = Some(notes.join("; ")).filter(|n| !n.trim().is_empty()).unwrap_or_else(|| "neuvedeno".into());
    Fee { kind, note: Some(note.chars().take(5000).collect()) }
}

/// A location with its first (preferably physical) address; coordinates outside Czechia are dropped
/// and reported. `None` when there is no address with a city.
pub fn location(l: &RawLocation, warnings: &mut Vec<String>, whose: &str) -> Option<Location> {
    let a = l
        .addresses
        .iter()
        .find(|a| a.address_type.get() == Some("physical") && a.city.get().is_some())
        .or_else(|| l.addresses.iter().find(|a| a.city.get().is_some()))?;
    let street = match (a.address_1.get(), a.address_2.get()) {
        (Some(a1), Some(a2)) => Some(format!("{a1}, {a2}")),
        (a1, a2) => a1.or(a2).map(str::to_string),
    };
    let postcode = crate::import::records::postcode(a.postal_code.get());
    let address = Address {
        street: street.and_then(|s| line(&s, 300)),
        number: None,
        city: line(a.city.get()?, 300)?,
        postcode,
        municipality: None,
        example: false,
    };
    let lat = l.latitude.get().and_then(|v| v.parse::<f64>().ok());
    let lon = l.longitude.get().and_then(|v| v.parse::<f64>().ok());
    let coordinates = match (lat, lon) {
        (Some(lat), Some(lon)) if (48.5..=51.1).contains(&lat) && (12.0..=18.9).contains(&lon) => {
            Some(GeoPoint { lat, lon })
        }
        (Some(lat), Some(lon)) => {
            warnings.push(format!("{whose}: coordinates {lat}, {lon} lie outside Czechia; dropped"));
            None
        }
        _ => None,
    };
    Some(Location { name: l.name.get().and_then(|n| line(n, 300)), address, coordinates })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sched(json: &str) -> Schedule {
        serde_json::from_str(json).unwrap()
    }

    fn service(json: &str) -> RawService {
        serde_json::from_str(json).unwrap()
    }

    /// Regression (merge of issue 13's IČO check into issue 15's importer): a feed's IČO with a wrong
    /// check digit made the imported snapshot invalid; it is left out instead.
    #[test]
    fn hsds_ico_with_wrong_check_digit_is_left_out() {
        let org = |id: &str| -> Organization {
            serde_json::from_str(&format!(r#"{{"id": "o", "name": "N", "tax_id": "{id}"}}"#)).unwrap()
        };
        assert_eq!(ico(&org("8765 4326")).as_deref(), Some("87654326"));
        assert_eq!(ico(&org("87654321")), None);
    }

    #[test]
    fn hours_and_fees() {
        let cases = [
            (
                r#"{"byday": "MO,WE", "opens_at": "08:00:00", "closes_at": "16:00:00"}"#,
                Some("Po, St 08:00–16:00"),
            ),
            (r#"{"byday": "1MO", "opens_at": "9:00", "closes_at": "11:00"}"#, Some("Po 9:00–11:00")),
            (r#"{"description": "po domluvě"}"#, Some("po domluvě")),
            (r#"{"byday": "SA"}"#, None),
        ];
        for (json, want) in cases {
            assert_eq!(hours_line(&sched(json)).as_deref(), want, "{json}");
        }
        let fees = [
            (r#"{"cost_options": [{"amount": 0}]}"#, FeeKind::Free, "zdarma"),
            (
                r#"{"cost_options": [{"option": "Oběd", "amount": 90, "currency": "czk"}]}"#,
                FeeKind::Paid,
                "Oběd: 90 CZK",
            ),
            (r#"{"cost_options": [{"amount": 0}, {"amount": 50}]}"#, FeeKind::Described, "zdarma; 50"),
            (r#"{"fees_description": "dle ceníku"}"#, FeeKind::Described, "dle ceníku"),
            (r#"{}"#, FeeKind::Described, "neuvedeno"),
        ];
        for (json, kind, note) in fees {
            let f = fee(&service(json));
            assert_eq!(f.kind, kind, "{json}");
            assert!(f.note.as_deref().unwrap_or("").starts_with(note), "{json}: {:?}", f.note);
        }
    }
}
