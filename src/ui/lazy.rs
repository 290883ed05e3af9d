//! Starting the lazy module (`src/bin/booklet`, `dist/booklet/`), which fills containers the app renders
//! with their data in `data-` attributes (`#booklet`, `#catalogue-files`, `#saved-documents`,
//! `#documents`; see `start.js`). After the render the app adds the module's starter script once
//! (loaded on demand and from the worker's cache offline) or, once added, asks it with a `lazy-module`
//! event to fill the containers now on the page. So the module's code and words stay out of the first
//! load.

use crate::ui::dom;

/// Has the module fill the page's containers once this render is on screen.
pub fn start() {
    dom::after_render(|| {
        let _ = add_or_wake();
    });
}

fn add_or_wake() -> Option<()> {
    let doc = dom::document()?;
    if doc.get_element_by_id("lazy-start").is_some() {
        let event = web_sys::Event::new("lazy-module").ok()?;
        return doc.dispatch_event(&event).ok().map(|_| ());
    }
    let script = doc.create_element("script").ok()?;
    for (name, value) in [("id", "lazy-start"), ("type", "module"), ("src", "/booklet/start.js")] {
        script.set_attribute(name, value).ok()?;
    }
    doc.body()?.append_with_node_1(&script).ok()
}
