//! The parts of the printed booklet around its entries: the choice of order and paper (screen only), the
//! title page, the contents and the index of municipalities.

use leptos::prelude::*;

use crate::domain::booklet::{GroupKey, Grouping, IndexRow, TitlePage as Title};
use crate::ui::components::{contacts::ContactList, crisis_lines::CrisisLines};
use crate::ui::format::date_cs;
use crate::ui::state::{use_app, use_t};

/// One radio button of a GET form.
fn choice(name: &'static str, value: &'static str, label: &'static str, checked: bool) -> impl IntoView {
    let id = format!("{name}-{value}");
    view! {
        <div class="app-choice">
            <input type="radio" id=id.clone() name=name value=value checked=checked/>
            <label for=id>{label}</label>
        </div>
    }
}

/// "Uspořádat: podle druhu / podle obce" and "Formát papíru: A4 / A5", kept in the URL.
#[component]
pub fn Controls(grouping: Grouping, a5: bool) -> impl IntoView {
    let t = use_t();
    let orders = [Grouping::Type, Grouping::Municipality]
        .map(|g| choice(super::PODLE, g.slug(), t.grouping(g), g == grouping));
    view! {
        <form method="get" action="/tisk" class="bk-controls" data-replace="">
            <fieldset class="app-fieldset">
                <legend class="app-fieldset__legend app-fieldset__legend--m">{t.print_order}</legend>
                {orders.into_iter().collect_view()}
            </fieldset>
            <fieldset class="app-fieldset">
                <legend class="app-fieldset__legend app-fieldset__legend--m">{t.print_paper}</legend>
                <p class="app-hint">{t.print_paper_note}</p>
                {choice(super::PAPIR, "a4", "A4", !a5)}
                {choice(super::PAPIR, "a5", "A5", a5)}
            </fieldset>
            <button type="submit" class="app-button app-button--secondary">{t.print_apply}</button>
        </form>
    }
}

/// Region, data date, publisher and contact for corrections, demo warning, crisis lines.
#[component]
pub fn TitlePage(title: Title) -> impl IntoView {
    let t = use_t();
    let lang = use_app().lang.get_untracked();
    let contact = title.contact.filter(|c| !c.is_empty()).map(|c| {
        view! { <p>{t.publisher_contact}":"</p><ContactList contacts=c/> }
    });
    view! {
        <section class="bk-title">
            <p class="bk-region">{title.region_name}</p>
            <p>{t.data_date}" "{date_cs(&title.data_date)}" · "{lang.count(title.service_count, &t.services)}</p>
            <p>{t.publisher_label}": "{title.publisher}</p>
            {contact}
            {title.demo.then(|| view! { <p class="bk-demo"><strong>{t.demo_label}</strong>" "{t.demo_text}</p> })}
            <CrisisLines/>
        </section>
    }
}

/// The headings with their service counts, linked to their sections, and the index.
#[component]
pub fn Contents(groups: Vec<(GroupKey, usize)>) -> impl IntoView {
    let t = use_t();
    let lang = use_app().lang.get_untracked();
    let items = groups
        .into_iter()
        .map(|(key, n)| view! { <li><a href=format!("#{}", key.anchor())>{lang.heading(&key)}</a>" ("{n}")"</li> })
        .collect_view();
    view! {
        <nav class="bk-toc" aria-labelledby="bk-toc">
            <h2 id="bk-toc">{t.contents_title}</h2>
            <ol>{items}<li><a href="#bk-index">{t.index_title}</a></li></ol>
        </nav>
    }
}

/// Municipalities with the numbers of the entries there; whole-region services once at the end.
#[component]
pub fn Index(rows: Vec<IndexRow>, whole_region: Vec<usize>) -> impl IntoView {
    let t = use_t();
    let whole = IndexRow { municipality: t.index_whole_region.to_string(), entries: whole_region };
    let rows = rows.into_iter().chain([whole]).filter(|r| !r.entries.is_empty()).map(|r| {
        let links = r
            .entries
            .iter()
            .enumerate()
            .map(|(i, n)| view! { {(i > 0).then_some(", ")}<a href=format!("#s-{n}")>{*n}</a> })
            .collect_view();
        view! { <dt>{r.municipality}</dt><dd>{links}</dd> }
    });
    view! {
        <section class="bk-index" id="bk-index">
            <h2>{t.index_title}</h2>
            <dl>{rows.collect_view()}</dl>
        </section>
    }
}
