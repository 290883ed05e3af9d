//! `/tisk?podle=druh|obec&papir=a4|a5`: the whole current catalogue as a printable booklet, offline: a
//! title page (region, data date, publisher, crisis lines), contents, the services under their headings
//! and an index of municipalities: `booklet_doc`'s tree of `domain::booklet`, the same that `katalog
//! booklet` writes to a file; the print style sheet (`style/print.css`) numbers the pages and sets the paper size.

mod parts;

use leptos::prelude::*;

use crate::booklet_doc;
use crate::domain::booklet::{booklet, Grouping};
use crate::ui::components::booklet_entry::{mount, print_page};
use crate::ui::nav::page_title;
use crate::ui::pages::with_catalogue_below;
use crate::ui::router::use_url;
use crate::ui::state::{use_app, use_t};

/// The URL parameters of this page.
const PODLE: &str = "podle";
const PAPIR: &str = "papir";

#[component]
pub fn PrintPage() -> impl IntoView {
    let t = use_t();
    let app = use_app();
    let url = use_url();
    page_title(move || t.print_title.to_string());
    let grouping = move || match Grouping::from_slug(&url.read().get(PODLE).unwrap_or_default()) {
        Grouping::Municipality => Grouping::Municipality,
        _ => Grouping::Type,
    };
    let a5 = move || url.read().get(PAPIR).as_deref() == Some("a5");
    view! {
        <h1 tabindex="-1" class="bk-h1">{t.print_title}</h1>
        <p class="bk-screen-only">{t.print_lead}</p>
        {with_catalogue_below(move |c| {
            let b = booklet(&c.snapshot, grouping());
            let lang = app.lang.get_untracked();
            let class = if a5() { "bk bk--a5" } else { "bk" };
            view! {
                <parts::Controls grouping=b.grouping a5=a5()/>
                <p class="bk-screen-only"><button type="button" class="app-button" on:click=|_| print_page()>{t.print_catalogue}</button></p>
                <div class=class data-testid="booklet">{mount(booklet_doc::booklet(&b, lang))}</div>
            }.into_any()
        })}
    }
}
