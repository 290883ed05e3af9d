//! Where `/tisk` and `/sluzby` show the booklet module's document (`src/bin/booklet.rs`): an empty
//! container that the module, imported on demand (from the worker's cache offline), fills from the stored
//! catalogue's text, read from IndexedDB. The booklet's layout and languages so stay out of the first load.
//! A module or catalogue that cannot be read gets a clear message instead of an empty page.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::store::{catalogue, DB_NAME};
use crate::ui::state::{use_app, use_t};

#[wasm_bindgen(inline_js = "export async function run_booklet(name, el, body, lang, args) {
  const m = await import('/booklet/booklet.js');
  await m.default();
  m[name](el, body, lang, ...args.split('\\n'));
}")]
extern "C" {
    /// Imports and starts the module, then calls its export `name` with the lines of `args` after `lang`.
    #[wasm_bindgen(catch)]
    async fn run_booklet(
        name: &str,
        el: &web_sys::Element,
        body: &str,
        lang: &str,
        args: &str,
    ) -> Result<JsValue, JsValue>;
}

/// Reads the region's stored catalogue and has the module's `name` render it into `el`; false on failure.
async fn run(
    name: &'static str,
    el: web_sys::Element,
    region: String,
    lang: &'static str,
    args: String,
) -> bool {
    let Ok(Some(body)) = catalogue::load(DB_NAME, &region, |json, _| async move { Some(json) }).await else {
        return false;
    };
    run_booklet(name, &el, &body.value, lang, &args).await.is_ok()
}

/// The container the module's export `name` renders into, again whenever `args` (tracked), the region or
/// the language change.
pub fn booklet_view(name: &'static str, args: impl Fn() -> Vec<String> + 'static) -> impl IntoView {
    let app = use_app();
    let t = use_t();
    let target = NodeRef::<leptos::html::Div>::new();
    let failed = RwSignal::new(false);
    Effect::new(move |_| {
        let (args, region, lang) = (args().join("\n"), app.region.get(), app.lang.get().code());
        if let Some(el) = target.get() {
            let el: web_sys::Element = el.into();
            leptos::task::spawn_local(async move { failed.set(!run(name, el, region, lang, args).await) });
        }
    });
    view! {
        <p role="alert" class="app-error-message" hidden=move || !failed.get()>{t.print_failed}</p>
        <div class="bk" data-testid="booklet" node_ref=target></div>
    }
}
