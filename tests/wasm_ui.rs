//! The app mounts in a real browser (headless Chromium via wasm-bindgen-test): the shell has its skip links,
//! the quick-exit button and exactly one `<h1>`, with no catalogue and no network at all. It is built
//! outside the document and moved in whole (issue 16, `ui::mount`).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn app_mounts_with_shell_and_heading() {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    pruvodce::ui::mount::mount();
    leptos::task::tick().await;
    // Built in turns outside the page: nothing of it is in the document yet.
    assert!(document.query_selector("#quick-exit").expect("query").is_none(), "not in the page yet");
    // A few turns of the browser later, all of it at once.
    for _ in 0..100 {
        if document.query_selector("main h1").expect("query").is_some() {
            break;
        }
        pruvodce::turns::sleep(20).await;
    }
    let h1s = document.query_selector_all("main h1").expect("query");
    let body = document.body().expect("a body");
    assert_eq!(h1s.length(), 1, "exactly one h1: {}", body.inner_text());
    assert!(document.query_selector("#quick-exit").expect("query").is_some(), "quick exit button");
    assert!(document.query_selector(".app-footer").expect("query").is_some(), "the footer");
    let skip = document.query_selector_all("a.app-skip-link").expect("query");
    assert_eq!(skip.length(), 2);
    assert!(body.inner_text().contains("Rychle odejít"));
}
