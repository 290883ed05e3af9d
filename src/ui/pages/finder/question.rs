//! `/pruvodce/:krok`: one finder question per page. The legend is the `<h1>`; "Nevím" is always a valid
//! answer; the form is a GET form to the next step that carries the earlier answers as hidden fields.

use crate::ui::router::use_url;
use leptos::prelude::*;

use super::{answer_pairs, finder_url, CHANGE};
use crate::domain::finder::{AgeGroup, Answers, HelpKind, Step, Who};
use crate::domain::snapshot::Snapshot;
use crate::i18n::Lang;
use crate::ui::components::back_link::BackLink;
use crate::ui::nav::page_title;
use crate::ui::pages::{not_found::NotFoundBody, with_catalogue};
use crate::ui::state::{use_app, use_t, Catalogue};

/// One choice: its URL value and its label.
struct Choice {
    value: String,
    label: String,
}

#[component]
pub fn FinderQuestion() -> impl IntoView {
    let t = use_t();
    let lang = use_app().lang.get_untracked();
    let url = use_url();
    let step = move || Step::from_slug(url.read().path.trim_start_matches("/pruvodce/"));
    let changing = move || url.read().get(CHANGE).is_some();
    let pairs = answer_pairs();
    page_title(move || step().map_or(t.not_found_page, |s| lang.question(s)).to_string());
    view! {
        {with_catalogue(move |c| {
            let Some(step) = step() else {
                return view! { <NotFoundBody/> }.into_any();
            };
            let key = step.slug();
            let all = pairs.get();
            let others: Vec<(String, String)> = all.iter().filter(|(k, _)| k != key).cloned().collect();
            let current: Vec<String> = all.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect();
            let next = step.next().filter(|_| !changing()).map_or("shrnuti", Step::slug);
            let back = match step.previous() {
                _ if changing() => finder_url("shrnuti", &all),
                None => "/pruvodce".to_string(),
                Some(p) => finder_url(p.slug(), &all),
            };
            let choices = choices(step, &c, lang);
            let hint = lang.question_hint(step);
            view! {
                <BackLink href=back/>
                <form method="get" action=format!("/pruvodce/{next}") class="app-question">
                    {others.into_iter().map(|(k, v)| view! { <input type="hidden" name=k value=v/> }).collect_view()}
                    <fieldset class="app-fieldset" aria-describedby="question-hint">
                        <legend class="app-fieldset__legend"><h1 tabindex="-1">{lang.question(step)}</h1></legend>
                        <p class="app-hint" id="question-hint">{hint}</p>
                        {if step == Step::Municipality {
                            municipality_select(&c.snapshot, current.first().cloned().unwrap_or_default()).into_any()
                        } else {
                            options(key, step.multiple(), choices, &current).into_any()
                        }}
                    </fieldset>
                    <button type="submit" class="app-button">{t.continue_button}</button>
                </form>
            }.into_any()
        })}
    }
}

fn options(key: &'static str, multiple: bool, choices: Vec<Choice>, current: &[String]) -> impl IntoView {
    let t = use_t();
    let kind = if multiple { "checkbox" } else { "radio" };
    let nothing_chosen = current.is_empty();
    let items = choices.into_iter().enumerate().map(|(i, c)| {
        let id = format!("{key}-{i}");
        let checked = current.contains(&c.value);
        view! {
            <div class="app-choice">
                <input id=id.clone() type=kind name=key value=c.value checked=checked/>
                <label for=id>{c.label}</label>
            </div>
        }
    });
    view! {
        <div class="app-choices">
            {items.collect_view()}
            // "Nevím" submits no value for this question.
            {(!multiple).then(|| view! {
                <p class="app-choices__or">{t.or}</p>
                <div class="app-choice">
                    <input id=format!("{key}-nevim") type="radio" name=key value="" checked=nothing_chosen/>
                    <label for=format!("{key}-nevim")>{t.dont_know}</label>
                </div>
            })}
        </div>
    }
}

fn municipality_select(snap: &Snapshot, current: String) -> impl IntoView {
    let t = use_t();
    let munis = crate::ui::format::municipalities_by_name(snap);
    view! {
        <label class="app-label" for="obec">{t.municipality_label}</label>
        <select id="obec" name="obec" class="app-select">
            <option value="" selected=current.is_empty()>{t.dont_know}</option>
            {munis.into_iter().map(|(id, name)| {
                let sel = id == current;
                view! { <option value=id selected=sel>{name}</option> }
            }).collect_view()}
        </select>
    }
}

/// The URL value that `Answers::to_params` gives a single answer, so the form submits exactly what the
/// finder reads back (including the neutral codes of sensitive situations).
fn value_of(snap: &Snapshot, key: &str, answers: Answers) -> String {
    answers.to_params(snap).into_iter().find(|(k, _)| *k == key).map(|(_, v)| v).unwrap_or_default()
}

fn choices(step: Step, c: &Catalogue, lang: Lang) -> Vec<Choice> {
    let snap = &c.snapshot;
    let mk = |answers: Answers, label: &str| Choice {
        value: value_of(snap, step.slug(), answers),
        label: label.to_string(),
    };
    match step {
        Step::Who => [Who::Me, Who::Close]
            .into_iter()
            .map(|w| mk(Answers { who: Some(w), ..Default::default() }, lang.who_name(w)))
            .collect(),
        Step::Age => [AgeGroup::Child, AgeGroup::Adult, AgeGroup::Senior]
            .into_iter()
            .map(|a| mk(Answers { age: Some(a), ..Default::default() }, lang.age_name(a)))
            .collect(),
        Step::Situation => snap
            .life_situations
            .iter()
            .map(|s| {
                mk(Answers { situations: vec![s.id.clone()], ..Default::default() }, s.name_in(lang.code()).0)
            })
            .collect(),
        Step::Help => [HelpKind::AtHome, HelpKind::Visit, HelpKind::Stay, HelpKind::Phone]
            .into_iter()
            .map(|h| mk(Answers { help: vec![h], ..Default::default() }, lang.help_name(h)))
            .collect(),
        Step::Municipality => Vec::new(),
    }
}
