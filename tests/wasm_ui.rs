//! The app mounts in a real browser (headless Chromium via wasm-bindgen-test): the shell has its skip links,
//! the quick-exit button and exactly one `<h1>`, with no catalogue and no network at all.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn app_mounts_with_shell_and_heading() {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let root = document.create_element("div").expect("a div");
    document.body().expect("a body").append_child(&root).expect("appended");
    let root: web_sys::HtmlElement = root.dyn_into().expect("an element");
    let _handle = leptos::mount::mount_to(root.clone(), pruvodce::ui::App);
    leptos::task::tick().await;
    let h1s = root.query_selector_all("main h1").expect("query");
    assert_eq!(h1s.length(), 1, "exactly one h1: {}", root.inner_text());
    assert!(root.query_selector("#quick-exit").expect("query").is_some(), "quick exit button");
    let skip = root.query_selector_all("a.app-skip-link").expect("query");
    assert_eq!(skip.length(), 2);
    assert!(root.inner_text().contains("Rychle odejít"));
}
