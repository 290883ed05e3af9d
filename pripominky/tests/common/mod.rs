//! Shared by the receiver's integration tests: a published data directory made from the demo snapshot
//! with chosen campaigns, the `pripominky` binary started on a free loopback port (its log kept, to check
//! that it holds no personal data), and a minimal HTTP/1.1 client that can also send broken requests.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pruvodce::domain::manifest::build_manifest;
use pruvodce::domain::snapshot::{CommentCampaign, Snapshot};

/// The binary under test (cargo sets the variable for tests, not for the benchmark example, which is
/// given the path of the release build instead).
pub const BIN: &str = match option_env!("CARGO_BIN_EXE_pripominky") {
    Some(b) => b,
    None => "pripominky",
};
const SNAPSHOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data/blansko.json");

/// A scratch directory, removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("pripominky-{name}-{}-{}", std::process::id(), nanos()));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
    pub fn db(&self) -> PathBuf {
        self.0.join("comments.sqlite")
    }
    pub fn data(&self) -> PathBuf {
        self.0.join("data")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn nanos() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
}

pub fn campaign(id: &str, opens: &str, closes: &str) -> CommentCampaign {
    CommentCampaign {
        id: id.into(),
        document: "kpss-2026-2029".into(),
        opens: opens.into(),
        closes: closes.into(),
        endpoint: Some("/api/pripominky".into()),
        email: None,
    }
}

/// Publishes the demo snapshot with these campaigns into `dir`, as `make dist` lays out `dist/data/`.
pub fn publish(dir: &Path, campaigns: Vec<CommentCampaign>) {
    std::fs::create_dir_all(dir).unwrap();
    let mut snap: Snapshot = serde_json::from_str(&std::fs::read_to_string(SNAPSHOT).unwrap()).unwrap();
    snap.comment_campaigns = campaigns;
    let bytes = serde_json::to_vec_pretty(&snap).unwrap();
    let name = format!("blansko-{}.json", &pruvodce::domain::manifest::sha256_hex(&bytes)[..16]);
    std::fs::write(dir.join(&name), &bytes).unwrap();
    let m = build_manifest(&bytes, &snap, &format!("/data/{name}"));
    std::fs::write(
        dir.join("regions.json"),
        r#"{"regions":[{"id":"blansko","name":"město Blansko","demo":true}]}"#,
    )
    .unwrap();
    // Written last and whole (rename), as a careful publisher does: the manifest switches to the new file.
    let tmp = dir.join("blansko.manifest.json.tmp");
    std::fs::write(&tmp, serde_json::to_vec(&m).unwrap()).unwrap();
    std::fs::rename(tmp, dir.join("blansko.manifest.json")).unwrap();
}

/// A running receiver.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
    pub log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    pub fn start(s: &Scratch, rate: u32, now: Option<&str>) -> Server {
        let mut cmd = Command::new(BIN);
        cmd.args(["serve", "--listen", "127.0.0.1:0", "--rate-per-minute", &rate.to_string()])
            .arg("--db")
            .arg(s.db())
            .arg("--data")
            .arg(s.data())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        match now {
            Some(t) => cmd.env("PRIPOMINKY_NOW", t),
            None => cmd.env_remove("PRIPOMINKY_NOW"),
        };
        let mut child = cmd.spawn().unwrap();
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(a) = line.strip_prefix("pripominky: listening on ") {
                    let _ = tx.send(a.parse::<SocketAddr>().unwrap());
                }
                sink.lock().unwrap().push(line);
            }
        });
        let addr = rx.recv_timeout(Duration::from_secs(30)).expect("the receiver did not start");
        Server { child, addr, log }
    }

    pub fn log(&self) -> String {
        self.log.lock().unwrap().join("\n")
    }

    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// An HTTP reply.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    pub fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

/// Sends raw bytes as one request and reads the reply (the request asks the server to close).
pub fn raw(addr: SocketAddr, request: &[u8]) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    // A server that answers before reading all of a large body may stop reading; the reply still counts.
    let _ = s.write_all(request);
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or_else(|| panic!("no HTTP reply: {text:?}"));
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap();
    Reply { status, head: head.to_string(), body: body.to_string() }
}

/// A request with the given method, path, headers and body.
pub fn request(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req += &format!("{k}: {v}\r\n");
    }
    req += "\r\n";
    let mut bytes = req.into_bytes();
    bytes.extend_from_slice(body);
    raw(addr, &bytes)
}

/// The app's outbox entry, as the app sends it.
pub fn entry(key: &str, campaign: &str, text: &str) -> serde_json::Value {
    serde_json::json!({
        "idempotency_key": key,
        "campaign": campaign,
        "endpoint": "/api/pripominky",
        "created_at": "2026-11-29T10:00:00.000Z",
        "name": "Jana Nováková",
        "email": "jana@example.org",
        "municipality": "Blansko",
        "text": text,
        "state": "Pending",
    })
}

/// Posts a body the way the app does: JSON and the Idempotency-Key header.
pub fn post(addr: SocketAddr, key: &str, body: &serde_json::Value) -> Reply {
    let headers = [("Content-Type", "application/json"), ("Idempotency-Key", key)];
    request(addr, "POST", "/api/pripominky", &headers, body.to_string().as_bytes())
}

pub fn key(i: usize) -> String {
    format!("{:032x}", 0x5eed_0000_0000_0000_0000_0000_0000u128 + i as u128)
}

/// `pripominky export --format json`, parsed.
pub fn export(db: &Path, campaign: Option<&str>) -> Vec<serde_json::Value> {
    let mut cmd = Command::new(BIN);
    cmd.args(["export", "--format", "json", "--db"]).arg(db);
    if let Some(c) = campaign {
        cmd.args(["--campaign", c]);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice::<Vec<serde_json::Value>>(&out.stdout).unwrap()
}

/// Polls until `f` is true or the time is up.
pub fn eventually(limit: Duration, mut f: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}
