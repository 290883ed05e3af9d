//! The HTTP contract of `pripominky serve` (docs/comments-api.md), spoken over real sockets to the real
//! binary: every status, duplicates racing, a flood of concurrent posts, deadlines by the Prague calendar
//! day across midnight (injected clock), a snapshot republished while running, and what `export`,
//! `stats` and `purge` then show.

mod common;

use std::collections::HashSet;
use std::time::Duration;

use common::*;

const OPEN: &str = "pripominky-2026";
const TEXT: &str = "V plánu chybí odlehčovací služba pro Blansko – prosíme doplnit.";

fn open_campaigns() -> Vec<pruvodce::domain::snapshot::CommentCampaign> {
    vec![
        campaign(OPEN, "2026-11-01", "2027-01-31"),
        campaign("stara-2010", "2010-03-24", "2010-04-30"),
        campaign("budouci-2030", "2030-01-01", "2030-02-28"),
    ]
}

fn problem(r: &Reply, status: u16) -> serde_json::Value {
    assert_eq!(r.status, status, "{r:?}");
    assert!(r.header("content-type").unwrap().starts_with("application/problem+json"), "{r:?}");
    let p = r.json();
    assert_eq!(p["status"], status);
    assert!(p["title"].as_str().is_some_and(|t| !t.is_empty()), "{p}");
    assert!(p["retryable"].is_boolean(), "{p}");
    p
}

#[test]
fn every_status_of_the_contract() {
    let s = Scratch::new("statuses");
    publish(&s.data(), open_campaigns());
    let srv = Server::start(&s, 0, Some("2026-11-29T12:00:00Z"));
    let a = srv.addr;

    let r = post(a, &key(1), &entry(&key(1), OPEN, TEXT));
    assert_eq!(r.status, 201, "{r:?}");
    let j = r.json();
    assert_eq!((j["status"].as_str(), j["id"].as_str()), (Some("accepted"), Some(key(1).as_str())));
    assert_eq!(j["received_at"], "2026-11-29T12:00:00.000Z");

    let r = post(a, &key(1), &entry(&key(1), OPEN, TEXT));
    assert_eq!(r.status, 200, "{r:?}");
    assert_eq!(r.json(), serde_json::json!({"status": "duplicate", "id": key(1)}));

    let json = [("Content-Type", "application/json"), ("Idempotency-Key", "0123456789abcdef")];
    problem(&request(a, "POST", "/api/pripominky", &json, b"{not json"), 400);
    problem(&request(a, "POST", "/api/pripominky", &[("Content-Type", "text/plain")], b"{}"), 415);
    problem(&request(a, "POST", "/api/pripominky", &[], b"{}"), 415);
    let p = problem(&post(a, &key(2), &entry(&key(2), OPEN, "krátké")), 422);
    assert_eq!(p["errors"][0]["field"], "text");
    assert_eq!(p["errors"][0]["code"], "too_short");
    assert_eq!(p["errors"][0]["detail"], "Připomínka musí mít alespoň 10 znaků");
    assert_eq!(p["retryable"], false);
    problem(&post(a, &key(3), &entry(&key(3), "neznama", TEXT)), 404);
    let p = problem(&post(a, &key(4), &entry(&key(4), "stara-2010", TEXT)), 410);
    assert!(p["detail"].as_str().unwrap().contains("30.\u{a0}4.\u{a0}2010"), "{p}");
    problem(&post(a, &key(5), &entry(&key(5), "budouci-2030", TEXT)), 422);
    let big = entry(&key(6), OPEN, &"x".repeat(40_000));
    problem(&post(a, &key(6), &big), 413);

    // No listing of comments, nor any other path or method.
    problem(&request(a, "GET", "/api/pripominky", &[], b""), 405);
    problem(&request(a, "GET", "/api/pripominky/export", &[], b""), 404);
    problem(&request(a, "GET", "/api/inbox", &[], b""), 404);
    let h = request(a, "GET", "/api/health", &[], b"");
    assert_eq!((h.status, h.json()["status"].as_str()), (200, Some("ok")));

    // Only the first post is stored.
    let rows = export(&s.db(), None);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["text"], TEXT);
    assert_eq!(rows[0]["name"], "Jana Nováková");
    // The log says what happened without any personal data.
    // (Its own listening address aside, which is not a client's.)
    let log: String =
        srv.log().lines().filter(|l| !l.contains("listening on")).collect::<Vec<_>>().join("\n");
    assert!(log.contains("201 pripominky-2026"), "{log}");
    for personal in ["Jana", "jana@example.org", "odlehčovací", "127.0.0.1", "Blansko –"] {
        assert!(!log.contains(personal), "the log holds {personal:?}:\n{log}");
    }
}

