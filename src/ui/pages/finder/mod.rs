//! `/pruvodce/…`: the guided finder ("Nenašli jste, co jste hledali?"). One question per page (GOV.UK
//! question pages), every answer kept in the URL so Back, links and "Změnit" work; a check-answers page; and
//! results that say why, with the office card and, when the answers call for it, crisis lines first.

mod check;
mod question;
mod results;
mod start;

pub use check::FinderCheck;
pub use question::FinderQuestion;
pub use results::FinderResults;
pub use start::FinderStart;

use leptos::prelude::*;

use crate::ui::router::use_url;

/// The question steps in order, by their URL segment.
pub const STEPS: [&str; 5] = ["kdo", "vek", "situace", "obec", "pomoc"];

/// Every URL parameter the finder uses (the answers' keys, plus `zmena` for "came from check answers").
pub const KEYS: [&str; 5] = ["kdo", "vek", "situace", "obec", "pomoc"];
pub const CHANGE: &str = "zmena";

/// All answer pairs in the current URL, repeated keys included.
pub fn answer_pairs() -> Memo<Vec<(String, String)>> {
    let params = use_url();
    Memo::new(move |_| {
        let p = params.read();
        KEYS.iter()
            .flat_map(|k| p.get_all(k).into_iter().map(move |v| (k.to_string(), v)))
            .filter(|(_, v)| !v.is_empty())
            .collect()
    })
}

/// The URL of a finder page carrying the given answers.
pub fn finder_url(page: &str, pairs: &[(String, String)]) -> String {
    if pairs.is_empty() {
        format!("/pruvodce/{page}")
    } else {
        format!("/pruvodce/{page}?{}", crate::query::query_string(pairs))
    }
}
