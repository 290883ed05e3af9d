//! From a request to a comment: the media type, the size limit, JSON, and each field checked by the
//! domain's own rules (`validate_comment`, `valid_key`). The body is the app's outbox entry as it is;
//! fields this receiver does not use (`endpoint`, `state`, anything newer) are ignored.

use std::time::Duration;

use axum::body::Body;
use axum::http::{header, HeaderMap};
use http_body_util::BodyExt;
use pruvodce::domain::comment::{valid_key, validate_comment, CommentDraft};
use serde_json::{Map, Value};

use crate::clock;
use crate::problem::{FieldProblem, Problem};

/// The longest a client may take to send its body.
const BODY_TIMEOUT: Duration = Duration::from_secs(15);

/// A post that passed every field check; the draft is cleaned, as it is stored.
pub struct Post {
    pub key: String,
    pub campaign: String,
    pub created_at: Option<String>,
    pub draft: CommentDraft,
}

pub fn check_media_type(headers: &HeaderMap) -> Result<(), Problem> {
    let ct = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let essence = ct.split(';').next().unwrap_or_default().trim();
    if essence.eq_ignore_ascii_case("application/json") {
        Ok(())
    } else {
        Err(Problem::media_type())
    }
}

/// The body, at most `max` bytes. A larger one is read on (and dropped) up to `drain` bytes before the
/// 413, so that a client still sending gets the answer rather than a reset connection.
pub async fn read_limited(
    body: Body,
    headers: &HeaderMap,
    max: usize,
    drain: usize,
) -> Result<Vec<u8>, Problem> {
    let declared =
        headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|s| s.parse::<u64>().ok());
    let mut body = body;
    let mut buf = Vec::new();
    let mut seen: usize = 0;
    let too_big = declared.is_some_and(|n| n > max as u64);
    let read = async {
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(|_| Problem::not_json("the body could not be read to its end"))?;
            let Ok(data) = frame.into_data() else { continue };
            seen = seen.saturating_add(data.len());
            if seen > drain {
                break;
            }
            if !too_big && seen <= max {
                buf.extend_from_slice(&data);
            }
        }
        Ok::<(), Problem>(())
    };
    match tokio::time::timeout(BODY_TIMEOUT, read).await {
        Ok(Ok(())) => {}
        Ok(Err(p)) => return Err(p),
        Err(_) if too_big || seen > max => {}
        Err(_) => return Err(Problem::not_json("the body did not arrive in time")),
    }
    if too_big || seen > max {
        return Err(Problem::too_large(max));
    }
    Ok(buf)
}

fn wrong_type(field: &'static str) -> FieldProblem {
    FieldProblem::new(field, "wrong_type", "Hodnota má být text.")
}

/// A string field: absent or null is None, another type is an error.
fn text(obj: &Map<String, Value>, field: &'static str, errors: &mut Vec<FieldProblem>) -> Option<String> {
    match obj.get(field) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            errors.push(wrong_type(field));
            None
        }
    }
}

pub fn parse(bytes: &[u8], headers: &HeaderMap) -> Result<Post, Problem> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| Problem::not_json(e.to_string()))?;
    let Value::Object(obj) = value else {
        return Err(Problem::invalid(vec![FieldProblem::new(
            "$",
            "not_object",
            "Tělo má být objekt JSON s poli připomínky.",
        )]));
    };
    let mut errors = Vec::new();
    let body_key = text(&obj, "idempotency_key", &mut errors);
    let header_key =
        headers.get("idempotency-key").map(|v| v.to_str().map(str::to_string).unwrap_or_default());
    let key = match (header_key, body_key) {
        (Some(h), Some(b)) if h != b => {
            errors.push(FieldProblem::new(
                "idempotency_key",
                "mismatch",
                "Klíč v hlavičce Idempotency-Key a v těle se liší.",
            ));
            None
        }
        (Some(k), _) | (None, Some(k)) if valid_key(&k) => Some(k),
        (Some(_), _) | (None, Some(_)) => {
            errors.push(FieldProblem::new(
                "idempotency_key",
                "invalid",
                "Klíč má 8 až 64 znaků: písmena bez diakritiky, číslice, pomlčky.",
            ));
            None
        }
        (None, None) => {
            errors.push(FieldProblem::new("idempotency_key", "missing", "Chybí hlavička Idempotency-Key."));
            None
        }
    };
    let campaign = text(&obj, "campaign", &mut errors).filter(|c| !c.trim().is_empty());
    if campaign.is_none() && !errors.iter().any(|e| e.field == "campaign") {
        errors.push(FieldProblem::new("campaign", "missing", "Chybí kampaň, ke které připomínka patří."));
    }
    let created_at = match text(&obj, "created_at", &mut errors) {
        None => None,
        Some(s) => match clock::parse_rfc3339(&s) {
            Some(t) => Some(clock::format_rfc3339(t)),
            None => {
                errors.push(FieldProblem::new(
                    "created_at",
                    "invalid",
                    "Čas vzniku má být ve tvaru RFC 3339.",
                ));
                None
            }
        },
    };
    let draft = CommentDraft {
        name: text(&obj, "name", &mut errors).unwrap_or_default(),
        email: text(&obj, "email", &mut errors).unwrap_or_default(),
        municipality: text(&obj, "municipality", &mut errors).unwrap_or_default(),
        text: text(&obj, "text", &mut errors).unwrap_or_default(),
    };
    // A text of the wrong type is reported as that, not also as missing.
    let typed_wrong = |f: &str| errors.iter().any(|e| e.field == f);
    let rule_errors: Vec<FieldProblem> = validate_comment(&draft)
        .into_iter()
        .map(FieldProblem::comment)
        .filter(|p| !typed_wrong(p.field))
        .collect();
    errors.extend(rule_errors);
    match (key, campaign) {
        (Some(key), Some(campaign)) if errors.is_empty() => {
            Ok(Post { key, campaign, created_at, draft: draft.cleaned() })
        }
        _ => Err(Problem::invalid(errors)),
    }
}
