//! `katalog booklet SNAPSHOT [--by type|municipality] -o katalog.html`: the printable catalogue as one
//! self-contained HTML file for the coordinator (inline CSS, no scripts, every catalogue text escaped).
//! The content is `booklet_doc`'s tree of `domain::booklet`'s model in Czech, the same as the app's `/tisk`.

use std::path::Path;

use super::check::read_valid;
use super::CliError;
use crate::booklet_doc::{self, escape, to_html};
use crate::domain::booklet::{booklet, Booklet, Grouping};
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

fn esc(s: &str) -> String {
    let mut out = String::new();
    escape(s, &mut out);
    out
}

/// The whole document, on A4 paper or (`a5`) A5.
pub fn render(b: &Booklet, a5: bool) -> String {
    let t = Lang::Cs.strings();
    let mut o = format!(
        "<!doctype html>\n<html lang=\"cs\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{} – {}</title><style>{CSS}</style></head><body><main class=\"bk{}\"><h1>{}</h1>\n",
        esc(t.print_title),
        esc(&b.title.region_name),
        if a5 { " bk--a5" } else { "" },
        esc(t.print_title)
    );
    to_html(&booklet_doc::booklet(b, Lang::Cs), &mut o);
    o.push_str("\n</main></body></html>\n");
    o
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
