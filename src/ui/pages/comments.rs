//! `/pripominky`: comments on the plan. The deadline is shown and the form closes after it. Validation on
//! submit with an error summary (and "Chyba:" in the title). A comment goes to the outbox first (IndexedDB),
//! so it is never lost offline, and is sent when there is a connection; or, when the campaign only takes
//! e-mail, a prefilled e-mail opens. The personal-data notice says what is kept, where and for how long.

use leptos::prelude::*;

use crate::domain::campaign::{campaign_state, CampaignState};
use crate::domain::date::Date;
use crate::domain::snapshot::{CommentCampaign, Snapshot};
use crate::ui::components::error_summary::{ErrorSummary, FieldError};
use crate::ui::components::outbox_list::OutboxList;
use crate::ui::format::date_cs;
use crate::ui::nav::page_title;
use crate::ui::pages::with_catalogue_below;
use crate::ui::state::use_t;

mod form;

/// Today's date from the device clock.
pub fn today() -> Option<Date> {
    let d = js_sys::Date::new_0();
    Date::parse(&format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date()))
}

/// The campaign open today, else the most recently closed one.
fn campaign(snap: &Snapshot, today: &Date) -> Option<(CommentCampaign, bool)> {
    let open = snap.comment_campaigns.iter().find(|c| campaign_state(c, *today) == CampaignState::Open);
    if let Some(c) = open {
        return Some((c.clone(), true));
    }
    snap.comment_campaigns
        .iter()
        .filter(|c| Date::parse(&c.closes).is_some_and(|d| d < *today))
        .max_by(|a, b| a.closes.cmp(&b.closes))
        .map(|c| (c.clone(), false))
}

#[component]
pub fn CommentsPage() -> impl IntoView {
    let t = use_t();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    page_title(move || {
        let title = t.comments_title;
        if errors.get().is_empty() {
            title.to_string()
        } else {
            format!("{} {title}", t.error_prefix)
        }
    });
    view! {
        <ErrorSummary errors=errors.into()/>
        <h1 tabindex="-1">{t.comments_title}</h1>
        {with_catalogue_below(move |c| {
            let Some(today) = today() else { return view! { <p>{t.comments_none}</p> }.into_any() };
            match campaign(&c.snapshot, &today) {
                None => view! { <p>{t.comments_none}</p> }.into_any(),
                Some((camp, open)) => {
                    let doc = c.snapshot.documents.iter().find(|d| d.id == camp.document).map(|d| d.title.clone()).unwrap_or_default();
                    let closes = date_cs(&camp.closes);
                    view! {
                        <p class="app-lead">{t.comments_on}" "<strong>{doc}</strong></p>
                        {if open {
                            view! {
                                <p class="app-panel" data-testid="deadline">{t.comments_deadline}" "<strong>{closes.clone()}</strong></p>
                                <form::CommentForm campaign=camp.clone() errors=errors/>
                            }.into_any()
                        } else {
                            view! { <p class="app-panel" data-testid="closed">{t.comments_closed}" "{closes.clone()}</p> }.into_any()
                        }}
                    }.into_any()
                }
            }
        })}
        <OutboxList/>
        <section class="app-privacy">
            <h2>{t.privacy_title}</h2>
            <p>{t.privacy_text}</p>
        </section>
    }
}
