//! The region list the app offers, `/data/regions.json` (`{"regions": [{"id", "name", "demo"}]}`, written
//! by `katalog publish`). The app reads it at run time, never from its own build, so a region published
//! into a running site appears at the next start. This module owns the list's shape and the rule for a
//! usable list: a list that breaks it is refused whole, and the reader keeps the last good one.

use serde::Deserialize;

use super::validate::{check_region_id, MAX_NAME_CHARS};

/// A region the app offers. Unknown fields are ignored: `publish` keeps fields a newer tool added.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Region {
    pub id: String,
    pub name: String,
    /// The published catalogue is demo data: the warning can show before the catalogue has loaded, so
    /// it does not push the page down when it arrives (`tests/demo_data.rs` keeps it true).
    #[serde(default)]
    pub demo: bool,
}

#[derive(Deserialize)]
struct List {
    regions: Vec<Region>,
}

/// Why a region list is not usable; the index is the entry's position in `regions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionsError {
    /// Not JSON, or not an object with a `regions` array of entries with `id` and `name`.
    Shape,
    /// No region at all: taking it would leave a phone with nothing to choose.
    Empty,
    /// An id that cannot name a file (`<id>.manifest.json`).
    BadId(usize),
    /// A blank, over-long or multi-line name.
    BadName(usize),
    /// The same id twice.
    Duplicate(usize),
}

/// The regions in their published order (the first is the default), or why the list is not usable.
pub fn parse_regions(text: &str) -> Result<Vec<Region>, RegionsError> {
    let list: List = crate::domain::json::from_text(text).map_err(|_| RegionsError::Shape)?;
    if list.regions.is_empty() {
        return Err(RegionsError::Empty);
    }
    for (i, r) in list.regions.iter().enumerate() {
        if check_region_id(&r.id).is_err() {
            return Err(RegionsError::BadId(i));
        }
        let name = r.name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME_CHARS || name.chars().any(char::is_control) {
            return Err(RegionsError::BadName(i));
        }
        if list.regions[..i].iter().any(|x| x.id == r.id) {
            return Err(RegionsError::Duplicate(i));
        }
    }
    Ok(list.regions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_list_parses_in_order() {
        let text = include_str!("../../public/data/regions.json");
        let ids: Vec<String> = parse_regions(text).unwrap().into_iter().map(|r| r.id).collect();
        assert_eq!(ids, ["benesov", "blansko"]);
    }

    #[test]
    fn unknown_fields_and_a_missing_demo_flag_are_fine() {
        let list = parse_regions(r#"{"regions": [{"id": "a-1", "name": "A", "extra": 1}], "v": 2}"#).unwrap();
        assert_eq!(list, [Region { id: "a-1".into(), name: "A".into(), demo: false }]);
    }

    /// A bad list is refused whole, so the app keeps its last good one (issue 12, §1).
    #[test]
    fn bad_lists_are_refused() {
        let cases: &[(&str, RegionsError)] = &[
            ("", RegionsError::Shape),
            ("<html>502</html>", RegionsError::Shape),
            (r#"{"regions": {}}"#, RegionsError::Shape),
            (r#"{"regions": [{"id": "a"}]}"#, RegionsError::Shape),
            (r#"{"regions": []}"#, RegionsError::Empty),
            (r#"{"regions": [{"id": "A B", "name": "x"}]}"#, RegionsError::BadId(0)),
            (
                r#"{"regions": [{"id": "a", "name": "x"}, {"id": "../b", "name": "y"}]}"#,
                RegionsError::BadId(1),
            ),
            (r#"{"regions": [{"id": "a", "name": "  "}]}"#, RegionsError::BadName(0)),
            (r#"{"regions": [{"id": "a", "name": "x\ny"}]}"#, RegionsError::BadName(0)),
            (
                r#"{"regions": [{"id": "a", "name": "x"}, {"id": "a", "name": "y"}]}"#,
                RegionsError::Duplicate(1),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(parse_regions(text), Err(*want), "{text}");
        }
    }
}
