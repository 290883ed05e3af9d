//! `/sluzby` as a document tree (`booklet_doc::Node`): a page of the whole catalogue by type, by target
//! group or A–Z, with the count, the choice of order and plain `<a href>` paging links that keep the URL
//! (the app's router follows them). Built and mounted by the booklet module with the same entries as the
//! printed catalogue, so the browse list prints with full contacts too.

use crate::booklet_doc::{anchor, attr, el, entry, text, with_id, Node};
use crate::domain::booklet::{browse, entry as entry_of, Grouping};
use crate::domain::snapshot::Snapshot;
use crate::i18n::Lang;
use crate::query::query_string;

/// Services per page.
pub const PER_PAGE: usize = 20;
/// The groupings offered here (by municipality is the printed booklet's).
const CHOICES: [Grouping; 3] = [Grouping::Type, Grouping::TargetGroup, Grouping::Alphabet];

fn href(g: Grouping, page: usize) -> String {
    format!("/sluzby?{}", query_string(&[("podle", g.slug().to_string()), ("strana", page.to_string())]))
}

/// Page `page` (1-based, kept in range) of the catalogue grouped by `order` (a `Grouping` slug).
pub fn browse_page(snap: &Snapshot, order: &str, page: usize, lang: Lang) -> Vec<Node> {
    let (t, w) = (lang.strings(), lang.booklet());
    let g = Grouping::from_slug(order);
    let grouping = if CHOICES.contains(&g) { g } else { Grouping::Type };
    let p = browse(snap, grouping, page, PER_PAGE);
    let tabs = CHOICES.map(|g| {
        let label = lang.grouping(g);
        let tab = if g == grouping {
            el("strong", "bk-current", vec![text(label)])
        } else {
            anchor(href(g, 1), label)
        };
        el("li", "", vec![tab])
    });
    let mut number = (p.page - 1) * PER_PAGE;
    let sections = p.sections.iter().map(|(key, list)| {
        let mut kids = vec![el("h2", "", vec![text(lang.heading(key))])];
        kids.extend(list.iter().filter_map(|i| {
            number += 1;
            entry_of(snap, *i, number).map(|e| entry(&e, lang, false, true))
        }));
        el("section", "bk-group", kids)
    });
    let mut pager = Vec::new();
    if p.page > 1 {
        pager.push(with_id(page_link(href(grouping, p.page - 1), w.page_prev), "prev-page".into()));
    }
    let of = format!("{} {} {} {}", w.page_label, p.page, w.page_of, p.pages);
    pager.push(with_id(el("span", "", vec![text(of)]), "page-of".into()));
    if p.page < p.pages {
        pager.push(with_id(page_link(href(grouping, p.page + 1), w.page_next), "next-page".into()));
    }
    vec![
        with_id(
            el("p", "app-result-count", vec![text(lang.count(p.services, &t.services))]),
            "result-count".into(),
        ),
        el("nav", "bk-screen-only", vec![el("ul", "app-links bk-tabs", tabs.into())]),
        el("div", "", sections.collect()),
        el("nav", "bk-pager", pager),
    ]
}

fn page_link(href: String, label: &str) -> Node {
    attr(el("a", "app-button app-button--secondary", vec![text(label)]), "href", href)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booklet_doc::to_html;

    /// Paging has no cap: the pages together hold every service once, and the last page has no "next".
    #[test]
    fn browse_pages_hold_every_service_once() {
        let snap: Snapshot = crate::domain::json::from_text(
            &std::fs::read_to_string("public/data/benesov.json").expect("demo"),
        )
        .expect("snapshot");
        let pages = snap.services.len().div_ceil(PER_PAGE);
        let mut html = String::new();
        for page in 1..=pages {
            let mut one = String::new();
            to_html(&browse_page(&snap, "abc", page, Lang::Cs), &mut one);
            assert_eq!(one.contains("id=\"next-page\""), page < pages, "page {page}");
            html.push_str(&one);
        }
        assert!(snap.services.len() > 50);
        assert_eq!(html.matches("class=\"bk-entry\"").count(), snap.services.len());
        for s in &snap.services {
            assert!(html.contains(&format!("href=\"/sluzba/{}\"", s.id)), "{}", s.id);
        }
    }
}
