//! The UI language: which one a visit starts in (chosen by the first screen's script: the one chosen here
//! before, else the browser's first language the app speaks, else Czech), and switching to Ukrainian or
//! English, whose texts come from language packs (`/lang/uk.json`, `i18n::pack`) fetched on first use and
//! kept by the service worker for offline use. Czech is built in, so the app always has words.

use crate::i18n::{pack, Lang};
use crate::sync::fetch;
use crate::ui::dom;

/// How long the start waits for a pack before it shows Czech instead.
const START_WAIT_MS: i32 = 4_000;
const SWITCH_WAIT_MS: i32 = 15_000;

/// The language this visit should use, before any pack is loaded: the one the first screen's script chose
/// and put in `<html lang>` (that script owns the rule: the stored choice, else the browser's languages;
/// src/cli/first_screen.js), so the app starts in the language of the screen it replaces. Czech without it.
pub fn wanted() -> Lang {
    dom::root_lang().and_then(|c| Lang::from_code(&c)).unwrap_or_default()
}

/// Loads the pack of the language this visit wants, before the app mounts, so that the first screen is
/// already in that language.
pub async fn prepare() {
    let lang = wanted();
    if !pack::ready(lang) {
        let _ = load(lang, START_WAIT_MS).await;
    }
}

/// The language to start in: the wanted one if its words are here, else Czech.
pub fn initial() -> Lang {
    Some(wanted()).filter(|l| pack::ready(*l)).unwrap_or_default()
}

/// Fetches and installs a language's pack. A pack from another build (a cached copy that outlived an
/// update) is fetched once more past the cache.
pub async fn load(lang: Lang, timeout_ms: i32) -> Result<(), pack::PackError> {
    let url = format!("/lang/{}.json", lang.code());
    let first = fetch::text(&url, None, timeout_ms).await;
    let json = match first {
        Ok(Some((json, _))) => json,
        _ => return Err(pack::PackError::NotPack),
    };
    match pack::install(lang, &json) {
        Err(pack::PackError::OtherBuild) => {
            let fresh = format!("{url}?build={}", js_sys::Date::now() as u64);
            match fetch::text(&fresh, None, timeout_ms).await {
                Ok(Some((json, _))) => pack::install(lang, &json),
                _ => Err(pack::PackError::NotPack),
            }
        }
        other => other,
    }
}

/// Switches the UI to `lang`, loading its pack when needed. `Err` when the pack could not be had (offline
/// on a device that never loaded it): the UI stays as it was.
pub async fn switch(lang: Lang) -> Result<(), pack::PackError> {
    if pack::ready(lang) {
        return Ok(());
    }
    load(lang, SWITCH_WAIT_MS).await
}
