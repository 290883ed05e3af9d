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

pub use crate::domain::booklet::address_line;

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

pub use crate::domain::booklet::order;

/// The region's municipalities as (id, name), in alphabetical order ignoring diacritics.
pub fn municipalities_by_name(snap: &crate::domain::snapshot::Snapshot) -> Vec<(String, String)> {
    let keys: Vec<String> = snap.municipalities.iter().map(|m| crate::domain::text::fold(&m.name)).collect();
    order(&keys)
        .into_iter()
        .filter_map(|i| snap.municipalities.get(i))
        .map(|m| (m.id.clone(), m.name.clone()))
        .collect()
}
