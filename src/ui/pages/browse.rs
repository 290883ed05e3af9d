//! `/sluzby?podle=druh|skupina|abc&strana=N`: the whole catalogue, browsable by type, by target group or
//! A–Z, a page at a time with no cap and a count, each service with its address and contacts. The booklet
//! module renders it (`booklet_view`, `browse_doc`); its paging links are plain links the app's router
//! follows, so the URL holds the page.

use leptos::prelude::*;

use crate::ui::components::booklet_view::booklet_page;

#[component]
pub fn BrowsePage() -> impl IntoView {
    booklet_page(|t| t.browse_title)
}
