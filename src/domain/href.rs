//! The one guard between catalogue data and an `href` attribute. `safe_href` parses a link, keeps only
//! the schemes a citizen's browser may follow from our pages (http, https, mailto, tel) and re-serialises
//! it, so `javascript:`, `data:`, protocol-relative and credential-bearing links never reach the DOM.
//! Deliberately hand-written (no `url` crate) to keep the wasm small.

/// Returns the normalised link, or `None` when it must not be used as an `href`.
///
/// Normalisation: surrounding whitespace trimmed, scheme lowercased, http(s) host lowercased, spaces
/// percent-encoded, and visual separators (spaces, dashes, dots, brackets) removed from `tel:` numbers.
/// Rejected: control characters anywhere (browsers silently drop tabs and newlines, which is how
/// `java\tscript:` tricks work), backslashes, any other scheme, relative links, http(s) without a host and
/// user:password@ credentials.
pub fn safe_href(raw: &str) -> Option<String> {
    let s = raw.trim();
    if s.is_empty() || s.chars().any(|c| c.is_control() || c == '\\') {
        return None;
    }
    let colon = s.find(':')?;
    let scheme = &s[..colon];
    let mut chars = scheme.chars();
    let starts_alpha = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    if !starts_alpha || !chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) {
        return None;
    }
    let scheme = scheme.to_ascii_lowercase();
    let rest = &s[colon + 1..];
    match scheme.as_str() {
        "http" | "https" => web(&scheme, rest),
        "mailto" => mailto(rest),
        "tel" => tel(rest),
        _ => None,
    }
}

/// A root-relative path on the app's own site (`/data/docs/plan.pdf`): one leading slash, no whitespace,
/// control characters or backslashes. Validation allows it where a document may live beside the app.
pub fn root_path(raw: &str) -> Option<&str> {
    let ok = raw.starts_with('/')
        && !raw.starts_with("//")
        && !raw.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\');
    ok.then_some(raw)
}

/// A document's link: `safe_href`, or a root-relative path (defect 16: such links, valid in a snapshot,
/// were shown as plain text).
pub fn safe_link(raw: &str) -> Option<String> {
    let s = raw.trim();
    match root_path(s) {
        Some(p) => Some(p.to_string()),
        None => safe_href(s),
    }
}

fn web(scheme: &str, rest: &str) -> Option<String> {
    let after = rest.strip_prefix("//")?;
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let (authority, tail) = after.split_at(end);
    if authority.contains('@') {
        return None;
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (authority, None),
    };
    let host_ok = !host.is_empty()
        && !host.starts_with(['.', '-'])
        && host.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.');
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    if !host_ok || !port_ok {
        return None;
    }
    let mut out = format!("{scheme}://{}", crate::domain::text::case::lowercase(authority));
    out.push_str(&encode_spaces(tail));
    Some(out)
}

fn mailto(rest: &str) -> Option<String> {
    let address = rest.split('?').next().unwrap_or("");
    if !address.contains('@') || rest.starts_with('/') {
        return None;
    }
    Some(format!("mailto:{}", encode_spaces(rest)))
}

fn tel(rest: &str) -> Option<String> {
    let mut out = String::from("tel:");
    for (i, c) in rest.chars().enumerate() {
        match c {
            '0'..='9' => out.push(c),
            '+' if i == 0 => out.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => return None,
        }
    }
    (out.len() > "tel:".len() && out.bytes().any(|b| b.is_ascii_digit())).then_some(out)
}

fn encode_spaces(s: &str) -> String {
    s.replace(' ', "%20")
}

#[cfg(test)]
mod tests {
    use super::{safe_href, safe_link};

    #[test]
    fn root_relative_document_link_is_a_link() {
        assert_eq!(safe_link("/data/docs/plan.pdf").as_deref(), Some("/data/docs/plan.pdf"));
        assert_eq!(safe_link(" https://x.cz/a.pdf ").as_deref(), Some("https://x.cz/a.pdf"));
        for bad in ["//evil.com/x.pdf", "/a b.pdf", "/a\\b", "/a\tb", "javascript:alert(1)", "data/x.pdf"] {
            assert_eq!(safe_link(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn table() {
        let cases: &[(&str, Option<&str>)] = &[
            ("https://www.benesov.cz/", Some("https://www.benesov.cz/")),
            (
                "  HTTPS://WWW.Benesov.CZ/Socialni Sluzby?a=1#x ",
                Some("https://www.benesov.cz/Socialni%20Sluzby?a=1#x"),
            ),
            ("http://example.cz", Some("http://example.cz")),
            ("https://x.cz:8443/a", Some("https://x.cz:8443/a")),
            ("https://obec-čechtice.cz/", Some("https://obec-čechtice.cz/")),
            ("tel:+420 123 456 789", Some("tel:+420123456789")),
            ("TEL:155", Some("tel:155")),
            ("tel:", None),
            ("tel:12+3", None),
            ("tel:123;ext=javascript", None),
            ("mailto:a@b.cz", Some("mailto:a@b.cz")),
            ("mailto:a@b.cz?subject=Dotaz na službu", Some("mailto:a@b.cz?subject=Dotaz%20na%20službu")),
            ("mailto:nobody", None),
            ("javascript:alert(1)", None),
            ("JaVaScRiPt:alert(1)", None),
            ("\tjavascript:alert(1)", None),
            ("java\tscript:alert(1)", None),
            ("java\nscript:alert(1)", None),
            ("data:text/html,<script>alert(1)</script>", None),
            ("vbscript:msgbox", None),
            ("file:///etc/passwd", None),
            ("//evil.com", None),
            ("/relative/path", None),
            ("evil.com", None),
            ("https://user:pw@x.cz", None),
            ("https://user@x.cz", None),
            ("https:/x.cz", None),
            ("https://", None),
            ("https:///path", None),
            ("https:\\\\evil.com", None),
            ("https://x.cz:port/", None),
            ("https://x.cz\u{0}/", None),
            ("", None),
            ("   ", None),
            (":nothing", None),
        ];
        for (raw, want) in cases {
            assert_eq!(safe_href(raw).as_deref(), *want, "{raw:?}");
        }
    }
}
