//! `/urady?obec=`: the municipal offices and the municipalities each serves, with "which office is mine":
//! choose your municipality and the page names its office.

use crate::ui::router::use_url;
use leptos::prelude::*;

use crate::domain::offices::{find_municipality, office_for};
use crate::ui::components::office_card::OfficeCard;
use crate::ui::format::municipalities_by_name;
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
            let found = (!typed.trim().is_empty()).then(|| find_municipality(snap, &typed));
            let answer = found.map(|m| match m {
                Some(i) => {
                    let m = &snap.municipalities[i];
                    let offices = office_for(snap, Some(&m.id));
                    let names = offices.iter().map(|o| snap.offices[*o].name.clone()).collect::<Vec<_>>().join(", ");
                    view! { <p class="app-panel" role="status" data-testid="office-answer"><strong>{m.name.clone()}</strong>": "{names}</p> }.into_any()
                }
                None => view! { <p class="app-panel" role="status" data-testid="office-answer">{t.municipality_unknown}</p> }.into_any(),
            });
            let lang = app.lang.get();
            let offices = snap.offices.iter().map(|o| {
                let served: Vec<String> = municipalities_by_name(snap).into_iter().filter(|(id, _)| {
                    snap.municipalities.iter().any(|m| &m.id == id && m.office == o.id)
                }).map(|(_, name)| name).collect();
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
            let names: Vec<String> = snap.municipalities.iter().map(|m| m.name.clone()).collect();
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
                <ul class="app-list-plain">{offices}</ul>
            }.into_any()
        })}
    }
}
