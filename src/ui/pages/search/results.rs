//! The search page's result list: the politely announced count, the cards, and the help when nothing
//! matched. The first cards render at once and the rest a frame later (issue 16): fifty cards were one
//! task of about 200 ms at 4× CPU with a region's catalogue, and a person sees the top of the list first.
//! Going Back to a list renders it whole, so the scroll position it had can be restored.

use leptos::prelude::*;

use crate::ui::components::print_link::print_list;
use crate::ui::components::{crisis_lines::CrisisLines, office_card::OfficeCard, service_card::hit_cards};
use crate::ui::dynamic::*;
use crate::ui::state::{use_app, use_t};

/// Cards rendered before the first paint: more than a phone shows above the fold.
const FIRST_CARDS: usize = 6;

/// The result list for the current query, with its politely announced count and the no-match help.
#[component]
pub(super) fn Results(
    catalogue: std::sync::Arc<crate::ui::state::Catalogue>,
    query: Memo<crate::domain::rank::Query>,
) -> impl IntoView {
    let t = use_t();
    let app = use_app();
    let cat = catalogue.clone();
    let result = Memo::new(move |_| {
        app.lexicons.track();
        cat.index.search(&cat.snapshot, &query.get())
    });
    let count = move || {
        let r = result.get();
        let lang = app.lang.get();
        lang.count(r.total, &t.results)
    };
    view! {
        <p class="app-result-count" role="status" aria-live="polite" data-testid="result-count">{dyn_text(count)}</p>
        {dyn_view(move || {
            let r = result.get();
            let snap = &catalogue.snapshot;
            let office = r.office.as_ref().and_then(|o| snap.offices.get(o.office).cloned());
            let listed: Vec<usize> = r.hits.iter().map(|h| h.service).collect();
            let none = r.hits.is_empty();
            // The first cards now; the rest after the next paint, unless Back is restoring a position.
            let mut hits = r.hits;
            let rest = hits.split_off(hits.len().min(FIRST_CARDS));
            let cards = hit_cards(snap, &hits);
            let whole = rest.is_empty() || crate::ui::router::restoring();
            let more = RwSignal::new(whole);
            if !whole {
                // A newer query may have replaced this list meanwhile: setting a disposed signal does nothing.
                crate::ui::dom::after_paint(move || more.set(true));
            }
            let later = catalogue.clone();
            let later = dyn_view(move || {
                if more.get() { hit_cards(&later.snapshot, &rest) } else { ().into_any() }
            });
            view! {
                {print_list(snap, &listed)}
                <ul class="app-results" aria-busy=dyn_text(move || if more.get() { "false" } else { "true" }.into())>{cards}{later}</ul>
                {none.then(|| view! {
                    <div class="app-panel">
                        <h2>{t.no_results_title}</h2>
                        <p>{t.no_results_text}</p>
                        <p class="app-links"><a href="/pruvodce">{t.finder_start}</a></p>
                    </div>
                })}
                {office.map(|o| view! { <OfficeCard office=o/> })}
                {none.then(|| view! { <CrisisLines/> })}
            }.into_any()
        })}
    }
}
