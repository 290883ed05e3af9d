//! Preferences kept on this device: language, region, text size and favourites in localStorage; recent
//! searches and form drafts only for this tab, in sessionStorage. One enum names every key, so a typo
//! cannot compile. All keys share the `pruvodce.` prefix so "clear my data" and quick exit can find them.

use super::dom::window;

pub use crate::keys::Key;

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
