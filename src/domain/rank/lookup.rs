//! Finding a service by what a person already has rather than by what they need: the phone number on a
//! leaflet (any spelling, one normaliser: `text::phone`), the provider's IČO from a letter, or the part
//! of a municipality they live in ("Chlístov", a village of Benešov). Identifiers are exact: their
//! matches come first, before anything the words match.

use super::Why;
use crate::domain::index::fxhash::FxMap;
use crate::domain::index::Index;
use crate::domain::snapshot::{Contacts, Snapshot};
use crate::domain::text::{self, fold, ico, phone, words};

/// What the query's identifiers found.
#[derive(Debug, Default)]
pub(crate) struct Lookup {
    /// The query is a phone number or an IČO some services have: only they answer it, each with its reason.
    pub exact: Option<Vec<(usize, Why)>>,
    /// A part of a municipality named in the query: (municipality index, the part as written in the
    /// catalogue), and the query without the part's words.
    pub part: Option<(usize, String, String)>,
}

fn has_phone(c: &Contacts, digits: &str) -> Option<String> {
    c.phones.iter().find(|p| phone::digits(&p.number) == digits).map(|p| p.number.clone())
}

/// Services with phone number `digits`: those listing it themselves first, then the services of
/// providers listing it.
fn by_phone(s: &Snapshot, digits: &str) -> Vec<(usize, Why)> {
    let own = s.services.iter().enumerate().filter_map(|(i, svc)| {
        svc.contacts.as_ref().and_then(|c| has_phone(c, digits)).map(|n| (i, Why::Phone(n)))
    });
    let mut out: Vec<(usize, Why)> = own.collect();
    for p in &s.providers {
        if let Some(n) = has_phone(&p.contacts, digits) {
            for (i, svc) in s.services.iter().enumerate() {
                if svc.provider == p.id && !out.iter().any(|(j, _)| *j == i) {
                    out.push((i, Why::ProviderPhone { number: n.clone(), provider: p.name.clone() }));
                }
            }
        }
    }
    out
}

/// The services of providers with IČO `number`.
fn by_ico(s: &Snapshot, number: &str) -> Vec<(usize, Why)> {
    let mut out = Vec::new();
    for p in s.providers.iter().filter(|p| p.ico.as_deref() == Some(number)) {
        for (i, _) in s.services.iter().enumerate().filter(|(_, svc)| svc.provider == p.id) {
            out.push((i, Why::Ico { ico: number.to_string(), provider: p.name.clone() }));
        }
    }
    out
}

/// Whether a part's name is also words the search knows (catalogue text or a lexicon phrase: "Peklo",
/// "Hory", "Jezero"): taking it as a place would take words from the query ("doma je peklo").
fn ambiguous(index: &Index, part: &str) -> bool {
    let terms = text::terms(part, index.mode);
    let in_lexicon = |t: &String| index.concepts.iter().any(|c| c.phrases.iter().flatten().any(|p| p == t));
    terms.iter().all(|t| index.term_id(t).is_some() || in_lexicon(t))
}

/// The first part of a municipality whose whole name occurs in `text` as whole words (folded, so
/// "bedrc" finds "Bedrč"), with the text left when its words are taken out.
fn by_part(index: &Index, s: &Snapshot, text: &str) -> Option<(usize, String, String)> {
    let typed: Vec<&str> = words(text).collect();
    if typed.is_empty() || s.municipalities.iter().all(|m| m.parts.is_empty()) {
        return None;
    }
    let folded: Vec<String> = typed.iter().map(|w| fold(w)).collect();
    // The index's map type: one more hash set type would grow the browser build.
    let municipalities: FxMap<String, u32> = s.municipalities.iter().map(|m| (fold(&m.name), 0)).collect();
    for (mi, m) in s.municipalities.iter().enumerate() {
        // A part named like a municipality (its own, or Chlístov of Neustupov beside the municipality
        // Chlístov) names that municipality first: it is no part to find another one by.
        for part in m.parts.iter().filter(|p| !municipalities.contains_key(&fold(p))) {
            let want: Vec<String> = words(part).map(fold).collect();
            if want.is_empty() || want.len() > folded.len() {
                continue;
            }
            let found = (0..=folded.len() - want.len()).find(|&i| folded[i..i + want.len()] == want[..]);
            if let Some(at) = found.filter(|_| !ambiguous(index, part)) {
                let rest: Vec<&str> = typed
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i < at || *i >= at + want.len())
                    .map(|(_, w)| *w)
                    .collect();
                // The word being typed stays "being typed" (or not) once the part is taken out.
                let end = if text.ends_with(char::is_whitespace) { " " } else { "" };
                return Some((mi, part.clone(), format!("{}{end}", rest.join(" "))));
            }
        }
    }
    None
}

/// An identifier that matches nothing leaves the query to the words ("2024 2025" is eight digits).
pub(crate) fn lookup(index: &Index, s: &Snapshot, text: &str) -> Lookup {
    let exact = match (phone::as_phone_query(text), ico::as_ico_query(text)) {
        (Some(d), _) => by_phone(s, &d),
        (None, Some(d)) => by_ico(s, &d),
        (None, None) => Vec::new(),
    };
    if !exact.is_empty() {
        return Lookup { exact: Some(exact), part: None };
    }
    Lookup { exact: None, part: by_part(index, s, text) }
}
