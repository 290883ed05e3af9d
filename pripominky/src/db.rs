//! The comment store: one SQLite file in WAL mode with `synchronous=FULL`, so a comment is on disk before
//! its 201 is sent. The idempotency key is the primary key: a second copy of a comment, however it races
//! the first, is refused by the constraint and reported as a duplicate. One writer thread commits the
//! waiting comments together (group commit), so a flood costs one fsync per batch, not per comment.

use std::path::Path;
use std::sync::mpsc as std_mpsc;

use rusqlite::{params, Connection, OptionalExtension};
use tokio::sync::{mpsc, oneshot};

/// What the store keeps of one comment. `name`…`text` are None after `purge`.
#[derive(Debug, Clone)]
pub struct Comment {
    pub key: String,
    pub campaign: String,
    pub region: String,
    /// The campaign's closing day when the comment arrived, for the retention rule.
    pub campaign_closes: String,
    pub received_at: String,
    pub created_at: Option<String>,
    pub name: Option<String>,
    pub email: Option<String>,
    pub municipality: Option<String>,
    pub text: Option<String>,
}

/// The outcome of storing one comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    Accepted,
    Duplicate,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS comments (
    key TEXT PRIMARY KEY NOT NULL,
    campaign TEXT NOT NULL,
    region TEXT NOT NULL,
    campaign_closes TEXT NOT NULL,
    received_at TEXT NOT NULL,
    created_at TEXT,
    name TEXT,
    email TEXT,
    municipality TEXT,
    text TEXT,
    purged_at TEXT
) STRICT;
CREATE INDEX IF NOT EXISTS comments_campaign ON comments (campaign, received_at);
";

/// Opens (creating when missing) the database with the durability settings every command relies on.
pub fn open(path: &Path) -> Result<Connection, String> {
    let conn =
        Connection::open(path).map_err(|e| format!("cannot open the database {}: {e}", path.display()))?;
    let setup = || -> rusqlite::Result<()> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(rusqlite::Error::InvalidQuery);
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.execute_batch(SCHEMA)
    };
    setup().map_err(|e| format!("cannot prepare the database {}: {e}", path.display()))?;
    Ok(conn)
}

/// Opens a database that must already exist (`export`, `purge`, `stats`: a mistyped path is an error, not
/// a new empty database).
pub fn open_existing(path: &Path) -> Result<Connection, String> {
    if !path.is_file() {
        return Err(format!("no database at {} (the --db of `pripominky serve`)", path.display()));
    }
    open(path)
}

type Job = (Comment, oneshot::Sender<Result<Stored, String>>);

/// The handle the HTTP layer stores through; cheap to clone.
#[derive(Clone)]
pub struct Writer {
    tx: mpsc::Sender<Job>,
}

/// Most comments committed in one transaction.
const BATCH: usize = 256;

impl Writer {
    /// Starts the writer thread on its own connection.
    pub fn start(path: &Path) -> Result<Writer, String> {
        let mut conn = open(path)?;
        let (tx, mut rx) = mpsc::channel::<Job>(4096);
        let (ready_tx, ready_rx) = std_mpsc::channel();
        std::thread::Builder::new()
            .name("pripominky-writer".into())
            .spawn(move || {
                let _ = ready_tx.send(());
                while let Some(first) = rx.blocking_recv() {
                    let mut jobs = vec![first];
                    while jobs.len() < BATCH {
                        match rx.try_recv() {
                            Ok(job) => jobs.push(job),
                            Err(_) => break,
                        }
                    }
                    let outcomes = commit(&mut conn, &jobs);
                    for ((_, reply), outcome) in jobs.into_iter().zip(outcomes) {
                        let _ = reply.send(outcome);
                    }
                }
            })
            .map_err(|e| format!("cannot start the writer thread: {e}"))?;
        let _ = ready_rx.recv();
        Ok(Writer { tx })
    }

