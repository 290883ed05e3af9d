//! `/pruvodce/shrnuti`: GOV.UK "check answers": each answer with a "Změnit" link back to its question.

use leptos::prelude::*;

use super::question::question_text;
use super::{answer_pairs, finder_url, CHANGE, STEPS};
use crate::domain::finder::{AgeGroup, Answers, HelpKind, Who};
use crate::ui::components::back_link::BackLink;
use crate::ui::nav::page_title;
use crate::ui::pages::with_catalogue;
use crate::ui::state::use_t;

#[component]
pub fn FinderCheck() -> impl IntoView {
    let t = use_t();
    let pairs = answer_pairs();
    page_title(move || t.check_title.to_string());
    view! {
        {with_catalogue(move |c| {
            let t = t;
            let all = pairs.get();
            let a = Answers::from_params(&all, &c.snapshot);
            let none = t.dont_know.to_string();
            let who = a.who.map(|w| match w { Who::Me => t.who_me, Who::Close => t.who_close }.to_string());
            let age = a.age.map(|g| match g { AgeGroup::Child => t.age_child, AgeGroup::Adult => t.age_adult, AgeGroup::Senior => t.age_senior }.to_string());
            let situations = a.situations.iter()
                .filter_map(|id| c.snapshot.life_situations.iter().find(|s| &s.id == id).map(|s| s.name.clone()))
                .collect::<Vec<_>>().join(", ");
            let obec = a.municipality.as_ref()
                .and_then(|id| c.snapshot.municipalities.iter().find(|m| &m.id == id).map(|m| m.name.clone()));
            let help = a.help.iter().map(|h| match h {
                HelpKind::AtHome => t.help_home, HelpKind::Visit => t.help_visit, HelpKind::Stay => t.help_stay, HelpKind::Phone => t.help_phone,
            }).collect::<Vec<_>>().join(", ");
            let values = [who, age, Some(situations).filter(|s| !s.is_empty()), obec, Some(help).filter(|s| !s.is_empty())];
            let mut change_pairs = all.clone();
            change_pairs.push((CHANGE.to_string(), "1".to_string()));
            let rows = STEPS.iter().zip(values).map(|(step, value)| {
                let href = finder_url(step, &change_pairs);
                view! {
                    <div class="app-summary__row">
                        <dt class="app-summary__key">{question_text(step, t)}</dt>
                        <dd class="app-summary__value">{value.unwrap_or_else(|| none.clone())}</dd>
                        <dd class="app-summary__actions">
                            <a href=href>{t.change}<span class="app-visually-hidden">" – "{question_text(step, t)}</span></a>
                        </dd>
                    </div>
                }
            }).collect_view();
            view! {
                <BackLink href=finder_url(STEPS[STEPS.len() - 1], &all)/>
                <h1 tabindex="-1">{t.check_title}</h1>
                <dl class="app-summary">{rows}</dl>
                <p><a href=finder_url("vysledky", &all) class="app-button">{t.show_results}</a></p>
            }.into_any()
        })}
    }
}
