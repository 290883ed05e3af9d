//! One cell, both ways: a field's JSON value written as the text or number a clerk edits, and a cell as
//! LibreOffice or Excel saved it (a phone or IČO typed as a number, a capacity as 12.0, a date the
//! program turned into a date) read back into the field's JSON value, or a `Problem` saying why not.

use calamine::Data;
use serde_json::{json, Value};

use super::codes::{normalise, Codes};
use super::columns::{Column, Kind};
use super::path::get;

/// What a cell holds on export.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
}

/// Why a cell cannot be read; the CLI words it in Czech.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Required,
    NotNumber(String),
    NotWhole(String),
    NotYesNo(String),
    UnknownCode { value: String, list: Codes },
    BadJson { value: String, reason: String },
    BadHours { value: String, reason: crate::domain::hours::text::WeekError },
    FormulaError,
}

/// Where a read cell's value goes in the record.
#[derive(Debug, Clone, PartialEq)]
pub enum Put {
    Nothing,
    /// At the column's path.
    Here(Value),
    /// At another field of the record (a service type: `law_section` or `category`).
    Field(&'static str, Value),
    /// After the first item of the list at the column's path.
    Append(Vec<Value>),
}

fn texts(v: &Value) -> Vec<String> {
    let items = v.as_array().map(Vec::as_slice).unwrap_or_default();
    items.iter().map(|i| i.as_str().map(str::to_string).unwrap_or_else(|| i.to_string())).collect()
}

/// The cell for column `col` of `record`.
pub fn render(col: &Column, record: &Value) -> Cell {
    let value = get(record, col.path);
    let text = |s: String| if s.is_empty() { Cell::Empty } else { Cell::Text(s) };
    let label = |list: Codes, v: &Value| {
        let slug = v.as_str().unwrap_or_default();
        list.label(slug).unwrap_or_else(|| slug.to_string())
    };
    match (col.kind, value) {
        (Kind::ServiceType, _) => {
            let slug = match (record.get("law_section"), record.get("category")) {
                (Some(Value::String(s)), _) => format!("§{s}"),
                (_, Some(Value::String(c))) => c.clone(),
                _ => return Cell::Empty,
            };
            text(Codes::ServiceType.label(&slug).unwrap_or(slug))
        }
        (Kind::Rest, Some(Value::Array(items))) if items.len() > 1 => {
            text(Value::Array(items[1..].to_vec()).to_string())
        }
        (Kind::Hours, Some(v)) => text(super::hours::render_week(v)),
        (Kind::Holidays, Some(v)) => text(super::hours::render_holidays(v)),
        (Kind::Rest, _) | (_, None) | (_, Some(Value::Null)) => Cell::Empty,
        (Kind::Int | Kind::Float, Some(Value::Number(n))) => Cell::Number(n.as_f64().unwrap_or_default()),
        (Kind::Bool, Some(v)) => text(if v == &json!(true) { "ano" } else { "ne" }.into()),
        (Kind::Flag, Some(v)) => text(if v == &json!(true) { "ano".into() } else { String::new() }),
        (Kind::Lines, Some(v)) => text(texts(v).join("\n")),
        (Kind::Code(list), Some(v)) => text(label(list, v)),
        (Kind::CodeList(list), Some(v)) => {
            let items = v.as_array().map(Vec::as_slice).unwrap_or_default();
            text(items.iter().map(|i| label(list, i)).collect::<Vec<_>>().join("; "))
        }
        (Kind::Phones, Some(v)) => {
            let items = v.as_array().map(Vec::as_slice).unwrap_or_default();
            let line = |p: &Value| match (p["number"].as_str(), p["note"].as_str()) {
                (Some(n), Some(note)) => format!("{n} ({note})"),
                (n, _) => n.unwrap_or_default().to_string(),
            };
            text(items.iter().map(line).collect::<Vec<_>>().join("\n"))
        }
        (Kind::Text | Kind::Digits(_), Some(Value::String(s))) => text(s.clone()),
        (_, Some(v)) => text(v.to_string()),
    }
}

/// A cell's content as text, the way the clerk sees it; `None` for an empty cell.
pub fn cell_text(cell: &Data) -> Result<Option<String>, Problem> {
    let s = match cell {
        Data::Empty => return Ok(None),
        Data::String(s) => s.replace("\r\n", "\n"),
        Data::Int(i) => i.to_string(),
        // A number typed into a text column: 731234567.0 is the phone 731234567, not a decimal.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "ano" } else { "ne" }.to_string(),
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        Data::DateTimeIso(s) => s.get(..10).unwrap_or(s).to_string(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(_) => return Err(Problem::FormulaError),
    };
    Ok((!s.trim().is_empty()).then_some(s))
}

fn number(cell: &Data, text: &str) -> Result<f64, Problem> {
    match cell {
        Data::Int(i) => Ok(*i as f64),
        Data::Float(f) => Ok(*f),
        _ => text
            .trim()
            .replace(',', ".")
            .replace(' ', "")
            .parse()
            .map_err(|_| Problem::NotNumber(text.into())),
    }
}

fn yes_no(text: &str) -> Result<bool, Problem> {
    match normalise(text).as_str() {
        "ano" | "a" | "x" | "1" | "true" | "pravda" | "yes" => Ok(true),
        "ne" | "n" | "0" | "false" | "nepravda" | "no" => Ok(false),
        _ => Err(Problem::NotYesNo(text.into())),
    }
}

fn code(list: Codes, text: &str) -> Result<String, Problem> {
    list.parse(text).ok_or_else(|| Problem::UnknownCode { value: text.trim().into(), list })
}

fn json_cell(text: &str) -> Result<Value, Problem> {
    serde_json::from_str(text).map_err(|e| Problem::BadJson { value: text.into(), reason: e.to_string() })
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').map(str::trim).filter(|l| !l.is_empty())
}

/// Reads a cell of column `col` into what goes into the record.
pub fn parse(col: &Column, cell: &Data) -> Result<Put, Problem> {
    let Some(text) = cell_text(cell)? else {
        return match col.kind {
            Kind::Bool => Ok(Put::Here(json!(false))),
            _ if col.required => Err(Problem::Required),
            _ => Ok(Put::Nothing),
        };
    };
    let put = match col.kind {
        Kind::Text => Put::Here(json!(text)),
        Kind::Digits(len) => match cell {
            Data::Int(_) | Data::Float(_) if text.len() < len => Put::Here(json!(format!("{text:0>len$}"))),
            _ => Put::Here(json!(text.trim())),
        },
        Kind::Lines => Put::Here(json!(lines(&text).collect::<Vec<_>>())),
        Kind::Int => {
            let n = number(cell, &text)?;
            if n.fract() != 0.0 || n < 0.0 {
                return Err(Problem::NotWhole(text));
            }
            Put::Here(json!(n as u64))
        }
        Kind::Float => Put::Here(json!(number(cell, &text)?)),
        Kind::Bool => Put::Here(json!(yes_no(&text)?)),
        Kind::Flag if yes_no(&text)? => Put::Here(json!(true)),
        Kind::Flag => Put::Nothing,
        Kind::Code(list) => Put::Here(json!(code(list, &text)?)),
        Kind::CodeList(list) => {
            let items = text.split(['\n', ';', ',']).map(str::trim).filter(|s| !s.is_empty());
            Put::Here(json!(items.map(|i| code(list, i)).collect::<Result<Vec<_>, _>>()?))
        }
        Kind::ServiceType => match code(Codes::ServiceType, &text)? {
            s if s.starts_with('§') => Put::Field("law_section", json!(s.trim_start_matches('§'))),
            s => Put::Field("category", json!(s)),
        },
        Kind::Phones => Put::Here(Value::Array(lines(&text).map(phone).collect())),
        Kind::Json => Put::Here(json_cell(&text)?),
        Kind::Hours => Put::Here(super::hours::parse_week_cell(&text)?),
        Kind::Holidays => Put::Here(super::hours::parse_holidays_cell(&text)),
        Kind::Rest => match json_cell(&text)? {
            Value::Array(items) => Put::Append(items),
            other => Put::Append(vec![other]),
        },
    };
    Ok(put)
}

/// "+420 317 754 111 (podatelna)" into a phone with its note.
fn phone(line: &str) -> Value {
    match line.strip_suffix(')').and_then(|l| l.split_once(" (")) {
        Some((number, note)) => json!({"number": number.trim(), "note": note}),
        None => json!({"number": line}),
    }
}
