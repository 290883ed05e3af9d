//! The search lexicons in the browser (issue 13). They are not compiled into the wasm, which every first
//! load pays for. The Czech table is fetched while the first catalogue loads (`czech`, awaited before the
//! index is built, which analyses its concepts); the English and Ukrainian ones once the app has started,
//! analysed a slice at a time and installed on the query side of the search (`lexicon::foreign::install`); `AppState::lexicons` then
//! changes, so a search already on screen is read again. The service worker precaches both files with the shell, so after one
//! visit an English or Ukrainian query works offline too. A file that fails to load or parse leaves the
//! search Czech-only, as before; nothing else depends on it.

use std::cell::Cell;

use leptos::prelude::*;

use super::load::sliced;
use super::state::{AppState, Load};
use crate::domain::lexicon::analysis::Analysis;
use crate::domain::lexicon::{self, foreign};
use crate::domain::text::lang::LexLang;
use crate::sync::{fetch, TIMEOUT_MS};
use crate::turns::sleep;

/// Where Trunk puts the files (`index.html`, `copy-file` into `lexicon/`).
const FILES: [(LexLang, &str); 2] =
    [(LexLang::En, "/lexicon/concepts-en.tsv"), (LexLang::Uk, "/lexicon/concepts-uk.tsv")];

thread_local! {
    /// A `czech` call is fetching: the app's start and the first catalogue's load both ask for the
    /// tables, and on a slow network the second asked while the first was still fetching them.
    static FETCHING: Cell<bool> = const { Cell::new(false) };
}

/// Clears `FETCHING` however the fetch ends, so a dropped call cannot hold the next one back.
struct Fetching;

impl Drop for Fetching {
    fn drop(&mut self) {
        FETCHING.set(false);
    }
}

/// Fetches and installs the Czech concept and type tables unless they are here; a failure leaves the
/// search working from the catalogue's own words (and service pages without the type's explanation). A
/// call while another fetches waits for it, and then fetches only what it failed to install.
pub async fn czech() {
    while FETCHING.get() {
        sleep(20).await;
    }
    FETCHING.set(true);
    let _fetching = Fetching;
    if !lexicon::czech_installed() {
        if let Ok(Some((text, _))) = fetch::text("/lexicon/concepts.tsv", None, TIMEOUT_MS).await {
            let _ = lexicon::install_czech(text);
        }
    }
    if lexicon::types::texts().is_empty() {
        if let Ok(Some((text, _))) = fetch::text("/lexicon/types.tsv", None, TIMEOUT_MS).await {
            let _ = lexicon::types::install(text);
        }
    }
}

/// Fetches and installs the lexicons not installed yet. The foreign ones translate the Czech lines, so
/// the Czech table comes first.
pub fn load(app: AppState) {
    leptos::task::spawn_local(async move {
        czech().await;
        // Every search waits for the catalogue being read; these tables only widen English and Ukrainian
        // queries. Analysed in turn with that read, they delayed the first results (issue 16), so they
        // wait until a catalogue is shown, or there is none.
        while app.load.get_untracked() == Load::Booting {
            sleep(100).await;
        }
        for (lang, url) in FILES {
            if foreign::installed(lang) {
                continue;
            }
            let Ok(Some((text, _))) = fetch::text(url, None, TIMEOUT_MS).await else { continue };
            // A line at a time, with the browser's turn between slices (issue 16: a file in one go was
            // a task of up to 590 ms at 4x CPU).
            let Ok(mut analysis) = Analysis::new(lang, &text) else { continue };
            if sliced(&|| true, &mut || analysis.step().ok()).await.is_err() {
                continue;
            }
            if let Ok(lexicon) = analysis.finish() {
                foreign::install(lexicon);
                app.lexicons.update(|n| *n += 1);
            }
        }
    });
}
