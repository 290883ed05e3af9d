//! `/pruvodce/vysledky`: the finder's answer. Crisis lines come first when the answers indicate danger;
//! every service says why it fits; the responsible municipal office is the last card (or, in a catalogue
//! without offices, advice to contact one), and the crisis lines are always there, so it never ends empty.

use leptos::prelude::*;

use super::{answer_pairs, finder_url};
use crate::domain::finder::{run_finder, Answers};
use crate::ui::components::print_link::print_list;
use crate::ui::components::{crisis_lines::CrisisLines, office_card::OfficeCard, service_card::hit_cards};
use crate::ui::nav::page_title;
use crate::ui::pages::with_catalogue;
use crate::ui::state::{use_app, use_t};

#[component]
pub fn FinderResults() -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let pairs = answer_pairs();
    page_title(move || t.finder_results_title.to_string());
    view! {
        {with_catalogue(move |c| {
            let all = pairs.get();
            let answers = Answers::from_params(&all, &c.snapshot);
            let result = run_finder(&c.index, &c.snapshot, &answers);
            let snap = &c.snapshot;
            let lang = app.lang.get();
            let count = lang.count(result.hits.len(), &t.services);
            let cards = hit_cards(snap, &result.hits);
            let listed: Vec<usize> = result.hits.iter().map(|h| h.service).collect();
            // A catalogue may list no offices (an HSDS import): then no office card, general advice instead.
            let card = result.office.as_ref();
            let office = card.and_then(|o| snap.offices.get(o.office)).cloned();
            let reason = card.and_then(|o| o.municipality).and_then(|m| snap.municipalities.get(m)).zip(office.as_ref()).map(|(m, o)| {
                format!("{} {} → {}", t.office_for, m.name, o.name)
            });
            let crisis_first = result.crisis_first;
            view! {
                <h1 tabindex="-1">{t.finder_results_title}</h1>
                {crisis_first.then(|| view! {
                    <div class="app-panel app-panel--danger">
                        <p><strong>{t.danger_text}</strong></p>
                        <CrisisLines/>
                    </div>
                })}
                <p role="status" data-testid="result-count">{count}</p>
                <p class="app-links"><a href=finder_url("shrnuti", &all)>{t.change_answers}</a></p>
                {print_list(&c.snapshot, &listed)}
                <ul class="app-results">{cards}</ul>
                {result.hits.is_empty().then(|| view! { <p>{t.finder_nothing}</p> })}
                <h2>{t.office_title}</h2>
                {match (office, reason) {
                    (Some(o), Some(r)) => view! { <OfficeCard office=o reason=r/> }.into_any(),
                    (Some(o), None) => view! { <OfficeCard office=o/> }.into_any(),
                    (None, _) => view! { <p class="app-panel" data-testid="no-office">{t.no_office}</p> }.into_any(),
                }}
                {(!crisis_first).then(|| view! { <CrisisLines/> })}
            }.into_any()
        })}
    }
}
