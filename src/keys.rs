//! The names of what the app keeps on this device (localStorage and sessionStorage), one enum for every key
//! so that a typo cannot compile. Shared by the app (`ui::prefs`) and the build, which writes the names the
//! first screen's script needs (`katalog first-screen`) from here rather than restating them.

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
    pub fn name(self) -> &'static str {
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
    pub fn session(self) -> bool {
        matches!(self, Key::CommentDraft | Key::Exited | Key::RecentSearches)
    }
}

/// What quick exit removes: whatever could name the person's trouble (a draft, what they searched for,
/// saved services such as a shelter). The outbox of unsent comments stays, so that what the person asked
/// to send still reaches the municipality; "clear my data" removes it too. The settings page says so.
pub const QUICK_EXIT_CLEARS: [Key; 3] = [Key::CommentDraft, Key::RecentSearches, Key::Favourites];
