//! `katalog booklet SNAPSHOT [--by type|municipality] -o katalog.html`: the printable catalogue as one
//! self-contained HTML file for the coordinator (inline CSS, no scripts, every catalogue text escaped).
//! The content is `domain::booklet`'s model, worded by `src/i18n` in Czech, the same as the app's `/tisk`.

use std::fmt::Write;
use std::path::Path;

use super::check::read_valid;
use super::CliError;
use crate::domain::booklet::{address_line, booklet, Booklet, Entry, Grouping, NATIONAL_LINES};
use crate::domain::date::Date;
use crate::domain::href::{safe_href, tel_href};
use crate::domain::snapshot::Contacts;
use crate::i18n::Lang;

/// The print style sheet the app uses too, inlined.
const CSS: &str = include_str!("../../style/print.css");

pub fn run(file: &Path, grouping: Grouping, a5: bool, output: &Path) -> Result<(), CliError> {
    let (_, validated) = read_valid(file)?;
    let html = render(&booklet(&validated.snapshot, grouping), a5);
    std::fs::write(output, html)
        .map_err(|e| CliError::usage(format!("cannot write {}: {e}", output.display())))?;
    Ok(())
}

/// Text and attribute escaping: the catalogue is data from others.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
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
    out
}

/// The whole document, on A4 paper or (`a5`) A5.
pub fn render(b: &Booklet, a5: bool) -> String {
    let lang = Lang::Cs;
    let t = lang.strings();
    let mut o = String::new();
    let _ = write!(
        o,
        "<!doctype html>\n<html lang=\"cs\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{} – {}</title><style>{CSS}</style></head><body><main class=\"bk{}\">\n",
        esc(t.print_title),
        esc(&b.title.region_name),
        if a5 { " bk--a5" } else { "" }
    );
    title_page(&mut o, b);
    let _ = write!(o, "<nav class=\"bk-toc\"><h2>{}</h2><ol>", esc(t.contents_title));
    for g in &b.groups {
        let _ = write!(
            o,
            "<li><a href=\"#{}\">{}</a> ({})</li>",
            g.key.anchor(),
            esc(&lang.heading(&g.key)),
            g.entries.len()
        );
    }
    let _ = writeln!(o, "<li><a href=\"#bk-index\">{}</a></li></ol></nav>", esc(t.index_title));
    for g in &b.groups {
        let _ = write!(
            o,
            "<section class=\"bk-group\" id=\"{}\"><h2>{}</h2>",
            g.key.anchor(),
            esc(&lang.heading(&g.key))
        );
        for e in &g.entries {
            entry(&mut o, e);
        }
        o.push_str("</section>\n");
    }
    let _ = write!(o, "<section class=\"bk-index\" id=\"bk-index\"><h2>{}</h2><dl>", esc(t.index_title));
    let rows = b.index.iter().map(|r| (r.municipality.as_str(), &r.entries));
    for (name, numbers) in
        rows.chain([(t.index_whole_region, &b.whole_region)]).filter(|(_, n)| !n.is_empty())
    {
        let links: Vec<String> = numbers.iter().map(|n| format!("<a href=\"#s-{n}\">{n}</a>")).collect();
        let _ = write!(o, "<dt>{}</dt><dd>{}</dd>", esc(name), links.join(", "));
    }
    o.push_str("</dl></section>\n</main></body></html>\n");
    o
}

fn title_page(o: &mut String, b: &Booklet) {
    let lang = Lang::Cs;
    let t = lang.strings();
    let p = &b.title;
    let date = Date::parse(&p.data_date).map(|d| d.format_cs()).unwrap_or_else(|| p.data_date.clone());
    let _ = write!(
        o,
        "<section class=\"bk-title\"><h1>{}</h1><p class=\"bk-region\">{}</p><p>{} {} · {}</p><p>{}: {}</p>",
        esc(t.print_title),
        esc(&p.region_name),
        esc(t.data_date),
        esc(&date),
        esc(&lang.count(p.service_count, &t.services)),
        esc(t.publisher_label),
        esc(&p.publisher)
    );
    if p.demo {
        let _ =
            write!(o, "<p class=\"bk-demo\"><strong>{}</strong> {}</p>", esc(t.demo_label), esc(t.demo_text));
    }
    if let Some(c) = &p.contact {
        let _ = write!(o, "<p>{}: {}</p>", esc(t.publisher_contact), contacts(c));
    }
    let _ = write!(o, "<h2>{}</h2><ul class=\"bk-lines\">", esc(t.crisis_title));
    let national = NATIONAL_LINES
        .iter()
        .filter_map(|n| t.national_line(n).map(|name| (n.to_string(), name.to_string())));
    let extra = p.crisis_lines.iter().map(|l| (l.number.clone(), format!("{} ({})", l.name, l.hours)));
    for (number, name) in national.chain(extra) {
        let _ = write!(o, "<li>{} {}</li>", phone(&number, false), esc(&name));
    }
    o.push_str("</ul></section>\n");
}

