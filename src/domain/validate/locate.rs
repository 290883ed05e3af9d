//! Finding where in a record a serde error happened. serde names an unknown field but not its place, so
//! the record's JSON is searched for it; this keeps the validator free of extra dependencies.

use serde_json::Value;

/// serde names an unknown field but not where it is; find the first object in the record that has it, so
/// a typo such as `adress` deep inside a location is reported at its own path.
pub(super) fn unknown_field_path(record: &Value, message: &str, base: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let name = &rest[..rest.find('`')?];
    find_key(record, name, base)
}

fn find_key(v: &Value, name: &str, path: &str) -> Option<String> {
    match v {
        Value::Object(map) => {
            if map.contains_key(name) {
                return Some(format!("{path}.{name}"));
            }
            map.iter().find_map(|(k, child)| find_key(child, name, &format!("{path}.{k}")))
        }
        Value::Array(items) => {
            items.iter().enumerate().find_map(|(i, child)| find_key(child, name, &format!("{path}[{i}]")))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_unknown_field() {
        let v = serde_json::json!({"a": [{"b": 1}, {"c": {"adress": 2}}]});
        let at = unknown_field_path(&v, "unknown field `adress`, expected one of `street`", "$.x[0]");
        assert_eq!(at.as_deref(), Some("$.x[0].a[1].c.adress"));
        assert_eq!(unknown_field_path(&v, "missing field `name`", "$"), None);
        assert_eq!(unknown_field_path(&v, "unknown field `zzz`", "$"), None);
    }
}
