//! The catalogue snapshot, schema version 1: the contract between whoever maintains a catalogue and the
//! app. These types are the single source of truth: serde reads and writes them, the JSON Schema in
//! `public/data/snapshot.schema.json` is generated from them, and `docs/snapshot.md` describes them.
//!
//! Everything here is plain data. Invariants that serde cannot express (ids unique, references resolve,
//! URLs safe, dates parse) are checked by `domain::validate`, which every reader must run before use.
//!
//! This file holds the snapshot, its region, municipalities, offices and providers, and the manifest; the
//! rest is split by subject: `service`, `week` (opening hours), `kinds` (target groups and legal forms),
//! `content` (life situations, crisis lines, the plan's documents, news and campaigns) and `translation`.

use serde::{Deserialize, Serialize};

mod content;
mod kinds;
mod service;
mod translation;
mod week;
pub use content::*;
pub use kinds::*;
pub use service::*;
pub use translation::{localized, NewsTranslation, TextTranslation, Translations, TRANSLATION_LANGS};
pub use week::*;

/// The schema version this build writes and reads. A snapshot with a higher version is rejected, so an
/// old app never misreads data it does not understand.
pub const SCHEMA_VERSION: u32 = 1;

/// One region's whole catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub schema_version: u32,
    pub meta: Meta,
    pub municipalities: Vec<Municipality>,
    pub offices: Vec<Office>,
    pub providers: Vec<Provider>,
    pub services: Vec<Service>,
    #[serde(default)]
    pub life_situations: Vec<LifeSituation>,
    #[serde(default)]
    pub crisis_lines: Vec<CrisisLine>,
    #[serde(default)]
    pub documents: Vec<Document>,
    #[serde(default)]
    pub news: Vec<NewsItem>,
    #[serde(default)]
    pub comment_campaigns: Vec<CommentCampaign>,
}

/// Who publishes the catalogue, for which region, and how fresh it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Short stable slug of the region, e.g. `benesov`; also the file name of the snapshot.
    pub region_id: String,
    /// Display name, e.g. "okres Benešov".
    pub region_name: String,
    pub region_kind: RegionKind,
    pub publisher: String,
    /// Date the data was last compiled, `YYYY-MM-DD`.
    pub data_date: String,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The publisher's contact for corrections: "Nahlásit chybu v údajích" on every service is an e-mail
    /// to its first address. The same shape as every contact, so `example: true` marks a demo placeholder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contacts>,
    /// True for demonstration data: the UI says so on every screen.
    pub demo: bool,
    /// Free-text note shown with the data date (e.g. why the data is demo).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RegionKind {
    /// A district (okres), served by several municipal offices (ORP).
    Okres,
    /// A single town and its surroundings.
    Town,
}

/// Where the data came from, with its licence and the attribution it requires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
}

/// A municipality (obec) of the region and the office that serves it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// Stable id used by references in this snapshot (the RÚIAN code where known, else a slug).
    pub id: String,
    /// RÚIAN municipality code (6 digits), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub name: String,
    /// Id of the office (ORP) responsible for social work in this municipality.
    pub office: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centroid: Option<GeoPoint>,
    /// Its parts (místní části, RÚIAN "části obce"), e.g. villages under a town: a person may know
    /// only the part they live in, and search finds the municipality by it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<String>,
}

/// A municipal office's social department: the place to turn to when no service fits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub id: String,
    /// E.g. "Městský úřad Vlašim".
    pub name: String,
    /// E.g. "Odbor sociálních věcí".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    #[serde(default)]
    pub contacts: Contacts,
    /// Display lines such as "Po, St 8:00–17:00".
    #[serde(default)]
    pub opening_hours: Vec<String>,
}

/// A legal person that runs one or more services.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Provider {
    pub id: String,
    pub name: String,
    /// Company number (IČO), 8 digits, kept as text because of leading zeros.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ico: Option<String>,
    #[serde(default)]
    pub contacts: Contacts,
}

/// Phones, e-mails and a website. `example: true` marks demo placeholders that must never be taken as
/// real; the UI labels them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    #[serde(default)]
    pub phones: Vec<Phone>,
    #[serde(default)]
    pub emails: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
}

impl Contacts {
    pub fn is_empty(&self) -> bool {
        self.phones.is_empty() && self.emails.is_empty() && self.web.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Phone {
    /// Digits with optional leading `+` and spaces, e.g. "+420 317 754 111".
    pub number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A postal address. `example: true` marks a demo placeholder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    /// House number as written, e.g. "2272/54".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    /// Id of the municipality in this snapshot, where it lies in the region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
}

/// WGS-84 coordinates.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

/// Published beside each snapshot; the app checks it before and after downloading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub schema_version: u32,
    pub region_id: String,
    /// Lowercase hex SHA-256 of the snapshot's bytes.
    pub sha256: String,
    /// Exact decoded size of the snapshot in bytes.
    pub bytes: u64,
    pub data_date: String,
    /// Relative or absolute URL of the snapshot, content-hashed so that it can be cached forever.
    pub snapshot_url: String,
    /// Oldest app version that can read this snapshot.
    pub min_app_version: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same word in URLs (`slug`) and in catalogue JSON (serde), both ways, for every value.
    fn assert_serde_is_slug<T>(all: &[T], slug: fn(T) -> &'static str)
    where
        T: Serialize + for<'de> Deserialize<'de> + PartialEq + std::fmt::Debug + Copy,
    {
        for v in all {
            let json = serde_json::to_string(v).expect("serialises");
            assert_eq!(json, format!("\"{}\"", slug(*v)), "{v:?}: JSON spelling differs from the slug");
            let back: T = serde_json::from_str(&json).expect("reads back");
            assert_eq!(back, *v);
        }
    }

    /// Issue 10, "also found": one target group had two names. Every enum of the model that has a slug
    /// is spelled the same in JSON; `i18n` pins the display names to the lexicon's.
    #[test]
    fn serde_spelling_equals_slug() {
        assert_serde_is_slug(&TargetGroup::ALL, TargetGroup::slug);
        assert_serde_is_slug(&Form::ALL, Form::slug);
    }
}
