//! The Leptos app: shared state, the page shell (skip links, header with quick exit, notices, footer with
//! crisis lines and the data date) and the route table. Pages live one per file in `pages/`, components in
//! `components/`; every screen's state lives in its URL.

mod boot;
mod components;
mod dom;
mod format;
mod nav;
mod pages;
mod prefs;
mod sw;
pub mod state;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

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
    quick_exit_guard();

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
    sw::register(app);
    dom::remove_boot_placeholder();

    view! {
        <Router>
            <nav::RouteEffects/>
            <a class="app-skip-link" href="#main">{move || app.lang.get().strings().skip_to_content}</a>
            <a class="app-skip-link" href="#quick-exit">{move || app.lang.get().strings().skip_to_exit}</a>
            <QuickExit/>
            <Header/>
            <Notices/>
            <main id="main" class="app-main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home/>
                    <Route path=path!("/hledat") view=SearchPage/>
                    <Route path=path!("/sluzba/:id") view=ServicePage/>
                    <Route path=path!("/pruvodce") view=finder::FinderStart/>
                    <Route path=path!("/pruvodce/vysledky") view=finder::FinderResults/>
                    <Route path=path!("/pruvodce/shrnuti") view=finder::FinderCheck/>
                    <Route path=path!("/pruvodce/:krok") view=finder::FinderQuestion/>
                    <Route path=path!("/urady") view=OfficesPage/>
                    <Route path=path!("/dokumenty") view=DocumentsPage/>
                    <Route path=path!("/aktuality") view=NewsPage/>
                    <Route path=path!("/o-planovani") view=AboutPage/>
                    <Route path=path!("/pripominky") view=CommentsPage/>
                    <Route path=path!("/oblibene") view=FavouritesPage/>
                    <Route path=path!("/nastaveni") view=SettingsPage/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

/// After a quick exit, coming Back into this tab must not show what was on screen: blank and leave again.
fn quick_exit_guard() {
    if prefs::get(prefs::Key::Exited).is_some() {
        components::quick_exit::leave();
    }
}
