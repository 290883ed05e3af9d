//! Preferences kept on this device: language, region, text size and favourites in localStorage; recent
//! searches and form drafts only for this tab, in sessionStorage. One enum names every key, so a typo
//! cannot compile. All keys share the `pruvodce.` prefix so "clear my data" and quick exit can find them.

use super::dom::window;

#[derive(Debug, Clone, Copy)]
pub enum Key {
    Lang,
    Region,
    TextSize,
    Favourites,
    RecentSearches,
    CommentDraft,
    /// Set by quick exit for this tab: coming Back must not show what was on screen.
    Exited,
    /// Comments written here when IndexedDB is unavailable (and, from older versions, before it was used).
    Outbox,
    /// Set once a catalogue was stored here: finding the store empty later means the browser wiped it.
    Stored,
    /// The last good region list (`/data/regions.json`), for a start offline.
    Regions,
}

impl Key {
    fn name(self) -> &'static str {
        match self {
            Key::Lang => "pruvodce.lang",
            Key::Region => "pruvodce.region",
            Key::TextSize => "pruvodce.text-size",
            Key::Favourites => "pruvodce.favourites",
            Key::RecentSearches => "pruvodce.recent",
            Key::CommentDraft => "pruvodce.draft",
            Key::Exited => "pruvodce.exited",
            Key::Outbox => "pruvodce.outbox",
            Key::Stored => "pruvodce.stored",
            Key::Regions => "pruvodce.regions",
        }
    }

    /// Drafts, recent searches and the exit marker live in sessionStorage: they should not outlive the
    /// tab. Recent searches in localStorage were offered to the next person on a shared computer
    /// (defect 8 of issue 10).
    fn session(self) -> bool {
        matches!(self, Key::CommentDraft | Key::Exited | Key::RecentSearches)
    }
}

/// What quick exit removes: whatever could name the person's trouble (a draft, what they searched for,
/// saved services such as a shelter). The outbox of unsent comments stays, so that what the person asked
/// to send still reaches the municipality; "clear my data" removes it too. The settings page says so.
pub const QUICK_EXIT_CLEARS: [Key; 3] = [Key::CommentDraft, Key::RecentSearches, Key::Favourites];

/// Removes what older versions kept in localStorage and now keep only for the session (recent searches).
pub fn forget_legacy() {
    if let Some(s) = window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = s.remove_item(Key::RecentSearches.name());
    }
}

fn storage(key: Key) -> Option<web_sys::Storage> {
    let w = window()?;
    if key.session() {
        w.session_storage().ok().flatten()
    } else {
        w.local_storage().ok().flatten()
    }
}

pub fn get(key: Key) -> Option<String> {
    storage(key)?.get_item(key.name()).ok().flatten()
}

pub fn set(key: Key, value: &str) {
    if let Some(s) = storage(key) {
        let _ = s.set_item(key.name(), value);
    }
}

/// Like `set`, but says whether it worked (storage full or disabled), for data that must not be lost.
pub fn set_checked(key: Key, value: &str) -> bool {
    storage(key).is_some_and(|s| s.set_item(key.name(), value).is_ok())
}

pub fn remove(key: Key) {
    if let Some(s) = storage(key) {
        let _ = s.remove_item(key.name());
    }
}

/// A list stored as lines (ids and searches never contain newlines).
pub fn get_list(key: Key) -> Vec<String> {
    get(key).map(|s| s.lines().filter(|l| !l.is_empty()).map(str::to_string).collect()).unwrap_or_default()
}

pub fn set_list(key: Key, items: &[String]) {
    set(key, &items.join("\n"));
}

/// Remembers a search for suggestions on the home page (most recent first, at most 5).
pub fn remember_search(q: &str) {
    let q = q.trim();
    if q.is_empty() {
        return;
    }
    let mut list = get_list(Key::RecentSearches);
    list.retain(|s| s != q);
    list.insert(0, q.to_string());
    list.truncate(5);
    set_list(Key::RecentSearches, &list);
}
