//! The person's comments saved on this device, each with its state: čeká na odeslání, chyba (tried again
//! later), nelze odeslat (refused for good: why, and what to do: edit and send again, or send by e-mail,
//! with the text shown whole to copy), or odesláno with its date only (nothing of it is kept). Render only:
//! sending lives in `sync::outbox`.

use leptos::prelude::*;

use crate::domain::href::safe_href;
use crate::domain::outbox::Refusal;
use crate::i18n::Strings;
use crate::query::encode_component;
use crate::sync::outbox::{self, Entry, State};
use crate::ui::dynamic::dyn_view;
use crate::ui::format::date_cs;
use crate::ui::state::{use_app, use_t};

/// A `mailto:` link with the subject and text filled in, if the address makes a safe link.
pub fn mail_href(email: &str, subject: &str, body: &str) -> Option<String> {
    let href =
        format!("mailto:{email}?subject={}&body={}", encode_component(subject), encode_component(body))
            .replace('+', "%20");
    safe_href(&href)
}

/// Why a comment was refused, and what the person can do.
fn refusal_text(t: &'static Strings, r: Refusal) -> &'static str {
    match r {
        Refusal::Invalid => t.final_invalid,
        Refusal::Closed => t.final_closed,
        Refusal::TooLarge => t.final_too_large,
    }
}

fn item(t: &'static Strings, e: Entry, email: Option<String>) -> AnyView {
    let date = |s: &str| date_cs(s.get(..10).unwrap_or(""));
    match e.state {
        State::Sent => {
            let at = date(e.sent_at.as_deref().unwrap_or(&e.created_at));
            view! { <li class="app-card"><p class="app-card__meta">{t.state_sent}" "{at}</p></li> }.into_any()
        }
        State::Final(r) => {
            let mail = email.and_then(|a| mail_href(&a, t.comment_subject, &e.text)).map(|h| {
                view! { <p><a class="app-link" href=h>{t.final_send_mail}</a></p> }
            });
            view! {
                <li class="app-card" data-testid="outbox-final">
                    <p class="app-card__meta">{date(&e.created_at)}" · "<strong>{t.state_final}</strong></p>
                    <p>{refusal_text(t, r)}</p>
                    {mail}
                    <p class="app-hint">{t.final_copy}</p>
                    <p class="app-prewrap">{e.text}</p>
                </li>
            }
            .into_any()
        }
        state => {
            let label = match state {
                State::Failed(note) => format!("{} ({note})", t.state_failed),
                _ => t.state_pending.to_string(),
            };
            // An unsent comment is shown whole, so it can be copied while it exists only here.
            view! { <li class="app-card"><p class="app-prewrap">{e.text}</p><p class="app-card__meta">{date(&e.created_at)}" · "<strong>{label}</strong></p></li> }.into_any()
        }
    }
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
        let catalogue = app.catalogue.get_untracked();
        let email_of = |campaign: &str| {
            let c = catalogue.as_ref()?;
            c.snapshot.comment_campaigns.iter().find(|x| x.id == campaign)?.email.clone()
        };
        let items: Vec<AnyView> = entries
            .into_iter()
            .rev()
            .map(|e| {
                let email = email_of(&e.campaign);
                item(t, e, email)
            })
            .collect();
        view! {
            <section>
                <h2>{t.outbox_title}</h2>
                {waiting.then(|| view! { <p class="app-hint">{t.outbox_only_here}</p> })}
                <ul class="app-list-plain">{items}</ul>
            </section>
        }
        .into_any()
    };
    view! { <div data-testid="outbox" aria-live="polite">{dyn_view(list)}</div> }
}
