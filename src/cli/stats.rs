//! `katalog stats FILE`: what a catalogue contains, as plain aligned text: services by legal type (and
//! related-service category), by municipality (services that serve it, whole-region ones included) and by
//! form. Maintainers use it to spot gaps, e.g. a municipality with few services.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use super::check::read_valid;
use super::CliError;
use crate::domain::law;
use crate::domain::snapshot::{Form, Snapshot};

pub fn run(file: &Path) -> Result<(), CliError> {
    let (_, validated) = read_valid(file)?;
    print!("{}", render(&validated.snapshot));
    Ok(())
}

/// Renders the tables; separate from `run` so it can be unit-tested without files.
pub fn render(s: &Snapshot) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} ({}), data date {}", s.meta.region_name, s.meta.region_id, s.meta.data_date);
    let _ = writeln!(
        out,
        "{} services, {} providers, {} municipalities, {} offices\n",
        s.services.len(),
        s.providers.len(),
        s.municipalities.len(),
        s.offices.len()
    );

    let mut rows: Vec<(String, usize)> = Vec::new();
    for t in law::LAW_TYPES {
        let n = s.services.iter().filter(|x| x.law_section.as_deref() == Some(t.section)).count();
        if n > 0 {
            rows.push((format!("§{} {}", t.section, t.name), n));
        }
    }
    for c in law::CATEGORIES {
        let n = s.services.iter().filter(|x| x.category.as_deref() == Some(c.id)).count();
        if n > 0 {
            rows.push((format!("related: {}", c.name), n));
        }
    }
    table(&mut out, "By legal type", &rows);

    let whole = s.services.iter().filter(|x| x.area.whole_region).count();
    let mut rows: Vec<(String, usize)> = s
        .municipalities
        .iter()
        .map(|m| (m.name.clone(), s.services.iter().filter(|x| x.area.serves(&m.id)).count()))
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    table(&mut out, &format!("By municipality (services serving it; {whole} serve the whole region)"), &rows);

    let mut forms: BTreeMap<&str, usize> = BTreeMap::new();
    for f in Form::ALL {
        forms.insert(f.slug(), s.services.iter().filter(|x| x.forms.contains(&f)).count());
    }
    let none = s.services.iter().filter(|x| x.forms.is_empty()).count();
    let mut rows: Vec<(String, usize)> = forms.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    rows.push(("(no form given)".to_string(), none));
    table(&mut out, "By form", &rows);
    review_list(&mut out, s);
    out
}

/// Services an importer typed by a guess, for the coordinator to confirm: id, name, the type given,
/// why it is doubtful and the words it rests on.
fn review_list(out: &mut String, s: &Snapshot) {
    let marked: Vec<_> = s.services.iter().filter_map(|x| x.review.as_ref().map(|r| (x, r))).collect();
    let _ = writeln!(out, "To review (type inferred on import): {}", marked.len());
    for (x, r) in marked {
        let ty = match (&x.law_section, &x.category) {
            (Some(sec), _) => format!("§{sec}"),
            (None, Some(c)) => c.clone(),
            (None, None) => "-".into(),
        };
        let reason = serde_json::to_value(r.reason).ok().and_then(|v| v.as_str().map(str::to_string));
        let on = r.evidence.as_deref().map(|e| format!(" \"{e}\"")).unwrap_or_default();
        let _ = writeln!(out, "  {}  {}  ->  {ty} ({}{on})", x.id, x.name, reason.unwrap_or_default());
    }
}

fn table(out: &mut String, title: &str, rows: &[(String, usize)]) {
    let _ = writeln!(out, "{title}:");
    let width = rows.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
    for (k, n) in rows {
        let pad = width - k.chars().count();
        let _ = writeln!(out, "  {k}{:pad$}  {n:>5}", "");
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::generate::generate_snapshot;

    #[test]
    fn render_counts_every_service() {
        let s = generate_snapshot(60, 2);
        let text = render(&s);
        assert!(text.contains("60 services"), "{text}");
        let by_type: usize = text
            .split("By municipality")
            .next()
            .unwrap()
            .lines()
            .filter(|l| l.starts_with("  "))
            .map(|l| l.split_whitespace().last().unwrap().parse::<usize>().unwrap())
            .sum();
        assert_eq!(by_type, 60);
    }
}
