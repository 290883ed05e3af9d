//! Another region's place names inside a region's catalogue: an okres by name (or its seat's name, as
//! "Brno" for Brno-město) and a kraj by its adjective ("…ského kraje"). A find-and-replace copy of
//! another region's catalogue leaves exactly these behind ("Intervenční centrum Středočeského kraje" in
//! Blansko), including garbled ones ("Blanenskoočeského kraje") that name no kraj at all.
//!
//! The region's own okres comes from `meta.region_name`; names of the catalogue's own municipalities are
//! never foreign (okres Blansko has a Benešov of its own). Okres names must start with a capital, so
//! "tábor" (a camp) is not Tábor. Crisis lines are national and not read.

use super::places_table::{KRAJE, OKRESY};
use super::{Finding, PlaceKind};
use crate::domain::snapshot::Snapshot;
use crate::domain::text::fold::fold;

struct Word<'a> {
    text: &'a str,
    folded: String,
    capital: bool,
}

fn words(text: &str) -> Vec<Word<'_>> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| Word { text: w, folded: fold(w), capital: w.chars().next().is_some_and(char::is_uppercase) })
        .collect()
}

/// A declined form of a name's last word: "Benešově", "Blanska" for "Benešov", "Blansko". A plural name
/// ("Svitavy") never declines to the singular "-a", which is another place: the river Svitava runs
/// through Blansko.
fn declined(word: &str, name: &str) -> bool {
    let stem = name.trim_end_matches(['a', 'e', 'i', 'o', 'u', 'y']);
    let singular_of_plural = name.ends_with('y') && word.len() == stem.len() + 1 && word.ends_with('a');
    word.starts_with(stem) && word.len() <= stem.len() + 3 && !singular_of_plural
}

/// Index of the first word of `name` (folded words) at each place `ws` names it.
fn occurrences(ws: &[Word], name: &[String]) -> Vec<usize> {
    let n = name.len();
    (0..ws.len().saturating_sub(n - 1))
        .filter(|&i| {
            ws[i].capital
                && (0..n - 1).all(|j| ws[i + j].folded == name[j])
                && declined(&ws[i + n - 1].folded, &name[n - 1])
                && !ws.get(i + n).is_some_and(|w| w.folded.starts_with("kraj"))
        })
        .collect()
}

fn name_words(name: &str) -> Vec<String> {
    words(name).into_iter().map(|w| w.folded).collect()
}

/// The okres the region belongs to, named in `meta.region_name`.
fn own_okres(s: &Snapshot) -> Option<usize> {
    let ws = words(&s.meta.region_name);
    OKRESY.iter().position(|(name, _)| !occurrences(&ws, &name_words(name)).is_empty())
}

/// Every text a reader sees as the region's own, with its JSON path.
fn texts(s: &Snapshot) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    for (i, v) in s.services.iter().enumerate() {
        out.push((format!("$.services[{i}].name"), v.name.as_str()));
        out.push((format!("$.services[{i}].description"), v.description.as_str()));
        for (j, l) in v.locations.iter().enumerate() {
            if let Some(n) = &l.name {
                out.push((format!("$.services[{i}].locations[{j}].name"), n.as_str()));
            }
        }
    }
    for (i, p) in s.providers.iter().enumerate() {
        out.push((format!("$.providers[{i}].name"), p.name.as_str()));
    }
    for (i, o) in s.offices.iter().enumerate() {
        out.push((format!("$.offices[{i}].name"), o.name.as_str()));
    }
    for (i, n) in s.news.iter().enumerate() {
        out.push((format!("$.news[{i}].title"), n.title.as_str()));
        out.push((format!("$.news[{i}].text"), n.text.as_str()));
    }
    for (i, d) in s.documents.iter().enumerate() {
        out.push((format!("$.documents[{i}].title"), d.title.as_str()));
    }
    out
}

/// The kraj an adjective before "kraj…" names: `Some(None)` for an adjective that names no kraj.
fn kraj_of(adjective: &str) -> Option<Option<usize>> {
    let tail = &adjective[adjective.len().saturating_sub(6)..];
    if !(tail.contains("sk") || tail.contains("ck")) {
        return None;
    }
    Some(KRAJE.iter().position(|(_, stem)| !stem.is_empty() && adjective.starts_with(stem)))
}

pub(super) fn check(s: &Snapshot, out: &mut Vec<Finding>) {
    let Some(own) = own_okres(s) else { return };
    let own_kraj = OKRESY[own].1;
    let local: Vec<String> = s.municipalities.iter().map(|m| fold(&m.name)).collect();
    // Each okres by its name and, for "Brno-město" and the like, by its seat's name too.
    let mut foreign: Vec<(Vec<String>, usize)> = Vec::new();
    for (k, (name, kraj)) in OKRESY.iter().enumerate() {
        for alias in [*name, name.split('-').next().unwrap_or(name)] {
            let folded = fold(alias);
            if k != own && !local.contains(&folded) && !foreign.iter().any(|(w, _)| w == &name_words(alias)) {
                foreign.push((name_words(alias), *kraj));
            }
        }
    }
    for (path, text) in texts(s) {
        let ws = words(text);
        for (name, kraj) in &foreign {
            for i in occurrences(&ws, name) {
                let place = ws[i..i + name.len()].iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
                let kind = PlaceKind::Okres { kraj: KRAJE[*kraj].0 };
                out.push(Finding::ForeignPlace { path: path.clone(), place, kind });
            }
        }
        for pair in ws.windows(2) {
            let kraj = if pair[1].folded.starts_with("kraj") {
                kraj_of(&pair[0].folded)
            } else if pair[0].folded.starts_with("kraj") && pair[1].folded.starts_with("vysocin") {
                Some(Some(9))
            } else {
                None
            };
            if let Some(k) = kraj.filter(|k| *k != Some(own_kraj)) {
                let place = format!("{} {}", pair[0].text, pair[1].text);
                let kind = PlaceKind::Kraj { kraj: k.map(|k| KRAJE[k].0) };
                out.push(Finding::ForeignPlace { path: path.clone(), place, kind });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declined_names_match_but_other_words_do_not() {
        assert!(declined("benesove", "benesov"));
        assert!(declined("blansku", "blansko"));
        assert!(!declined("mostecky", "most"));
        assert!(declined("svitavach", "svitavy"));
        assert!(!declined("svitava", "svitavy"), "the river Svitava is not the town Svitavy");
    }

    #[test]
    fn kraj_adjectives() {
        assert_eq!(kraj_of("stredoceskeho"), Some(Some(1)));
        assert_eq!(kraj_of("blanenskoceskeho"), Some(None));
        assert_eq!(kraj_of("cely"), None);
    }
}
