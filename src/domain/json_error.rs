//! A JSON error said without `serde_json::Error`'s `Display`: the browser build only ever needs where the
//! text broke and what kind of fault it was, and that `Display` links serde_json's whole message table
//! and `std::io`'s error texts into the wasm (json_error_display_not_in_wasm, issue 10's size ceiling).
//! The `katalog` CLI keeps serde_json's full wording.

use serde_json::error::Category;

/// "line 3, column 14: syntax error", and the like.
pub fn describe(e: &serde_json::Error) -> String {
    let kind = match e.classify() {
        Category::Io => "read error",
        Category::Syntax => "syntax error",
        Category::Data => "data does not fit the model",
        Category::Eof => "unexpected end (truncated?)",
    };
    format!("line {}, column {}: {kind}", e.line(), e.column())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_error_display_not_in_wasm_keeps_the_position_and_the_kind() {
        let e = serde_json::from_str::<serde_json::Value>("{\n  \"a\": tru }").unwrap_err();
        assert_eq!(describe(&e), "line 2, column 11: syntax error");
        let e = serde_json::from_str::<serde_json::Value>("[1, 2").unwrap_err();
        assert!(describe(&e).ends_with("unexpected end (truncated?)"), "{}", describe(&e));
        let e = serde_json::from_str::<u8>("\"x\"").unwrap_err();
        assert!(describe(&e).ends_with("data does not fit the model"));
    }
}
