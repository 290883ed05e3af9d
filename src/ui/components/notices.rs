//! Quiet status messages under the header: catalogue updates and their progress, storage problems, the
//! offline state, the demo-data warning, and the prompt to load a new version of the app.

use leptos::prelude::*;

use crate::domain::manifest::Refusal;
use crate::i18n::Strings;
use crate::store::StoreError;
use crate::ui::dynamic::*;
use crate::ui::regions;

use crate::ui::format::{date_cs, kilobytes};
use crate::ui::state::{use_app, use_t, Notice};
use crate::ui::sw;

#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let notice_text = move || {
        let t = t;
        // A region taken off the list may have its files removed too: its failed update check is no news
        // beside the region-gone notice.
        let notice =
            app.notice.get().filter(|n| !(matches!(n, Notice::UpdateRejected(_)) && regions::gone(app)));
        notice.map(|n| match n {
            Notice::Updated(date) => format!("{} {}", t.notice_updated, date_cs(&date)),
            Notice::UpdateRejected(reason) => format!("{} ({reason})", t.notice_rejected),
            Notice::RolledBack => t.notice_rolled_back.to_string(),
            Notice::Storage(StoreError::Quota) => t.notice_storage_full.to_string(),
            Notice::Storage(StoreError::Unavailable(_)) => t.notice_storage_off.to_string(),
            Notice::Storage(StoreError::Newer) => t.notice_storage_newer.to_string(),
            Notice::Storage(StoreError::Failed(why)) => format!("{} ({why})", t.notice_storage_failed),
            Notice::Wiped => t.notice_wiped.to_string(),
            Notice::Refused(r) | Notice::Storage(StoreError::Refused(r)) => refusal(t, &r),
        })
    };
    let demo = move || {
        app.catalogue.get().map(|c| c.snapshot.meta.demo).unwrap_or_else(|| {
            let region = app.region.get();
            app.regions.with(|l| l.iter().any(|r| r.id == region && r.demo))
        })
    };
    view! {
        <div class="app-notices">
            {show_when(demo, move || view! {
                <p class="app-notice app-notice--demo"><strong>{t.demo_label}</strong>" "{t.demo_text}</p>
            }.into_any())}
            {show_when(move || app.shell_update.get(), move || view! {
                <div class="app-notice app-notice--update" role="status">
                    <button type="button" class="app-button" on:click=move |_| sw::activate_waiting()>
                        {t.shell_update}
                    </button>
                </div>
            }.into_any())}
            {dyn_view(move || app.progress.get().map(|(got, total)| view! {
                <div class="app-notice app-notice--progress">
                    <label for="download-progress">{t.downloading}" "{kilobytes(got)}" / "{kilobytes(total)}</label>
                    <progress id="download-progress" max=total.to_string() value=got.to_string()></progress>
                </div>
            }).into_any())}
            {show_when(move || regions::gone(app), move || view! {
                <p class="app-notice" data-testid="region-gone">{t.region_gone}" "<a href="/nastaveni">{t.region_choose}</a></p>
            }.into_any())}
            <p class="app-notice" role="status" aria-live="polite" hidden=dyn_flag(move || notice_text().is_none())>
                {dyn_text(move || notice_text().unwrap_or_default())}
            </p>
            {show_when(move || app.offline.get(), move || view! {
                <p class="app-notice app-notice--quiet" data-testid="offline">{t.offline_note}</p>
            }.into_any())}
        </div>
    }
}

/// Why a published catalogue was not taken (defects 12 and 13).
fn refusal(t: &Strings, r: &Refusal) -> String {
    match r {
        Refusal::OtherRegion { .. } => t.notice_other_region.to_string(),
        Refusal::Older { .. } => t.notice_older.to_string(),
        Refusal::TooLarge { bytes } => {
            format!("{} ({})", t.notice_rejected, crate::ui::format::kilobytes(*bytes))
        }
    }
}
