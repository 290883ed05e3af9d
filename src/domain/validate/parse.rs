//! From raw bytes to typed sections, reporting structural errors with JSON paths. The JSON is parsed to a
//! `serde_json::Value` first and each record is then deserialised on its own, so one broken service is
//! reported as `$.services[12]: missing field `name`` and the other records are still checked.

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};

use super::items::View;
use super::locate::unknown_field_path;
use super::Report;
use crate::domain::snapshot::*;

/// The sections of a snapshot that deserialised, each record with its index in the original array.
pub(super) struct Parts {
    /// False when any section or record failed to deserialise.
    complete: bool,
    schema_version: u32,
    meta: Option<Meta>,
    municipalities: Vec<(usize, Municipality)>,
    offices: Vec<(usize, Office)>,
    providers: Vec<(usize, Provider)>,
    services: Vec<(usize, Service)>,
    life_situations: Vec<(usize, LifeSituation)>,
    crisis_lines: Vec<(usize, CrisisLine)>,
    documents: Vec<(usize, Document)>,
    news: Vec<(usize, NewsItem)>,
    comment_campaigns: Vec<(usize, CommentCampaign)>,
}

const KNOWN_KEYS: [&str; 11] = [
    "schema_version",
    "meta",
    "municipalities",
    "offices",
    "providers",
    "services",
    "life_situations",
    "crisis_lines",
    "documents",
    "news",
    "comment_campaigns",
];

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Parses the bytes into sections. Returns `None` when nothing more can be checked (not JSON, not an
/// object, or a schema version this build cannot read); errors go to `report` either way.
pub(super) fn parse(bytes: &[u8], report: &mut Report) -> Option<Parts> {
    // Windows editors like to start UTF-8 files with a byte-order mark; JSON forbids it, but it carries
    // no meaning, so it is skipped rather than reported as "expected value at line 1 column 1".
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => {
            let hint = if e.is_eof() { " (the file looks truncated)" } else { "" };
            report.error("$", format!("not valid JSON: {e}{hint}"));
            return None;
        }
    };
    let Value::Object(mut root) = value else {
        report.error("$", format!("expected a JSON object, found {}", kind(&value)));
        return None;
    };
    let mut complete = true;
    let schema_version = match root.get("schema_version") {
        None => {
            report.error("$", "missing field `schema_version`");
            complete = false;
            0
        }
        Some(v) => match v.as_u64() {
            Some(n) if n == u64::from(SCHEMA_VERSION) => SCHEMA_VERSION,
            Some(n) if n > u64::from(SCHEMA_VERSION) => {
                report.error(
                    "$.schema_version",
                    format!("schema_version {n} is newer than this app supports ({SCHEMA_VERSION})"),
                );
                return None;
            }
            _ => {
                report.error(
                    "$.schema_version",
                    format!("expected the number {SCHEMA_VERSION}, found {}", describe(v)),
                );
                complete = false;
                0
            }
        },
    };
    for key in root.keys().filter(|k| !KNOWN_KEYS.contains(&k.as_str())) {
        report.error(format!("$.{key}"), "unknown field");
        complete = false;
    }
    let meta = match root.remove("meta") {
        None => {
            report.error("$", "missing field `meta`");
            None
        }
        Some(v) => match Meta::deserialize(&v) {
            Ok(m) => Some(m),
            Err(e) => {
                let message = e.to_string();
                let at = unknown_field_path(&v, &message, "$.meta").unwrap_or_else(|| "$.meta".into());
                report.error(at, message);
                None
            }
        },
    };
    complete &= meta.is_some();
    let mut s = Sections { root: &mut root, report, complete };
    let parts = Parts {
        complete: false,
        schema_version,
        meta,
        municipalities: s.list("municipalities", true),
        offices: s.list("offices", true),
        providers: s.list("providers", true),
        services: s.list("services", true),
        life_situations: s.list("life_situations", false),
        crisis_lines: s.list("crisis_lines", false),
        documents: s.list("documents", false),
        news: s.list("news", false),
        comment_campaigns: s.list("comment_campaigns", false),
    };
    Some(Parts { complete: s.complete, ..parts })
}

fn describe(v: &Value) -> String {
    match v {
        Value::Number(n) => format!("{n}"),
        Value::String(s) => format!("the string {s:?}"),
        other => kind(other).to_string(),
    }
}

struct Sections<'a> {
    root: &'a mut Map<String, Value>,
    report: &'a mut Report,
    complete: bool,
}

impl Sections<'_> {
    fn list<T: DeserializeOwned>(&mut self, key: &str, required: bool) -> Vec<(usize, T)> {
        let items = match self.root.remove(key) {
            None if !required => return Vec::new(),
            None => {
                self.report.error("$", format!("missing field `{key}`"));
                self.complete = false;
                return Vec::new();
            }
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.report.error(format!("$.{key}"), format!("expected an array, found {}", kind(&other)));
                self.complete = false;
                return Vec::new();
            }
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, v) in items.into_iter().enumerate() {
            let path = format!("$.{key}[{i}]");
            // Deserialise from a reference so the value is still there to locate an unknown field in.
            match T::deserialize(&v) {
                Ok(t) => out.push((i, t)),
                Err(e) => {
                    let message = e.to_string();
                    let at = unknown_field_path(&v, &message, &path).unwrap_or(path);
                    self.report.error(at, message);
                    self.complete = false;
                }
            }
        }
        out
    }
}

fn strip<T>(v: Vec<(usize, T)>) -> Vec<T> {
    v.into_iter().map(|(_, t)| t).collect()
}

fn refs<T>(v: &[(usize, T)]) -> Vec<(usize, &T)> {
    v.iter().map(|(i, t)| (*i, t)).collect()
}

impl Parts {
    /// The whole snapshot when every part deserialised, else the parts back for partial checking.
    pub(super) fn into_snapshot(self) -> Result<Snapshot, Box<Parts>> {
        let meta = match self.meta {
            Some(meta) if self.complete => meta,
            meta => return Err(Box::new(Parts { meta, ..self })),
        };
        Ok(Snapshot {
            schema_version: self.schema_version,
            meta,
            municipalities: strip(self.municipalities),
            offices: strip(self.offices),
            providers: strip(self.providers),
            services: strip(self.services),
            life_situations: strip(self.life_situations),
            crisis_lines: strip(self.crisis_lines),
            documents: strip(self.documents),
            news: strip(self.news),
            comment_campaigns: strip(self.comment_campaigns),
        })
    }

    pub(super) fn view(&self) -> View<'_> {
        View {
            meta: self.meta.as_ref(),
            municipalities: refs(&self.municipalities),
            offices: refs(&self.offices),
            providers: refs(&self.providers),
            services: refs(&self.services),
            life_situations: refs(&self.life_situations),
            crisis_lines: refs(&self.crisis_lines),
            documents: refs(&self.documents),
            news: refs(&self.news),
            comment_campaigns: refs(&self.comment_campaigns),
        }
    }
}
