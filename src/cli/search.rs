//! `katalog search FILE QUERY [--obec NAME_OR_CODE] [--open-at RFC3339] [--nonstop] [--limit N] [--json]`: runs the same search engine
//! the browser runs, for checking a catalogue from the command line. Human output lists the results
//! with their reasons, the office card when nothing fits, and the crisis lines; `--json` prints
//! `{"results": [...], "office": {...} | null, "crisis_lines": [...]}`.

use std::path::Path;

use std::fmt::Write as _;

use serde::Serialize;

use super::CliError;
use crate::domain::hours::parse_rfc3339;
use crate::domain::hours::text::week_text;
use crate::domain::index::Index;
use crate::domain::offices::{close_municipalities, find_municipality, OfficeCard};
use crate::domain::rank::{Query, SearchResult};
use crate::domain::snapshot::{Address, Snapshot};
use crate::domain::validate::validate_bytes;
use crate::i18n::Lang;

/// The hours filters: `--open-at RFC3339` (services open at that instant, judged in Prague time) and
/// `--nonstop`.
pub struct HoursFilter<'a> {
    pub open_at: Option<&'a str>,
    pub nonstop: bool,
}

pub fn run(
    file: &Path,
    query: &str,
    obec: Option<&str>,
    hours: HoursFilter<'_>,
    limit: usize,
    json: bool,
) -> Result<(), CliError> {
    let open_at = match hours.open_at {
        None => None,
        Some(s) => Some(parse_rfc3339(s).ok_or_else(|| {
            CliError::usage(format!(
                "--open-at: '{s}' is not an RFC 3339 date-time with an offset, e.g. 2026-03-29T10:00:00+02:00"
            ))
        })?),
    };
    let bytes = super::check::read_file(file)?;
    // The browser only searches validated snapshots; the CLI does the same, so it shows what users see.
    let snapshot = validate_bytes(&bytes)
        .map_err(|report| {
            let errors: Vec<String> = report.errors.iter().map(|e| format!("  {e}")).collect();
            CliError::data(format!(
                "{} is not a valid snapshot (run `katalog check` for details):\n{}",
                file.display(),
                errors.join("\n")
            ))
        })?
        .snapshot;
    let municipality = match obec {
        None => None,
        Some(name) => match find_municipality(&snapshot, name) {
            Some(i) => snapshot.municipalities.get(i).map(|m| m.id.clone()),
            None => {
                let close = close_municipalities(&snapshot, name, 5);
                let hint = if close.is_empty() {
                    "no similar municipality in this catalogue".to_string()
                } else {
                    format!("did you mean: {}?", close.join(", "))
                };
                return Err(CliError::usage(format!("unknown municipality '{name}': {hint}")));
            }
        },
    };
    let index = Index::build(&snapshot);
    let q = Query {
        text: query.to_string(),
        municipality,
        open_at,
        nonstop_only: hours.nonstop,
        limit,
        ..Query::default()
    };
    let result = index.search(&snapshot, &q);
    let mut out = String::new();
    if json {
        let text = serde_json::to_string_pretty(&to_json(&snapshot, &result))
            .map_err(|e| CliError::data(format!("cannot encode the results as JSON: {e}")))?;
        out.push_str(&text);
        out.push('\n');
    } else {
        print_human(&mut out, &snapshot, &result);
    }
    // One write, and a closed pipe (`| head`) is not an error worth a panic.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), out.as_bytes());
    Ok(())
}

fn address_line(a: &Address) -> String {
    let street =
        [a.street.as_deref(), a.number.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" ");
    let mut parts: Vec<String> = Vec::new();
    if !street.is_empty() {
        parts.push(street);
    }
    parts.push(
        [a.postcode.as_deref(), Some(a.city.as_str())].into_iter().flatten().collect::<Vec<_>>().join(" "),
    );
    parts.join(", ")
}

/// The `--json` output; field order is part of the contract, hence structs rather than `json!`.
#[derive(Serialize)]
struct JsonOut<'a> {
    results: Vec<JsonHit<'a>>,
    office: Option<JsonOffice<'a>>,
    crisis_lines: Vec<JsonLine<'a>>,
}

#[derive(Serialize)]
struct JsonHit<'a> {
    id: &'a str,
    name: &'a str,
    provider: Option<&'a str>,
    law_section: Option<&'a str>,
    category: Option<&'a str>,
    score: f64,
    why: Vec<String>,
}

