//! Offices for an imported district. The registry knows nothing about municipal offices (ORP), so they
//! come from an optional file (`--offices`: `{"offices": [Office...], "municipality_office": {"<code>":
//! "<office id>"}}`); municipalities it does not cover, or all of them without it, get a placeholder
//! "Obecní úřad <name>" without contacts, and the snapshot's note says offices must be completed.

use std::collections::HashMap;

use serde::Deserialize;

use crate::domain::snapshot::{Municipality, Office};
use crate::import::common::ImportError;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficesFile {
    pub offices: Vec<Office>,
    #[serde(default)]
    pub municipality_office: HashMap<String, String>,
}

impl OfficesFile {
    pub fn parse(bytes: &[u8], what: &str) -> Result<OfficesFile, ImportError> {
        let f: OfficesFile = serde_json::from_slice(bytes).map_err(|e| {
            ImportError::data(format!(
                "{what}: {e} (expected {{\"offices\": [Office...], \"municipality_office\": {{\"<code>\": \"<office id>\"}}}})"
            ))
        })?;
        for (code, office) in &f.municipality_office {
            if !f.offices.iter().any(|o| &o.id == office) {
                return Err(ImportError::data(format!(
                    "{what}: $.municipality_office[\"{code}\"] refers to office {office:?}, which is not in $.offices"
                )));
            }
        }
        Ok(f)
    }
}

const NOTE: &str = "Úřady (ORP) v registru MPSV nejsou: u obcí jsou jen zástupné obecní úřady bez kontaktů, \
doplňte je (volba --offices u katalog import-rpss a import-feed).";

/// Municipalities with their office, the offices used, and the meta note when placeholders were made.
pub fn attach(
    munis: &[(String, String)],
    file: Option<&OfficesFile>,
    warnings: &mut Vec<String>,
) -> (Vec<Municipality>, Vec<Office>, Option<String>) {
    let mut offices: Vec<Office> = Vec::new();
    let mut municipalities = Vec::new();
    let mut placeholders = 0;
    for (code, name) in munis {
        let office = match file.and_then(|f| f.municipality_office.get(code).map(|id| (f, id))) {
            Some((f, id)) => {
                if !offices.iter().any(|o| &o.id == id) {
                    offices.extend(f.offices.iter().find(|o| &o.id == id).cloned());
                }
                id.clone()
            }
            None => {
                placeholders += 1;
                let id = format!("ou-{code}");
                offices.push(Office {
                    id: id.clone(),
                    name: format!("Obecní úřad {name}"),
                    department: None,
                    address: None,
                    contacts: Default::default(),
                    opening_hours: Vec::new(),
                });
                id
            }
        };
        let code6 = (code.len() == 6).then(|| code.clone());
        municipalities.push(Municipality {
            id: code.clone(),
            code: code6,
            name: name.clone(),
            office,
            centroid: None,
            parts: Vec::new(),
        });
    }
    if file.is_some() && placeholders > 0 {
        warnings.push(format!(
            "{placeholders} municipalities are not in the offices file; placeholder offices made"
        ));
    }
    (municipalities, offices, (placeholders > 0).then(|| NOTE.to_string()))
}
