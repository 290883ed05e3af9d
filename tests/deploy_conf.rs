//! The production nginx configuration and the test server keep no query strings in their logs
//! (defect 8 of issue 10): a search is a URL (`/hledat?q=…`), so the default `combined` format, which
//! logs `$request`, kept every search on the server.
#![cfg(not(target_arch = "wasm32"))]

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect(path)
}

/// nginx directives (`name args…;`) with comments removed and adjacent quoted strings kept as written.
fn directives(conf: &str) -> Vec<(String, String)> {
    let text: String = conf.lines().map(|l| l.split('#').next().unwrap_or("")).collect::<Vec<_>>().join("\n");
    text.split([';', '{', '}'])
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| {
            let (name, args) = d.split_once(char::is_whitespace).unwrap_or((d, ""));
            (name.to_string(), args.trim().to_string())
        })
        .collect()
}

/// Variables that carry the query string (or a URL that may carry one).
const LEAKY: [&str; 6] = ["$request_uri", "$args", "$query_string", "$is_args", "$arg_", "$http_referer"];

fn leaks(format: &str) -> bool {
    LEAKY.iter().any(|v| format.contains(v))
        || format.match_indices("$request").any(|(i, _)| {
            // `$request` alone is "METHOD /path?query PROTOCOL"; `$request_method` and friends are fine.
            !format[i + "$request".len()..].starts_with(|c: char| c == '_' || c.is_ascii_alphanumeric())
        })
}

#[test]
fn nginx_logs_no_query_string() {
    let conf = directives(&read("deploy/nginx/pruvodce.conf"));
    let formats: Vec<(&str, &str)> = conf
        .iter()
        .filter(|(n, _)| n == "log_format")
        .filter_map(|(_, a)| a.split_once(char::is_whitespace))
        .collect();
    assert!(!formats.is_empty(), "the site defines its own log format");
    for (name, format) in &formats {
        assert!(format.contains("$uri"), "{name} logs the path");
        assert!(!leaks(format), "{name} logs a query string: {format}");
    }
    let logs: Vec<&str> = conf.iter().filter(|(n, _)| n == "access_log").map(|(_, a)| a.as_str()).collect();
    assert!(!logs.is_empty(), "the site sets its access log (else the http-level `combined` applies)");
    for args in logs.iter().copied().chain(
        directives(&read("scripts/serve.sh"))
            .iter()
            .filter(|(n, _)| n == "access_log")
            .map(|(_, a)| a.as_str()),
    ) {
        let format = args.split_whitespace().nth(1);
        assert!(
            args == "off" || format.is_some_and(|f| formats.iter().any(|(n, _)| *n == f)),
            "`access_log {args}` must be off or use the site's private format"
        );
    }
}

#[test]
fn the_leak_check_can_fail() {
    assert!(leaks(r#""$request" $status"#));
    assert!(leaks("$request_uri"));
    assert!(!leaks(r#""$request_method $uri $server_protocol""#));
}
