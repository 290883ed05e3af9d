//! `/sluzby?podle=druh|skupina|abc&strana=N`: the whole catalogue, browsable by type, by target group or
//! A–Z, a page at a time with no cap, each service with its address and contacts. The page is
//! `browse_doc`'s tree, built and mounted by the lazily loaded booklet module (`booklet_view`); its
//! paging links are plain links the router follows, so the URL holds the page.

use leptos::prelude::*;

use crate::ui::components::booklet_view::booklet_view;
use crate::ui::nav::page_title;
use crate::ui::pages::with_catalogue_below;
use crate::ui::router::use_url;
use crate::ui::state::use_t;

#[component]
pub fn BrowsePage() -> impl IntoView {
    let t = use_t();
    let url = use_url();
    page_title(move || t.browse_title.to_string());
    view! {
        <h1 tabindex="-1">{t.browse_title}</h1>
        {with_catalogue_below(move |_| {
            booklet_view("browse", move || url.with(|u| vec![u.get("podle").unwrap_or_default(), u.get("strana").unwrap_or_default()])).into_any()
        })}
    }
}
