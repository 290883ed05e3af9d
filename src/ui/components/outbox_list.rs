//! The person's comments saved on this device, each with its state: čeká na odeslání, odesláno, or chyba
//! with the reason. Also the two entry points that fill and flush the outbox.

use leptos::prelude::*;

use crate::domain::comment::CommentDraft;
use crate::domain::snapshot::CommentCampaign;
use crate::ui::dynamic::dyn_view;
use crate::ui::outbox::{self, State};
use crate::ui::state::{use_app, use_t, AppState};

/// Saves the comment in the outbox and tries to send it at once; false when it could not be saved.
pub async fn submit_comment(campaign: &CommentCampaign, draft: &CommentDraft) -> bool {
    let Some(endpoint) = campaign.endpoint.as_deref() else { return false };
    if !outbox::add(&campaign.id, endpoint, draft) {
        return false;
    }
    outbox::send_pending().await;
    true
}

/// Sends what is waiting, then refreshes the list.
pub fn flush(app: AppState) {
    if outbox::read().iter().all(|e| e.state == State::Sent) {
        return;
    }
    leptos::task::spawn_local(async move {
        outbox::send_pending().await;
        app.outbox.update(|v| *v += 1);
    });
}

#[component]
pub fn OutboxList() -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let list = move || {
        app.outbox.track();
        let entries = outbox::read();
        if entries.is_empty() {
            return ().into_any();
        }
        let items = entries.into_iter().rev().map(|e| {
            let state = match &e.state {
                State::Pending => t.state_pending.to_string(),
                State::Sent => t.state_sent.to_string(),
                State::Failed(reason) => format!("{} ({reason})", t.state_failed),
            };
            let excerpt: String = e.text.chars().take(80).collect();
            view! { <li class="app-card"><p>{excerpt}</p><p class="app-card__meta">{e.created_at.get(..10).unwrap_or("").to_string()}" · "<strong>{state}</strong></p></li> }
        });
        view! {
            <section><h2>{t.outbox_title}</h2><ul class="app-list-plain">{items.collect_view()}</ul></section>
        }
        .into_any()
    };
    view! { <div data-testid="outbox" aria-live="polite">{dyn_view(list)}</div> }
}
