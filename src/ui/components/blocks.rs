//! Plain building blocks (a paragraph, a list of lines, a titled section) as non-generic functions. Pages
//! assemble text-heavy screens from these instead of one large `view!`: every distinct view shape costs
//! compiled code, while these few shapes are compiled once and shared.

use leptos::prelude::*;

/// `<p class=…>text</p>`; an empty class gives a plain paragraph.
pub fn para(text: String, class: &'static str) -> AnyView {
    view! { <p class=class>{text}</p> }.into_any()
}

/// `<ul>` of text lines; nothing when there are none.
pub fn lines(items: Vec<String>) -> AnyView {
    if items.is_empty() {
        return ().into_any();
    }
    view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any()
}

/// `<h3>` followed by its content, or nothing when `content` is `None`.
pub fn subsection(title: &'static str, content: Option<Vec<AnyView>>) -> AnyView {
    match content {
        Some(c) => view! { <h3>{title}</h3>{c} }.into_any(),
        None => ().into_any(),
    }
}

/// `<section><h2>title</h2>…</section>`.
pub fn section(title: &'static str, content: Vec<AnyView>) -> AnyView {
    view! { <section><h2>{title}</h2>{content}</section> }.into_any()
}
