//! `/tisk?podle=druh|obec&papir=a4|a5` (the whole current catalogue as a printable booklet: title page,
//! contents, services under their headings, index of municipalities) and `/tisk?sluzby=id,id,…` (a
//! search, finder or favourites list with full contacts), offline. The booklet module renders it
//! (`booklet_view`, `print_doc`): the same `booklet_doc` tree as `katalog booklet`'s file. The print style
//! sheet numbers the pages and sets the paper.

use leptos::prelude::*;

use crate::ui::components::booklet_view::booklet_page;

/// The URL parameter that lists the services to print.
pub const SLUZBY: &str = "sluzby";

#[component]
pub fn PrintPage() -> impl IntoView {
    booklet_page(|t| t.print_title)
}
