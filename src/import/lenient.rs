//! Lenient field types for reading other people's JSON: text that may arrive as a string or a number
//! (IČO, postcodes, house numbers, coordinates), and lists where `null` means empty. Used by both
//! importers' raw input shapes so one odd value never aborts an import.

use serde::de::{Deserializer, IgnoredAny};
use serde::Deserialize;

/// A string-or-number-or-bool value read as text; `null` and other shapes become `None`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scalar(pub Option<String>);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Any {
            S(String),
            U(u64),
            I(i64),
            F(f64),
            B(bool),
            Other(IgnoredAny),
        }
        Ok(Scalar(match Any::deserialize(d)? {
            Any::S(s) => Some(s),
            Any::U(n) => Some(n.to_string()),
            Any::I(n) => Some(n.to_string()),
            Any::F(n) => Some(n.to_string()),
            Any::B(b) => Some(b.to_string()),
            Any::Other(_) => None,
        }))
    }
}

impl Scalar {
    pub fn get(&self) -> Option<&str> {
        self.0.as_deref().map(str::trim).filter(|s| !s.is_empty())
    }
}

/// A list where `null` means empty.
pub fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct T {
        #[serde(default)]
        s: Scalar,
        #[serde(default, deserialize_with = "list")]
        l: Vec<u8>,
    }

    #[test]
    fn scalars_and_null_lists() {
        let cases = [
            (r#"{"s": "12", "l": [1]}"#, Some("12"), 1),
            (r#"{"s": 12, "l": null}"#, Some("12"), 0),
            (r#"{"s": 50.5}"#, Some("50.5"), 0),
            (r#"{"s": null}"#, None, 0),
            (r#"{"s": {"a": 1}}"#, None, 0),
            (r#"{"s": "  "}"#, None, 0),
        ];
        for (json, s, n) in cases {
            let t: T = serde_json::from_str(json).unwrap();
            assert_eq!((t.s.get(), t.l.len()), (s, n), "{json}");
        }
    }
}
