//! `/`: the search box with suggestions, the "Nenašli jste, co jste hledali?" entry to the finder, life
//! situations as tiles, and the crisis lines.

use crate::ui::components::localized::localized;
use leptos::prelude::*;

use crate::ui::dynamic::*;

use crate::domain::finder::Answers;
use crate::query::query_string;
use crate::ui::components::crisis_lines::CrisisLines;
use crate::ui::nav::page_title;
use crate::ui::pages::with_catalogue_below;
use crate::ui::prefs::{self, Key};
use crate::ui::state::{use_app, use_t};

#[component]
pub fn Home() -> impl IntoView {
    let t = use_t();
    let app = use_app();
    page_title(move || t.home_title.to_string());
    view! {
        <h1 tabindex="-1">{t.home_title}</h1>
        <p class="app-lead">{t.home_lead}</p>
        <SearchBox/>
        <p class="app-links"><a href="/sluzby">{t.browse_link}</a>" · "<a href="/tisk">{t.print_link}</a></p>
        <CrisisLines/>
        <section class="app-panel app-panel--finder">
            <h2>{t.not_found_title}</h2>
            <p>{t.not_found_text}</p>
            <p><a href="/pruvodce" class="app-button app-button--start">{t.finder_start}</a></p>
            <p class="app-links"><a href="/urady">{t.office_link}</a></p>
        </section>
        {with_catalogue_below(move |c| {
            let tiles = c.snapshot.life_situations.iter().map(|s| {
                let answers = Answers { situations: vec![s.id.clone()], ..Default::default() };
                let href = format!("/pruvodce/vysledky?{}", query_string(&answers.to_params(&c.snapshot)));
                let lang = app.lang.get();
                let (name, code) = s.name_in(lang.code());
                view! { <li class="app-tile"><a href=href class="app-tile__link">{localized(name, code, lang)}</a></li> }
            }).collect::<Vec<_>>();
            view! {
                <section>
                    <h2>{t.situations_title}</h2>
                    <ul class="app-tiles">{tiles}</ul>
                </section>
            }.into_any()
        })}
    }
}

/// The search form: a GET form to `/hledat`, with suggestions from the index (and recent searches) in a
/// native `<datalist>`, which every screen reader and phone keyboard already knows how to use.
#[component]
fn SearchBox() -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let typed = RwSignal::new(String::new());
    let suggestions = move || {
        let text = typed.get();
        if text.trim().chars().count() < 2 {
            return prefs::get_list(Key::RecentSearches);
        }
        app.catalogue.get().map(|c| c.index.suggest(&text, 8)).unwrap_or_default()
    };
    view! {
        <form method="get" action="/hledat" class="app-search" role="search">
            <label class="app-label" for="home-q">{t.search_label}</label>
            <p class="app-hint" id="home-q-hint">{t.search_hint}</p>
            <div class="app-search__row">
                <input id="home-q" name="q" type="search" class="app-input" list="home-suggestions"
                    autocomplete="off" aria-describedby="home-q-hint" enterkeyhint="search"
                    on:input=move |ev| typed.set(event_target_value(&ev))/>
                <button type="submit" class="app-button">{t.search_button}</button>
            </div>
            <datalist id="home-suggestions">
                {dyn_view(move || suggestions().into_iter().map(|s| view! { <option value=s></option> }).collect_view().into_any())}
            </datalist>
        </form>
    }
}
