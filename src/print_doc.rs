//! The `/tisk` page around the booklet, as a document tree the booklet module mounts: the lead, the
//! choice of order and paper (a GET form the app's router submits, so the URL holds the choice), the
//! print button (`data-print`, wired by the module's loader) and the booklet, or, for `?sluzby=id,…`,
//! just those services with full contacts. The page's words are `BookletWords`, so none of this is in
//! the app's first load.

use crate::booklet_doc::{self, attr, el, text, Node};
use crate::domain::booklet::{booklet, Grouping};
use crate::domain::snapshot::Snapshot;
use crate::i18n::Lang;
use crate::query::Url;

/// The content of `/tisk` for the location `url`.
pub fn print_page(snap: &Snapshot, url: &Url, lang: Lang) -> Vec<Node> {
    let w = lang.booklet();
    let a5 = url.get("papir").as_deref() == Some("a5");
    let paper = if a5 { "bk bk--a5" } else { "bk" };
    let ids = url.get("sluzby").unwrap_or_default();
    if !ids.is_empty() {
        let list = booklet_doc::listed(snap, ids.split(','), lang);
        return vec![print_button(lang.strings().print_list), el("div", paper, list)];
    }
    let grouping = match Grouping::from_slug(&url.get("podle").unwrap_or_default()) {
        Grouping::Municipality => Grouping::Municipality,
        _ => Grouping::Type,
    };
    vec![
        el("p", "bk-screen-only", vec![text(w.print_lead)]),
        controls(grouping, a5, lang),
        print_button(w.print_catalogue),
        el("div", paper, booklet_doc::booklet(&booklet(snap, grouping), lang)),
    ]
}

fn print_button(label: &str) -> Node {
    let button =
        attr(attr(el("button", "app-button", vec![text(label)]), "type", "button"), "data-print", "");
    el("p", "bk-screen-only", vec![button])
}

/// One radio button of the form.
fn choice(name: &'static str, value: &'static str, label: &str, checked: bool) -> Node {
    let id = format!("{name}-{value}");
    let mut input =
        attr(attr(attr(el("input", "", vec![]), "type", "radio"), "id", id.clone()), "name", name);
    input = attr(input, "value", value);
    if checked {
        input = attr(input, "checked", "");
    }
    el("div", "app-choice", vec![input, attr(el("label", "", vec![text(label)]), "for", id)])
}

fn fieldset(legend: &str, mut kids: Vec<Node>) -> Node {
    kids.insert(0, el("legend", "app-fieldset__legend app-fieldset__legend--m", vec![text(legend)]));
    el("fieldset", "app-fieldset", kids)
}

/// "Uspořádat: podle druhu / podle obce" and "Formát papíru: A4 / A5", submitted to the URL.
fn controls(grouping: Grouping, a5: bool, lang: Lang) -> Node {
    let w = lang.booklet();
    let orders = [Grouping::Type, Grouping::Municipality]
        .map(|g| choice("podle", g.slug(), lang.grouping(g), g == grouping))
        .into();
    let paper = vec![
        el("p", "app-hint", vec![text(w.print_paper_note)]),
        choice("papir", "a4", "A4", !a5),
        choice("papir", "a5", "A5", a5),
    ];
    let submit =
        attr(el("button", "app-button app-button--secondary", vec![text(w.print_apply)]), "type", "submit");
    let form = el(
        "form",
        "bk-controls",
        vec![fieldset(w.print_order, orders), fieldset(w.print_paper, paper), submit],
    );
    attr(attr(attr(form, "method", "get"), "action", "/tisk"), "data-replace", "")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booklet_doc::to_html;

    fn demo() -> Snapshot {
        let json = std::fs::read_to_string("public/data/benesov.json").expect("demo");
        crate::domain::json::from_text(&json).expect("snapshot")
    }

    /// A printed list is the listed services only, in the listed order, with their phones.
    #[test]
    fn print_list_keeps_the_listed_services_in_order() {
        let snap = demo();
        let (a, b) = (&snap.services[3], &snap.services[0]);
        let url = Url::parse(&format!("/tisk?sluzby={},nonexistent,{}", a.id, b.id));
        let mut html = String::new();
        to_html(&print_page(&snap, &url, Lang::Cs), &mut html);
        assert_eq!(html.matches("class=\"bk-entry\"").count(), 2);
        let (pa, pb) = (html.find(&a.name).expect("first"), html.find(&b.name).expect("second"));
        assert!(pa < pb);
        assert!(!html.contains("bk-controls"));
    }

    /// The whole booklet comes with its form, the current choices checked.
    #[test]
    fn print_page_form_keeps_the_choice() {
        let mut html = String::new();
        to_html(&print_page(&demo(), &Url::parse("/tisk?podle=obec&papir=a5"), Lang::Cs), &mut html);
        assert!(html.contains("id=\"podle-obec\" name=\"podle\" value=\"obec\" checked=\"\""));
        assert!(html.contains("id=\"papir-a5\" name=\"papir\" value=\"a5\" checked=\"\""));
        assert!(html.contains("class=\"bk bk--a5\""));
    }
}
