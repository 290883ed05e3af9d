//! URL paths and queries: parsing (percent-decoding, repeated keys), form-style encoding, and the app's
//! routes. Plain Rust, shared by the browser router and tested natively.

/// A page of the app. `Route::of` is the route table: the page to render for a path, and the router's
/// test of which link clicks are the app's to handle (defect 16: every root-relative link was caught,
/// so a document under `/data/` could never open).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Home,
    Search,
    FinderStart,
    FinderResults,
    FinderCheck,
    FinderQuestion,
    Service,
    Offices,
    Documents,
    News,
    About,
    Comments,
    Favourites,
    Settings,
    Print,
    Browse,
}

impl Route {
    /// The page for `path`, or `None` for a path that is not the app's (a file, or a mistyped address).
    pub fn of(path: &str) -> Option<Route> {
        Some(match path {
            "/" => Route::Home,
            "/hledat" => Route::Search,
            "/pruvodce" => Route::FinderStart,
            "/pruvodce/vysledky" => Route::FinderResults,
            "/pruvodce/shrnuti" => Route::FinderCheck,
            p if p.starts_with("/pruvodce/") => Route::FinderQuestion,
            p if p.starts_with("/sluzba/") => Route::Service,
            "/urady" => Route::Offices,
            "/dokumenty" => Route::Documents,
            "/aktuality" => Route::News,
            "/o-planovani" => Route::About,
            "/pripominky" => Route::Comments,
            "/oblibene" => Route::Favourites,
            "/nastaveni" => Route::Settings,
            "/tisk" => Route::Print,
            "/sluzby" => Route::Browse,
            _ => return None,
        })
    }
}

/// A parsed location: the path and the decoded query pairs (repeated keys kept in order).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Url {
    pub path: String,
    pub query: Vec<(String, String)>,
}

impl Url {
    /// Parses "/path?a=1&b=2" (a fragment is ignored).
    pub fn parse(s: &str) -> Url {
        let s = s.split('#').next().unwrap_or("");
        let (path, query) = s.split_once('?').unwrap_or((s, ""));
        let query = query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (decode(k), decode(v))
            })
            .collect();
        Url { path: if path.is_empty() { "/".into() } else { decode(path) }, query }
    }

    pub fn get(&self, key: &str) -> Option<String> {
        self.query.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }

    pub fn get_all(&self, key: &str) -> Vec<String> {
        self.query.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect()
    }
}

/// Percent-decoding with `+` as space, as in form-encoded queries; invalid UTF-8 is replaced.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (bytes.get(i + 1).and_then(hex), bytes.get(i + 2).and_then(hex)) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: &u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_app_paths_are_routes() {
        assert_eq!(Route::of("/"), Some(Route::Home));
        assert_eq!(Route::of("/sluzba/abc"), Some(Route::Service));
        assert_eq!(Route::of("/pruvodce/kdo"), Some(Route::FinderQuestion));
        assert_eq!(Route::of("/tisk"), Some(Route::Print));
        assert_eq!(Route::of("/sluzby"), Some(Route::Browse));
        for other in ["/data/docs/plan.pdf", "/data/benesov.json", "/api/pripominky", "/neznamo", "/sw.js"] {
            assert_eq!(Route::of(other), None, "{other}");
        }
    }

    #[test]
    fn parses_paths_and_queries() {
        let u = Url::parse("/hledat?q=pe%C4%8Dovatelsk%C3%A1+slu%C5%BEba&situace=s1&situace=s2#x");
        assert_eq!(u.path, "/hledat");
        assert_eq!(u.get("q").as_deref(), Some("pečovatelská služba"));
        assert_eq!(u.get_all("situace"), vec!["s1", "s2"]);
        assert_eq!(Url::parse("").path, "/");
        assert_eq!(Url::parse("/a?b").get("b").as_deref(), Some(""));
        assert_eq!(Url::parse("/a?b=%zz").get("b").as_deref(), Some("%zz"));
        assert_eq!(Url::parse("/a?b=%+1").get("b").as_deref(), Some("% 1"));
        assert_eq!(Url::parse("/a?b=%C4").get("b").as_deref(), Some("\u{fffd}"));
    }
}

#[test]
fn encoding_round_trips() {
    let pairs = [("q", "pečovatelská služba & co"), ("obec", "týnec-nad-sázavou")];
    let url = Url::parse(&format!("/hledat?{}", query_string(&pairs)));
    assert_eq!(url.get("q").as_deref(), Some("pečovatelská služba & co"));
    assert_eq!(url.get("obec").as_deref(), Some("týnec-nad-sázavou"));
}
