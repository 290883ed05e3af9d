//! Crisis lines: the national numbers (facts, always shown, even without a catalogue) plus the catalogue's
//! own lines. Tap to call.

use leptos::prelude::*;

use crate::i18n::Strings;
use crate::ui::dynamic::*;

use crate::ui::state::{use_app, use_t};

/// National crisis and emergency numbers with their names in the UI language.
fn national(t: &'static Strings) -> [(&'static str, &'static str); 6] {
    [
        ("112", t.line_112),
        ("155", t.line_155),
        ("158", t.line_158),
        ("150", t.line_150),
        ("116 111", t.line_116111),
        ("116 123", t.line_116123),
    ]
}

/// A `tel:` href from a displayed number ("116 111" → "tel:116111").
pub fn tel_href(number: &str) -> String {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}

#[component]
pub fn CrisisLines(#[prop(optional)] compact: bool) -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let extra = move || {
        app.catalogue
            .get()
            .map(|c| {
                c.snapshot
                    .crisis_lines
                    .iter()
                    .filter(|l| !national(t).iter().any(|(n, _)| *n == l.number))
                    .map(|l| (l.number.clone(), format!("{} ({})", l.name, l.hours)))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let national = move || national(t).map(|(n, name)| (n.to_string(), name.to_string()));
    let class = if compact { "app-crisis app-crisis--compact" } else { "app-crisis" };
    view! {
        <section class=class aria-labelledby=if compact { "crisis-compact" } else { "crisis-full" }>
            <h2 id=if compact { "crisis-compact" } else { "crisis-full" } class="app-crisis__title">
                {t.crisis_title}
            </h2>
            <ul class="app-crisis__list">
                {dyn_view(move || national().into_iter().chain(extra()).map(|(number, name)| view! {
                    <li><a class="app-crisis__call" href=tel_href(&number)>
                        <span class="app-crisis__number">{number.clone()}</span>" "
                        <span class="app-crisis__name">{name}</span>
                    </a></li>
                }).collect_view().into_any())}
            </ul>
        </section>
    }
}
