//! The HTTP side of `serve`: `POST /api/pripominky` and `GET /api/health`, nothing else (comments are read
//! with `export` on the server, never over HTTP). The order of checks is the contract's: address limit,
//! media type, size, JSON, fields, then the campaign, where a key already stored is a duplicate even
//! after the deadline (its first copy arrived in time; only the reply was lost). Logs carry the status,
//! campaign and a key prefix, never a name, e-mail, text or address.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::{Json, Router};
use pruvodce::domain::campaign::{campaign_state, CampaignState};
use pruvodce::domain::date::Date;
use rusqlite::Connection;
use serde_json::json;

use crate::campaigns::Campaigns;
use crate::clock;
use crate::db::{self, Comment, Stored, Writer};
use crate::limit::{self, Limit};
use crate::problem::Problem;

mod body;

/// Largest body accepted.
pub const MAX_BODY: usize = 32 * 1024;
/// A larger body is still read (and dropped) up to this size, so the client, still sending, receives the
/// 413 instead of a reset connection; past it the connection is simply closed.
const DRAIN_LIMIT: usize = 4 * 1024 * 1024;
/// How often the data directory's manifests are re-read.
const REFRESH_EVERY: Duration = Duration::from_secs(2);

pub struct Config {
    pub db: PathBuf,
    pub listen: SocketAddr,
    pub data: PathBuf,
    pub rate_per_minute: u32,
}

struct App {
    campaigns: Campaigns,
    writer: Writer,
    reader: Mutex<Connection>,
    limit: Limit,
}

pub fn serve(cfg: Config) -> Result<(), String> {
    let campaigns = Campaigns::open(cfg.data.clone())?;
    let writer = Writer::start(&cfg.db)?;
    let reader = Mutex::new(db::open(&cfg.db)?);
    let app = Arc::new(App { campaigns, writer, reader, limit: Limit::new(cfg.rate_per_minute) });
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?;
    rt.block_on(run(app, cfg.listen))
}

async fn run(app: Arc<App>, listen: SocketAddr) -> Result<(), String> {
    let listener =
        tokio::net::TcpListener::bind(listen).await.map_err(|e| format!("cannot listen on {listen}: {e}"))?;
    let background = app.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(REFRESH_EVERY);
        loop {
            tick.tick().await;
            let app = background.clone();
            let _ = tokio::task::spawn_blocking(move || {
                app.campaigns.refresh();
                app.limit.forget_idle();
            })
            .await;
        }
    });
    let router = Router::new()
        .route("/api/pripominky", any(post_comment))
        .route("/api/health", get(health))
        .fallback(|| async { Problem::not_found() })
        .with_state(app);
    // The bound address, so `--listen 127.0.0.1:0` (tests) says which port it got.
    let bound = listener.local_addr().map_err(|e| format!("cannot listen on {listen}: {e}"))?;
    eprintln!("pripominky: listening on {bound}");
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown())
        .await
        .map_err(|e| format!("server: {e}"))
}

async fn shutdown() {
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {},
        _ = term => {},
    }
    eprintln!("pripominky: stopping");
}

async fn health() -> Response {
    ([(header::CACHE_CONTROL, "no-store")], Json(json!({ "status": "ok" }))).into_response()
}

/// The first 8 characters of a key: enough to find a request in the log, not enough to guess the key.
fn short(key: &str) -> &str {
    key.get(..8).unwrap_or(key)
}

/// What a post came to, when it was not refused.
enum Reply {
    Accepted { key: String, campaign: String, received_at: String },
    Duplicate { key: String, campaign: String },
}

async fn post_comment(
    State(app): State<Arc<App>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    method: axum::http::Method,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if method != axum::http::Method::POST {
        return Problem::method().into_response();
    }
    let no_store = [(header::CACHE_CONTROL, "no-store")];
    match handle(&app, peer, &headers, body).await {
        Ok(Reply::Accepted { key, campaign, received_at }) => {
            eprintln!("pripominky: 201 {campaign} {}", short(&key));
            let body = json!({ "status": "accepted", "id": key, "received_at": received_at });
            (StatusCode::CREATED, no_store, Json(body)).into_response()
        }
        Ok(Reply::Duplicate { key, campaign }) => {
            eprintln!("pripominky: 200 duplicate {campaign} {}", short(&key));
            (StatusCode::OK, no_store, Json(json!({ "status": "duplicate", "id": key }))).into_response()
        }
        Err(p) => {
            eprintln!("pripominky: {}", p.log_line());
            p.into_response()
        }
    }
}

async fn handle(app: &App, peer: SocketAddr, headers: &HeaderMap, body: Body) -> Result<Reply, Problem> {
    app.limit.check(limit::client(peer, headers)).map_err(Problem::too_many)?;
    body::check_media_type(headers)?;
    let bytes = body::read_limited(body, headers, MAX_BODY, DRAIN_LIMIT).await?;
    let post = body::parse(&bytes, headers)?;
    let now = clock::now();
    let Some(known) = app.campaigns.get(&post.campaign).or_else(|| {
        // Perhaps published a moment ago: look once more before saying it does not exist.
        app.campaigns.refresh();
        app.campaigns.get(&post.campaign)
    }) else {
        return duplicate_or(app, post.key, post.campaign, Problem::unknown_campaign());
    };
    let c = &known.campaign;
    let czech = |s: &str| Date::parse(s).map(|d| d.format_cs()).unwrap_or_else(|| s.to_string());
    match campaign_state(c, clock::prague_day(now)) {
        CampaignState::Open => {}
        CampaignState::Closed => {
            return duplicate_or(app, post.key, post.campaign, Problem::closed(&czech(&c.closes)))
        }
        CampaignState::NotYetOpen => {
            return duplicate_or(app, post.key, post.campaign, Problem::not_yet_open(&czech(&c.opens)))
        }
        CampaignState::Invalid => return Err(Problem::unknown_campaign()),
    }
    let d = post.draft;
    let received_at = clock::format_rfc3339(now);
    let comment = Comment {
        key: post.key.clone(),
        campaign: post.campaign.clone(),
        region: known.region.clone(),
        campaign_closes: c.closes.clone(),
        received_at: received_at.clone(),
        created_at: post.created_at,
        name: Some(d.name),
        email: Some(d.email),
        municipality: Some(d.municipality),
        text: Some(d.text),
    };
    let (key, campaign) = (post.key, post.campaign);
    match app.writer.store(comment).await {
        Ok(Stored::Accepted) => Ok(Reply::Accepted { key, campaign, received_at }),
        Ok(Stored::Duplicate) => Ok(Reply::Duplicate { key, campaign }),
        Err(e) => Err(Problem::unavailable().internal(e)),
    }
}

/// A comment the campaign would refuse now is still a duplicate when its key is already stored.
fn duplicate_or(app: &App, key: String, campaign: String, refusal: Problem) -> Result<Reply, Problem> {
    let stored = match app.reader.lock() {
        Ok(conn) => db::contains(&conn, &key).map_err(|e| Problem::unavailable().internal(e))?,
        Err(_) => return Err(Problem::unavailable().internal("reader lock poisoned")),
    };
    if stored {
        Ok(Reply::Duplicate { key, campaign })
    } else {
        Err(refusal)
    }
}
