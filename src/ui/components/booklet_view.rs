//! `/tisk` and `/sluzby`: a heading and an empty container (`#booklet`) that the booklet module
//! (`src/bin/booklet/main.rs`, `dist/booklet/`, loaded on demand and from the worker's cache offline) fills for
//! the location, region and language in its data attributes, from the region's stored catalogue, which
//! it reads from IndexedDB itself through `store`. The app only starts the module (`ui::lazy`).
//! The booklet's layout, words, print style and controls so stay out of the first load. A module or
//! catalogue that cannot be read unhides a clear message instead of leaving the page empty.

use leptos::prelude::*;

use crate::query::query_string;
use crate::ui::lazy;
use crate::ui::nav::page_title;
use crate::ui::pages::with_catalogue_below;
use crate::ui::router::use_url;
use crate::ui::state::{use_app, use_t};

/// The page `title` whose body the module renders, again whenever the location, region or language change
/// (read here, so the body is rebuilt).
pub fn booklet_page(title: fn(&'static crate::i18n::Strings) -> &'static str) -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let url = use_url();
    page_title(move || title(t).to_string());
    view! {
        <h1 tabindex="-1" class="bk-h1">{title(t)}</h1>
        {with_catalogue_below(move |_| {
            let location = url.with(|u| format!("{}?{}", u.path, query_string(&u.query)));
            lazy::start();
            view! {
                <p id="booklet-error" role="alert" class="app-error-message" hidden>{t.print_failed}</p>
                <div id="booklet" data-testid="booklet" data-location=location data-region=app.region.get()
                    data-lang=app.lang.get().code()></div>
            }
            .into_any()
        })}
    }
}
