//! The app's shared state, provided once as context: the loaded catalogue and its search index, the boot
//! and update status, and the person's preferences. Everything is a signal so every screen stays in step.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::index::Index;
use crate::domain::regions::Region;
use crate::domain::snapshot::{Manifest, Snapshot};
pub use crate::i18n::TextSize;
use crate::i18n::{Lang, Strings};
use crate::store::StoreError;

/// A validated catalogue with the index built from it; replaced as a whole on update.
pub struct Catalogue {
    pub snapshot: Snapshot,
    pub index: Index,
    /// The manifest it came with: the next update check compares against it.
    pub manifest: Manifest,
}

/// Where start-up is.
#[derive(Debug, Clone, PartialEq)]
pub enum Load {
    /// Reading the cached catalogue.
    Booting,
    /// A catalogue is shown.
    Ready,
    /// No cached catalogue and the network failed: show the offices' contacts.
    NoData,
}

/// A one-line message about the data layer, shown politely at the top of every screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// The catalogue was replaced by a newer one; carries its data date.
    Updated(String),
    /// A download was rejected (bad hash, truncated, invalid); the old catalogue is kept.
    UpdateRejected(String),
    /// The stored catalogue was unreadable; the one before it is shown.
    RolledBack,
    /// The device store failed (unavailable, full, other); the app runs from what it has in memory.
    Storage(StoreError),
    /// A catalogue was stored here before and is gone: the browser deleted this site's data.
    Wiped,
    /// The published catalogue may not replace the one kept (another region's, older, too large).
    Refused(crate::domain::manifest::Refusal),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub catalogue: RwSignal<Option<Arc<Catalogue>>>,
    pub load: RwSignal<Load>,
    pub notice: RwSignal<Option<Notice>>,
    /// Bytes received and expected while a new catalogue downloads.
    pub progress: RwSignal<Option<(u64, u64)>>,
    /// True after a request failed or timed out; false after one succeeded.
    pub offline: RwSignal<bool>,
    pub lang: RwSignal<Lang>,
    pub region: RwSignal<String>,
    /// The regions offered, from `/data/regions.json` (the last good list until a fresh one arrives).
    pub regions: RwSignal<Vec<Region>>,
    pub text_size: RwSignal<TextSize>,
    pub favourites: RwSignal<Vec<String>>,
    /// A new app shell is waiting in the service worker.
    pub shell_update: RwSignal<bool>,
    /// Bumped whenever the comment outbox changes, so its list re-reads it.
    pub outbox: RwSignal<u32>,
    /// Bumped when a search lexicon (English, Ukrainian) arrives, so a search on screen is read again.
    pub lexicons: RwSignal<u32>,
}

impl AppState {
    pub fn new(lang: Lang, region: String, text_size: TextSize, favourites: Vec<String>) -> Self {
        AppState {
            catalogue: RwSignal::new(None),
            load: RwSignal::new(Load::Booting),
            notice: RwSignal::new(None),
            progress: RwSignal::new(None),
            offline: RwSignal::new(false),
            lang: RwSignal::new(lang),
            region: RwSignal::new(region),
            regions: RwSignal::new(Vec::new()),
            text_size: RwSignal::new(text_size),
            favourites: RwSignal::new(favourites),
            shell_update: RwSignal::new(false),
            outbox: RwSignal::new(0),
            lexicons: RwSignal::new(0),
        }
    }
}

/// The app state from context. It is provided by `App` before any page renders.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The strings of the current language. Not reactive on purpose: the whole shell re-renders when the
/// language changes (rare), so every text is a plain static string instead of a reactive closure, which
/// keeps the wasm small.
pub fn use_t() -> &'static Strings {
    use_app().lang.get_untracked().strings()
}
