//! Settings' "Katalog v souboru" (issue 14, part 2). Loading: a snapshot chosen on the device, with its
//! manifest beside it or alone, is checked by the same domain rules as a download (`verify_against` when
//! a manifest is given, `validate_bytes`, `describes`), stored as its region's current catalogue by the
//! app's own store (the one before stays as `previous`; an older one is refused), and that region is
//! chosen in the page's region select (`#region`), as a person would, so the app reads it back from the
//! store and shows it. A bad file changes nothing and says what and where. Saving offers the region's stored catalogue byte for byte, so one device can pass it
//! to another with no network.

use pruvodce::booklet_doc::{attr, el, text};
use pruvodce::domain::manifest::{build_manifest, describes, verify_against, Refusal};
use pruvodce::domain::rejection::Rejection;
use pruvodce::domain::snapshot::Manifest;
use pruvodce::domain::validate::validate_bytes;
use pruvodce::i18n::files_words::FilesWords;
use pruvodce::keys::Key;
use pruvodce::store::catalogue::{self, Body};
use pruvodce::store::{StoreError, DB_NAME};
use pruvodce::ui::format::date_cs;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

use crate::dom::{find, lang, on, region_select, replace};

/// Why a file was not taken, or what was done.
enum Outcome {
    Loaded { name: String, date: String },
    Rejected(Rejection),
    UnknownRegion(String),
    Store(StoreError),
    BadManifest,
    Unreadable,
    OneOnly,
    Saved(String),
    NothingStored,
}

/// Renders the section into `target`, in language `code`.
#[wasm_bindgen]
pub fn files(target: Element, code: String) -> Result<(), JsValue> {
    let w = lang(&code).files();
    let input =
        attr(attr(attr(el("input", "", vec![]), "type", "file"), "id", "catalogue-file"), "multiple", "");
    let input =
        attr(attr(input, "accept", ".json,application/json"), "aria-describedby", "catalogue-file-hint");
    let save =
        attr(el("button", "app-button app-button--secondary", vec![text(w.save_button)]), "type", "button");
    let status = attr(attr(el("p", "", vec![]), "role", "status"), "data-testid", "catalogue-file-status");
    replace(
        &target,
        &[el(
            "section",
            "",
            vec![
                el("h2", "", vec![text(w.title)]),
                el(
                    "div",
                    "app-field",
                    vec![
                        attr(el("label", "app-label", vec![text(w.load_label)]), "for", "catalogue-file"),
                        attr(el("p", "app-hint", vec![text(w.load_hint)]), "id", "catalogue-file-hint"),
                        input,
                    ],
                ),
                el("p", "app-hint", vec![text(w.save_hint)]),
                attr(save, "id", "catalogue-save"),
                status,
            ],
        )],
    )?;
    let status = find(&target, "[role=status]")?;
    let input: HtmlInputElement = find(&target, "#catalogue-file")?.unchecked_into();
    let st = status.clone();
    let picked = input.clone();
    on(&input, "change", move |_| {
        let Some(list) = picked.files() else { return };
        // Taken out of the live list first: clearing the input below empties it.
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        // The same file chosen again (after a fix) must fire `change` again.
        picked.set_value("");
        let st = st.clone();
        st.set_text_content(Some(w.checking));
        spawn_local(async move {
            let outcome = load(files).await;
            say(&st, w, &outcome);
        });
    })?;
    on(&find(&target, "#catalogue-save")?, "click", move |_| {
        let (st, region) = (status.clone(), region_select().map(|s| s.value()).unwrap_or_default());
        spawn_local(async move { say(&st, w, &save_file(&region).await) });
    })
}

async fn bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

