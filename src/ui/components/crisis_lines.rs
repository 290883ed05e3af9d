//! Crisis lines: the national numbers (facts, always shown, even without a catalogue) plus the catalogue's
//! own lines. Tap to call.

use leptos::prelude::*;

use crate::ui::dynamic::*;

use crate::ui::state::{use_app, use_t};

/// National crisis and emergency numbers: (number, name in Czech, name in English).
pub const NATIONAL: &[(&str, &str, &str)] = &[
    ("112", "Tísňové volání", "Emergency"),
    ("155", "Záchranná služba", "Ambulance"),
    ("158", "Policie", "Police"),
    ("150", "Hasiči", "Fire brigade"),
    ("116 111", "Linka bezpečí (děti a mladí)", "Children's helpline"),
    ("116 123", "Linka první psychické pomoci", "Emotional support line"),
];

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
                    .filter(|l| !NATIONAL.iter().any(|(n, _, _)| *n == l.number))
                    .map(|l| (l.number.clone(), format!("{} ({})", l.name, l.hours)))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let national = move || {
        let en = app.lang.get() == crate::i18n::Lang::En;
        NATIONAL
            .iter()
            .map(|(n, cs, e)| (n.to_string(), if en { e } else { cs }.to_string()))
            .collect::<Vec<_>>()
    };
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
