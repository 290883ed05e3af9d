//! The three input shapes HSDS APIs and exports use, reduced to one list of organizations, each with
//! its services: a single organization (services nested), an array of organizations, or a paginated
//! response `{"contents": [...]}` of organizations or of services. A service list is grouped by its
//! nested `organization` (or `organization_id`); services without one share an "unknown provider".

use serde_json::Value;

use super::raw::{Organization, Service};
use crate::import::common::ImportError;

fn is_service(v: &Value) -> bool {
    let has = |k: &str| v.get(k).is_some();
    !has("services") && (has("organization") || has("organization_id") || has("service_at_locations"))
}

fn parse<T: serde::de::DeserializeOwned>(v: Value, source: &str, path: &str) -> Result<T, ImportError> {
    serde_json::from_value(v).map_err(|e| ImportError::data(format!("{source}: {path}: {e}")))
}

/// Organizations with their services, in input order.
pub fn organizations(root: Value, source: &str) -> Result<Vec<Organization>, ImportError> {
    let (items, base) = match root {
        Value::Array(a) => (a, "$".to_string()),
        Value::Object(mut o) => match o.remove("contents") {
            Some(Value::Array(a)) => (a, "$.contents".to_string()),
            Some(_) => return Err(ImportError::data(format!("{source}: $.contents is not an array"))),
            None => (vec![Value::Object(o)], String::new()),
        },
        _ => {
            return Err(ImportError::data(format!(
                "{source}: $ must be an organization, an array, or a page with \"contents\""
            )))
        }
    };
    let mut orgs: Vec<Organization> = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let path = if base.is_empty() { "$".to_string() } else { format!("{base}[{i}]") };
        if !item.is_object() {
            return Err(ImportError::data(format!("{source}: {path} is not an object")));
        }
        if !is_service(&item) {
            orgs.push(parse(item, source, &path)?);
            continue;
        }
        let mut service: Service = parse(item, source, &path)?;
        let org = service.organization.take().unwrap_or_else(|| Organization {
            id: service.organization_id.clone(),
            ..Organization::default()
        });
        let key = org.id.get().map(str::to_string).or_else(|| org.name.get().map(str::to_string));
        match orgs.iter_mut().find(|o| key.is_some() && (o.id.get().or(o.name.get())) == key.as_deref()) {
            Some(o) => o.services.push(service),
            None => {
                let mut org = org;
                org.services.push(service);
                orgs.push(org);
            }
        }
    }
    Ok(orgs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(json: &str) -> Vec<(String, usize)> {
        let orgs = organizations(serde_json::from_str(json).unwrap(), "t.json").unwrap();
        orgs.iter().map(|o| (o.name.get().unwrap_or("?").to_string(), o.services.len())).collect()
    }

    #[test]
    fn shapes() {
        assert_eq!(names(r#"{"name": "A", "services": [{"name": "s"}]}"#), [("A".into(), 1)]);
        assert_eq!(names(r#"[{"name": "A"}, {"name": "B"}]"#), [("A".into(), 0), ("B".into(), 0)]);
        let page = r#"{"total_items": 3, "contents": [
            {"name": "s1", "organization": {"id": "o1", "name": "A"}},
            {"name": "s2", "organization": {"id": "o1", "name": "A"}},
            {"name": "s3", "organization_id": "o2"}]}"#;
        assert_eq!(names(page), [("A".into(), 2), ("?".into(), 1)]);
        let e = organizations(serde_json::from_str(r#"{"contents": [1]}"#).unwrap(), "t.json").unwrap_err();
        assert!(e.message.contains("t.json: $.contents[0]"), "{e}");
        let e = organizations(serde_json::from_str(r#"{"name": 5, "services": 3}"#).unwrap(), "t.json");
        assert!(e.unwrap_err().message.contains("t.json: $"));
    }
}
