//! One route per file. `with_catalogue` renders a page once the catalogue is available, and the loading or
//! no-data page until then, so every page has an `<h1>` and a title from the first frame.

mod about;
mod browse;
mod comments;
mod documents;
mod favourites;
pub mod finder;
mod home;
mod news;
mod no_data;
mod not_found;
mod offices;
pub mod print;
mod search;
mod service;
mod settings;

pub use about::AboutPage;
pub use browse::BrowsePage;
pub use comments::CommentsPage;
pub use documents::DocumentsPage;
pub use favourites::FavouritesPage;
pub use home::Home;
pub use news::NewsPage;
pub use not_found::NotFound;
pub use offices::OfficesPage;
pub use search::SearchPage;
pub use service::ServicePage;
pub use settings::SettingsPage;

use std::sync::Arc;

use leptos::prelude::*;

use crate::ui::state::{use_app, use_t, Catalogue, Load};

/// Renders `page` with the current catalogue; until there is one, a loading or no-data page with its own
/// `<h1>`. For pages whose heading is inside `page` (service detail, finder steps).
pub fn with_catalogue<F>(page: F) -> AnyView
where
    F: Fn(Arc<Catalogue>) -> AnyView + Send + Sync + 'static,
{
    catalogue_or(Box::new(page), true)
}

/// Like `with_catalogue`, for pages that render their `<h1>` above: the fallback uses lower headings.
pub fn with_catalogue_below<F>(page: F) -> AnyView
where
    F: Fn(Arc<Catalogue>) -> AnyView + Send + Sync + 'static,
{
    catalogue_or(Box::new(page), false)
}

/// A page body that needs the catalogue; boxed so every page shares one compiled instance of this code.
type PageBody = Box<dyn Fn(Arc<Catalogue>) -> AnyView + Send + Sync>;

fn catalogue_or(page: PageBody, heading: bool) -> AnyView {
    let app = use_app();
    let t = use_t();
    let body = move || match (app.catalogue.get(), app.load.get()) {
        (Some(c), _) => page(c),
        (None, Load::NoData) => view! { <no_data::NoData heading=heading/> }.into_any(),
        (None, _) if heading => view! {
            <h1 tabindex="-1">{t.loading}</h1>
            <p role="status">{t.loading_hint}</p>
        }
        .into_any(),
        (None, _) => view! { <p role="status">{t.loading}"… "{t.loading_hint}</p> }.into_any(),
    };
    body.into_any()
}
