//! Rules for single values: ids, free text, URLs, e-mails, phone numbers, dates, coordinates, IČO. Each
//! returns the reason a value is wrong, so the caller only adds the JSON path.

use super::{MAX_ID_CHARS, MAX_NAME_CHARS};
use crate::domain::date::Date;
use crate::domain::href::{root_path, safe_href};
use crate::domain::snapshot::GeoPoint;

pub(super) type Check = Result<(), String>;

/// Ids go into URLs such as `/sluzba/<id>`, so only URL-safe characters are allowed.
pub(super) fn check_id(s: &str) -> Check {
    if s.is_empty() {
        return Err(words!("id must not be empty"));
    }
    if s.chars().count() > MAX_ID_CHARS {
        return Err(words!("id is longer than {MAX_ID_CHARS} characters"));
    }
    if !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        return Err(words!("id {s:?} may contain only letters A-Z, a-z, digits, '-' and '_'"));
    }
    Ok(())
}

/// The region id is also a file name, so lowercase only.
pub fn check_region_id(s: &str) -> Check {
    let ok = !s.is_empty()
        && s.len() <= MAX_ID_CHARS
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    ok.then_some(()).ok_or_else(|| words!("region_id {s:?} must be a lowercase slug of a-z, 0-9 and '-'"))
}

/// Plain text: not blank (when required), not over `max` characters, no control characters other than
/// line breaks and tabs. HTML-looking text is fine: the UI escapes it.
pub(super) fn check_text(s: &str, max: usize) -> Check {
    if s.trim().is_empty() {
        return Err(words!("must not be empty"));
    }
    let n = s.chars().count();
    if n > max {
        return Err(words!("is {n} characters long, over the limit of {max}"));
    }
    if let Some(c) = s.chars().find(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r')) {
        return Err(words!("contains the control character U+{:04X}", u32::from(c)));
    }
    match s.chars().find(|c| invisible(*c)) {
        Some(c) => Err(words!(
            "contains the invisible formatting character U+{:04X} (a direction override or zero-width \
             character can reverse or disguise the text shown and split words for search): remove it",
            u32::from(c)
        )),
        None => Ok(()),
    }
}

/// Invisible format characters (Unicode category Cf) that change how text is shown or matched: bidi
/// embeddings, overrides, isolates and marks; zero-width spaces and joiners; the word joiner and invisible
/// operators; the byte-order mark inside text; interlinear annotation and tag characters (defect 17).
/// The soft hyphen (U+00AD) is allowed: it only marks where a long word may break.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E0001}'..='\u{E007F}'
    )
}

/// A short single-line value such as a name.
pub(super) fn check_name(s: &str) -> Check {
    check_text(s, MAX_NAME_CHARS)?;
    if s.contains(['\n', '\r', '\t']) {
        return Err(words!("must be a single line"));
    }
    Ok(())
}

/// A link with one of `schemes`. Whitespace is rejected rather than fixed: the data should be clean.
pub(super) fn check_url(s: &str, schemes: &[&str]) -> Check {
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(words!("URL contains whitespace or control characters"));
    }
    let scheme = s.split_once(':').map(|(sch, _)| sch.to_ascii_lowercase()).unwrap_or_default();
    let allowed = schemes.join(", ");
    if scheme.is_empty() || scheme.contains('/') {
        return Err(words!("URL {s:?} has no scheme (expected one of: {allowed})"));
    }
    if !schemes.contains(&scheme.as_str()) {
        return Err(words!("URL scheme `{scheme}:` is not allowed (expected one of: {allowed})"));
    }
    if matches!(scheme.as_str(), "http" | "https") {
        let authority = s[scheme.len() + 1..].trim_start_matches('/');
        let authority = authority.split(['/', '?', '#']).next().unwrap_or("");
        if authority.contains('@') {
            return Err(words!("URL must not contain a user name or password"));
        }
    }
    match safe_href(s) {
        Some(_) => Ok(()),
        None => Err(words!("{s:?} is not a valid {scheme} URL")),
    }
}

/// A web link or a root-relative path on the app's own origin (`/data/plan.pdf`).
pub(super) fn check_url_or_path(s: &str, schemes: &[&str]) -> Check {
    if s.starts_with('/') && !s.starts_with("//") {
        let why = "path contains whitespace, control characters or backslashes";
        return root_path(s).map(drop).ok_or_else(|| why.into());
    }
    check_url(s, schemes)
}

pub(super) fn check_date(s: &str) -> Result<Date, String> {
    Date::parse(s).ok_or_else(|| words!("{s:?} is not a real date in the form YYYY-MM-DD"))
}

