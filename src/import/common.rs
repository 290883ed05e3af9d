//! Shared importer helpers: the error type (data vs usage, mapped to CLI exit codes), today's date from
//! the system clock, Czech diacritics folding, URL-safe id slugs, and contact clean-up that keeps only
//! values the snapshot validator accepts (so an importer never writes a file `katalog check` rejects).

use std::fmt;

use crate::domain::date::Date;
use crate::domain::href::safe_href;
use crate::domain::snapshot::Phone;
use crate::domain::validate::{check_email, check_phone};

/// Why an import failed. `usage` errors are about the command line (a missing file: exit 2); the rest
/// are about the input data (exit 1). The message names the file and, where known, the JSON location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub usage: bool,
    pub message: String,
}

impl ImportError {
    pub fn data(message: impl Into<String>) -> Self {
        ImportError { usage: false, message: message.into() }
    }
    pub fn usage(message: impl Into<String>) -> Self {
        ImportError { usage: true, message: message.into() }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ImportError {}

/// Today's date (UTC) from the system clock, converted without a date library.
pub fn today() -> Date {
    let secs =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    civil_from_days((secs / 86_400) as i64)
}

/// Inverse of `Date::days_since_epoch` (the domain's `Date::from_days_since_epoch`), for dates in range.
pub fn civil_from_days(z: i64) -> Date {
    Date::from_days_since_epoch(z).unwrap_or(Date { year: 1970, month: 1, day: 1 })
}

/// Lowercase without Czech (and common Slovak/German) diacritics, for tolerant name comparison.
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'ä' => 'a',
            'č' => 'c',
            'ď' => 'd',
            'é' | 'ě' | 'ë' => 'e',
            'í' => 'i',
            'ĺ' | 'ľ' => 'l',
            'ň' => 'n',
            'ó' | 'ô' | 'ö' => 'o',
            'ř' => 'r',
            'š' => 's',
            'ť' => 't',
            'ú' | 'ů' | 'ü' => 'u',
            'ý' => 'y',
            'ž' => 'z',
            c => c,
        })
        .collect()
}

/// A URL-safe id fragment: folded, runs of other characters become one '-', at most 60 characters.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in fold(s).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let mut out: String = out.chars().take(60).collect();
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Keeps only id-safe characters; `None` when nothing usable is left.
pub fn id_part(s: &str) -> Option<String> {
    let out: String =
        s.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').take(90).collect();
    (!out.is_empty()).then_some(out)
}

/// A phone number the validator accepts, or `None`. Strips quotes and separators that registries
/// add ("354 525 345", "\"+420…\"", "354-525-345") and groups a bare Czech number as "354 525 345".
pub fn phone(raw: &str) -> Option<Phone> {
    let cleaned: String =
        raw.trim().trim_matches('"').chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    let group = |d: &str| format!("{} {} {}", &d[0..3], &d[3..6], &d[6..9]);
    let number = match cleaned.strip_prefix("+420") {
        Some(national) if national.len() == 9 => format!("+420 {}", group(national)),
        _ if cleaned.len() == 9 && !cleaned.starts_with('+') => group(&cleaned),
        _ => cleaned,
    };
    check_phone(&number).is_ok().then_some(Phone { number, note: None })
}

/// An e-mail address the validator accepts, trimmed and with a `mailto:` prefix removed.
pub fn email(raw: &str) -> Option<String> {
    let e = raw.trim().trim_start_matches("mailto:").trim();
    check_email(e).is_ok().then(|| e.to_string())
}

/// A web address the validator accepts; a bare "www.x.cz" gets `http://` (what the registry means).
pub fn web(raw: &str) -> Option<String> {
    let w = raw.trim();
    if w.is_empty() || w.chars().any(char::is_whitespace) {
        return None;
    }
    let w = if w.contains("://") { w.to_string() } else { format!("http://{w}") };
    let scheme_ok = w.starts_with("http://") || w.starts_with("https://");
    (scheme_ok && safe_href(&w).is_some()).then_some(w)
}

/// A single-line name within the validator's limits, or `None` when blank.
pub fn line(raw: &str, max: usize) -> Option<String> {
    let s: String = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let s: String = s.chars().filter(|c| !c.is_control()).take(max).collect();
    (!s.is_empty()).then_some(s)
}

/// Capitalises the first letter ("pečovatelská služba" → "Pečovatelská služba").
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A snapshot as the importers produce it: the registry data only. Life situations, crisis lines,
/// documents, news and comment campaigns are the region's own editorial content, added by hand.
pub fn registry_snapshot(
    meta: crate::domain::snapshot::Meta,
    municipalities: Vec<crate::domain::snapshot::Municipality>,
    offices: Vec<crate::domain::snapshot::Office>,
    providers: Vec<crate::domain::snapshot::Provider>,
    services: Vec<crate::domain::snapshot::Service>,
) -> crate::domain::snapshot::Snapshot {
    crate::domain::snapshot::Snapshot {
        schema_version: crate::domain::snapshot::SCHEMA_VERSION,
        meta,
        municipalities,
        offices,
        providers,
        services,
        life_situations: Vec::new(),
        crisis_lines: Vec::new(),
        documents: Vec::new(),
        news: Vec::new(),
        comment_campaigns: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(civil_from_days(0).to_string(), "1970-01-01");
        let d = Date::parse("2026-11-22").unwrap();
        assert_eq!(civil_from_days(d.days_since_epoch()), d);
        assert_eq!(fold("Pečovatelská SLUŽBA Žďár"), "pecovatelska sluzba zdar");
        assert_eq!(slug("Domov pro seniory, Karlovy Vary!"), "domov-pro-seniory-karlovy-vary");
        assert_eq!(phone("354525345").map(|p| p.number), Some("354 525 345".into()));
        assert_eq!(phone("\"+44 1234 234567\"").map(|p| p.number), Some("+441234234567".into()));
        assert_eq!(phone("+420999000102").map(|p| p.number), Some("+420 999 000 102".into()));
        assert_eq!(phone("12"), None);
        assert_eq!(email(" info@x.cz "), Some("info@x.cz".into()));
        assert_eq!(email("info"), None);
        assert_eq!(web("www.x.cz"), Some("http://www.x.cz".into()));
        assert_eq!(web("javascript:alert(1)"), None);
        assert_eq!(line("  a\n b ", 300), Some("a b".into()));
        assert_eq!(capitalise("čáp"), "Čáp");
    }
}