fn entry(o: &mut String, e: &Entry) {
    let lang = Lang::Cs;
    let t = lang.strings();
    let _ = write!(
        o,
        "<article class=\"bk-entry\" id=\"s-{}\"><h3><span class=\"bk-num\">{}.</span> {}</h3><p class=\"bk-meta\">{} · {}</p><p>{}</p><dl class=\"bk-facts\">",
        e.number,
        e.number,
        esc(&e.name),
        esc(&lang.kind(&e.kind)),
        esc(&e.provider),
        esc(&e.summary)
    );
    let mut who: Vec<&str> = e.target_groups.iter().map(|g| lang.group_name(*g)).collect();
    let age = e.age.map(|a| lang.age_range(a.min, a.max));
    who.extend(age.as_deref());
    let fact = |o: &mut String, label: &str, html: String| {
        if !html.is_empty() {
            let _ = write!(o, "<dt>{}</dt><dd>{html}</dd>", esc(label));
        }
    };
    fact(o, t.who_for, esc(&who.join(", ")));
    let places: Vec<String> = e
        .locations
        .iter()
        .map(|l| {
            let name = l.name.as_deref().map(|n| format!("{}: ", esc(n))).unwrap_or_default();
            format!("{name}{}{}", esc(&address_line(&l.address)), example(l.address.example))
        })
        .collect();
    fact(o, t.where_label, places.join("<br>"));
    fact(o, t.contact_label, e.contacts.as_ref().map(contacts).unwrap_or_default());
    fact(o, t.opening_hours, e.hours.iter().map(|h| esc(h)).collect::<Vec<_>>().join("<br>"));
    fact(o, t.fee_label, esc(&lang.fee(&e.fee)));
    o.push_str("</dl></article>\n");
}

fn example(yes: bool) -> String {
    if yes {
        format!(" <span class=\"bk-tag\">({})</span>", esc(Lang::Cs.strings().example_contact))
    } else {
        String::new()
    }
}

/// A phone number that never breaks across lines, linked unless it is a demo placeholder.
fn phone(number: &str, placeholder: bool) -> String {
    match safe_href(&tel_href(number)).filter(|_| !placeholder) {
        Some(h) => format!("<a class=\"bk-phone\" href=\"{}\">{}</a>", esc(&h), esc(number)),
        None => format!("<span class=\"bk-phone\">{}</span>", esc(number)),
    }
}

/// Phones, e-mails and web, each written out in full (a printed link must show its address).
fn contacts(c: &Contacts) -> String {
    let t = Lang::Cs.strings();
    let link = |href: String, text: &str| match safe_href(&href).filter(|_| !c.example) {
        Some(h) => format!("<a href=\"{}\">{}</a>", esc(&h), esc(text)),
        None => esc(text),
    };
    let phones = c.phones.iter().map(|p| {
        let note = p.note.as_deref().map(|n| format!(" ({})", esc(n))).unwrap_or_default();
        format!("{}: {}{note}", esc(t.phone), phone(&p.number, c.example))
    });
    let emails = c.emails.iter().map(|e| format!("{}: {}", esc(t.email), link(format!("mailto:{e}"), e)));
    let web = c.web.iter().map(|w| format!("{}: {}", esc(t.web), link(w.clone(), w)));
    let all: Vec<String> = phones.chain(emails).chain(web).collect();
    if all.is_empty() {
        return String::new();
    }
    format!("{}{}", all.join("<br>"), example(c.example))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::booklet::booklet;

    /// Catalogue text is data from others: markup in it must come out as text, never as elements.
    #[test]
    fn catalogue_text_is_escaped() {
        let mut snap: crate::domain::snapshot::Snapshot =
            serde_json::from_str(include_str!("../../public/data/benesov.json")).expect("demo");
        snap.services[0].name = "<script>alert(1)</script> & \"co\"".into();
        snap.services[0].description = "<img src=x onerror=alert(1)>. Druhá věta.".into();
        snap.meta.region_name = "<b>okres</b>".into();
        let html = render(&booklet(&snap, Grouping::Type), false);
        assert!(!html.contains("<script"), "a script element leaked");
        assert!(!html.contains("<img"), "an img element leaked");
        assert!(!html.contains("<b>okres"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;"));
        assert!(html.contains("&lt;b&gt;okres&lt;/b&gt;"));
    }

    #[test]
    fn escapes_every_special_character() {
        assert_eq!(esc("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }
}
