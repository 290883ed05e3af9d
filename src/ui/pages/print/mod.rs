//! `/tisk?podle=druh|obec&papir=a4|a5`: the whole current catalogue as a printable booklet, offline: a
//! title page (region, data date, publisher, crisis lines), contents, the services under their headings
//! and an index of municipalities. The model is `domain::booklet`, the same that `katalog booklet` writes
//! to a file; the print style sheet (`style/print.css`) numbers the pages and sets the paper size.

mod parts;

use leptos::prelude::*;

use crate::domain::booklet::{booklet, Grouping};
use crate::ui::components::booklet_entry::{print_page, BookletEntry};
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
            let groups = b.groups.iter().map(|g| {
                let entries = g.entries.iter().map(|e| view! { <BookletEntry entry=e.clone() numbered=true/> }).collect_view();
                view! {
                    <section class="bk-group" id=g.key.anchor()>
                        <h2>{lang.heading(&g.key)}</h2>
                        {entries}
                    </section>
                }
            }).collect_view();
            view! {
                <parts::Controls grouping=b.grouping a5=a5()/>
                <p class="bk-screen-only"><button type="button" class="app-button" on:click=|_| print_page()>{t.print_catalogue}</button></p>
                <div class=class data-testid="booklet">
                    <parts::TitlePage title=b.title.clone()/>
                    <parts::Contents groups=b.groups.iter().map(|g| (g.key.clone(), g.entries.len())).collect()/>
                    {groups}
                    <parts::Index rows=b.index.clone() whole_region=b.whole_region.clone()/>
                </div>
            }.into_any()
        })}
    }
}
