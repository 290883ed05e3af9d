//! `/pruvodce/…`: the guided finder ("Nenašli jste, co jste hledali?"). One question per page (GOV.UK
//! question pages), every answer kept in the URL so Back, links and "Změnit" work; a check-answers page; and
//! results that say why, with the office card and, when the answers call for it, crisis lines first. The
//! steps are `domain::finder::Step`.

mod check;
mod question;
mod results;
mod start;

pub use check::FinderCheck;
pub use question::FinderQuestion;
pub use results::FinderResults;
pub use start::FinderStart;

use leptos::prelude::*;

use crate::domain::finder::Step;
use crate::ui::router::use_url;

/// "Came from check answers": the next step is the summary again.
pub const CHANGE: &str = "zmena";

/// All answer pairs in the current URL (one parameter per step), repeated keys included.
pub fn answer_pairs() -> Memo<Vec<(String, String)>> {
    let params = use_url();
    Memo::new(move |_| {
        let p = params.read();
        Step::ALL
            .iter()
            .flat_map(|s| p.get_all(s.slug()).into_iter().map(move |v| (s.slug().to_string(), v)))
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
