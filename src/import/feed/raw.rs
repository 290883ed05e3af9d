//! Lenient shapes of the national feed's records (`schema/katalog.schema.json` of
//! zdenekpesicka/AutomatizaceKatalogu, version 1.x): a place (`misto`) with an address, coordinates and
//! the services given there. Only mapped fields are declared; unknown ones are ignored.

use serde::Deserialize;

use crate::import::lenient::{list, Scalar};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Place {
    pub id: Scalar,
    pub adresa: Option<Address>,
    pub souradnice: Option<Point>,
    #[serde(deserialize_with = "list")]
    pub sluzby: Vec<Service>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Address {
    pub ulice: Scalar,
    #[serde(rename = "cisloDomovni")]
    pub cislo_domovni: Scalar,
    #[serde(rename = "cisloOrientacni")]
    pub cislo_orientacni: Scalar,
    pub psc: Scalar,
    pub obec: Scalar,
    #[serde(rename = "kodObce")]
    pub kod_obce: Scalar,
    pub okres: Scalar,
    #[serde(rename = "kodOkresu")]
    pub kod_okresu: Scalar,
    #[serde(rename = "kodKraje")]
    pub kod_kraje: Scalar,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Point {
    pub lat: Scalar,
    pub lng: Scalar,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Service {
    pub id: Scalar,
    /// "MPSV" (registered social service) or "UZIS" (health service).
    pub zdroj: Scalar,
    pub nazev: Scalar,
    pub poskytovatel: Option<Provider>,
    #[serde(rename = "druhSluzby")]
    pub druh_sluzby: Option<Kind>,
    #[serde(deserialize_with = "list")]
    pub formy: Vec<FormEntry>,
    #[serde(rename = "datumPoskytovaniDo")]
    pub datum_poskytovani_do: Scalar,
    #[serde(rename = "oborPece")]
    pub obor_pece: Scalar,
    pub kontakt: Option<Contact>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Provider {
    pub nazev: Scalar,
    pub ico: Scalar,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Kind {
    pub kod: Scalar,
    pub nazev: Scalar,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FormEntry {
    pub forma: Scalar,
    #[serde(rename = "kapacitaRegistrovana", deserialize_with = "list")]
    pub kapacita: Vec<Capacity>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Capacity {
    pub typ: Scalar,
    pub pocet: Scalar,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Contact {
    #[serde(deserialize_with = "list")]
    pub weby: Vec<Scalar>,
    #[serde(deserialize_with = "list")]
    pub emaily: Vec<Scalar>,
    #[serde(deserialize_with = "list")]
    pub telefony: Vec<Scalar>,
}
