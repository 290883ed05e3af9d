//! "Vytisknout seznam s kontakty": the link search, finder and favourites put above their lists. It opens
//! `/tisk?sluzby=…` with the listed services, which prints them with full contacts through the booklet's
//! one renderer (loaded only then), so a printout is never names only.

use leptos::prelude::*;

use crate::domain::snapshot::Snapshot;
use crate::query::query_string;
use crate::ui::state::use_t;

/// The print link for the services at `services` (indices into the catalogue), in that order; nothing for
/// an empty list.
pub fn print_list(snap: &Snapshot, services: &[usize]) -> AnyView {
    let t = use_t();
    let ids: Vec<&str> =
        services.iter().filter_map(|i| snap.services.get(*i)).map(|s| s.id.as_str()).collect();
    if ids.is_empty() {
        return ().into_any();
    }
    let href = format!("/tisk?{}", query_string(&[(crate::ui::pages::print::SLUZBY, ids.join(","))]));
    view! {
        <p><a class="app-button app-button--secondary" href=href data-testid="print-list">{t.print_list}</a></p>
    }
    .into_any()
}
