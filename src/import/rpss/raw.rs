//! Lenient shapes of one item of the MPSV registry's `rpss.json`. Only the keys the importer needs are
//! declared: everything else (notably `statutarniOrgany`, facility managers and `doplnkoveUdaje` with
//! its ministry document URLs) is skipped by serde without ever being stored, so personal data and
//! non-website links cannot leak into a snapshot. Every field defaults, `null` counts as absent, and
//! scalars may be strings or numbers (IČO, postcodes and house numbers appear both ways).

use serde::Deserialize;

use crate::import::lenient::{list, Scalar};

/// A coded reference such as `{"id": "Okres/3402"}`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Ref {
    pub id: Scalar,
}

impl Ref {
    /// The code after the last '/', e.g. "3402".
    pub fn code(&self) -> Option<&str> {
        self.id.get().map(|s| s.rsplit('/').next().unwrap_or(s))
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct RawService {
    pub id: Scalar,
    pub identifikator: Scalar,
    /// Not among the keys seen in 2026, read in case the registry adds a service name.
    pub nazev: Scalar,
    pub datum_poskytovani_od: Scalar,
    pub datum_poskytovani_do: Scalar,
    pub druh_socialni_sluzby: Option<Ref>,
    #[serde(deserialize_with = "list")]
    pub zarizeni: Vec<RawFacility>,
    pub poskytovatel: Option<RawProvider>,
    #[serde(deserialize_with = "list")]
    pub weby: Vec<RawWeb>,
    #[serde(deserialize_with = "list")]
    pub emaily: Vec<RawEmail>,
    #[serde(deserialize_with = "list")]
    pub telefony: Vec<RawPhone>,
    #[serde(deserialize_with = "list")]
    pub cilove_skupiny: Vec<RawTarget>,
    #[serde(deserialize_with = "list")]
    pub formy: Vec<RawForm>,
    /// Age groups of clients, coded references (`VekovaSkupinaOsoby/8`); see `ages`.
    #[serde(deserialize_with = "list")]
    pub vekove_skupiny: Vec<Ref>,
}

/// Contacts are read only from `weby[].web`, `emaily[].email` and `telefony[].telefon` (never by
/// scanning text for "http"), both on the service and on its provider. No `#[serde(flatten)]` here:
/// it would buffer every unknown key, personal data included.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawWeb {
    pub web: Scalar,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawEmail {
    pub email: Scalar,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawPhone {
    pub telefon: Scalar,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct RawFacility {
    pub nazev: Scalar,
    pub poskytuje_do: Scalar,
    pub adresa: Option<RawAddress>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct RawAddress {
    pub cislo_domovni: Scalar,
    pub cislo_orientacni: Scalar,
    pub kod_adresniho_mista: Scalar,
    pub psc: Scalar,
    pub okres: Option<Ref>,
    pub obec: Option<Ref>,
    pub ulice: Option<RawStreet>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawStreet {
    pub nazev: Scalar,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawProvider {
    pub nazev: Scalar,
    pub ico: Scalar,
    #[serde(alias = "sidlo")]
    pub adresa: Option<RawAddress>,
    #[serde(deserialize_with = "list")]
    pub weby: Vec<RawWeb>,
    #[serde(deserialize_with = "list")]
    pub emaily: Vec<RawEmail>,
    #[serde(deserialize_with = "list")]
    pub telefony: Vec<RawPhone>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct RawTarget {
    pub cilova_skupina: Option<Ref>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawForm {
    pub forma: Option<Ref>,
    #[serde(deserialize_with = "list")]
    pub kapacity: Vec<RawCapacity>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawCapacity {
    pub pocet: Scalar,
    pub popis: Scalar,
    pub typ: Option<Ref>,
}
