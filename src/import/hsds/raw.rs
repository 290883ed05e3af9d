//! Lenient shapes of HSDS 3.0 records: only the fields the importer maps are declared, all default,
//! and unknown fields are ignored. `contacts` (named people) are deliberately not declared, so no
//! personal names are read.

use serde::Deserialize;

use crate::import::lenient::{list, Scalar};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Organization {
    pub id: Scalar,
    pub name: Scalar,
    pub email: Scalar,
    pub website: Scalar,
    /// HSDS 2.x field, still common in exports.
    pub tax_id: Scalar,
    #[serde(deserialize_with = "list")]
    pub organization_identifiers: Vec<Identifier>,
    #[serde(deserialize_with = "list")]
    pub phones: Vec<Phone>,
    #[serde(deserialize_with = "list")]
    pub locations: Vec<Location>,
    #[serde(deserialize_with = "list")]
    pub services: Vec<Service>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Identifier {
    pub identifier_scheme: Scalar,
    pub identifier_type: Scalar,
    pub identifier: Scalar,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Service {
    pub id: Scalar,
    pub name: Scalar,
    pub description: Scalar,
    pub url: Scalar,
    pub email: Scalar,
    pub status: Scalar,
    pub fees_description: Scalar,
    /// HSDS 2.x name of `fees_description`.
    pub fees: Scalar,
    pub minimum_age: Scalar,
    pub maximum_age: Scalar,
    pub organization_id: Scalar,
    pub organization: Option<Organization>,
    #[serde(deserialize_with = "list")]
    pub phones: Vec<Phone>,
    #[serde(deserialize_with = "list")]
    pub schedules: Vec<Schedule>,
    #[serde(deserialize_with = "list")]
    pub service_areas: Vec<serde::de::IgnoredAny>,
    #[serde(deserialize_with = "list")]
    pub service_at_locations: Vec<ServiceAtLocation>,
    #[serde(deserialize_with = "list")]
    pub cost_options: Vec<CostOption>,
    pub alternate_name: Scalar,
    /// Taxonomy terms attached to the service: evidence for its type.
    #[serde(deserialize_with = "list")]
    pub attributes: Vec<Attribute>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Attribute {
    pub taxonomy_term: Option<TaxonomyTerm>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct TaxonomyTerm {
    pub name: Scalar,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Phone {
    pub number: Scalar,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Schedule {
    pub byday: Scalar,
    pub opens_at: Scalar,
    pub closes_at: Scalar,
    pub description: Scalar,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ServiceAtLocation {
    pub location: Option<Location>,
    #[serde(deserialize_with = "list")]
    pub schedules: Vec<Schedule>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Location {
    pub id: Scalar,
    pub name: Scalar,
    pub latitude: Scalar,
    pub longitude: Scalar,
    #[serde(deserialize_with = "list")]
    pub addresses: Vec<Address>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Address {
    pub address_1: Scalar,
    pub address_2: Scalar,
    pub city: Scalar,
    pub postal_code: Scalar,
    pub country: Scalar,
    pub address_type: Scalar,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CostOption {
    pub option: Scalar,
    pub amount: Scalar,
    pub currency: Scalar,
    pub amount_description: Scalar,
}