#[test]
fn too_many_posts_from_one_address_get_429_with_retry_after() {
    let s = Scratch::new("rate");
    publish(&s.data(), open_campaigns());
    let srv = Server::start(&s, 3, None);
    for i in 0..3 {
        assert_eq!(post(srv.addr, &key(i), &entry(&key(i), OPEN, TEXT)).status, 201);
    }
    let r = post(srv.addr, &key(9), &entry(&key(9), OPEN, TEXT));
    let p = problem(&r, 429);
    assert_eq!(p["retryable"], true);
    let wait: u64 = r.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=20).contains(&wait), "Retry-After {wait}");
    // Behind the proxy another client (X-Real-IP) has its own allowance.
    let k = key(10);
    let headers = [
        ("Content-Type", "application/json"),
        ("Idempotency-Key", k.as_str()),
        ("X-Real-IP", "198.51.100.7"),
    ];
    let r = request(
        srv.addr,
        "POST",
        "/api/pripominky",
        &headers,
        entry(&key(10), OPEN, TEXT).to_string().as_bytes(),
    );
    assert_eq!(r.status, 201, "{r:?}");
}

#[test]
fn a_duplicate_posted_by_8_threads_at_once_is_stored_once() {
    let s = Scratch::new("dup8");
    publish(&s.data(), open_campaigns());
    let srv = Server::start(&s, 0, None);
    let addr = srv.addr;
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(8));
    let statuses: Vec<u16> = (0..8)
        .map(|_| {
            let b = barrier.clone();
            std::thread::spawn(move || {
                b.wait();
                post(addr, &key(77), &entry(&key(77), OPEN, TEXT)).status
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|h| h.join().unwrap())
        .collect();
    assert_eq!(statuses.iter().filter(|&&s| s == 201).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|&&s| s == 200).count(), 7, "{statuses:?}");
    assert_eq!(export(&s.db(), None).len(), 1);
}

#[test]
fn three_hundred_concurrent_posts_over_240_keys_store_exactly_240() {
    let s = Scratch::new("flood");
    publish(&s.data(), open_campaigns());
    let srv = Server::start(&s, 0, None);
    let addr = srv.addr;
    // Keys 0..240, the first 60 of them posted twice; 16 threads take turns over the 300 posts.
    let posts: Vec<usize> = (0..240).chain(0..60).collect();
    let posts = std::sync::Arc::new(posts);
    let handles: Vec<_> = (0..16)
        .map(|t| {
            let posts = posts.clone();
            std::thread::spawn(move || {
                posts
                    .iter()
                    .skip(t)
                    .step_by(16)
                    .map(|&i| post(addr, &key(i), &entry(&key(i), OPEN, TEXT)).status)
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let statuses: Vec<u16> = handles.into_iter().flat_map(|h| h.join().unwrap()).collect();
    assert_eq!(statuses.len(), 300);
    assert_eq!(statuses.iter().filter(|&&s| s == 201).count(), 240);
    assert_eq!(statuses.iter().filter(|&&s| s == 200).count(), 60);
    let rows = export(&s.db(), None);
    let keys: HashSet<_> = rows.iter().map(|r| r["idempotency_key"].as_str().unwrap().to_string()).collect();
    assert_eq!((rows.len(), keys.len()), (240, 240));
}

/// The closing day is inclusive in Prague's calendar: 23:59:59 local time is in, 00:00 the next day is out,
/// in winter (UTC+1) and in summer (UTC+2). A comment stored in time is still a duplicate afterwards.
#[test]
fn a_campaign_closes_at_prague_midnight_after_its_last_day() {
    let s = Scratch::new("midnight");
    publish(
        &s.data(),
        vec![campaign("zima", "2027-01-01", "2027-01-31"), campaign("leto", "2026-07-01", "2026-07-31")],
    );
    let cases = [
        ("zima", "2027-01-31T22:59:59.999Z", 201),
        ("zima", "2027-01-31T23:00:00Z", 410),
        ("leto", "2026-07-31T21:59:59Z", 201),
        ("leto", "2026-07-31T22:00:00Z", 410),
        // The first day opens at Prague midnight too.
        ("zima", "2026-12-31T22:59:59Z", 422),
    ];
    for (i, (camp, now, want)) in cases.into_iter().enumerate() {
        let srv = Server::start(&s, 0, Some(now));
        let k = key(100 + i);
        let r = post(srv.addr, &k, &entry(&k, camp, TEXT));
        assert_eq!(r.status, want, "{camp} at {now}: {r:?}");
    }
    // After the deadline, a retry of a comment that arrived in time is a duplicate, not "closed".
    let srv = Server::start(&s, 0, Some("2027-02-01T08:00:00Z"));
    let r = post(srv.addr, &key(100), &entry(&key(100), "zima", TEXT));
    assert_eq!(r.status, 200, "{r:?}");
}

#[test]
fn a_snapshot_republished_with_a_new_campaign_is_noticed_without_a_restart() {
    let s = Scratch::new("republish");
    publish(&s.data(), open_campaigns());
    let srv = Server::start(&s, 0, None);
    assert_eq!(post(srv.addr, &key(1), &entry(&key(1), "nova-2027", TEXT)).status, 404);
    let mut next = open_campaigns();
    next.push(campaign("nova-2027", "2026-11-01", "2027-03-31"));
    publish(&s.data(), next);
    // The first post after the publication may already see it (an unknown campaign triggers a re-read).
    let r = post(srv.addr, &key(2), &entry(&key(2), "nova-2027", TEXT));
    assert_eq!(r.status, 201, "{r:?}");
    // A broken publication keeps the campaigns known before it.
    std::fs::write(s.data().join("blansko.manifest.json"), b"{ broken").unwrap();
    std::thread::sleep(Duration::from_millis(2500));
    assert_eq!(post(srv.addr, &key(3), &entry(&key(3), "nova-2027", TEXT)).status, 201);
    assert!(srv.log().contains("keeping the known campaigns"), "{}", srv.log());
}

#[test]
fn export_stats_and_purge() {
    let s = Scratch::new("export");
    publish(
        &s.data(),
        vec![campaign("a-2026", "2026-11-01", "2026-11-30"), campaign("b-2027", "2026-11-01", "2027-06-30")],
    );
    let srv = Server::start(&s, 0, Some("2026-11-29T23:30:00Z"));
    let czech = "Příliš žluťoučký kůň úpěl ďábelské ódy; \"uvozovky\"\nnový řádek, =SUM(A1) 😀";
    assert_eq!(post(srv.addr, &key(1), &entry(&key(1), "a-2026", czech)).status, 201);
    assert_eq!(post(srv.addr, &key(2), &entry(&key(2), "b-2027", TEXT)).status, 201);
    drop(srv);

    let csv = std::process::Command::new(BIN).args(["export", "--db"]).arg(s.db()).output().unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(
        csv.starts_with("\u{FEFF}\"přijato\";\"kampaň\";\"obec\";\"jméno\";\"e-mail\";\"text\";\"klíč\"\r\n"),
        "{csv}"
    );
    assert!(
        csv.contains("\"Příliš žluťoučký kůň úpěl ďábelské ódy; \"\"uvozovky\"\"\nnový řádek, =SUM(A1) 😀\""),
        "{csv}"
    );
    assert_eq!(csv.matches("\r\n").count(), 3);
    let only_a = export(&s.db(), Some("a-2026"));
    assert_eq!((only_a.len(), only_a[0]["text"].as_str()), (1, Some(czech)));

    // 23:30 UTC on 29 November is 30 November in Prague.
    let stats = std::process::Command::new(BIN).args(["stats", "--db"]).arg(s.db()).output().unwrap();
    let stats = String::from_utf8(stats.stdout).unwrap();
    assert!(stats.contains("a-2026\t2026-11-30\t1") && stats.contains("total\t\t2"), "{stats}");

    // Campaign a closed 2026-11-30: kept through 2027-11-30, purged from 2027-12-01; b is kept.
    let purge = |now: &str| {
        let out = std::process::Command::new(BIN)
            .env("PRIPOMINKY_NOW", now)
            .args(["purge", "--db"])
            .arg(s.db())
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(purge("2027-11-30T12:00:00Z").contains("of 0 comments"));
    assert!(purge("2027-12-01T12:00:00Z").contains("of 1 comments"));
    let left = export(&s.db(), None);
    assert_eq!((left.len(), left[0]["campaign"].as_str()), (1, Some("b-2027")));
    let bytes = std::fs::read(s.db()).unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains("žluťoučký"), "the purged text is still in the file");
    // Purged comments still count, and their keys are still duplicates.
    let stats = std::process::Command::new(BIN).args(["stats", "--db"]).arg(s.db()).output().unwrap();
    assert!(String::from_utf8(stats.stdout).unwrap().contains("total\t\t2"));
    // A mistyped path is an error, not a new empty database.
    let missing = s.0.join("nejsem.sqlite");
    let out = std::process::Command::new(BIN).args(["export", "--db"]).arg(&missing).output().unwrap();
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("no database at"));
    assert!(!missing.exists());
}
