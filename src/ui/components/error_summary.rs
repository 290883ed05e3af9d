//! GOV.UK error summary: listed at the top of a form after a failed submit, focused so it is announced,
//! each error linking to its field. The page title gets the "Chyba:" prefix from the page itself.

use leptos::prelude::*;

use crate::ui::dynamic::*;

use crate::ui::dom;
use crate::ui::state::use_t;

/// One error: the field's element id and the message.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: &'static str,
}

#[component]
pub fn ErrorSummary(errors: Signal<Vec<FieldError>>) -> impl IntoView {
    let t = use_t();
    view! {
        {show_when(move || !errors.get().is_empty(), move || view! {
            <div id="error-summary" class="app-error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title" class="app-error-summary__title">{t.error_summary_title}</h2>
                <ul class="app-error-summary__list app-links">
                    {errors.get().into_iter().map(|e| view! {
                        <li><a href=format!("#{}", e.field) on:click=move |ev| {
                            // Move focus into the field itself, as GOV.UK does, not just scroll to it.
                            ev.prevent_default();
                            dom::focus_id(e.field);
                        }>{e.message}</a></li>
                    }).collect_view()}
                </ul>
            </div>
        }.into_any())}
    }
}
