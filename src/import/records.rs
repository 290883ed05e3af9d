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

/// The date of a `YYYY-MM-DD` value or a timestamp starting with it; `None` when it does not parse.
fn registry_date(value: Option<&str>) -> Option<Date> {
    value.and_then(|v| v.trim().get(..10)).and_then(Date::parse)
}

/// A registry date before `today`; anything unparseable counts as "no end".
pub fn ended(value: Option<&str>, today: Date) -> bool {
    registry_date(value).is_some_and(|d| d < today)
}

/// The `YYYY-MM-DD` of a registry date or timestamp; anything unparseable is left out.
pub fn iso_date(value: Option<&str>) -> Option<String> {
    registry_date(value).map(|d| d.to_string())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_record_values() {
        assert_eq!(house_number(Some("2272"), Some("54")).as_deref(), Some("2272/54"));
        assert_eq!(house_number(None, Some("93/11")).as_deref(), Some("93/11"));
        assert_eq!(house_number(None, None), None);
        assert_eq!(postcode(Some("35201")).as_deref(), Some("352 01"));
        assert_eq!(postcode(Some("352 01")).as_deref(), Some("352 01"));
        assert_eq!(postcode(Some("3520")), None);
        assert_eq!(form("ter"), Some(Form::Terenni));
        assert_eq!(form("x"), None);
        let c = capacity(Some("24"), Some("luzka"), None).unwrap();
        assert_eq!((c.count, c.unit), (24, CapacityUnit::Beds));
        assert!(capacity(Some("-1"), Some("luzka"), None).is_none());
        assert!(capacity(Some("3"), Some("?"), None).is_none());
        let today = Date::parse("2026-11-29").unwrap();
        assert!(ended(Some("2026-01-31T00:00:00"), today) && !ended(Some("2026-12-31"), today));
        assert!(!ended(Some("soon"), today) && !ended(None, today));
        assert_eq!(provider_id("Spolek", Some("45675")), ("ico-00045675".into(), Some("00045675".into())));
        assert_eq!(provider_id("Spolek Tulipán", Some("123456789")).0, "p-spolek-tulipan");
        let c = contacts(
            [Some("354525345"), Some("354 525 345"), Some("12")],
            [Some("a@b.cz")],
            [None, Some("www.x.cz")],
        );
        assert_eq!((c.phones.len(), c.emails.len(), c.web.as_deref()), (1, 1, Some("http://www.x.cz")));
    }
}
