//! A service of the snapshot and what describes it: its reviews, ages, area, places, fees and capacity.
//! Opening hours are in `week`, target groups and legal forms in `kinds`.

use serde::{Deserialize, Serialize};

use super::{Address, Contacts, Form, GeoPoint, OpeningHours, TargetGroup, TextTranslation, Translations};

/// One service: a registered social service (with `law_section`) or a related service (with `category`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Stable id; links such as `/sluzba/<id>` depend on it.
    pub id: String,
    /// Id of the provider.
    pub provider: String,
    pub name: String,
    /// Section of act 108/2006 Sb., e.g. "40" or "60a"; null for a related service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law_section: Option<String>,
    /// Category of a related service (see `domain::law::CATEGORIES`); null for a registered one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    pub description: String,
    #[serde(default)]
    pub target_groups: Vec<TargetGroup>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeRange>,
    #[serde(default)]
    pub forms: Vec<Form>,
    /// True when help is also given by phone or online.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_phone: bool,
    pub area: Area,
    #[serde(default)]
    pub locations: Vec<Location>,
    /// The service's own contacts; when absent, the provider's apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Contacts>,
    /// Free-text hours lines, as catalogues wrote them before `hours`. Still read, with a validation
    /// warning: the app shows them as text and cannot say whether the service is open now.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub opening_hours: Vec<String>,
    /// Opening hours as data: what "open now", the nonstop filter and the weekly table are computed from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<OpeningHours>,
    pub fee: Fee,
    /// Registered maximum capacity: never free places.
    #[serde(default)]
    pub capacity: Vec<Capacity>,
    /// Identifier in the MPSV registry of social services.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    /// Date the entry was last checked, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<String>,
    /// First day the service is provided (`YYYY-MM-DD`), from the registry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<String>,
    /// Last day the service is provided (`YYYY-MM-DD`), from the registry; a past one removes the service
    /// at the next registry merge. The app ignores it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends: Option<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Set by an importer that had to guess the type (the coordinator should confirm `law_section` or
    /// `category`), or by a registry merge for a new service. The app ignores it; `katalog check` warns and `katalog stats` lists such services.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
    /// Name and description in other languages, by code (`en`, `uk`); the Czech fields stay the original.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<TextTranslation>,
}

/// Why an imported service needs a coordinator's look: its type was guessed, or it is new from the registry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub reason: ReviewReason,
    /// The words of the source data the guess rests on (e.g. "poradna"), for the coordinator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReviewReason {
    /// Nothing in the name, terms, description or provider pointed to a type: category "jine".
    Unclassified,
    /// The type was guessed from weak evidence (a generic word, the description or the provider only).
    WeakEvidence,
    /// The evidence points to two or more types; the likeliest was chosen.
    Ambiguous,
    /// New in the registry since the last merge (`import-rpss --merge`): its description, hours and
    /// keywords are the importer's generic ones until a coordinator writes them.
    NewInRegistry,
}

/// Inclusive age range in years; an open end means no limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AgeRange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u8>,
}

/// The area a service covers: the whole region, or listed municipalities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Area {
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub whole_region: bool,
    /// Municipality ids; ignored when `whole_region` is true.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub municipalities: Vec<String>,
}

impl Area {
    pub fn serves(&self, municipality_id: &str) -> bool {
        self.whole_region || self.municipalities.iter().any(|m| m == municipality_id)
    }
}

/// A place where the service is given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Location {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub address: Address,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<GeoPoint>,
}

/// What the service costs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Fee {
    pub kind: FeeKind,
    /// E.g. "podle ceníku, max. 145 Kč za hodinu".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FeeKind {
    Free,
    Paid,
    /// Some parts free, some paid, or "depends": the note explains.
    Described,
}

/// A registered maximum capacity, with its unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Capacity {
    pub count: u32,
    pub unit: CapacityUnit,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CapacityUnit {
    Clients,
    Beds,
    /// 10-minute contacts.
    Contacts,
    /// 30-minute interventions.
    Interventions,
    Calls,
}
