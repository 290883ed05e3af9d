//! The person's comments saved on this device, each with its state: čeká na odeslání, odesláno, or chyba
//! with the reason; an unsent one is shown whole with a warning that it exists only here. Also the two
//! entry points that fill and flush the outbox, with the retry backoff.

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::comment::CommentDraft;
use crate::domain::snapshot::CommentCampaign;
use crate::ui::dom;
use crate::ui::dynamic::dyn_view;
use crate::ui::outbox::{self, State};
use crate::ui::state::{use_app, use_t, AppState};
use crate::ui::sw;

/// Saves the comment in the outbox and tries to send it at once; false when it could not be saved.
pub async fn submit_comment(campaign: &CommentCampaign, draft: &CommentDraft) -> bool {
    let Some(endpoint) = campaign.endpoint.as_deref() else { return false };
    if !outbox::add(&campaign.id, endpoint, draft).await {
        return false;
    }
    // Background Sync sends it even if this page is closed before the network returns.
    sw::request_outbox_sync().await;
    outbox::send_pending().await;
    true
}

thread_local! {
    /// Consecutive flushes that left comments unsent, for the retry backoff.
    static FAILURES: Cell<u32> = const { Cell::new(0) };
}

/// Sends what is waiting, then refreshes the list. While something stays unsent it tries again later,
/// waiting twice as long each time (15 s up to 16 min), besides the next start and `online` event.
pub fn flush(app: AppState) {
    leptos::task::spawn_local(async move {
        let sent = outbox::send_pending().await;
        // Nothing waiting (the usual start): no list to refresh, no retry.
        if sent.tried > 0 {
            app.outbox.update(|v| *v += 1);
        }
        if sent.unsent == 0 {
            FAILURES.with(|f| f.set(0));
            return;
        }
        let n = FAILURES.with(|f| f.replace(f.get().saturating_add(1)));
        let delay_ms = 15_000i32.saturating_mul(1 << n.min(6));
        if let Some(w) = dom::window() {
            let again = wasm_bindgen::closure::Closure::once_into_js(move || flush(app));
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(again.unchecked_ref(), delay_ms);
        }
    });
}

#[component]
pub fn OutboxList() -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let entries = LocalResource::new(move || {
        app.outbox.track();
        outbox::read()
    });
    let list = move || {
        let entries = entries.get().unwrap_or_default();
        if entries.is_empty() {
            return ().into_any();
        }
        let waiting = entries.iter().any(|e| e.state != State::Sent);
        let items = entries.into_iter().rev().map(|e| {
            let state = match &e.state {
                State::Pending => t.state_pending.to_string(),
                State::Sent => t.state_sent.to_string(),
                State::Failed(reason) => format!("{} ({reason})", t.state_failed),
            };
            // An unsent comment is shown whole, so it can be copied while it exists only here.
            let text = if e.state == State::Sent { e.text.chars().take(80).collect() } else { e.text };
            view! { <li class="app-card"><p class="app-prewrap">{text}</p><p class="app-card__meta">{e.created_at.get(..10).unwrap_or("").to_string()}" · "<strong>{state}</strong></p></li> }
        });
        view! {
            <section>
                <h2>{t.outbox_title}</h2>
                {waiting.then(|| view! { <p class="app-hint">{t.outbox_only_here}</p> })}
                <ul class="app-list-plain">{items.collect_view()}</ul>
            </section>
        }
        .into_any()
    };
    view! { <div data-testid="outbox" aria-live="polite">{dyn_view(list)}</div> }
}
