//! The Leptos app: shared state, the page shell (skip links, header with quick exit, notices, footer with
//! crisis lines and the data date) and the route table. Pages live one per file in `pages/`, components in
//! `components/`; every screen's state lives in its URL.

mod boot;
mod components;
mod device;
mod dom;
pub mod dynamic;
mod format;
mod nav;
mod outbox;
mod pages;
mod prefs;
pub mod router;
pub mod state;
mod sw;

use leptos::prelude::*;

use crate::i18n::Lang;
use components::{footer::Footer, header::Header, notices::Notices, quick_exit::QuickExit};
use pages::*;
use state::{AppState, TextSize};

#[component]
pub fn App() -> impl IntoView {
    let lang = prefs::get(prefs::Key::Lang).and_then(|c| Lang::from_code(&c)).unwrap_or_default();
    let region = prefs::get(prefs::Key::Region)
        .filter(|r| boot::regions().iter().any(|x| x.id == *r))
        .or_else(|| boot::regions().first().map(|r| r.id.clone()))
        .unwrap_or_default();
    let size = TextSize::from_code(&prefs::get(prefs::Key::TextSize).unwrap_or_default());
    let app = AppState::new(lang, region, size, prefs::get_list(prefs::Key::Favourites));
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
    boot::start(app);
    // A request that works is the online signal; the `online` event is a cue to try the outbox again.
    let online = window_event_listener(leptos::ev::online, move |_| components::outbox_list::flush(app));
    on_cleanup(move || online.remove());
    sw::register(app);
    dom::remove_boot_placeholder();

    let router = router::provide_router();
    // Pages are chosen by the path alone: a change of query (typing a search) must not rebuild the page.
    let path = Memo::new(move |_| router.url.read().path.clone());
    let page = move || route(&path.get());
    // The shell is rebuilt when the language changes: texts are then plain static strings (see `use_t`).
    let shell = move || {
        let t = app.lang.get().strings();
        view! {
            <a class="app-skip-link" href="#main">{t.skip_to_content}</a>
            <a class="app-skip-link" href="#quick-exit">{t.skip_to_exit}</a>
            <QuickExit/>
            <Header/>
            <Notices/>
            <main id="main" class="app-main" tabindex="-1">
                {page}
            </main>
            <Footer/>
        }
        .into_any()
    };
    view! {
        <nav::RouteEffects/>
        {shell}
    }
}

/// The route table: one page per path.
fn route(path: &str) -> AnyView {
    match path {
        "/" => view! { <Home/> }.into_any(),
        "/hledat" => view! { <SearchPage/> }.into_any(),
        "/pruvodce" => view! { <finder::FinderStart/> }.into_any(),
        "/pruvodce/vysledky" => view! { <finder::FinderResults/> }.into_any(),
        "/pruvodce/shrnuti" => view! { <finder::FinderCheck/> }.into_any(),
        p if p.starts_with("/pruvodce/") => view! { <finder::FinderQuestion/> }.into_any(),
        p if p.starts_with("/sluzba/") => view! { <ServicePage/> }.into_any(),
        "/urady" => view! { <OfficesPage/> }.into_any(),
        "/dokumenty" => view! { <DocumentsPage/> }.into_any(),
        "/aktuality" => view! { <NewsPage/> }.into_any(),
        "/o-planovani" => view! { <AboutPage/> }.into_any(),
        "/pripominky" => view! { <CommentsPage/> }.into_any(),
        "/oblibene" => view! { <FavouritesPage/> }.into_any(),
        "/nastaveni" => view! { <SettingsPage/> }.into_any(),
        _ => view! { <NotFound/> }.into_any(),
    }
}
