//! Reaching into a record's JSON by a dotted path such as `locations.0.address.street`: the column table
//! names fields this way, so one table row is all a new field needs. A numeric segment is an index into
//! an array. Setting creates the objects and arrays on the way, so a record gets a nested object only
//! when one of its cells has a value (an empty "age" pair stays absent, as it was).

use serde_json::{Map, Value};

/// The value at `path`, if every step exists.
pub fn get<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(root, |v, seg| match seg.parse::<usize>() {
        Ok(i) => v.as_array()?.get(i),
        Err(_) => v.as_object()?.get(seg),
    })
}

/// Sets the value at `path`, creating objects (and, for numeric segments, arrays padded with empty
/// objects) on the way. A step that exists with another type is replaced.
pub fn set(root: &mut Value, path: &str, value: Value) {
    let segs: Vec<&str> = path.split('.').collect();
    set_in(root, &segs, value);
}

fn set_in(v: &mut Value, segs: &[&str], value: Value) {
    let Some((first, rest)) = segs.split_first() else {
        *v = value;
        return;
    };
    let child = match first.parse::<usize>() {
        Ok(i) => {
            if !v.is_array() {
                *v = Value::Array(Vec::new());
            }
            let Value::Array(items) = v else { return };
            while items.len() <= i {
                items.push(Value::Object(Map::new()));
            }
            &mut items[i]
        }
        Err(_) => {
            if !v.is_object() {
                *v = Value::Object(Map::new());
            }
            let Value::Object(map) = v else { return };
            map.entry(first.to_string()).or_insert(Value::Null)
        }
    };
    set_in(child, rest, value);
}

/// Turns a validator path such as `$.services[3].contacts.phones[0]` into `("services", 3,
/// "contacts.phones.0")`, or `meta.sources` items into `("meta.sources", i, …)`; `None` for a path that
/// is not inside a record.
pub fn split_issue_path(path: &str) -> Option<(String, usize, String)> {
    let dotted = path.strip_prefix("$.")?.replace('[', ".").replace(']', "");
    let segs: Vec<&str> = dotted.split('.').collect();
    let at = segs.iter().position(|s| s.parse::<usize>().is_ok())?;
    let index = segs[at].parse().ok()?;
    Some((segs[..at].join("."), index, segs[at + 1..].join(".")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn set_creates_the_way_and_get_follows_it() {
        let mut v = json!({});
        set(&mut v, "locations.0.address.city", json!("Benešov"));
        set(&mut v, "age.min", json!(18));
        assert_eq!(v, json!({"locations": [{"address": {"city": "Benešov"}}], "age": {"min": 18}}));
        assert_eq!(get(&v, "locations.0.address.city"), Some(&json!("Benešov")));
        assert_eq!(get(&v, "locations.1.address"), None);
    }

    #[test]
    fn issue_paths_split_into_collection_row_and_field() {
        let got = split_issue_path("$.services[3].contacts.phones[0].number");
        assert_eq!(got, Some(("services".into(), 3, "contacts.phones.0.number".into())));
        assert_eq!(split_issue_path("$.meta.sources[1].url"), Some(("meta.sources".into(), 1, "url".into())));
        assert_eq!(split_issue_path("$.meta.region_id"), None);
    }
}
