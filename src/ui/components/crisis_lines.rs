//! Crisis lines: the national numbers (facts, always shown, even without a catalogue) plus the catalogue's
//! own lines. Tap to call.

use leptos::prelude::*;

use crate::shell::national;
pub use crate::shell::tel_href;
use crate::ui::dynamic::*;

use crate::ui::state::{use_app, use_t};

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
