//! `/nastaveni`: region, language, text size, keeping the catalogue on this device (asked for, never by
//! default: on a shared computer it would be one more trace of the visit), what quick exit clears and how
//! long searches are remembered, the catalogue in a file and the documents kept for reading offline (both
//! filled by the lazy module, `ui::lazy`), and "clear my data".

use leptos::prelude::*;

use crate::ui::dynamic::*;

use crate::ui::boot;
use crate::ui::components::lang_choice::LangChoice;
use crate::ui::device;
use crate::ui::dom;
use crate::ui::lazy;
use crate::ui::nav::page_title;
use crate::ui::prefs::{self, Key};
use crate::ui::regions;
use crate::ui::state::{use_app, use_t, TextSize};

#[component]
pub fn SettingsPage() -> impl IntoView {
    let app = use_app();
    let t = use_t();
    page_title(move || t.settings_title.to_string());
    let persist = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move { persist.set(device::persisted().await) });
    let cleared = RwSignal::new(None::<Result<(), String>>);
    let on_region = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        if app.regions.with_untracked(|l| l.iter().any(|r| r.id == id)) {
            prefs::set(Key::Region, &id);
            // Read again from the store even when it is the region shown: the lazy module changes the
            // region this way after storing a catalogue file, which is then newer than the one shown.
            app.catalogue.set(None);
            app.region.set(id);
            boot::start(app);
        }
    };
    let ask_persist =
        move |_| leptos::task::spawn_local(async move { persist.set(device::request_persistence().await) });
    lazy::start();
    let clear = move |_| {
        leptos::task::spawn_local(async move {
            let r = device::clear_everything().await;
            for k in [
                Key::Lang,
                Key::Region,
                Key::TextSize,
                Key::Favourites,
                Key::RecentSearches,
                Key::CommentDraft,
            ] {
                prefs::remove(k);
            }
            app.favourites.set(Vec::new());
            cleared.set(Some(r));
        })
    };
    view! {
        <h1 tabindex="-1">{t.settings_title}</h1>
        <div class="app-field">
            <label class="app-label" for="region">{t.region_label}</label>
            <select id="region" class="app-select" on:change=on_region>
                // A region no longer offered stays selected as a placeholder, so that choosing the first
                // region in the list is a change.
                {dyn_view(move || view! {
                    {regions::gone(app).then(|| view! { <option value="" selected disabled>{t.region_gone_option}</option> })}
                    {app.regions.get().into_iter().map(|r| { let id = r.id.clone(); view! { <option value=r.id selected=dyn_flag(move || app.region.get() == id)>{r.name}</option> } }).collect_view()}
                }.into_any())}
            </select>
        </div>
        <LangChoice/>
        <fieldset class="app-fieldset">
            <legend class="app-fieldset__legend app-fieldset__legend--m">{t.text_size_label}</legend>
            {TextSize::ALL.into_iter().map(|s| view! {
                <div class="app-choice">
                    <input type="radio" id=format!("size-{}", s.code()) name="size"
                        prop:checked=dyn_flag(move || app.text_size.get() == s)
                        on:change=move |_| { prefs::set(Key::TextSize, s.code()); app.text_size.set(s) }/>
                    <label for=format!("size-{}", s.code())>{app.lang.get_untracked().text_size_name(s)}</label>
                </div>
            }).collect_view()}
        </fieldset>
        // Filled by the lazy module, which reads the region from `#region` (and, after loading a file,
        // chooses that file's region there, as a person would).
        <div id="catalogue-files" data-lang=app.lang.get_untracked().code()></div>
        <div id="saved-documents" data-lang=app.lang.get_untracked().code()></div>
        <section>
            <h2>{t.keep_title}</h2>
            <p>{t.keep_text}</p>
            <button type="button" class="app-button app-button--secondary" on:click=ask_persist>{t.keep_button}</button>
            <p role="status">{dyn_text(move || persist.get().map(|p| if p { t.keep_granted } else { t.keep_not_granted }).unwrap_or_default().to_string())}</p>
        </section>
        <section>
            <h2>{t.quick_exit}</h2>
            <p data-testid="quick-exit-clears">{t.quick_exit_clears}</p>
            <p>{t.searches_privacy}</p>
        </section>
        <section>
            <h2>{t.clear_title}</h2>
            <p>{t.clear_text}</p>
            <button type="button" class="app-button app-button--warning" on:click=clear>{t.clear_button}</button>
            <p role="status">{dyn_text(move || cleared.get().map(|r| match r {
                Ok(()) => t.clear_done.to_string(),
                Err(e) => format!("{} ({e})", t.clear_failed),
            }).unwrap_or_default())}</p>
            {show_when(move || matches!(cleared.get(), Some(Ok(()))), move || view! {
                <button type="button" class="app-button" on:click=move |_| { if let Some(w) = dom::window() { let _ = w.location().reload(); } }>
                    {t.reload_button}
                </button>
            }.into_any())}
        </section>
    }
}
