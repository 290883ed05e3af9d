//! `/pruvodce/shrnuti`: GOV.UK "check answers": each answer with a "Změnit" link back to its question.

use leptos::prelude::*;

use super::{answer_pairs, finder_url, CHANGE};
use crate::domain::finder::{Answers, Step};
use crate::ui::components::back_link::BackLink;
use crate::ui::nav::page_title;
use crate::ui::pages::with_catalogue;
use crate::ui::state::{use_app, use_t};

#[component]
pub fn FinderCheck() -> impl IntoView {
    let t = use_t();
    let lang = use_app().lang.get_untracked();
    let pairs = answer_pairs();
    page_title(move || t.check_title.to_string());
    view! {
        {with_catalogue(move |c| {
            let t = t;
            let all = pairs.get();
            let a = Answers::from_params(&all, &c.snapshot);
            let none = t.dont_know.to_string();
            let value = |step: Step| -> String {
                let snap = &c.snapshot;
                match step {
                    Step::Who => a.who.map(|w| lang.who_name(w).to_string()).unwrap_or_default(),
                    Step::Age => a.age.map(|g| lang.age_name(g).to_string()).unwrap_or_default(),
                    Step::Situation => a.situations.iter()
                        .filter_map(|id| snap.life_situations.iter().find(|s| &s.id == id).map(|s| s.name.as_str()))
                        .collect::<Vec<_>>().join(", "),
                    Step::Municipality => a.municipality.as_ref()
                        .and_then(|id| snap.municipalities.iter().find(|m| &m.id == id).map(|m| m.name.clone()))
                        .unwrap_or_default(),
                    Step::Help => a.help.iter().map(|h| lang.help_name(*h)).collect::<Vec<_>>().join(", "),
                }
            };
            let mut change_pairs = all.clone();
            change_pairs.push((CHANGE.to_string(), "1".to_string()));
            let rows = Step::ALL.into_iter().map(|step| {
                let href = finder_url(step.slug(), &change_pairs);
                let shown = Some(value(step)).filter(|v| !v.is_empty()).unwrap_or_else(|| none.clone());
                view! {
                    <div class="app-summary__row">
                        <dt class="app-summary__key">{lang.question(step)}</dt>
                        <dd class="app-summary__value">{shown}</dd>
                        <dd class="app-summary__actions">
                            <a href=href>{t.change}<span class="app-visually-hidden">" – "{lang.question(step)}</span></a>
                        </dd>
                    </div>
                }
            }).collect_view();
            view! {
                <BackLink href=finder_url(Step::last().slug(), &all)/>
                <h1 tabindex="-1">{t.check_title}</h1>
                <dl class="app-summary">{rows}</dl>
                <p><a href=finder_url("vysledky", &all) class="app-button">{t.show_results}</a></p>
            }.into_any()
        })}
    }
}
