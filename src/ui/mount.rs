//! Mounting the app in turns (issue 16: set-up, shell and home page built at once were one task of 80-120
//! ms, over 300 ms on a phone). The app is built in an element not yet in the page, so the first screen
//! (index.html's `.app-first`) stays shown and is the only copy in the document: no flash, no shift, no
//! ids twice. In the task that builds the last part, the app's nodes move into `<body>` and the first
//! screen goes, in one step (the footer's render runs in that task, just after the move).

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::AppState;
use super::{boot, dom, lexicon, regions, sw, App};
use crate::turns::pause;

thread_local! {
    /// The element the app is built in while it is not yet in the page.
    static DETACHED: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Mounts the app into a detached element; `start_in_parts` builds it and moves it into the page.
pub fn mount() {
    let Some(root) = dom::document().and_then(|d| d.create_element("div").ok()) else { return };
    DETACHED.with(|d| *d.borrow_mut() = Some(root.clone()));
    // A `div` is an HTMLElement.
    leptos::mount::mount_to(root.unchecked_into(), App).forget();
}

/// After the mount, which only sets up state, each after a turn of the browser: the stored catalogue's
/// load with the requests for the region list and the lexicon, then the header, the page and the footer
/// (the three flags, each set once), then the move into the page with the service worker's registration
/// (it serves the next visit, so it need not compete with the first).
pub fn start_in_parts(app: AppState) -> [RwSignal<bool>; 3] {
    let parts: [RwSignal<bool>; 3] = std::array::from_fn(|_| RwSignal::new(false));
    leptos::task::spawn_local(async move {
        pause().await;
        if !app.region.get_untracked().is_empty() {
            boot::start(app);
        }
        regions::refresh(app);
        lexicon::load(app);
        for part in parts {
            pause().await;
            part.set(true);
        }
        attach();
        sw::register(app);
    });
    parts
}

/// Moves the built app into `<body>`, after the first screen, then removes the first screen.
fn attach() {
    let root = DETACHED.with(|d| d.borrow_mut().take());
    if let (Some(root), Some(body)) = (root, dom::document().and_then(|d| d.body())) {
        while let Some(node) = root.first_child() {
            if body.append_child(&node).is_err() {
                break;
            }
        }
    }
    dom::remove_first_screen();
}
