//! The choice of order and paper of the printed booklet (screen only), kept in the URL.

use leptos::prelude::*;

use crate::domain::booklet::Grouping;
use crate::ui::state::use_t;

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
