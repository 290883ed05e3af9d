//! `/tisk?podle=druh|obec&papir=a4|a5` (the whole current catalogue as a printable booklet) and
//! `/tisk?sluzby=id,id,…` (a search, finder or favourites list with full contacts), offline. The page
//! holds only the controls: the booklet is `booklet_doc`'s tree (the one `katalog booklet` writes to a
//! file), built and mounted by the lazily loaded booklet module (`booklet_view`). The print style sheet
//! numbers the pages and sets the paper.

mod parts;

use leptos::prelude::*;

use crate::domain::booklet::Grouping;
use crate::ui::components::booklet_view::booklet_view;
use crate::ui::dom;
use crate::ui::nav::page_title;
use crate::ui::pages::with_catalogue_below;
use crate::ui::router::use_url;
use crate::ui::state::use_t;

/// The URL parameters of this page.
const PODLE: &str = "podle";
const PAPIR: &str = "papir";
pub const SLUZBY: &str = "sluzby";

/// Opens the browser's print dialogue.
fn print_page() {
    if let Some(w) = dom::window() {
        let _ = w.print();
    }
}

#[component]
pub fn PrintPage() -> impl IntoView {
    let t = use_t();
    let url = use_url();
    page_title(move || t.print_title.to_string());
    let param = move |k: &str| url.read().get(k).unwrap_or_default();
    let grouping = move || match Grouping::from_slug(&param(PODLE)) {
        Grouping::Municipality => Grouping::Municipality,
        _ => Grouping::Type,
    };
    view! {
        <h1 tabindex="-1" class="bk-h1">{t.print_title}</h1>
        <p class="bk-screen-only">{t.print_lead}</p>
        {with_catalogue_below(move |_| {
            let list = !param(SLUZBY).is_empty();
            view! {
                {(!list).then(|| view! { <parts::Controls grouping=grouping() a5={param(PAPIR) == "a5"}/> })}
                <p class="bk-screen-only"><button type="button" class="app-button" on:click=|_| print_page()>
                    {if list { t.print_list } else { t.print_catalogue }}
                </button></p>
                {booklet_view("render", move || vec![grouping().slug().to_string(), param(PAPIR), param(SLUZBY)])}
            }.into_any()
        })}
    }
}
