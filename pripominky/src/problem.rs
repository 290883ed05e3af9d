//! Error replies as `application/problem+json` (RFC 9457): a Czech `title` a person can read, the HTTP
//! status, `retryable` (whether sending the same comment again can ever succeed), and for invalid fields
//! the list of field errors, worded by the app's own Czech strings.

use std::time::Duration;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use pruvodce::domain::comment::CommentError;
use pruvodce::i18n::Lang;
use serde::Serialize;

/// One field's problem.
#[derive(Debug, Clone, Serialize)]
pub struct FieldProblem {
    pub field: &'static str,
    pub code: &'static str,
    pub detail: String,
}

impl FieldProblem {
    pub fn new(field: &'static str, code: &'static str, detail: impl Into<String>) -> FieldProblem {
        FieldProblem { field, code, detail: detail.into() }
    }

    /// A comment rule broken, in the words the form uses.
    pub fn comment(e: CommentError) -> FieldProblem {
        let field = match e.field() {
            "comment-name" => "name",
            "comment-email" => "email",
            "comment-municipality" => "municipality",
            _ => "text",
        };
        FieldProblem::new(field, e.code(), Lang::Cs.strings().comment_error(e))
    }
}

/// A problem reply; boxed, so that `Result<_, Problem>` stays small on the happy path.
#[derive(Debug)]
pub struct Problem(Box<Body>);

#[derive(Debug, Serialize)]
struct Body {
    #[serde(rename = "type")]
    kind: String,
    title: &'static str,
    status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
    retryable: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    errors: Vec<FieldProblem>,
    #[serde(skip)]
    retry_after: Option<Duration>,
    #[serde(skip)]
    close: bool,
    /// What went wrong inside (a database error), for the log only.
    #[serde(skip)]
    internal: Option<String>,
}

impl Problem {
    fn new(status: StatusCode, slug: &str, title: &'static str, retryable: bool) -> Problem {
        Problem(Box::new(Body {
            kind: format!("urn:pruvodce:pripominky:{slug}"),
            title,
            status: status.as_u16(),
            detail: None,
            retryable,
            errors: Vec::new(),
            retry_after: None,
            close: false,
            internal: None,
        }))
    }

    pub fn internal(mut self, e: impl Into<String>) -> Problem {
        self.0.internal = Some(e.into());
        self
    }

    /// The status and kind, plus an internal error: never the detail, which may quote the client's input.
    pub fn log_line(&self) -> String {
        let kind = self.0.kind.rsplit(':').next().unwrap_or_default();
        let fields: Vec<String> = self.0.errors.iter().map(|e| format!("{}:{}", e.field, e.code)).collect();
        let mut line = format!("{} {kind}", self.0.status);
        if !fields.is_empty() {
            line += &format!(" {}", fields.join(","));
        }
        if let Some(e) = &self.0.internal {
            line += &format!(" ({e})");
        }
        line
    }

    pub fn detail(mut self, d: impl Into<String>) -> Problem {
        self.0.detail = Some(d.into());
        self
    }

    pub fn not_json(why: impl Into<String>) -> Problem {
        Problem::new(StatusCode::BAD_REQUEST, "not-json", "Tělo požadavku není platný JSON.", false)
            .detail(why)
    }

    pub fn media_type() -> Problem {
        Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "media-type",
            "Připomínku posílejte jako JSON (Content-Type: application/json).",
            false,
        )
    }

    pub fn too_large(limit: usize) -> Problem {
        let mut p =
            Problem::new(StatusCode::PAYLOAD_TOO_LARGE, "too-large", "Připomínka je příliš velká.", false)
                .detail(format!("Nejvýše {} KB.", limit / 1024));
        p.0.close = true;
        p
    }

    pub fn invalid(errors: Vec<FieldProblem>) -> Problem {
        let mut p = Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            "Některá pole připomínky nejsou v pořádku.",
            false,
        );
        p.0.errors = errors;
        p
    }

    pub fn unknown_campaign() -> Problem {
        Problem::new(StatusCode::NOT_FOUND, "unknown-campaign", "Tato kampaň připomínek tu není.", false)
    }

    pub fn closed(closes: &str) -> Problem {
        Problem::new(StatusCode::GONE, "closed", "Lhůta pro připomínky už skončila.", false)
            .detail(format!("Připomínky se přijímaly do {closes} včetně."))
    }

    pub fn not_yet_open(opens: &str) -> Problem {
        Problem::new(StatusCode::UNPROCESSABLE_ENTITY, "not-open", "Připomínky se zatím nepřijímají.", false)
            .detail(format!("Připomínky se přijímají od {opens}."))
    }

    pub fn too_many(wait: Duration) -> Problem {
        let mut p = Problem::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate-limit",
            "Příliš mnoho připomínek najednou, zkuste to za chvíli.",
            true,
        );
        p.0.retry_after = Some(wait);
        p
    }

    pub fn not_found() -> Problem {
        Problem::new(StatusCode::NOT_FOUND, "not-found", "Tady nic není.", false)
    }

    pub fn method() -> Problem {
        Problem::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method",
            "Sem se připomínky jen posílají (POST).",
            false,
        )
    }

    pub fn unavailable() -> Problem {
        Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "Připomínku se teď nepodařilo uložit, zkuste to později.",
            true,
        )
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.0.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_string(&*self.0).unwrap_or_default();
        let mut r = (status, body).into_response();
        let h = r.headers_mut();
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json; charset=utf-8"));
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if let Some(wait) = self.0.retry_after {
            // Whole seconds, rounded up, at least one.
            let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            h.insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
        }
        if self.0.close {
            h.insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
        if status == StatusCode::METHOD_NOT_ALLOWED {
            h.insert(header::ALLOW, HeaderValue::from_static("POST"));
        }
        r
    }
}