async fn load(files: Vec<web_sys::File>) -> Outcome {
    let (mut body, mut manifest) = (None, None);
    for f in files {
        let Some(b) = bytes(&f).await else { return Outcome::Unreadable };
        let slot = if f.name().ends_with(".manifest.json") { &mut manifest } else { &mut body };
        if slot.replace(b).is_some() {
            return Outcome::OneOnly;
        }
    }
    let Some(body) = body else { return Outcome::Unreadable };
    let manifest = match manifest.map(|m| serde_json::from_slice::<Manifest>(&m)) {
        Some(Err(_)) => return Outcome::BadManifest,
        m => m.and_then(Result::ok),
    };
    if let Some(m) = &manifest {
        if let Err(r) = verify_against(m, &body) {
            return Outcome::Rejected(r);
        }
    }
    // Painted before the check, which takes a while with a region's catalogue.
    pruvodce::turns::sleep(0).await;
    let snapshot = match validate_bytes(&body) {
        Ok(v) => v.snapshot,
        Err(report) => return Outcome::Rejected(Rejection::of_report(&body, &report)),
    };
    let manifest = match manifest {
        Some(m) if !describes(&m, &snapshot) => return Outcome::Rejected(Rejection::NotDescribed),
        Some(m) => m,
        None => build_manifest(&body, &snapshot, &format!("data/{}.json", snapshot.meta.region_id)),
    };
    let region = snapshot.meta.region_id.clone();
    let Some(select) = region_select() else { return Outcome::UnknownRegion(snapshot.meta.region_name) };
    let offered = (0..select.length())
        .filter_map(|i| select.item(i))
        .any(|o| o.get_attribute("value").as_deref() == Some(region.as_str()));
    if !offered {
        return Outcome::UnknownRegion(snapshot.meta.region_name);
    }
    let saved = match catalogue::body_blob(&body) {
        Ok(blob) => catalogue::save(DB_NAME, &region, &blob, &manifest, None).await,
        Err(e) => Err(e),
    };
    if let Err(e) = saved {
        return Outcome::Store(e);
    }
    remember_stored();
    choose(&select, &region);
    Outcome::Loaded { name: snapshot.meta.region_name, date: manifest.data_date }
}

/// Marks that a catalogue is stored here, as the app does after a download (a store found empty later
/// means the browser wiped it).
fn remember_stored() {
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = s.set_item(Key::Stored.name(), "1");
    }
}

/// Chooses `region` in the select and lets the app know as a person's choice would (`on_region` in
/// `ui::pages::settings`, which reads the stored catalogue again even for the region shown).
fn choose(select: &HtmlSelectElement, region: &str) {
    select.set_value(region);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(e) = web_sys::Event::new_with_event_init_dict("change", &init) {
        let _ = select.dispatch_event(&e);
    }
}

async fn save_file(region: &str) -> Outcome {
    let accept = |body: Body, m: Manifest| async move {
        let body = body.bytes;
        verify_against(&m, &body).ok().map(|_| (body, m))
    };
    match catalogue::load(DB_NAME, region, accept).await {
        Ok(Some(stored)) => {
            let (body, m) = stored.value;
            let name = format!("{region}-{}.json", m.data_date);
            match crate::saved::download(&body, &name).await {
                Some(()) => Outcome::Saved(name),
                None => Outcome::Store(StoreError::Failed("the browser refused the download".into())),
            }
        }
        Ok(None) => Outcome::NothingStored,
        Err(e) => Outcome::Store(e),
    }
}

fn say(status: &Element, w: &FilesWords, o: &Outcome) {
    let rejected = |why: String| format!("{} {why}", w.rejected);
    let text = match o {
        Outcome::Loaded { name, date } => format!("{} {name}, {}.", w.loaded, date_cs(date)),
        Outcome::Rejected(r) => rejected(match r {
            Rejection::NotJson { line, column } => format!("{} {line}:{column}.", w.not_json),
            Rejection::Invalid { path, message } => format!("{} {path}: {message}", w.invalid),
            Rejection::Size { got, expected } => format!("{} {got} / {expected}.", w.size_mismatch),
            Rejection::Hash => w.hash_mismatch.to_string(),
            Rejection::NewerSchema { .. } => w.newer_schema.to_string(),
            Rejection::NotDescribed => w.not_described.to_string(),
        }),
        Outcome::UnknownRegion(name) => rejected(format!("{} {name}.", w.unknown_region)),
        Outcome::Store(StoreError::Refused(Refusal::Older { stored, found })) => {
            rejected(format!("{} {} / {}.", w.older, date_cs(found), date_cs(stored)))
        }
        Outcome::Store(StoreError::Quota) => rejected(w.store_full.to_string()),
        Outcome::Store(StoreError::Unavailable(_)) => rejected(w.store_off.to_string()),
        Outcome::Store(e) => rejected(format!("{} {e}", w.store_failed)),
        Outcome::BadManifest => rejected(w.manifest_bad.to_string()),
        Outcome::Unreadable => rejected(w.unreadable.to_string()),
        Outcome::OneOnly => rejected(w.one_only.to_string()),
        Outcome::Saved(name) => format!("{} {name}", w.saved_to),
        Outcome::NothingStored => w.nothing_stored.to_string(),
    };
    let error = !matches!(o, Outcome::Loaded { .. } | Outcome::Saved(_) | Outcome::NothingStored);
    status.set_class_name(if error { "app-error-message" } else { "" });
    status.set_text_content(Some(&text));
}
