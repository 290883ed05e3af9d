//! "Měli jste na mysli: Benešov?" under a municipality the catalogue does not know: the names the
//! domain finds close to what was typed (`close_municipality_indices`, the rule the CLI's error uses
//! too), each a link that applies it.

use leptos::prelude::*;

use crate::domain::offices::close_municipality_indices;
use crate::domain::snapshot::{Municipality, Snapshot};
use crate::ui::state::use_t;

/// The suggestion line for `typed` (type-erased), or nothing when no name is close; `href` makes the link that
/// applies a municipality.
pub fn did_you_mean(snap: &Snapshot, typed: &str, href: impl Fn(&Municipality) -> String) -> AnyView {
    let t = use_t();
    let close: Vec<&Municipality> = close_municipality_indices(snap, typed, 3)
        .into_iter()
        .filter_map(|i| snap.municipalities.get(i))
        .collect();
    if close.is_empty() {
        return ().into_any();
    }
    let last = close.len() - 1;
    let links = close
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            let sep = if i < last { ", " } else { "" };
            view! { <a href=href(m)>{m.name.clone()}</a>{sep} }
        })
        .collect_view();
    view! { <p class="app-panel" data-testid="did-you-mean">{t.did_you_mean}" "{links}"?"</p> }.into_any()
}
