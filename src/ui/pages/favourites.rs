//! `/oblibene`: services saved on this device.

use leptos::prelude::*;

use crate::ui::components::{print_link::print_list, service_card::ServiceCard};
use crate::ui::nav::page_title;
use crate::ui::pages::with_catalogue_below;
use crate::ui::state::{use_app, use_t};

#[component]
pub fn FavouritesPage() -> impl IntoView {
    let app = use_app();
    let t = use_t();
    page_title(move || t.favourites_title.to_string());
    view! {
        <h1 tabindex="-1">{t.favourites_title}</h1>
        <p>{t.favourites_hint}</p>
        {with_catalogue_below(move |c| {
            let ids = app.favourites.get();
            let snap = &c.snapshot;
            let listed: Vec<usize> = ids.iter().filter_map(|id| snap.services.iter().position(|s| &s.id == id)).collect();
            let cards: Vec<_> = listed.iter().filter_map(|i| snap.services.get(*i)).map(|s| {
                let provider = snap.providers.iter().find(|p| p.id == s.provider).map(|p| p.name.clone()).unwrap_or_default();
                view! { <ServiceCard service=s.clone() provider=provider level=2/> }
            }).collect();
            if cards.is_empty() {
                view! { <p>{t.favourites_empty}" "<a href="/hledat">{t.nav_search}</a></p> }.into_any()
            } else {
                view! { {print_list(&c.snapshot, &listed)}<ul class="app-results">{cards}</ul> }.into_any()
            }
        })}
    }
}
