//! `/hledat?q=&obec=&skupina=&forma=&zdarma=&otevreno=&nonstop=`: the "filter a list" pattern. A GET form, so every search
//! is a URL (links, Back and sharing work); results are computed from the URL alone. Typing updates the
//! results as you type, and typing, submitting and filtering all *replace* the history entry, so history
//! does not record every search; the title never holds the query (defect 8 of issue 10).

use leptos::prelude::*;

use crate::ui::dynamic::*;
use crate::ui::router::{navigate, use_url};

use crate::domain::rank::Query;
use crate::domain::snapshot::{Form as ServiceForm, TargetGroup};
use crate::query::query_string;
use crate::ui::components::open_status::now_unix;
use crate::ui::nav::page_title;
use crate::ui::pages::with_catalogue_below;
use crate::ui::prefs;
use crate::ui::state::{use_app, use_t};

mod results;
use results::Results;

/// The URL parameters of this page, in one place.
const Q: &str = "q";
const OBEC: &str = "obec";
const SKUPINA: &str = "skupina";
const FORMA: &str = "forma";
const ZDARMA: &str = "zdarma";
const OTEVRENO: &str = "otevreno";
const NONSTOP: &str = "nonstop";

#[component]
pub fn SearchPage() -> impl IntoView {
    let t = use_t();
    let app = use_app();
    let params = use_url();
    let get = move |k: &str| params.read().get(k).unwrap_or_default();
    // Never the query: titles are kept in the browser's history (defect 8 of issue 10).
    page_title(move || t.search_title.to_string());
    // Typing: rewrite q in the URL, keeping the filters, replacing the current history entry.
    let on_type = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        // The read guard must be gone before `navigate` writes the URL signal.
        let pairs: Vec<(&str, String)> = params.with(|p| {
            std::iter::once((Q, value))
                .chain(
                    [OBEC, SKUPINA, FORMA, ZDARMA, OTEVRENO, NONSTOP]
                        .into_iter()
                        .filter_map(|k| p.get(k).map(|v| (k, v))),
                )
                .collect()
        });
        let url = format!("/hledat?{}", query_string(&pairs));
        navigate(&url, true);
    };
    let query = Memo::new(move |_| Query {
        text: get(Q),
        municipality: Some(get(OBEC)).filter(|s| !s.is_empty()),
        target_group: TargetGroup::from_slug(&get(SKUPINA)),
        forms: ServiceForm::from_slug(&get(FORMA)).into_iter().collect(),
        free_only: get(ZDARMA) == "1",
        // The phone's clock at the time the URL changed: "open now" means now.
        open_at: (get(OTEVRENO) == "1").then(now_unix),
        nonstop_only: get(NONSTOP) == "1",
        limit: 50,
        ..Default::default()
    });

    view! {
        <h1 tabindex="-1">{t.search_title}</h1>
        {with_catalogue_below(move |c| {
            let snap = &c.snapshot;
            let munis = crate::ui::format::municipalities_by_name(snap);
            let lang = app.lang.get_untracked();
            view! {
                <form method="get" action="/hledat" class="app-filters" role="search" data-replace="" on:submit=move |_| prefs::remember_search(&get(Q))>
                    <label class="app-label" for="q">{t.search_label}</label>
                    <input id="q" name=Q type="search" class="app-input" autocomplete="off" enterkeyhint="search"
                        prop:value=dyn_text(move || get(Q)) on:input=on_type/>
                    <div class="app-filters__grid">
                        <div class="app-field">
                            <label class="app-label" for="obec">{t.filter_municipality}</label>
                            <select id="obec" name=OBEC class="app-select">
                                <option value="">{t.any_municipality}</option>
                                {munis.into_iter().map(|(id, name)| { let sel = id.clone(); view! { <option value=id selected=dyn_flag(move || get(OBEC) == sel)>{name}</option> } }).collect_view()}
                            </select>
                        </div>
                        <div class="app-field">
                            <label class="app-label" for="skupina">{t.filter_group}</label>
                            <select id="skupina" name=SKUPINA class="app-select">
                                <option value="">{t.any_group}</option>
                                {TargetGroup::ALL.into_iter().map(|g| view! { <option value=g.slug() selected=dyn_flag(move || get(SKUPINA) == g.slug())>{lang.group_name(g)}</option> }).collect_view()}
                            </select>
                        </div>
                        <div class="app-field">
                            <label class="app-label" for="forma">{t.filter_form}</label>
                            <select id="forma" name=FORMA class="app-select">
                                <option value="">{t.any_form}</option>
                                {ServiceForm::ALL.into_iter().map(|f| view! { <option value=f.slug() selected=dyn_flag(move || get(FORMA) == f.slug())>{lang.form_name(f)}</option> }).collect_view()}
                            </select>
                        </div>
                        {checkbox(ZDARMA, t.filter_free, move || get(ZDARMA) == "1")}
                        {checkbox(OTEVRENO, t.filter_open_now, move || get(OTEVRENO) == "1")}
                        {checkbox(NONSTOP, t.filter_nonstop, move || get(NONSTOP) == "1")}
                    </div>
                    <button type="submit" class="app-button">{t.search_button}</button>
                </form>
                {unknown_municipality(c.clone(), params)}
                <Results catalogue=c.clone() query=query/>
            }.into_any()
        })}
    }
}

/// "Did you mean" under a municipality in the URL (`obec=Benesow`, a typed or shared link) that the
/// catalogue does not know; each suggestion is this search with that municipality.
fn unknown_municipality(
    c: std::sync::Arc<crate::ui::state::Catalogue>,
    params: RwSignal<crate::query::Url>,
) -> DynView {
    dyn_view(move || {
        let typed = params.read().get(OBEC).unwrap_or_default();
        if typed.is_empty() || crate::domain::offices::find_municipality(&c.snapshot, &typed).is_some() {
            return ().into_any();
        }
        let href = |m: &crate::domain::snapshot::Municipality| {
            let pairs: Vec<(&str, String)> = params.with(|p| {
                [Q, OBEC, SKUPINA, FORMA, ZDARMA]
                    .into_iter()
                    .filter_map(
                        |k| if k == OBEC { Some((k, m.id.clone())) } else { p.get(k).map(|v| (k, v)) },
                    )
                    .collect()
            });
            format!("/hledat?{}", query_string(&pairs))
        };
        crate::ui::components::did_you_mean::did_you_mean(&c.snapshot, &typed, href).into_any()
    })
}

/// A filter checkbox whose name is also its id; checked sends `name=1`.
fn checkbox(
    name: &'static str,
    label: &'static str,
    checked: impl Fn() -> bool + Send + Sync + 'static,
) -> AnyView {
    view! {
        <div class="app-field app-checkbox">
            <input id=name name=name type="checkbox" value="1" prop:checked=dyn_flag(checked)/>
            <label for=name>{label}</label>
        </div>
    }
    .into_any()
}
