//! `/pruvodce/:krok`: one finder question per page. The legend is the `<h1>`; "Nevím" is always a valid
//! answer; the form is a GET form to the next step that carries the earlier answers as hidden fields.

use crate::ui::router::use_url;
use leptos::prelude::*;

use super::{answer_pairs, finder_url, CHANGE, STEPS};
use crate::domain::finder::{AgeGroup, Answers, HelpKind, Who};
use crate::domain::snapshot::Snapshot;
use crate::ui::components::back_link::BackLink;
use crate::ui::nav::page_title;
use crate::ui::pages::{not_found::NotFoundBody, with_catalogue};
use crate::ui::state::{use_t, Catalogue};

/// One choice: its URL value and its label.
struct Choice {
    value: String,
    label: String,
}

#[component]
pub fn FinderQuestion() -> impl IntoView {
    let t = use_t();
    let url = use_url();
    let step = move || url.read().path.trim_start_matches("/pruvodce/").to_string();
    let changing = move || url.read().get(CHANGE).is_some();
    let pairs = answer_pairs();
    page_title(move || question_text(&step(), t).to_string());
    view! {
        {with_catalogue(move |c| {
            let step = step();
            let Some(pos) = STEPS.iter().position(|s| *s == step) else {
                return view! { <NotFoundBody/> }.into_any();
            };
            let key = STEPS[pos];
            let all = pairs.get();
            let others: Vec<(String, String)> = all.iter().filter(|(k, _)| k != key).cloned().collect();
            let current: Vec<String> = all.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect();
            let next = if changing() || pos + 1 == STEPS.len() { "shrnuti".to_string() } else { STEPS[pos + 1].to_string() };
            let back = if changing() {
                finder_url("shrnuti", &all)
            } else if pos == 0 {
                "/pruvodce".to_string()
            } else {
                finder_url(STEPS[pos - 1], &all)
            };
            let multiple = matches!(key, "situace" | "pomoc");
            let choices = choices(key, &c, t);
            let hint = question_hint(key, t);
            view! {
                <BackLink href=back/>
                <form method="get" action=format!("/pruvodce/{next}") class="app-question">
                    {others.into_iter().map(|(k, v)| view! { <input type="hidden" name=k value=v/> }).collect_view()}
                    <fieldset class="app-fieldset" aria-describedby="question-hint">
                        <legend class="app-fieldset__legend"><h1 tabindex="-1">{question_text(key, t)}</h1></legend>
                        <p class="app-hint" id="question-hint">{hint}</p>
                        {if key == "obec" {
                            municipality_select(&c.snapshot, current.first().cloned().unwrap_or_default()).into_any()
                        } else {
                            options(key, multiple, choices, &current).into_any()
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

fn choices(key: &str, c: &Catalogue, t: &crate::i18n::Strings) -> Vec<Choice> {
    let snap = &c.snapshot;
    let mk = |answers: Answers, label: &str| Choice {
        value: value_of(snap, key, answers),
        label: label.to_string(),
    };
    match key {
        "kdo" => vec![
            mk(Answers { who: Some(Who::Me), ..Default::default() }, t.who_me),
            mk(Answers { who: Some(Who::Close), ..Default::default() }, t.who_close),
        ],
        "vek" => vec![
            mk(Answers { age: Some(AgeGroup::Child), ..Default::default() }, t.age_child),
            mk(Answers { age: Some(AgeGroup::Adult), ..Default::default() }, t.age_adult),
            mk(Answers { age: Some(AgeGroup::Senior), ..Default::default() }, t.age_senior),
        ],
        "situace" => snap
            .life_situations
            .iter()
            .map(|s| mk(Answers { situations: vec![s.id.clone()], ..Default::default() }, &s.name))
            .collect(),
        "pomoc" => [
            (HelpKind::AtHome, t.help_home),
            (HelpKind::Visit, t.help_visit),
            (HelpKind::Stay, t.help_stay),
            (HelpKind::Phone, t.help_phone),
        ]
        .into_iter()
        .map(|(h, label)| mk(Answers { help: vec![h], ..Default::default() }, label))
        .collect(),
        _ => Vec::new(),
    }
}

pub fn question_text(key: &str, t: &'static crate::i18n::Strings) -> &'static str {
    match key {
        "kdo" => t.q_who,
        "vek" => t.q_age,
        "situace" => t.q_situation,
        "obec" => t.q_municipality,
        "pomoc" => t.q_help,
        _ => t.not_found_page,
    }
}

fn question_hint(key: &str, t: &'static crate::i18n::Strings) -> &'static str {
    match key {
        "situace" | "pomoc" => t.hint_select_all,
        "obec" => t.hint_municipality,
        _ => t.hint_dont_know,
    }
}
