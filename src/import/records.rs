//! Record helpers every importer shares, so the registry, the feed and HSDS turn the same raw values into
//! the same snapshot values: contacts without repeats, house numbers, postcodes, capacity units, end
//! dates and provider ids by IČO.

use crate::domain::date::Date;
use crate::domain::snapshot::{Capacity, CapacityUnit, Contacts, Form};
use crate::import::common::{email, phone, slug, web};

/// Valid phones and e-mails without repeats (at most 20 each) and the first valid web address.
pub fn contacts<'a>(
    phones: impl IntoIterator<Item = Option<&'a str>>,
    emails: impl IntoIterator<Item = Option<&'a str>>,
    webs: impl IntoIterator<Item = Option<&'a str>>,
) -> Contacts {
    let mut c = Contacts::default();
    for p in phones.into_iter().filter_map(|t| t.and_then(phone)) {
        if !c.phones.contains(&p) && c.phones.len() < 20 {
            c.phones.push(p);
        }
    }
    for e in emails.into_iter().filter_map(|e| e.and_then(email)) {
        if !c.emails.contains(&e) && c.emails.len() < 20 {
            c.emails.push(e);
        }
    }
    c.web = webs.into_iter().find_map(|w| w.and_then(web));
    c
}

/// "2272/54" from the descriptive and orientation numbers, or whichever is given.
pub fn house_number(domovni: Option<&str>, orientacni: Option<&str>) -> Option<String> {
    match (domovni, orientacni) {
        (Some(d), Some(o)) => Some(format!("{d}/{o}")),
        (d, o) => d.or(o).map(str::to_string),
    }
}

/// A Czech postcode as "352 01", or `None` unless it has exactly five digits.
pub fn postcode(raw: Option<&str>) -> Option<String> {
    raw.map(|p| p.replace(' ', ""))
        .filter(|p| p.len() == 5 && p.bytes().all(|b| b.is_ascii_digit()))
        .map(|p| format!("{} {}", &p[..3], &p[3..]))
}

/// The registry's form codes: `pob`, `amb`, `ter`.
pub fn form(code: &str) -> Option<Form> {
    Some(match code {
        "pob" => Form::Pobytova,
        "amb" => Form::Ambulantni,
        "ter" => Form::Terenni,
        _ => return None,
    })
}

/// A registered capacity from its count and type code (`klient`, `kontakt`, `interv`, `luzka`, `hovor`).
pub fn capacity(count: Option<&str>, code: Option<&str>, note: Option<String>) -> Option<Capacity> {
    let count = count?.parse::<f64>().ok().filter(|n| *n >= 0.0 && *n < 1e9)? as u32;
    Some(Capacity { count, unit: capacity_unit(code?)?, note })
}

fn capacity_unit(code: &str) -> Option<CapacityUnit> {
    Some(match code {
        "klient" => CapacityUnit::Clients,
        "kontakt" => CapacityUnit::Contacts,
        "interv" => CapacityUnit::Interventions,
        "luzka" => CapacityUnit::Beds,
        "hovor" => CapacityUnit::Calls,
        _ => return None,
    })
}

/// `YYYY-MM-DD` or a timestamp starting with it, before `today`; anything unparseable counts as "no end".
pub fn ended(value: Option<&str>, today: Date) -> bool {
    value.and_then(|v| v.get(..10)).and_then(Date::parse).is_some_and(|d| d < today)
}

/// The provider id (`ico-<8 digits>`, else `p-<slug of name>`) and the IČO, whose leading zeros a
/// number-typed source lost and which are padded back.
pub fn provider_id(name: &str, ico: Option<&str>) -> (String, Option<String>) {
    let ico = ico
        .filter(|i| (1..=8).contains(&i.len()) && i.bytes().all(|b| b.is_ascii_digit()))
        .map(|i| format!("{i:0>8}"));
    let id = match &ico {
        Some(i) => format!("ico-{i}"),
        None => format!("p-{}", Some(slug(name)).filter(|s| !s.is_empty()).unwrap_or("neuvedeny".into())),
    };
    (id, ico)
}
