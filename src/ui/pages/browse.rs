//! `/sluzby?podle=druh|skupina|abc&strana=N`: the whole catalogue, browsable by type, by target group or
//! A–Z, a page of `PER_PAGE` services at a time with no cap: the last page ends with the last service.
//! Each service shows its address and contacts (`BookletEntry`), and the list prints with them.

use leptos::prelude::*;

use crate::domain::booklet::{browse, Grouping};
use crate::query::query_string;
use crate::ui::components::booklet_entry::entries;
use crate::ui::nav::page_title;
use crate::ui::pages::with_catalogue_below;
use crate::ui::router::use_url;
use crate::ui::state::{use_app, use_t};

const PODLE: &str = "podle";
const STRANA: &str = "strana";
const PER_PAGE: usize = 20;
/// The groupings offered here (by municipality is the printed booklet's).
const CHOICES: [Grouping; 3] = [Grouping::Type, Grouping::TargetGroup, Grouping::Alphabet];

fn href(g: Grouping, page: usize) -> String {
    format!("/sluzby?{}", query_string(&[(PODLE, g.slug().to_string()), (STRANA, page.to_string())]))
}

#[component]
pub fn BrowsePage() -> impl IntoView {
    let t = use_t();
    let app = use_app();
    let url = use_url();
    page_title(move || t.browse_title.to_string());
    view! {
        <h1 tabindex="-1">{t.browse_title}</h1>
        {with_catalogue_below(move |c| {
            let (grouping, page) = url.with(|u| {
                let g = Grouping::from_slug(&u.get(PODLE).unwrap_or_default());
                let g = if CHOICES.contains(&g) { g } else { Grouping::Type };
                (g, u.get(STRANA).and_then(|p| p.parse().ok()).unwrap_or(1))
            });
            let lang = app.lang.get_untracked();
            let p = browse(&c.snapshot, grouping, page, PER_PAGE);
            let tabs = CHOICES.map(|g| {
                let current = (g == grouping).then_some("page");
                view! { <li><a href=href(g, 1) aria-current=current>{t.grouping(g)}</a></li> }
            });
            let sections = p.sections.iter().map(|(key, list)| view! {
                <section class="bk-group">
                    <h2>{lang.heading(key)}</h2>
                    {entries(&c.snapshot, list)}
                </section>
            }).collect_view();
            let prev = (p.page > 1).then(|| view! { <a href=href(grouping, p.page - 1) rel="prev" class="app-button app-button--secondary">{t.page_prev}</a> });
            let next = (p.page < p.pages).then(|| view! { <a href=href(grouping, p.page + 1) rel="next" class="app-button app-button--secondary" data-testid="next-page">{t.page_next}</a> });
            view! {
                <p class="app-result-count" data-testid="result-count">{lang.count(p.services, &t.services)}</p>
                <nav aria-label=t.print_order><ul class="app-links bk-tabs">{tabs.into_iter().collect_view()}</ul></nav>
                <div class="bk">{sections}</div>
                <nav class="bk-pager" aria-label=t.page_label>
                    {prev}
                    <span data-testid="page-of">{format!("{} {} {} {}", t.page_label, p.page, t.page_of, p.pages)}</span>
                    {next}
                </nav>
            }.into_any()
        })}
    }
}
