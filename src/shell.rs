//! What the page shell shows on every screen and the build also writes into `index.html` as the first
//! screen before the wasm has loaded (`cli::first_screen`): the main navigation, the national crisis lines
//! and quick exit's destination. Plain Rust, so the Leptos components and the native build share one copy.

use crate::i18n::Strings;

/// Where quick exit goes: a neutral, widely used Czech website.
pub const NEUTRAL_URL: &str = "https://www.seznam.cz/";

/// The main navigation: path and label.
pub type NavItem = (&'static str, fn(&'static Strings) -> &'static str);
pub const NAV: [NavItem; 6] = [
    ("/hledat", |t| t.nav_search),
    ("/pruvodce", |t| t.nav_finder),
    ("/urady", |t| t.nav_offices),
    ("/oblibene", |t| t.nav_favourites),
    ("/pripominky", |t| t.nav_comments),
    ("/nastaveni", |t| t.nav_settings),
];

/// National crisis and emergency numbers (facts, shown even without a catalogue) with their names in the
/// UI language.
pub fn national(t: &'static Strings) -> [(&'static str, &'static str); 6] {
    [
        ("112", t.line_112),
        ("155", t.line_155),
        ("158", t.line_158),
        ("150", t.line_150),
        ("116 111", t.line_116111),
        ("116 123", t.line_116123),
    ]
}

/// A `tel:` href from a displayed number ("116 111" → "tel:116111").
pub fn tel_href(number: &str) -> String {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}
