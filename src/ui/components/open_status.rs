//! "Otevřeno, zavírá v 15:30", "Zavřeno, otevírá v pondělí v 7:00" or "Nonstop" on a card or a service
//! page: the domain's status of the service's hours (`domain::hours`) at the phone's clock, in Prague
//! time, offline. Nothing when the app cannot say (hours in free text only).

use leptos::prelude::*;

use crate::domain::hours::status;
use crate::domain::snapshot::OpeningHours;
use crate::ui::state::use_app;

/// Seconds since the epoch by the phone's clock. `Date.now()` cannot throw.
pub fn now_unix() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// The status paragraph, or nothing.
pub fn open_status(hours: Option<&OpeningHours>) -> AnyView {
    let lang = use_app().lang.get_untracked();
    let s = status(hours, now_unix());
    let class = if s.is_open() { "app-open app-open--yes" } else { "app-open" };
    match lang.open_status(&s) {
        Some(text) => view! { <p class=class data-testid="open-status">{text}</p> }.into_any(),
        None => ().into_any(),
    }
}
