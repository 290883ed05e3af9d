//! `/aktuality`: news about the planning process, newest first.

use leptos::prelude::*;

use crate::ui::components::localized::localized;
use crate::ui::format::date_cs;
use crate::ui::nav::page_title;
use crate::ui::pages::with_catalogue_below;
use crate::ui::state::{use_app, use_t};

#[component]
pub fn NewsPage() -> impl IntoView {
    let t = use_t();
    let app = use_app();
    page_title(move || t.news_title.to_string());
    view! {
        <h1 tabindex="-1">{t.news_title}</h1>
        {with_catalogue_below(move |c| {
            let dates: Vec<String> = c.snapshot.news.iter().map(|n| n.date.clone()).collect();
            let newest_first = crate::ui::format::order(&dates).into_iter().rev().filter_map(|i| c.snapshot.news.get(i).cloned());
            let lang = app.lang.get();
            let items = newest_first.map(|n| {
                let ((title, tc), (text, xc)) = (n.title_in(lang.code()), n.text_in(lang.code()));
                view! {
                    <article class="app-card">
                        <h2 class="app-card__title">{localized(title, tc, lang)}</h2>
                        <p class="app-card__meta"><time datetime=n.date.clone()>{date_cs(&n.date)}</time></p>
                        <p>{localized(text, xc, lang)}</p>
                    </article>
                }
            }).collect_view();
            view! { <div class="app-list-plain">{items}</div> }.into_any()
        })}
    }
}
