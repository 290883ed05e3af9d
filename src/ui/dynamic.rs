//! Type-erased reactive pieces. Every distinct closure placed in a view makes Leptos compile its own copy of
//! the rendering code; boxing them to one of these few types lets all of them share one copy. This is how
//! the app keeps its first load under the 200 KB budget.

use leptos::prelude::*;

/// A reactive part of a view.
pub type DynView = Box<dyn Fn() -> AnyView + Send + Sync>;
/// A reactive text or attribute value.
pub type DynText = Box<dyn Fn() -> String + Send + Sync>;
/// A reactive flag (hidden, checked, selected, a class).
pub type DynFlag = Box<dyn Fn() -> bool + Send + Sync>;

pub fn dyn_view(f: impl Fn() -> AnyView + Send + Sync + 'static) -> DynView {
    Box::new(f)
}

pub fn dyn_text(f: impl Fn() -> String + Send + Sync + 'static) -> DynText {
    Box::new(f)
}

pub fn dyn_flag(f: impl Fn() -> bool + Send + Sync + 'static) -> DynFlag {
    Box::new(f)
}

/// Renders `view` only while `when` holds (a `<Show>` without a generic instance per use).
pub fn show_when(
    when: impl Fn() -> bool + Send + Sync + 'static,
    view: impl Fn() -> AnyView + Send + Sync + 'static,
) -> DynView {
    Box::new(move || if when() { view() } else { ().into_any() })
}
