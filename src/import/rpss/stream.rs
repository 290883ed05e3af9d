//! Streams `rpss.json` (`{"polozky": [...]}`, about 100 MB) one item at a time: a `DeserializeSeed`
//! for the root object and another for the array hand each `RawService` to a callback and drop it, so
//! memory holds one item plus whatever the callback keeps, never the whole file.

use std::fmt;
use std::io::Read;

use serde::de::{DeserializeSeed, Deserializer, Error as _, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::raw::RawService;

/// Reads the registry from `reader`, calling `each(index, item)` for every item of `polozky`.
/// Returns the number of items. Errors carry the item index (`$.polozky[i]`) and serde's line/column.
pub fn for_each_item<R: Read>(
    reader: R,
    each: &mut dyn FnMut(usize, RawService),
) -> Result<usize, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_reader(std::io::BufReader::with_capacity(1 << 16, reader));
    let n = Root { each }.deserialize(&mut de)?;
    de.end()?;
    Ok(n)
}

struct Root<'a> {
    each: &'a mut dyn FnMut(usize, RawService),
}

impl<'de> DeserializeSeed<'de> for Root<'_> {
    type Value = usize;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Root<'_> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(r#"an object {"polozky": [...]} (or a bare array of services)"#)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<usize, A::Error> {
        let mut count = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == "polozky" && count.is_none() {
                count = Some(map.next_value_seed(Items { each: &mut *self.each })?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        count.ok_or_else(|| A::Error::custom(r#"the root object has no "polozky" array"#))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<usize, A::Error> {
        Items { each: self.each }.visit_seq(seq)
    }
}

struct Items<'a> {
    each: &'a mut dyn FnMut(usize, RawService),
}

impl<'de> DeserializeSeed<'de> for Items<'_> {
    type Value = usize;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Items<'_> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of registered services")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<usize, A::Error> {
        let mut i = 0;
        loop {
            match seq.next_element::<RawService>() {
                Ok(Some(item)) => (self.each)(i, item),
                Ok(None) => return Ok(i),
                Err(e) => return Err(A::Error::custom(format!("$.polozky[{i}]: {e}"))),
            }
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(json: &str) -> Result<usize, String> {
        for_each_item(json.as_bytes(), &mut |_, _| {}).map_err(|e| e.to_string())
    }

    #[test]
    fn shapes_and_errors() {
        assert_eq!(count(r#"{"x": [1,{"a":2}], "polozky": [{}, {"id": 5, "zbytek": {"a": [1]}}]}"#), Ok(2));
        assert_eq!(count(r#"[{}, {}, {}]"#), Ok(3));
        assert!(count(r#"{"jine": []}"#).unwrap_err().contains("polozky"));
        let e = count(r#"{"polozky": [{}, {"zarizeni": 7}]}"#).unwrap_err();
        assert!(e.contains("$.polozky[1]") && e.contains("line 1"), "{e}");
        assert!(count(r#"{"polozky": [{}]} trailing"#).is_err());
    }
}
