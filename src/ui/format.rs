//! Formatting for display: Czech dates, sizes, addresses and service type names. Pure functions.

use crate::domain::date::Date;
use crate::domain::lexicon;
use crate::domain::snapshot::{Address, Service, Source};
use crate::i18n::Lang;

/// "2026-11-15" → "15. 11. 2026" (non-breaking spaces, so the date never wraps).
pub fn date_cs(iso: &str) -> String {
    Date::parse(iso).map(|d| d.format_cs()).unwrap_or_else(|| iso.to_string())
}

/// Bytes as "1,2 MB" / "340 kB" with a Czech decimal comma.
pub fn file_size(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        // Integer arithmetic: float formatting would add kilobytes of code to the wasm.
        let tenths = (bytes + 50_000) / 100_000;
        format!("{},{}\u{a0}MB", tenths / 10, tenths % 10)
    } else {
        format!("{}\u{a0}kB", bytes.div_ceil(1000))
    }
}

pub fn kilobytes(bytes: u64) -> String {
    format!("{}\u{a0}kB", bytes.div_ceil(1000))
}

/// A data source with its licence: "Registr poskytovatelů (CC BY 4.0)", for the footer and the about page.
pub fn source_text(s: &Source) -> String {
    match &s.licence {
        Some(l) => format!("{} ({l})", s.name),
        None => s.name.clone(),
    }
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

/// The service's legal type or related-service category, named in the UI language.
pub fn type_name(s: &Service, lang: Lang) -> String {
    lexicon::type_key(s.law_section.as_deref(), s.category.as_deref())
        .and_then(|k| lang.type_name(k))
        .unwrap_or_default()
        .to_string()
}

/// A mapy.cz search link for an address.
pub fn map_link(a: &Address) -> String {
    format!("https://mapy.cz/?q={}", crate::query::encode_component(&address_line(a).replace('\u{a0}', " ")))
}

/// Indices of `keys` in ascending order of the keys (through the program's one sort, `domain::sort`).
pub fn order(keys: &[String]) -> Vec<usize> {
    crate::domain::sort::order(keys.len(), &mut |a, b| keys[a].cmp(&keys[b]))
        .into_iter()
        .map(|i| i as usize)
        .collect()
}

/// The region's municipalities as (id, name), in alphabetical order ignoring diacritics.
pub fn municipalities_by_name(snap: &crate::domain::snapshot::Snapshot) -> Vec<(String, String)> {
    let keys: Vec<String> = snap.municipalities.iter().map(|m| crate::domain::text::fold(&m.name)).collect();
    order(&keys)
        .into_iter()
        .filter_map(|i| snap.municipalities.get(i))
        .map(|m| (m.id.clone(), m.name.clone()))
        .collect()
}
