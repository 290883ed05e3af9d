//! Code lists of the registry (`druhy-socialni-sluzby.json`, `cilove-skupiny-osoby.json`, `obce.json`,
//! optionally `okresy.json`): code → name. Their exact layout was never recorded, so any array of
//! objects with an id-like key (`id`, `kod`, `kod_polozky`) and a name-like key (`nazev`, `name`,
//! `nazev_polozky`; a string or `{"cs": ...}`) is accepted, bare or wrapped in an object (`polozky`
//! or any single array value). Codes are stored both in full ("Obec/554499") and as the tail ("554499").

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use crate::import::common::ImportError;

#[derive(Debug, Clone, Default)]
pub struct CodeList(HashMap<String, String>);

const ID_KEYS: &[&str] = &["id", "kod", "kod_polozky", "kodPolozky", "code"];
const NAME_KEYS: &[&str] = &["nazev", "name", "nazev_polozky", "nazevPolozky", "popis"];

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Object(o) => o.get("cs").and_then(scalar),
        _ => None,
    }
}

impl CodeList {
    /// Parses a code list; `what` names the file in errors.
    pub fn parse(bytes: &[u8], what: &str) -> Result<CodeList, ImportError> {
        let expected = r#"a JSON array of {"id": ..., "nazev": ...} items, or an object wrapping one (e.g. {"polozky": [...]})"#;
        let v: Value = serde_json::from_slice(bytes)
            .map_err(|e| ImportError::data(format!("{what}: invalid JSON: {e}")))?;
        let items = match &v {
            Value::Array(a) => a,
            Value::Object(o) => match o.get("polozky").or_else(|| o.values().find(|x| x.is_array())) {
                Some(Value::Array(a)) => a,
                _ => {
                    return Err(ImportError::data(format!(
                        "{what}: $ has no array of items; expected {expected}"
                    )))
                }
            },
            _ => {
                return Err(ImportError::data(format!(
                    "{what}: $ is not an array or object; expected {expected}"
                )))
            }
        };
        let mut map = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let get = |keys: &[&str]| keys.iter().find_map(|k| item.get(*k).and_then(scalar));
            let (Some(id), Some(name)) = (get(ID_KEYS), get(NAME_KEYS)) else {
                return Err(ImportError::data(format!(
                    "{what}: $[{i}] has no id or no name; expected {expected}"
                )));
            };
            if let Some((_, tail)) = id.rsplit_once('/') {
                map.insert(tail.to_string(), name.clone());
            }
            map.insert(id, name);
        }
        Ok(CodeList(map))
    }

    /// Reads `dir/file`; a missing optional list gives an empty one.
    pub fn load(dir: &Path, file: &str, required: bool) -> Result<CodeList, ImportError> {
        let path = dir.join(file);
        match std::fs::read(&path) {
            Ok(bytes) => CodeList::parse(&bytes, &path.display().to_string()),
            Err(_) if !required => Ok(CodeList::default()),
            Err(e) => Err(ImportError::usage(format!("cannot read code list {}: {e}", path.display()))),
        }
    }

    /// The name of a code, given in full or as its tail.
    pub fn name(&self, code: &str) -> Option<&str> {
        let tail = code.rsplit('/').next().unwrap_or(code);
        self.0.get(code).or_else(|| self.0.get(tail)).map(String::as_str)
    }
}

/// The code lists one import needs.
#[derive(Debug, Clone, Default)]
pub struct CodeLists {
    pub druhy: CodeList,
    pub skupiny: CodeList,
    pub obce: CodeList,
    pub okresy: CodeList,
}

impl CodeLists {
    /// Reads the lists from a directory: the first two are required, `obce.json` and `okresy.json`
    /// only improve names.
    pub fn load_dir(dir: &Path) -> Result<CodeLists, ImportError> {
        Ok(CodeLists {
            druhy: CodeList::load(dir, "druhy-socialni-sluzby.json", true)?,
            skupiny: CodeList::load(dir, "cilove-skupiny-osoby.json", true)?,
            obce: CodeList::load(dir, "obce.json", false)?,
            okresy: CodeList::load(dir, "okresy.json", false)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts() {
        let a = CodeList::parse(br#"[{"id": "Obec/554499", "nazev": "Karlovy Vary"}]"#, "a").unwrap();
        assert_eq!(a.name("Obec/554499"), Some("Karlovy Vary"));
        assert_eq!(a.name("554499"), Some("Karlovy Vary"));
        let b = CodeList::parse(br#"{"polozky": [{"kod": 13, "nazev": {"cs": "domovy pro seniory"}}]}"#, "b")
            .unwrap();
        assert_eq!(b.name("DruhSocialniSluzby/13"), Some("domovy pro seniory"));
        let e = CodeList::parse(br#"{"x": 1}"#, "c.json").unwrap_err();
        assert!(e.message.contains("c.json") && e.message.contains("expected"), "{e}");
        let e = CodeList::parse(br#"[{"x": 1}]"#, "d.json").unwrap_err();
        assert!(e.message.contains("d.json: $[0]"), "{e}");
    }
}
