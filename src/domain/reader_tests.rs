//! The step-by-step reader gives exactly what one serde call gives: the same snapshot for every
//! catalogue, and a refusal for every text serde refuses.

use super::*;

const DEMO: &str = include_str!("../../public/data/benesov.json");

/// What a one-shot parse accepts (the reference the reader is held to).
fn one_shot(text: &[u8]) -> Option<Snapshot> {
    let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text);
    serde_json::from_slice::<Snapshot>(text).ok().filter(|s| s.schema_version == SCHEMA_VERSION)
}

fn same(text: &str) {
    assert_eq!(
        read_snapshot(text.as_bytes()).ok(),
        one_shot(text.as_bytes()),
        "{}",
        &text[..text.len().min(200)]
    );
}

#[test]
fn reads_the_demo_and_generated_catalogues_as_one_serde_call_does() {
    let demo = read_snapshot(DEMO.as_bytes()).expect("demo");
    assert_eq!(Some(&demo), one_shot(DEMO.as_bytes()).as_ref());
    assert!(demo.services.len() > 50 && !demo.providers.is_empty());
    let generated = crate::cli::generate::generate_snapshot(400, 7);
    for text in
        [serde_json::to_string(&generated).unwrap(), serde_json::to_string_pretty(&generated).unwrap()]
    {
        assert_eq!(read_snapshot(text.as_bytes()).as_ref(), Ok(&generated));
    }
    // A byte-order mark, other white space, members in another order.
    let mut v: serde_json::Value = serde_json::from_str(DEMO).unwrap();
    let services = v.as_object_mut().unwrap().remove("services").unwrap();
    v.as_object_mut().unwrap().insert("services".into(), services);
    let reordered =
        format!("\u{feff}\r\n\t{}\n\n", serde_json::to_string(&v).unwrap().replace(",\"", " ,\t\"")); // e.g. `, "id"`
    assert_eq!(read_snapshot(reordered.as_bytes()).as_ref(), Ok(&demo));
}

#[test]
fn strings_with_quotes_brackets_and_escapes_do_not_split_items() {
    let mut s = one_shot(DEMO.as_bytes()).unwrap();
    s.services[0].name = r#"Dům "U lípy" ] }, {"id": [ \ \\" end"#.into();
    s.services[1].description = "line\nbreak\t\u{1F600} \\\"".into();
    s.providers[0].name = "]]]}}},,,\"".into();
    let text = serde_json::to_string(&s).unwrap();
    assert_eq!(read_snapshot(text.as_bytes()), Ok(s));
    // Escaped keys are keys: `"servic\u0065s"` is `services`.
    same(&DEMO.replacen("\"services\"", "\"servic\\u0065s\"", 1));
}

#[test]
fn refuses_what_serde_refuses() {
    let bad = [
        DEMO.replacen("\"services\": [", "\"services\": [,", 1),
        DEMO.replacen("\"services\": [", "\"services\": null, \"x\": [", 1),
        DEMO.replacen("\"services\": [", "\"services\": [], \"services\": [", 1),
        DEMO.replacen("\"providers\": [", "\"providers\": [1, ", 1),
        DEMO.replacen("\"schema_version\": 1", "\"schema_version\": 99", 1),
        DEMO.replacen("\"schema_version\"", "\"unknown\": 1, \"schema_version\"", 1),
        DEMO.replacen("},\n    {", "}\n    {", 1),
        DEMO.replacen("}\n  ]", "},\n  ]", 1),
        format!("{DEMO} x"),
        format!("{DEMO}{{}}"),
        format!("[{DEMO}]"),
        String::new(),
        "{".into(),
        "{}".into(),
    ];
    for text in &bad {
        assert_ne!(&text.as_str(), &DEMO, "the mutation applies");
        assert_eq!(read_snapshot(text.as_bytes()), Err(Invalid), "{}", &text[..text.len().min(200)]);
        same(text);
    }
}

#[test]
fn every_cut_and_every_dropped_byte_is_judged_like_serde() {
    // A small catalogue, cut at every length and with each of many bytes removed.
    let mut s = one_shot(DEMO.as_bytes()).unwrap();
    s.services.truncate(3);
    s.providers.truncate(3);
    let text = serde_json::to_string(&s).unwrap();
    for cut in 0..text.len() {
        if text.is_char_boundary(cut) {
            assert_eq!(read_snapshot(&text.as_bytes()[..cut]), Err(Invalid), "cut at {cut}");
        }
    }
    let keys = text.find("\"services\"").unwrap();
    for at in (keys..text.len()).step_by(7) {
        let mut t = text.clone().into_bytes();
        t.remove(at);
        if let Ok(t) = String::from_utf8(t) {
            same(&t);
        }
    }
}

/// The download is no longer checked as UTF-8 as a whole (one long task on a phone for a region's
/// catalogue, issue 16): the reader refuses a byte that is not UTF-8 wherever it is, in a split item, in
/// another member or between values.
#[test]
fn bytes_that_are_not_utf8_are_refused_anywhere() {
    let at = |needle: &str| {
        let i = DEMO.find(needle).expect("needle in the demo") + needle.len();
        let mut b = DEMO.as_bytes().to_vec();
        b.insert(i, 0xFF);
        b
    };
    for bytes in [
        at("\"name\": \"Peč"),
        at("\"region_name\": \"okres"),
        at("\"services\": ["),
        at("\"municipalities\": ["),
    ] {
        assert!(std::str::from_utf8(&bytes).is_err());
        assert_eq!(read_snapshot(&bytes), Err(Invalid));
    }
}
