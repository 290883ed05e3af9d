//! The English and Ukrainian search lexicons in the browser (issue 13). They are not compiled into the
//! wasm, which every first load pays for, but fetched once the app has started and installed on the query
//! side of the search (`lexicon::foreign::extend`); `AppState::lexicons` then changes, so a search
//! already on screen is read again. The service worker precaches both files with the shell, so after one
//! visit an English or Ukrainian query works offline too. A file that fails to load or parse leaves the
//! search Czech-only, as before; nothing else depends on it.

use leptos::prelude::*;

use super::state::AppState;
use crate::domain::lexicon::foreign;
use crate::domain::text::lang::LexLang;
use crate::sync::{fetch, TIMEOUT_MS};

/// Where Trunk puts the files (`index.html`, `copy-file` into `lexicon/`).
const FILES: [(LexLang, &str); 2] =
    [(LexLang::En, "/lexicon/concepts-en.tsv"), (LexLang::Uk, "/lexicon/concepts-uk.tsv")];

/// Fetches and installs the lexicons not installed yet.
pub fn load(app: AppState) {
    leptos::task::spawn_local(async move {
        for (lang, url) in FILES {
            if foreign::installed(lang) {
                continue;
            }
            let Ok(Some((text, _))) = fetch::text(url, None, TIMEOUT_MS).await else { continue };
            if foreign::extend(lang, &text).is_ok() {
                app.lexicons.update(|n| *n += 1);
            }
        }
    });
}
