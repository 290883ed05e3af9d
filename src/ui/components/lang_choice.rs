//! The language choice in settings (`#lang-cs`, `#lang-uk`, `#lang-en`), each language named in itself.
//! Choosing Ukrainian or English may first load its pack (`ui::lang`); while it loads the choice says so,
//! and if it cannot be had (offline on a device that never loaded it) the UI stays as it was and says why.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::ui::dynamic::*;
use crate::ui::lang;
use crate::ui::state::{use_app, use_t};

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Idle,
    Loading,
    Failed,
}

#[component]
pub fn LangChoice() -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let status = RwSignal::new(Status::Idle);
    let choose = move |l: Lang| {
        status.set(Status::Loading);
        leptos::task::spawn_local(async move {
            match lang::switch(l).await {
                Ok(()) => {
                    status.set(Status::Idle);
                    app.lang.set(l);
                }
                Err(_) => {
                    status.set(Status::Failed);
                    // Puts the radio back on the language still shown.
                    app.lang.set(app.lang.get_untracked());
                }
            }
        })
    };
    let message = move || match status.get() {
        Status::Idle => "",
        Status::Loading => t.lang_loading,
        Status::Failed => t.lang_failed,
    };
    view! {
        <fieldset class="app-fieldset">
            <legend class="app-fieldset__legend app-fieldset__legend--m">{t.language_label}</legend>
            {Lang::ALL.into_iter().map(|l| view! {
                <div class="app-choice">
                    <input type="radio" id=format!("lang-{}", l.code()) name="lang" lang=l.code()
                        prop:checked=dyn_flag(move || app.lang.get() == l) on:change=move |_| choose(l)/>
                    <label for=format!("lang-{}", l.code()) lang=l.code()>{l.autonym()}</label>
                </div>
            }).collect_view()}
            <p role="status" data-testid="lang-status">{dyn_text(move || message().to_string())}</p>
        </fieldset>
    }
}
