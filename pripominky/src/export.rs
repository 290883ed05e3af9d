//! `export` and `stats`: the coordinator's view of the comments, on the server only. CSV is what a
//! spreadsheet opens: UTF-8 with a byte-order mark (so Excel reads Czech letters), `;` between cells (the
//! list separator of Czech Excel), every cell quoted, CRLF line ends, and a cell that a spreadsheet would
//! run as a formula (`=`, `+`, `-`, `@`) starts with an apostrophe. JSON is an array of objects with the
//! app's field names, for scripts and tests.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use serde_json::json;

use crate::clock;
use crate::db::{self, Comment};

/// One CSV cell, quoted, defused against formula injection.
pub fn csv_cell(s: &str) -> String {
    let defused =
        if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    format!("\"{}\"", defused.replace('"', "\"\""))
}

pub fn csv(comments: &[Comment]) -> String {
    let mut out = String::from("\u{FEFF}");
    let header = ["přijato", "kampaň", "obec", "jméno", "e-mail", "text", "klíč"];
    out += &header.map(csv_cell).join(";");
    out += "\r\n";
    for c in comments {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        let row = [
            c.received_at.clone(),
            c.campaign.clone(),
            o(&c.municipality),
            o(&c.name),
            o(&c.email),
            o(&c.text),
            c.key.clone(),
        ];
        out += &row.map(|v| csv_cell(&v)).join(";");
        out += "\r\n";
    }
    out
}

pub fn json(comments: &[Comment]) -> String {
    let rows: Vec<_> = comments
        .iter()
        .map(|c| {
            json!({
                "idempotency_key": c.key,
                "campaign": c.campaign,
                "region": c.region,
                "received_at": c.received_at,
                "created_at": c.created_at,
                "name": c.name,
                "email": c.email,
                "municipality": c.municipality,
                "text": c.text,
            })
        })
        .collect();
    serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".into()) + "\n"
}

fn print(s: &str) -> Result<(), String> {
    std::io::stdout().lock().write_all(s.as_bytes()).map_err(|e| format!("cannot write the export: {e}"))
}

pub fn run(db_path: &Path, campaign: Option<&str>, as_json: bool) -> Result<(), String> {
    let conn = db::open_existing(db_path)?;
    let comments = db::all(&conn, campaign)?;
    print(&if as_json { json(&comments) } else { csv(&comments) })
}

/// Comments per campaign and Prague day, purged ones included.
pub fn stats(db_path: &Path) -> Result<(), String> {
    let conn = db::open_existing(db_path)?;
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (campaign, received_at) in db::arrivals(&conn)? {
        let day = clock::parse_rfc3339(&received_at)
            .map(|t| clock::prague_day(t).to_string())
            .unwrap_or(received_at);
        *counts.entry((campaign, day)).or_default() += 1;
    }
    let mut out = String::from("campaign\tday\tcomments\n");
    let mut total = 0;
    for ((campaign, day), n) in &counts {
        out += &format!("{campaign}\t{day}\t{n}\n");
        total += n;
    }
    out += &format!("total\t\t{total}\n");
    print(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_defuses_and_keeps_czech() {
        assert_eq!(csv_cell("Příliš žluťoučký"), "\"Příliš žluťoučký\"");
        assert_eq!(csv_cell("a\"b;c\nd"), "\"a\"\"b;c\nd\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("-1+2"), "\"'-1+2\"");
        let c = Comment {
            key: "k".repeat(8),
            campaign: "c".into(),
            region: "r".into(),
            campaign_closes: "2027-01-31".into(),
            received_at: "2026-11-29T10:00:00.000Z".into(),
            created_at: None,
            name: Some("Jana".into()),
            email: None,
            municipality: Some("Vlašim".into()),
            text: Some("Chybí odlehčovací služba.".into()),
        };
        let out = csv(&[c]);
        assert!(out.starts_with("\u{FEFF}\"přijato\";"));
        assert!(
            out.ends_with("\"Vlašim\";\"Jana\";\"\";\"Chybí odlehčovací služba.\";\"kkkkkkkk\"\r\n"),
            "{out}"
        );
    }
}
