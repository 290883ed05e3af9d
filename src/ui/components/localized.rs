//! Catalogue text in the UI language when the publisher translated it, else the Czech original: the
//! element then carries `lang="cs"`, so a screen reader switches voice, and a small "(česky)" marker
//! says why the text is not in the reader's language. The choice is the domain's (`Service::name_in`).

use leptos::prelude::*;

use crate::i18n::Lang;

/// `(text, code)` as the domain's `*_in(lang)` returns it, shown in UI language `ui`.
pub fn localized(text: &str, code: &str, ui: Lang) -> impl IntoView {
    let other = code != ui.code();
    let mark = other.then(|| view! { " "<span class="app-lang-mark">{ui.strings().in_czech}</span> });
    view! { <span lang=other.then(|| code.to_string())>{text.to_string()}</span>{mark} }
}
