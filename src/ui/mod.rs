//! The Leptos app: shared state, the page shell (skip links, header with quick exit, notices, footer with
//! crisis lines and the data date) and the route table. Pages live one per file in `pages/`, components in
//! `components/`; every screen's state lives in its URL.

mod boot;
mod components;
mod device;
mod dom;
pub mod dynamic;
pub mod format;
pub mod lang;
mod lazy;
mod lexicon;
mod load;
pub mod mount;
mod nav;
mod pages;
pub(crate) mod prefs;
mod regions;
pub mod router;
pub mod state;
mod sw;

use leptos::prelude::*;

use components::{footer::Footer, header::Header, notices::Notices, quick_exit::QuickExit};
use dynamic::show_when;
use pages::*;
use state::{AppState, TextSize};

#[component]
pub fn App() -> impl IntoView {
    let lang = lang::initial();
    // The region chosen here before, even if the list no longer offers it (`regions::gone` says so).
    let known = regions::stored();
    let region =
        prefs::get(prefs::Key::Region).or_else(|| known.first().map(|r| r.id.clone())).unwrap_or_default();
    let size = TextSize::from_code(&prefs::get(prefs::Key::TextSize).unwrap_or_default());
    let app = AppState::new(lang, region, size, prefs::get_list(prefs::Key::Favourites));
    app.regions.set(known);
    provide_context(app);
    components::quick_exit::guard();
    prefs::forget_legacy();

    Effect::new(move |_| {
        let lang = app.lang.get();
        dom::set_root_lang(lang.code());
        prefs::set(prefs::Key::Lang, lang.code());
    });
    Effect::new(move |_| {
        let size = app.text_size.get();
        for s in TextSize::ALL {
            dom::set_root_class(&format!("app-text-{}", s.code()), s == size);
        }
    });
    // A request that works is the online signal; the `online` event is a cue to try the outbox again.
    let online = window_event_listener(leptos::ev::online, move |_| crate::sync::outbox::flush(app));
    on_cleanup(move || online.remove());
    let parts = mount::start_in_parts(app);

    let router = router::provide_router();
    // Pages are chosen by the path alone: a change of query (typing a search) must not rebuild the page.
    let path = Memo::new(move |_| router.url.read().path.clone());
    let page = move || route(&path.get());
    // The shell is rebuilt when the language changes: texts are then plain static strings (see `use_t`).
    let shell = move || {
        let t = app.lang.get().strings();
        view! {
            {show_when(move || parts[0].get(), move || view! {
                <a class="app-skip-link" href="#main">{t.skip_to_content}</a>
                <a class="app-skip-link" href="#quick-exit">{t.skip_to_exit}</a>
                <QuickExit/>
                <Header/>
                <Notices/>
            }.into_any())}
            <main id="main" class="app-main" tabindex="-1">
                {show_when(move || parts[1].get(), page)}
            </main>
            {show_when(move || parts[2].get(), || view! { <Footer/> }.into_any())}
        }
        .into_any()
    };
    view! {
        <nav::RouteEffects/>
        {shell}
    }
}

/// The route table (`Route::of`): one page per path.
fn route(path: &str) -> AnyView {
    use crate::query::Route as R;
    match R::of(path) {
        Some(R::Home) => view! { <Home/> }.into_any(),
        Some(R::Search) => view! { <SearchPage/> }.into_any(),
        Some(R::FinderStart) => view! { <finder::FinderStart/> }.into_any(),
        Some(R::FinderResults) => view! { <finder::FinderResults/> }.into_any(),
        Some(R::FinderCheck) => view! { <finder::FinderCheck/> }.into_any(),
        Some(R::FinderQuestion) => view! { <finder::FinderQuestion/> }.into_any(),
        Some(R::Service) => view! { <ServicePage/> }.into_any(),
        Some(R::Offices) => view! { <OfficesPage/> }.into_any(),
        Some(R::Documents) => view! { <DocumentsPage/> }.into_any(),
        Some(R::News) => view! { <NewsPage/> }.into_any(),
        Some(R::About) => view! { <AboutPage/> }.into_any(),
        Some(R::Comments) => view! { <CommentsPage/> }.into_any(),
        Some(R::Favourites) => view! { <FavouritesPage/> }.into_any(),
        Some(R::Settings) => view! { <SettingsPage/> }.into_any(),
        Some(R::Print) => view! { <print::PrintPage/> }.into_any(),
        Some(R::Browse) => view! { <BrowsePage/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}
