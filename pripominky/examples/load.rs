//! `make bench` for the comment receiver: 16 clients on keep-alive connections post distinct comments to
//! a `pripominky serve` (release build, durable writes on, limit off) for a fixed time; prints sustained
//! accepted comments per second and p50/p99 latency, and writes them as JSON.
//! Usage: cargo run --release -p pripominky --example load -- SERVER_BIN OUT_JSON [SECONDS]

#[path = "../tests/common/mod.rs"]
mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

const CLIENTS: usize = 16;

/// Posts on one connection until `until`; returns the latency of each accepted comment.
fn client(addr: SocketAddr, id: usize, until: Instant) -> Vec<Duration> {
    let stream = TcpStream::connect(addr).expect("connect");
    stream.set_nodelay(true).ok();
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut writer = stream;
    let mut out = Vec::new();
    for i in 0.. {
        if Instant::now() >= until {
            break;
        }
        let key = format!("bench{id:02}n{i:010}");
        let body =
            common::entry(&key, "bench", "Zátěžový test: připomínka k plánu sociálních služeb.").to_string();
        let req = format!(
            "POST /api/pripominky HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nIdempotency-Key: {key}\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        let start = Instant::now();
        writer.write_all(req.as_bytes()).expect("write");
        let mut status = String::new();
        reader.read_line(&mut status).expect("status line");
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).expect("header");
            if line == "\r\n" || line.is_empty() {
                break;
            }
            if let Some((k, v)) = line.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    length = v.trim().parse().unwrap_or(0);
                }
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).expect("body");
        assert!(status.contains(" 201 "), "{status} {}", String::from_utf8_lossy(&body));
        out.push(start.elapsed());
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (bin, out) = (args.get(1).expect("SERVER_BIN"), args.get(2).expect("OUT_JSON"));
    let secs: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(10);
    let dir = std::env::temp_dir().join(format!("pripominky-bench-{}", std::process::id()));
    let data = dir.join("data");
    common::publish(&data, vec![common::campaign("bench", "2020-01-01", "2099-12-31")]);
    let db = dir.join("bench.sqlite");
    let mut child = std::process::Command::new(bin)
        .args(["serve", "--listen", "127.0.0.1:0", "--rate-per-minute", "0", "--db"])
        .arg(&db)
        .arg("--data")
        .arg(&data)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start the receiver");
    let mut log = BufReader::new(child.stderr.take().expect("stderr"));
    let addr: SocketAddr = loop {
        let mut line = String::new();
        if log.read_line(&mut line).expect("log") == 0 {
            panic!("the receiver stopped");
        }
        if let Some(a) = line.trim().strip_prefix("pripominky: listening on ") {
            break a.parse().expect("address");
        }
    };
    // Keep draining the log (one line per comment) so the server never blocks on it.
    std::thread::spawn(move || std::io::copy(&mut log, &mut std::io::sink()));

    let start = Instant::now();
    let until = start + Duration::from_secs(secs);
    let handles: Vec<_> =
        (0..CLIENTS).map(|id| std::thread::spawn(move || client(addr, id, until))).collect();
    let mut lat: Vec<Duration> = handles.into_iter().flat_map(|h| h.join().expect("client")).collect();
    let elapsed = start.elapsed().as_secs_f64();
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
    lat.sort();
    let pct = |p: f64| {
        lat.get(((lat.len() as f64 * p).ceil() as usize).saturating_sub(1))
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    let rate = lat.len() as f64 / elapsed;
    let (p50, p99) = (pct(0.50), pct(0.99));
    println!(
        "comment receiver: {rate:.0} accepted comments/s, p50 {p50:.1} ms, p99 {p99:.1} ms ({} comments, {CLIENTS} clients, {elapsed:.1} s, synchronous=FULL); goal >= 500/s at p99 <= 50 ms: {}",
        lat.len(),
        if rate >= 500.0 && p99 <= 50.0 { "met" } else { "NOT met" }
    );
    let json = serde_json::json!({ "comments_per_s": rate.round(), "p50_ms": (p50 * 10.0).round() / 10.0, "p99_ms": (p99 * 10.0).round() / 10.0, "comments": lat.len(), "clients": CLIENTS, "seconds": secs });
    std::fs::write(out, serde_json::to_string_pretty(&json).expect("json")).expect("write the figures");
}
