//! `/urady?obec=`: the municipal offices and the municipalities each serves, with "which office is mine":
//! choose your municipality and the page names its office. The municipalities are sorted and grouped by
//! office once (`served_by_office`), so the page stays linear in their number (defect 17).

use crate::ui::router::use_url;
use leptos::prelude::*;

use crate::domain::offices::{find_municipality, office_for, served_by_office};
use crate::domain::text::fold;
use crate::query::query_string;
use crate::ui::components::did_you_mean::did_you_mean;
use crate::ui::components::office_card::OfficeCard;
use crate::ui::format::order;
use crate::ui::nav::page_title;
use crate::ui::pages::with_catalogue_below;
use crate::ui::state::{use_app, use_t};

#[component]
pub fn OfficesPage() -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let url = use_url();
    let obec = move || url.read().get("obec").unwrap_or_default();
    page_title(move || t.offices_title.to_string());
    view! {
        <h1 tabindex="-1">{t.offices_title}</h1>
        <p class="app-lead">{t.offices_lead}</p>
        {with_catalogue_below(move |c| {
            let snap = &c.snapshot;
            let typed = obec();
            let found = (!typed.trim().is_empty()).then(|| find_municipality(snap, &typed).and_then(|i| snap.municipalities.get(i)));
            let answer = found.map(|m| match m {
                Some(m) => {
                    let offices = office_for(snap, Some(&m.id));
                    let names = offices.iter().filter_map(|o| snap.offices.get(*o)).map(|o| o.name.clone()).collect::<Vec<_>>().join(", ");
                    view! { <p class="app-panel" role="status" data-testid="office-answer"><strong>{m.name.clone()}</strong>": "{names}</p> }.into_any()
                }
                None => {
                    let href = |m: &crate::domain::snapshot::Municipality| format!("/urady?{}", query_string(&[("obec", &m.name)]));
                    view! {
                        <p class="app-panel" role="status" data-testid="office-answer">{t.municipality_unknown}</p>
                        {did_you_mean(snap, &typed, href)}
                    }.into_any()
                }
            });
            let lang = app.lang.get();
            let keys: Vec<String> = snap.municipalities.iter().map(|m| fold(&m.name)).collect();
            let by_name = order(&keys);
            let served = served_by_office(snap, &by_name);
            let offices = snap.offices.iter().zip(served).map(|(o, served)| {
                let served: Vec<String> = served.iter().filter_map(|i| snap.municipalities.get(*i)).map(|m| m.name.clone()).collect();
                let count = lang.count(served.len(), &t.municipalities);
                view! {
                    <li>
                        <OfficeCard office=o.clone()/>
                        <details class="app-details">
                            <summary>{t.serves}" "{count}</summary>
                            <p>{served.join(", ")}</p>
                        </details>
                    </li>
                }
            }).collect_view();
            let names: Vec<String> = by_name.iter().filter_map(|i| snap.municipalities.get(*i)).map(|m| m.name.clone()).collect();
            view! {
                <form method="get" action="/urady" class="app-search">
                    <label class="app-label" for="obec-q">{t.which_office}</label>
                    <div class="app-search__row">
                        <input id="obec-q" name="obec" class="app-input" list="obce" autocomplete="off" prop:value=typed/>
                        <button type="submit" class="app-button">{t.find_button}</button>
                    </div>
                    <datalist id="obce">{names.into_iter().map(|n| view! { <option value=n></option> }).collect_view()}</datalist>
                </form>
                {answer}
                {snap.offices.is_empty().then(|| view! { <p class="app-panel" data-testid="no-office">{t.no_office}</p> })}
                <ul class="app-list-plain">{offices}</ul>
            }.into_any()
        })}
    }
}
