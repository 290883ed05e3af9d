//! Catalogue text in the UI language when the publisher translated it, else the Czech original: the
//! element then carries `lang="cs"`, so a screen reader switches voice, and a small "(česky)" marker
//! says why the text is not in the reader's language. The choice is the domain's (`Service::name_in`).

use leptos::prelude::*;

use crate::i18n::Lang;

/// `(text, code)` as the domain's `*_in(lang)` returns it, shown in UI language `ui`.
/// Type-erased: it sits in several pages' views, and each would otherwise compile its own copy.
pub fn localized(text: &str, code: &str, ui: Lang) -> AnyView {
    if code == ui.code() {
        return text.to_string().into_any();
    }
    let mark = ui.strings().in_czech;
    view! { <span lang=code.to_string()>{text.to_string()}</span>" "<span class="app-lang-mark">{mark}</span> }.into_any()
}
