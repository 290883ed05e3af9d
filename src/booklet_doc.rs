//! The booklet (`domain::booklet`) as a document tree worded in one language: elements with a class, an
//! id or a link, and text. It is the one renderer of the printed catalogue: `katalog booklet` serialises
//! the tree to escaped HTML (`to_html`), the app mounts the same tree with one small function (so the
//! browser carries no second copy of the layout). Links pass `safe_href`; demo contacts are labelled and
//! never linked.

use crate::domain::booklet::{address_line, Booklet, Entry};
use crate::domain::date::Date;
use crate::domain::href::safe_href;
use crate::domain::snapshot::{Contacts, Snapshot};
use crate::i18n::Lang;
use crate::shell::{national, tel_href};

/// An element (tag, class, other attributes such as id or href, children) or a text.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    El { tag: &'static str, class: Option<&'static str>, attrs: Vec<(&'static str, String)>, kids: Vec<Node> },
    Text(String),
}

pub fn el(tag: &'static str, class: &'static str, kids: Vec<Node>) -> Node {
    Node::El { tag, class: (!class.is_empty()).then_some(class), attrs: Vec::new(), kids }
}

/// The element with one more attribute (never an event handler: the tree carries no script).
pub fn attr(mut n: Node, name: &'static str, value: impl Into<String>) -> Node {
    if let Node::El { attrs, .. } = &mut n {
        attrs.push((name, value.into()));
    }
    n
}

pub(crate) fn with_id(n: Node, value: String) -> Node {
    attr(n, "id", value)
}

pub fn text(s: impl Into<String>) -> Node {
    Node::Text(s.into())
}

/// A link when `href` is safe (and `linked`), else the text alone.
fn link(href: &str, label: impl Into<String>, class: &'static str, linked: bool) -> Node {
    match safe_href(href).filter(|_| linked) {
        Some(h) => attr(el("a", class, vec![text(label)]), "href", h),
        None => el("span", class, vec![text(label)]),
    }
}

pub(crate) fn anchor(href: String, label: impl Into<String>) -> Node {
    attr(el("a", "", vec![text(label)]), "href", href)
}

/// Title page, contents, the groups and the index (the content of `<main class="bk">`).
pub fn booklet(b: &Booklet, lang: Lang) -> Vec<Node> {
    let t = lang.booklet();
    let mut toc: Vec<Node> = b
        .groups
        .iter()
        .map(|g| {
            el(
                "li",
                "",
                vec![
                    anchor(format!("#{}", g.key.anchor()), lang.heading(&g.key)),
                    text(format!(" ({})", g.entries.len())),
                ],
            )
        })
        .collect();
    toc.push(el("li", "", vec![anchor("#bk-index".into(), t.index_title)]));
    let mut out = vec![
        title_page(b, lang),
        el("nav", "bk-toc", vec![el("h2", "", vec![text(t.contents_title)]), el("ol", "", toc)]),
    ];
    for g in &b.groups {
        let mut kids = vec![el("h2", "", vec![text(lang.heading(&g.key))])];
        kids.extend(g.entries.iter().map(|e| entry(e, lang, true, false)));
        out.push(with_id(el("section", "bk-group", kids), g.key.anchor()));
    }
    let rows = b.index.iter().map(|r| (r.municipality.as_str(), &r.entries));
    let mut index = Vec::new();
    for (name, numbers) in
        rows.chain([(t.index_whole_region, &b.whole_region)]).filter(|(_, n)| !n.is_empty())
    {
        let mut links = Vec::new();
        for (i, n) in numbers.iter().enumerate() {
            if i > 0 {
                links.push(text(", "));
            }
            links.push(anchor(format!("#s-{n}"), n.to_string()));
        }
        index.push(el("dt", "", vec![text(name)]));
        index.push(el("dd", "", links));
    }
    let index = el("section", "bk-index", vec![el("h2", "", vec![text(t.index_title)]), el("dl", "", index)]);
    out.push(with_id(index, "bk-index".into()));
    out
}

fn title_page(b: &Booklet, lang: Lang) -> Node {
    let t = lang.strings();
    let p = &b.title;
    let date = Date::parse(&p.data_date).map(|d| d.format_cs()).unwrap_or_else(|| p.data_date.clone());
    let mut kids = vec![
        el("p", "bk-region", vec![text(&p.region_name)]),
        el(
            "p",
            "",
            vec![text(format!("{} {date} · {}", t.data_date, lang.count(p.service_count, &t.services)))],
        ),
        el("p", "", vec![text(format!("{}: {}", lang.booklet().publisher_label, p.publisher))]),
    ];
    if p.demo {
        kids.push(el(
            "p",
            "bk-demo",
            vec![el("strong", "", vec![text(t.demo_label)]), text(format!(" {}", t.demo_text))],
        ));
    }
    if let Some(c) = p.contact.as_ref().filter(|c| !c.is_empty()) {
        kids.push(el("p", "", vec![text(format!("{}:", lang.booklet().publisher_contact))]));
        kids.push(el("p", "", contacts(c, lang)));
    }
    let national = national(t).map(|(n, name)| (n.to_string(), name.to_string()));
    let extra = p.crisis_lines.iter().map(|l| (l.number.clone(), format!("{} ({})", l.name, l.hours)));
    let lines = national.into_iter().chain(extra).map(|(n, name)| {
        el("li", "", vec![link(&tel_href(&n), n, "bk-phone", true), text(format!(" {name}"))])
    });
    kids.push(el("h2", "", vec![text(t.crisis_title)]));
    kids.push(el("ul", "bk-lines", lines.collect()));
    el("section", "bk-title", kids)
}

