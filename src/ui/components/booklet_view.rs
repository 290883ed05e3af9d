//! `/tisk` and `/sluzby`: a heading and an empty container (`#booklet`) that the booklet module
//! (`src/bin/booklet.rs`, `dist/booklet/`, loaded on demand and from the worker's cache offline) fills for
//! the location, region and language in its data attributes, from the region's stored catalogue, which
//! it reads from IndexedDB itself through `store`. The app only adds the module's starter script once
//! (`src/bin/booklet_start.js`) and afterwards tells it about each new container with a `booklet` event.
//! The booklet's layout, words, print style and controls so stay out of the first load. A module or
//! catalogue that cannot be read unhides a clear message instead of leaving the page empty.

use leptos::prelude::*;

use crate::query::query_string;
use crate::ui::dom;
use crate::ui::nav::page_title;
use crate::ui::pages::with_catalogue_below;
use crate::ui::router::use_url;
use crate::ui::state::{use_app, use_t};

/// Gives `#booklet` what to render (data-location, data-region, data-lang), then adds the starter (which
/// renders it when it has loaded) or, once added, asks it to render the new container.
fn start(data: [(&str, String); 3]) -> Option<()> {
    let doc = dom::document()?;
    let el = doc.get_element_by_id("booklet")?;
    for (name, value) in data {
        el.set_attribute(name, &value).ok()?;
    }
    if doc.get_element_by_id("booklet-start").is_some() {
        let event = web_sys::Event::new("booklet").ok()?;
        return doc.dispatch_event(&event).ok().map(|_| ());
    }
    let script = doc.create_element("script").ok()?;
    for (name, value) in [("id", "booklet-start"), ("type", "module"), ("src", "/booklet/start.js")] {
        script.set_attribute(name, value).ok()?;
    }
    doc.body()?.append_with_node_1(&script).ok()
}

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
            let data = [
                ("data-location", location),
                ("data-region", app.region.get()),
                ("data-lang", app.lang.get().code().to_string()),
            ];
            dom::after_render(move || {
                start(data);
            });
            view! {
                <p id="booklet-error" role="alert" class="app-error-message" hidden>{t.print_failed}</p>
                <div id="booklet" data-testid="booklet"></div>
            }
            .into_any()
        })}
    }
}
