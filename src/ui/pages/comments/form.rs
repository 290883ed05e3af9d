//! The comment form itself. Errors are checked on submit (not while typing), listed in the error summary
//! and shown at each field. The draft is kept in this tab's sessionStorage until sent; quick exit clears it.

use leptos::prelude::*;

use crate::ui::dynamic::*;

use crate::domain::comment::{validate_comment, CommentDraft, CommentError};
use crate::domain::snapshot::CommentCampaign;
use crate::sync::outbox;
use crate::ui::components::error_summary::FieldError;
use crate::ui::components::outbox_list::mail_href;
use crate::ui::dom;
use crate::ui::prefs::{self, Key};
use crate::ui::state::{use_app, use_t};
use crate::ui::sw;

#[component]
pub fn CommentForm(campaign: CommentCampaign, errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let t = use_t();
    let app = use_app();
    let saved: CommentDraft = prefs::get(Key::CommentDraft)
        .and_then(|s| crate::domain::json::from_text(&s).ok())
        .unwrap_or_default();
    let draft = RwSignal::new(saved);
    let sent = RwSignal::new(None::<&'static str>);
    Effect::new(move |_| {
        if let Ok(json) = serde_json::to_string(&draft.get()) {
            prefs::set(Key::CommentDraft, &json);
        }
    });
    let error_for =
        move |field: &'static str| errors.get().into_iter().find(|e| e.field == field).map(|e| e.message);
    let message = move |e: CommentError| t.comment_error(e);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let d = draft.get_untracked();
        let found: Vec<FieldError> = validate_comment(&d)
            .into_iter()
            .map(|e| FieldError { field: e.field(), message: message(e) })
            .collect();
        let failed = !found.is_empty();
        errors.set(found);
        if failed {
            dom::after_render(|| dom::focus_id("error-summary"));
            return;
        }
        if let Some(endpoint) = campaign.endpoint.clone() {
            let id = campaign.id.clone();
            leptos::task::spawn_local(async move {
                let ok = outbox::submit(app, &id, &endpoint, &d).await;
                if ok {
                    // Background Sync sends it even if this page is closed before the network returns.
                    sw::request_outbox_sync().await;
                }
                app.outbox.update(|v| *v += 1);
                sent.set(Some(if ok { t.comment_queued } else { t.comment_store_failed }));
                if ok {
                    draft.set(CommentDraft::default());
                    prefs::remove(Key::CommentDraft);
                }
            });
        } else if let Some(email) = &campaign.email {
            let body = format!("{}\n\n{}\n{}\n{}", d.text, d.name, d.email, d.municipality);
            let href = mail_href(email, t.comment_subject, &body);
            if let (Some(h), Some(w)) = (href, dom::window()) {
                let _ = w.location().set_href(&h);
                sent.set(Some(t.comment_mail_opened));
            }
        }
    };
    let field = move |id: &'static str,
                      label: &'static str,
                      hint: Option<&'static str>,
                      value: fn(&CommentDraft) -> String,
                      set: fn(&mut CommentDraft, String),
                      kind: &'static str| {
        view! {
            <div class="app-field" class:app-field--error=dyn_flag(move || error_for(id).is_some())>
                <label class="app-label" for=id>{label}</label>
                {hint.map(|h| view! { <p class="app-hint">{h}</p> })}
                {dyn_view(move || error_for(id).map(|m| view! { <p class="app-error-message" id=format!("{id}-error")>{m}</p> }).into_any())}
                <input id=id type=kind class="app-input" autocomplete=if kind == "email" { "email" } else { "off" }
                    aria-describedby=dyn_text(move || error_for(id).map(|_| format!("{id}-error")).unwrap_or_default())
                    prop:value=dyn_text(move || value(&draft.get())) on:input=move |ev| draft.update(|d| set(d, event_target_value(&ev)))/>
            </div>
        }
    };
    view! {
        <form class="app-form" novalidate=true on:submit=on_submit>
            {field("comment-name", t.field_name, Some(t.optional), |d| d.name.clone(), |d, v| d.name = v, "text")}
            {field("comment-email", t.field_email, Some(t.email_hint), |d| d.email.clone(), |d, v| d.email = v, "email")}
            {field("comment-municipality", t.field_municipality, Some(t.optional), |d| d.municipality.clone(), |d, v| d.municipality = v, "text")}
            <div class="app-field" class:app-field--error=dyn_flag(move || error_for("comment-text").is_some())>
                <label class="app-label" for="comment-text">{t.field_text}</label>
                <p class="app-hint" id="comment-text-hint">{t.text_hint}</p>
                {dyn_view(move || error_for("comment-text").map(|m| view! { <p class="app-error-message" id="comment-text-error">{m}</p> }).into_any())}
                <textarea id="comment-text" class="app-textarea" rows="8"
                    aria-describedby=dyn_text(move || if error_for("comment-text").is_some() { "comment-text-hint comment-text-error" } else { "comment-text-hint" }.to_string())
                    prop:value=dyn_text(move || draft.get().text) on:input=move |ev| draft.update(|d| d.text = event_target_value(&ev))></textarea>
            </div>
            <button type="submit" class="app-button">{t.send_comment}</button>
            <p role="status" aria-live="polite" data-testid="comment-status">{dyn_text(move || sent.get().unwrap_or_default().to_string())}</p>
        </form>
    }
}