/// The services named by `ids` (in that order; unknown ids skipped), each with full contacts and its name
/// linked to its page: what a search, finder or favourites list prints (`/tisk?sluzby=…`).
pub fn listed<'a>(snap: &Snapshot, ids: impl Iterator<Item = &'a str>, lang: Lang) -> Vec<Node> {
    ids.filter_map(|id| snap.services.iter().position(|s| s.id == id))
        .enumerate()
        .filter_map(|(n, i)| crate::domain::booklet::entry(snap, i, n + 1))
        .map(|e| entry(&e, lang, false, true))
        .collect()
}

/// One service: numbered (a link target of the index) in the booklet, its name linked to its page in the app.
pub fn entry(e: &Entry, lang: Lang, numbered: bool, linked_name: bool) -> Node {
    let t = lang.strings();
    let mut h3 = Vec::new();
    if numbered {
        h3.push(el("span", "bk-num", vec![text(format!("{}.", e.number))]));
        h3.push(text(" "));
    }
    h3.push(if linked_name { anchor(format!("/sluzba/{}", e.id), &e.name) } else { text(&e.name) });
    let mut who: Vec<String> = e.target_groups.iter().map(|g| lang.group_name(*g).to_string()).collect();
    who.extend(e.age.map(|a| lang.age_range(a.min, a.max)));
    let line = |kids: Vec<Node>| el("span", "bk-line", kids);
    let places: Vec<Node> = e
        .locations
        .iter()
        .map(|l| {
            let name = l.name.as_deref().map(|n| format!("{n}: ")).unwrap_or_default();
            let mut kids = vec![text(format!("{name}{}", address_line(&l.address)))];
            kids.extend(example(l.address.example, lang));
            line(kids)
        })
        .collect();
    let mut facts = Vec::new();
    let mut fact = |label: &str, body: Vec<Node>| {
        if !body.is_empty() {
            facts.push(el("dt", "", vec![text(label)]));
            facts.push(el("dd", "", body));
        }
    };
    let plain = |s: String| if s.is_empty() { vec![] } else { vec![text(s)] };
    fact(t.who_for, plain(who.join(", ")));
    fact(t.where_label, places);
    fact(t.contact_label, e.contacts.as_ref().map(|c| contacts(c, lang)).unwrap_or_default());
    let mut hours = e.opening.as_ref().map(|h| lang.hours_lines(h)).unwrap_or_default();
    hours.extend(e.hours.iter().cloned());
    fact(t.opening_hours, hours.into_iter().map(|h| line(vec![text(h)])).collect());
    fact(t.fee_label, plain(lang.fee(&e.fee)));
    let article = el(
        "article",
        "bk-entry",
        vec![
            el("h3", "", h3),
            el("p", "bk-meta", vec![text(format!("{} · {}", lang.kind(&e.kind), e.provider))]),
            el("p", "", vec![text(&e.summary)]),
            el("dl", "bk-facts", facts),
        ],
    );
    if numbered {
        with_id(article, format!("s-{}", e.number))
    } else {
        article
    }
}

fn example(yes: bool, lang: Lang) -> Option<Node> {
    yes.then(|| el("span", "bk-tag", vec![text(format!(" ({})", lang.strings().example_contact))]))
}

/// Phones, e-mails and web, one a line, each written out in full (a printed link must show its address).
fn contacts(c: &Contacts, lang: Lang) -> Vec<Node> {
    let t = lang.strings();
    let live = !c.example;
    let mut lines: Vec<Node> = Vec::new();
    for p in &c.phones {
        let mut kids =
            vec![text(format!("{}: ", t.phone)), link(&tel_href(&p.number), &p.number, "bk-phone", live)];
        kids.extend(p.note.as_ref().map(|n| text(format!(" ({n})"))));
        lines.push(el("span", "bk-line", kids));
    }
    for e in &c.emails {
        lines.push(el(
            "span",
            "bk-line",
            vec![text(format!("{}: ", t.email)), link(&format!("mailto:{e}"), e, "", live)],
        ));
    }
    if let Some(w) = &c.web {
        lines.push(el("span", "bk-line", vec![text(format!("{}: ", t.web)), link(w, w, "", live)]));
    }
    if !lines.is_empty() {
        lines.extend(example(c.example, lang));
    }
    lines
}

/// Escaped HTML of a tree (text and attribute values escaped: the catalogue is data from others).
pub fn to_html(nodes: &[Node], out: &mut String) {
    for n in nodes {
        match n {
            Node::Text(s) => escape(s, out),
            Node::El { tag, class, attrs, kids } => {
                out.push('<');
                out.push_str(tag);
                for (k, v) in
                    class.map(|c| ("class", c)).into_iter().chain(attrs.iter().map(|(k, v)| (*k, v.as_str())))
                {
                    out.push_str(&format!(" {k}=\""));
                    escape(v, out);
                    out.push('"');
                }
                out.push('>');
                to_html(kids, out);
                out.push_str(&format!("</{tag}>"));
            }
        }
    }
}

/// Escapes `&<>"'` into `out`.
pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}
