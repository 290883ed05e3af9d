//! Hostile and broken input, each case a row: the receiver answers with the status the contract gives
//! (never a 5xx, never a crash), stores nothing it refused, and stores what it accepted exactly as the
//! domain cleans it. Afterwards the database holds only the accepted rows and the server still works.

mod common;

use common::*;
use serde_json::json;

const OPEN: &str = "pripominky-2026";
const TEXT: &str = "V plánu chybí odlehčovací služba pro Blansko.";

#[test]
fn hostile_input_table() {
    let s = Scratch::new("hostile");
    publish(&s.data(), vec![campaign(OPEN, "2026-11-01", "2027-01-31")]);
    let srv = Server::start(&s, 0, None);
    let a = srv.addr;
    let k = |i: usize| key(500 + i);
    let json_post = |key: &str, body: &[u8]| {
        request(
            a,
            "POST",
            "/api/pripominky",
            &[("Content-Type", "application/json"), ("Idempotency-Key", key)],
            body,
        )
    };
    let e = |i: usize| entry(&k(i), OPEN, TEXT);
    let with = |i: usize, field: &str, v: serde_json::Value| {
        let mut b = e(i);
        b[field] = v;
        b
    };
    let sql = "'; DROP TABLE comments; -- \" OR 1=1 /* ) ; SELECT * FROM comments";
    let emoji = "😀".repeat(5000);
    let too_many_emoji = "😀".repeat(5001);

    // (case, status, body)
    let cases: Vec<(&str, u16, Vec<u8>, String)> = vec![
        ("not JSON", 400, b"Dobry den, chybi tu sluzba.".to_vec(), k(0)),
        ("truncated JSON", 400, e(1).to_string().as_bytes()[..60].to_vec(), k(1)),
        ("empty body", 400, Vec::new(), k(2)),
        ("not UTF-8", 400, b"{\"text\": \"\xff\xfe\"}".to_vec(), k(3)),
        ("a JSON array", 422, b"[1,2,3]".to_vec(), k(4)),
        ("100 KB body", 413, with(5, "text", json!("x".repeat(100 * 1024))).to_string().into_bytes(), k(5)),
        (
            "2 MB body",
            413,
            with(6, "text", json!("y".repeat(2 * 1024 * 1024))).to_string().into_bytes(),
            k(6),
        ),
        ("text is a number", 422, with(7, "text", json!(42)).to_string().into_bytes(), k(7)),
        ("name is an object", 422, with(8, "name", json!({"first": "Jana"})).to_string().into_bytes(), k(8)),
        ("campaign is an array", 422, with(9, "campaign", json!([OPEN])).to_string().into_bytes(), k(9)),
        (
            "created_at is garbage",
            422,
            with(10, "created_at", json!("včera")).to_string().into_bytes(),
            k(10),
        ),
        (
            "5,000 emoji (10,000 UTF-16 units)",
            201,
            with(11, "text", json!(emoji)).to_string().into_bytes(),
            k(11),
        ),
        ("5,001 emoji", 422, with(12, "text", json!(too_many_emoji)).to_string().into_bytes(), k(12)),
        (
            "control and bidi characters",
            201,
            with(13, "text", json!("Text\u{0}s\u{7}\u{1b}[31m řídicími\u{202E}znaky\u{2066} a\r\nřádky."))
                .to_string()
                .into_bytes(),
            k(13),
        ),
        (
            "only control characters",
            422,
            with(14, "text", json!("\u{0}\u{1}\u{2}\u{202E}\u{7f}\u{9b}\u{1b}\u{1b}\u{1b}\u{1b}\u{1b}"))
                .to_string()
                .into_bytes(),
            k(14),
        ),
        ("a key that is not a key", 422, entry(sql, OPEN, TEXT).to_string().into_bytes(), sql.to_string()),
        ("header and body keys differ", 422, e(16).to_string().into_bytes(), k(99)),
        (
            "unknown fields are ignored",
            201,
            with(17, "extra", json!({"deep": [1, 2, {"x": null}]})).to_string().into_bytes(),
            k(17),
        ),
        ("null optional fields", 201, with(18, "email", json!(null)).to_string().into_bytes(), k(18)),
        (
            "e-mail of 300 characters",
            422,
            with(19, "email", json!(format!("{}@example.cz", "a".repeat(290)))).to_string().into_bytes(),
            k(19),
        ),
        (
            "deeply nested JSON",
            400,
            format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)).into_bytes(),
            k(20),
        ),
    ];
    for (case, want, body, key) in &cases {
        let r = json_post(key, body);
        assert_eq!(r.status, *want, "{case}: {r:?}");
        if *want != 201 {
            assert!(
                r.header("content-type").unwrap_or_default().starts_with("application/problem+json"),
                "{case}: {r:?}"
            );
        }
    }

    // SQL metacharacters in every field are stored as text.
    let sql_key = k(30);
    let body = json!({"idempotency_key": sql_key, "campaign": OPEN, "endpoint": sql, "created_at": "2026-11-29T10:00:00Z",
        "name": sql, "email": "a'b@example.cz", "municipality": sql, "text": sql, "state": sql});
    assert_eq!(json_post(&sql_key, body.to_string().as_bytes()).status, 201);
    let body = with(31, "campaign", json!(sql));
    assert_eq!(json_post(&k(31), body.to_string().as_bytes()).status, 404);

    // An HTML form post.
    let form = format!("idempotency_key={}&campaign={OPEN}&text=Dobr%C3%BD+den", k(32));
    let r = request(
        a,
        "POST",
        "/api/pripominky",
        &[("Content-Type", "application/x-www-form-urlencoded"), ("Idempotency-Key", &k(32))],
        form.as_bytes(),
    );
    assert_eq!(r.status, 415, "{r:?}");
    let r = request(
        a,
        "POST",
        "/api/pripominky",
        &[("Content-Type", "multipart/form-data; boundary=x"), ("Idempotency-Key", &k(33))],
        b"--x\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nahoj\r\n--x--\r\n",
    );
    assert_eq!(r.status, 415, "{r:?}");

    // What was accepted, and nothing else; cleaned as the domain cleans.
    let rows = export(&s.db(), None);
    let mut keys: Vec<&str> = rows.iter().map(|r| r["idempotency_key"].as_str().unwrap()).collect();
    keys.sort();
    let mut want = vec![k(11), k(13), k(17), k(18), sql_key.clone()];
    want.sort();
    assert_eq!(keys, want);
    let text_of = |key: &str| {
        rows.iter().find(|r| r["idempotency_key"] == key).unwrap()["text"].as_str().unwrap().to_string()
    };
    assert_eq!(text_of(&k(11)).chars().count(), 5000);
    assert_eq!(text_of(&k(13)), "Texts[31m řídicímiznaky a\nřádky.");
    assert_eq!(text_of(&sql_key), sql);
    // Still serving, and the comments table is still there.
    assert_eq!(json_post(&k(40), e(40).to_string().as_bytes()).status, 201);
    assert_eq!(export(&s.db(), None).len(), 6);
}