#[derive(Serialize)]
struct JsonOffice<'a> {
    id: &'a str,
    name: &'a str,
    department: Option<&'a str>,
    address: Option<String>,
    phones: Vec<&'a str>,
    emails: &'a [String],
    web: Option<&'a str>,
    opening_hours: &'a [String],
    municipality: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonLine<'a> {
    name: &'a str,
    number: &'a str,
    hours: &'a str,
    free: bool,
}

fn office_json<'a>(snapshot: &'a Snapshot, card: &OfficeCard) -> Option<JsonOffice<'a>> {
    let o = snapshot.offices.get(card.office)?;
    Some(JsonOffice {
        id: &o.id,
        name: &o.name,
        department: o.department.as_deref(),
        address: o.address.as_ref().map(address_line),
        phones: o.contacts.phones.iter().map(|p| p.number.as_str()).collect(),
        emails: &o.contacts.emails,
        web: o.contacts.web.as_deref(),
        opening_hours: &o.opening_hours,
        municipality: card.municipality.and_then(|i| snapshot.municipalities.get(i)).map(|m| m.name.as_str()),
    })
}

fn to_json<'a>(snapshot: &'a Snapshot, r: &'a SearchResult) -> JsonOut<'a> {
    let results = r
        .hits
        .iter()
        .filter_map(|h| {
            let s = snapshot.services.get(h.service)?;
            Some(JsonHit {
                id: &s.id,
                name: &s.name,
                provider: snapshot.providers.iter().find(|p| p.id == s.provider).map(|p| p.name.as_str()),
                law_section: s.law_section.as_deref(),
                category: s.category.as_deref(),
                // Three decimals are plenty for a relevance score and keep f32 noise out of the output.
                score: (f64::from(h.score) * 1000.0).round() / 1000.0,
                why: h.why.iter().map(|w| Lang::Cs.why(w)).collect(),
            })
        })
        .collect();
    let crisis_lines = snapshot
        .crisis_lines
        .iter()
        .map(|l| JsonLine { name: &l.name, number: &l.number, hours: &l.hours, free: l.free })
        .collect();
    JsonOut { results, office: r.office.as_ref().and_then(|c| office_json(snapshot, c)), crisis_lines }
}

fn print_crisis(out: &mut String, snapshot: &Snapshot) {
    let _ = writeln!(out, "Crisis lines:");
    for l in &snapshot.crisis_lines {
        let free = if l.free { ", free" } else { "" };
        let _ = writeln!(out, "  {} {} ({}{free})", l.name, l.number, l.hours);
    }
}

fn print_human(out: &mut String, snapshot: &Snapshot, r: &SearchResult) {
    if r.crisis_first {
        let _ = writeln!(out, "! Danger signalled: call for help now.");
        print_crisis(out, snapshot);
        let _ = writeln!(out);
    }
    if r.hits.is_empty() {
        let _ = writeln!(out, "No service matches.");
    } else {
        let _ = writeln!(out, "{} of {} results:", r.hits.len(), r.total);
    }
    for (i, h) in r.hits.iter().enumerate() {
        let Some(s) = snapshot.services.get(h.service) else { continue };
        let provider =
            snapshot.providers.iter().find(|p| p.id == s.provider).map_or("?", |p| p.name.as_str());
        let kind = s
            .law_section
            .as_deref()
            .map(|x| format!("§{x}"))
            .or_else(|| s.category.clone())
            .unwrap_or_default();
        let _ = writeln!(out, "{:>2}. {} — {} [{kind}] score {:.2}", i + 1, s.name, provider, h.score);
        let _ = writeln!(out, "    why: {}", Lang::Cs.why_line(&h.why, "; "));
        if let Some(hours) = s.hours.as_ref().map(week_text).filter(|t| !t.is_empty()) {
            let _ = writeln!(out, "    hours: {hours}");
        }
    }
    if let Some(card) = &r.office {
        if let Some(o) = snapshot.offices.get(card.office) {
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "Contact the municipal office: {}{}",
                o.name,
                o.department.as_deref().map(|d| format!(", {d}")).unwrap_or_default()
            );
            if let Some(a) = &o.address {
                let _ = writeln!(out, "  address: {}", address_line(a));
            }
            for p in &o.contacts.phones {
                let _ = writeln!(out, "  phone: {}", p.number);
            }
            for e in &o.contacts.emails {
                let _ = writeln!(out, "  e-mail: {e}");
            }
            for h in &o.opening_hours {
                let _ = writeln!(out, "  hours: {h}");
            }
        }
    }
    if !r.crisis_first {
        let _ = writeln!(out);
        print_crisis(out, snapshot);
    }
}
