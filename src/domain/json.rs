//! Reading JSON text into the model through one reader. serde_json's deserializer is generic over its
//! input, so `from_str` and `from_slice` each compile the whole parser (and every model type's visitor)
//! once more; the browser build reads the catalogue from bytes, so every smaller document (manifest,
//! region list, language pack, stored records) goes through the same byte reader (issue 10's size
//! ceiling). The only difference, UTF-8 checking of strings, costs nothing on text that is already `str`.

/// `serde_json::from_str`, through the byte reader the catalogue uses.
pub fn from_text<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    serde_json::from_slice(text.as_bytes())
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_like_from_str() {
        let v: Vec<String> = super::from_text(r#"["a\u00e9", "ř"]"#).unwrap();
        assert_eq!(v, ["aé", "ř"]);
        assert!(super::from_text::<u8>("\"x\"").is_err());
    }
}
