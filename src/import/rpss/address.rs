//! Registry addresses → snapshot addresses, the district test, and the key facilities are deduplicated
//! by (folded name + address). `kodAdresnihoMista` is deliberately not needed: 3.6 % of facilities lack it.

use super::codelist::CodeList;
use super::raw::{RawAddress, RawFacility};
use crate::domain::snapshot::Address;
use crate::import::common::{fold, line};
use crate::import::records::{house_number, postcode};

/// Whether an address lies in the district, given as "Okres/3402" or "3402".
pub fn in_okres(a: &RawAddress, okres: &str) -> bool {
    a.okres.as_ref().and_then(|o| o.code()) == Some(okres)
}

pub fn facility_key(f: &RawFacility) -> String {
    let a = f.adresa.clone().unwrap_or_default();
    let part = |s: Option<&str>| fold(s.unwrap_or("").trim());
    [
        part(f.nazev.get()),
        part(a.ulice.as_ref().and_then(|u| u.nazev.get())),
        part(a.cislo_domovni.get()),
        part(a.cislo_orientacni.get()),
        part(a.obec.as_ref().and_then(|o| o.code())),
        part(a.psc.get()).replace(' ', ""),
    ]
    .join("|")
}

/// The address and its municipality `(code, name)`; `None` without a municipality code.
pub fn address_of(a: &RawAddress, obce: &CodeList) -> Option<(Address, Option<(String, String)>)> {
    let code = a.obec.as_ref().and_then(|o| o.code())?.to_string();
    let name = obce.name(&code).and_then(|n| line(n, 300)).unwrap_or_else(|| format!("Obec {code}"));
    let number = house_number(a.cislo_domovni.get(), a.cislo_orientacni.get());
    let postcode = postcode(a.psc.get());
    let id_ok = code.bytes().all(|b| b.is_ascii_digit());
    let address = Address {
        street: a.ulice.as_ref().and_then(|u| u.nazev.get()).and_then(|s| line(s, 300)),
        number: number.and_then(|n| line(&n, 300)),
        city: name.clone(),
        postcode,
        municipality: id_ok.then(|| code.clone()),
        example: false,
    };
    Some((address, id_ok.then_some((code, name))))
}