    /// Stores a comment; resolves once it is durably committed (or refused as a duplicate).
    pub async fn store(&self, c: Comment) -> Result<Stored, String> {
        let (reply, answer) = oneshot::channel();
        self.tx.send((c, reply)).await.map_err(|_| "the writer has stopped".to_string())?;
        answer.await.map_err(|_| "the writer has stopped".to_string())?
    }
}

/// One transaction for the whole batch; when it fails, every comment in it gets the error (none was
/// acknowledged, so the clients retry).
fn commit(conn: &mut Connection, jobs: &[Job]) -> Vec<Result<Stored, String>> {
    let run = |conn: &mut Connection| -> rusqlite::Result<Vec<Stored>> {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut out = Vec::with_capacity(jobs.len());
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO comments (key, campaign, region, campaign_closes, received_at, created_at, name, email, municipality, text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (key) DO NOTHING",
            )?;
            for (c, _) in jobs {
                let n = insert.execute(params![
                    c.key,
                    c.campaign,
                    c.region,
                    c.campaign_closes,
                    c.received_at,
                    c.created_at,
                    c.name,
                    c.email,
                    c.municipality,
                    c.text
                ])?;
                out.push(if n == 1 { Stored::Accepted } else { Stored::Duplicate });
            }
        }
        tx.commit()?;
        Ok(out)
    };
    match run(conn) {
        Ok(v) => v.into_iter().map(Ok).collect(),
        Err(e) => jobs.iter().map(|_| Err(format!("database: {e}"))).collect(),
    }
}

/// Whether a key is stored (read on its own connection; WAL lets it run beside the writer).
pub fn contains(conn: &Connection, key: &str) -> Result<bool, String> {
    conn.query_row("SELECT 1 FROM comments WHERE key = ?1", [key], |_| Ok(()))
        .optional()
        .map(|r| r.is_some())
        .map_err(|e| format!("database: {e}"))
}

/// Every comment still holding its text, oldest first, optionally of one campaign.
pub fn all(conn: &Connection, campaign: Option<&str>) -> Result<Vec<Comment>, String> {
    let mut stmt = conn
        .prepare(
            "SELECT key, campaign, region, campaign_closes, received_at, created_at, name, email, municipality, text
             FROM comments WHERE purged_at IS NULL AND (?1 IS NULL OR campaign = ?1) ORDER BY received_at, rowid",
        )
        .map_err(|e| format!("database: {e}"))?;
    let rows = stmt
        .query_map([campaign], |r| {
            Ok(Comment {
                key: r.get(0)?,
                campaign: r.get(1)?,
                region: r.get(2)?,
                campaign_closes: r.get(3)?,
                received_at: r.get(4)?,
                created_at: r.get(5)?,
                name: r.get(6)?,
                email: r.get(7)?,
                municipality: r.get(8)?,
                text: r.get(9)?,
            })
        })
        .map_err(|e| format!("database: {e}"))?;
    rows.collect::<Result<Vec<_>, _>>().map_err(|e| format!("database: {e}"))
}

/// (campaign, received_at) of every comment, purged ones included, for the statistics.
pub fn arrivals(conn: &Connection) -> Result<Vec<(String, String)>, String> {
    let mut stmt =
        conn.prepare("SELECT campaign, received_at FROM comments").map_err(|e| format!("database: {e}"))?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).map_err(|e| format!("database: {e}"))?;
    rows.collect::<Result<Vec<_>, _>>().map_err(|e| format!("database: {e}"))
}

/// Clears the personal data (name, e-mail, municipality, text) of comments whose campaign closed before
/// `cutoff` (`YYYY-MM-DD`). The key, campaign and time stay: the counts still add up, and a late retry of
/// a purged comment is still a duplicate rather than a new comment. Returns how many were purged.
pub fn purge(conn: &Connection, cutoff: &str, now: &str) -> Result<usize, String> {
    conn.execute(
        "UPDATE comments SET name = NULL, email = NULL, municipality = NULL, text = NULL, created_at = NULL, purged_at = ?2
         WHERE purged_at IS NULL AND campaign_closes < ?1",
        params![cutoff, now],
    )
    .map_err(|e| format!("database: {e}"))
}