/// Points must lie in Czechia (a generous bounding box): anything else is a swapped or mistyped value.
pub(super) fn check_point(p: &GeoPoint) -> Check {
    let lat_ok = (48.5..=51.1).contains(&p.lat);
    let lon_ok = (12.0..=18.9).contains(&p.lon);
    if lat_ok && lon_ok {
        Ok(())
    } else {
        Err(words!(
            "coordinates {}, {} lie outside Czechia (lat 48.5–51.1, lon 12.0–18.9; swapped?)",
            degrees(p.lat),
            degrees(p.lon)
        ))
    }
}

/// A coordinate in decimal degrees to six places (about 10 cm), written with integer arithmetic: `{}` of
/// an `f64` links Rust's float formatting into the wasm, about 11 KB for this one message
/// (float_formatting_not_in_wasm, issue 10's size ceiling).
fn degrees(x: f64) -> String {
    if !x.is_finite() {
        return "(not a number)".to_string();
    }
    // Saturating cast: absurd values print as the extreme, still clearly outside Czechia.
    let micro = (x.abs() * 1e6).round() as u64;
    let sign = if x < 0.0 && micro > 0 { "-" } else { "" };
    let frac = words!("{:06}", micro % 1_000_000);
    let frac = frac.trim_end_matches('0');
    let whole = micro / 1_000_000;
    if frac.is_empty() {
        words!("{sign}{whole}")
    } else {
        words!("{sign}{whole}.{frac}")
    }
}

pub(super) fn check_digits(s: &str, n: usize, what: &str) -> Check {
    if s.len() == n && s.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(words!("{what} {s:?} must be exactly {n} digits"))
    }
}

/// Postcodes as written in Czechia: "25601" or "256 01".
pub(super) fn check_postcode(s: &str) -> Check {
    let compact: String = s.chars().filter(|c| *c != ' ').collect();
    let ok = compact.len() == 5 && compact.bytes().all(|b| b.is_ascii_digit()) && s.len() <= 6;
    ok.then_some(()).ok_or_else(|| words!("postcode {s:?} must be 5 digits, e.g. \"256 01\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// float_formatting_not_in_wasm: the integer formatter prints what `{}` printed before.
    #[test]
    fn float_formatting_not_in_wasm_degrees_read_like_display() {
        for x in [49.781234, 14.6869, -0.5, 0.0, 50.0, 12.000001, -122.419416, 1e-6, 7.25] {
            assert_eq!(degrees(x), format!("{x}"), "{x}");
        }
        assert_eq!(degrees(f64::NAN), "(not a number)");
        let p = GeoPoint { lat: 14.6869, lon: 49.781234 };
        assert!(check_point(&p).unwrap_err().starts_with("coordinates 14.6869, 49.781234 lie outside"));
    }

    #[test]
    fn urls_ids_text() {
        let web = ["https", "http"];
        assert!(check_url("https://www.benesov.cz/socialni-sluzby", &web).is_ok());
        for u in [
            "javascript:alert(1)",
            "data:text/html,x",
            "https://u:p@x.cz",
            "https://x.cz/a b",
            "www.x.cz",
            "//x.cz",
            "ftp://x.cz",
            "https://",
        ] {
            assert!(check_url(u, &web).is_err(), "{u}");
        }
        assert!(check_url_or_path("/data/plan.pdf", &web).is_ok());
        assert!(check_url_or_path("//evil.com/x", &web).is_err());
        assert!(check_id("pecovatelska-sluzba_1").is_ok());
        for id in ["", "a b", "a/b", "ščř", &"x".repeat(101)] {
            assert!(check_id(id).is_err(), "{id}");
        }
        assert!(check_region_id("benesov").is_ok());
        assert!(check_region_id("Benesov").is_err());
        assert!(check_text("<b>ahoj</b>", 300).is_ok());
        assert!(check_text("  ", 300).is_err());
        assert!(check_text("a\u{7}", 300).is_err());
        for c in ['\u{202E}', '\u{2066}', '\u{200B}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{E0041}'] {
            assert!(check_name(&format!("Pečovatelská{c}služba")).is_err(), "U+{:04X}", u32::from(c));
        }
        assert!(check_text("roz\u{AD}hodnutí", 300).is_ok(), "a soft hyphen is typography");
        assert!(check_name("a\nb").is_err());
        assert!(check_postcode("256 01").is_ok() && check_postcode("25601").is_ok());
        assert!(check_postcode("2560").is_err());
    }
}
