//! The page's comment sender in a real browser, with `fetch` answering like a captive portal (200 and an
//! HTML login page): the comment must stay unsent, and however often the outbox is flushed there is one
//! retry chain with one timer (issue 10, defects 1 and 2).
#![cfg(target_arch = "wasm32")]

use pruvodce::domain::comment::CommentDraft;
use pruvodce::i18n::{Lang, TextSize};
use pruvodce::sync::outbox::{self, State};
use pruvodce::ui::state::AppState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn global(name: &str) -> f64 {
    js_sys::Reflect::get(&js_sys::global(), &name.into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
}

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let w = web_sys::window().expect("window");
        w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).expect("timer");
    });
    wasm_bindgen_futures::JsFuture::from(p).await.expect("slept");
}

/// Every POST is counted and answered 200 with HTML, as a community centre's Wi-Fi login page does.
fn captive_portal() {
    let fake = js_sys::Function::new_no_args(
        "globalThis.__posts = (globalThis.__posts || 0) + 1; \
         return Promise.resolve(new Response('<html><body>Přihlaste se k Wi-Fi</body></html>', \
           { status: 200, headers: { 'content-type': 'text/html' } }));",
    );
    let w = web_sys::window().expect("window");
    js_sys::Reflect::set(&w, &"fetch".into(), fake.unchecked_ref()).expect("fetch replaced");
}

#[wasm_bindgen_test]
async fn one_retry_chain_after_failed_submit() {
    // An executor for the sender's tasks (mounting sets it up) and a reactive owner.
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let root: web_sys::HtmlElement =
        document.create_element("div").expect("a div").dyn_into().expect("an element");
    let _mounted = leptos::mount::mount_to(root, || ());
    let owner = leptos::prelude::Owner::new();
    owner.set();
    captive_portal();
    let app = AppState::new(Lang::Cs, "benesov".into(), TextSize::Normal, Vec::new());
    let draft = CommentDraft { text: "V plánu chybí odlehčovací služba.".into(), ..Default::default() };
    assert!(outbox::submit(app, "kpss", "/api/pripominky", &draft).await, "saved");
    for _ in 0..4 {
        outbox::flush(app); // start, `online`, the worker's message…: all at once
    }
    sleep(2000).await;
    let first = global("__posts");
    assert!(
        (1.0..=2.0).contains(&first),
        "one round (and at most one more for the flushes meanwhile): {first}"
    );
    // captive_portal_200_html_is_not_delivery: a 200 without a receipt leaves the comment unsent.
    let entries = outbox::read().await;
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].state, State::Failed("HTTP 200".into()));
    assert_eq!(entries[0].text, draft.text, "nothing was deleted");
    assert!(outbox::retry_scheduled(), "a failed submit leaves a retry timer");
    // The first retry comes after 15 s: exactly one more POST, not one per flush.
    sleep(15_500).await;
    assert_eq!(global("__posts"), first + 1.0, "one retry chain");
    sleep(3000).await;
    assert_eq!(global("__posts"), first + 1.0, "the next retry waits longer (30 s)");
    assert!(outbox::retry_scheduled());
}
