//! Formatting for display: Czech dates, sizes, addresses and service type names. Pure functions.

use crate::domain::date::Date;
use crate::domain::law;
use crate::domain::snapshot::{Address, Service};

/// "2026-11-15" → "15. 11. 2026" (non-breaking spaces, so the date never wraps).
pub fn date_cs(iso: &str) -> String {
    Date::parse(iso).map(|d| d.format_cs()).unwrap_or_else(|| iso.to_string())
}

/// Bytes as "1,2 MB" / "340 kB" with a Czech decimal comma.
pub fn file_size(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1}\u{a0}MB", bytes as f64 / 1e6).replace('.', ",")
    } else {
        format!("{}\u{a0}kB", bytes.div_ceil(1000))
    }
}

pub fn kilobytes(bytes: u64) -> String {
    format!("{}\u{a0}kB", bytes.div_ceil(1000))
}

/// "Nemocniční 2272/54, 352 01 Benešov".
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

/// The service's legal type or related-service category, as a name.
pub fn type_name(s: &Service) -> String {
    if let Some(t) = s.law_section.as_deref().and_then(law::law_type) {
        return t.name.to_string();
    }
    s.category.as_deref().and_then(law::category).map(|c| c.name.to_string()).unwrap_or_default()
}

/// A mapy.cz search link for an address.
pub fn map_link(a: &Address) -> String {
    format!("https://mapy.cz/?q={}", encode_component(&address_line(a).replace('\u{a0}', " ")))
}

/// `application/x-www-form-urlencoded` query string from pairs (repeated keys allowed).
pub fn query_string<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode_component(k.as_ref()), encode_component(v.as_ref())))
        .collect::<Vec<_>>()
        .join("&")
}

/// Percent-encodes everything but unreserved characters (space becomes `+`, as forms do).
pub fn encode_component(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
