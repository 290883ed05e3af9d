//! Streams a large JSON file whose root object holds one big array (`rpss.json`: `{"polozky": [...]}`,
//! about 100 MB; the national feed: `{"mista": [...]}`, 6 MB) one item at a time: a `DeserializeSeed`
//! for the root object and another for the array hand each item to a callback and drop it, so memory
//! holds one item plus whatever the callback keeps, never the whole file. Both importers use it.

use std::fmt;
use std::io::Read;

use serde::de::{
    DeserializeOwned, DeserializeSeed, Deserializer, Error as _, IgnoredAny, MapAccess, SeqAccess, Visitor,
};

/// Reads `reader`, calling `each(index, item)` for every item of the root object's array `key` (a bare
/// root array is accepted too). Returns the number of items. Errors carry the item index
/// (`$.<key>[i]`) and serde's line/column.
pub fn for_each_item<T: DeserializeOwned, R: Read>(
    reader: R,
    key: &'static str,
    each: &mut dyn FnMut(usize, T),
) -> Result<usize, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_reader(std::io::BufReader::with_capacity(1 << 16, reader));
    let n = Root { key, each }.deserialize(&mut de)?;
    de.end()?;
    Ok(n)
}

struct Root<'a, T> {
    key: &'static str,
    each: &'a mut dyn FnMut(usize, T),
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for Root<'_, T> {
    type Value = usize;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for Root<'_, T> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, r#"an object {{"{}": [...]}} (or a bare array)"#, self.key)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<usize, A::Error> {
        let mut count = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == self.key && count.is_none() {
                count = Some(map.next_value_seed(Items { key: self.key, each: &mut *self.each })?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        count.ok_or_else(|| A::Error::custom(format!(r#"the root object has no "{}" array"#, self.key)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<usize, A::Error> {
        Items { key: self.key, each: self.each }.visit_seq(seq)
    }
}

struct Items<'a, T> {
    key: &'static str,
    each: &'a mut dyn FnMut(usize, T),
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for Items<'_, T> {
    type Value = usize;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for Items<'_, T> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "an array of items in {:?}", self.key)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<usize, A::Error> {
        let mut i = 0;
        loop {
            match seq.next_element::<T>() {
                Ok(Some(item)) => (self.each)(i, item),
                Ok(None) => return Ok(i),
                Err(e) => return Err(A::Error::custom(format!("$.{}[{i}]: {e}", self.key))),
            }
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(json: &str) -> Result<usize, String> {
        for_each_item(json.as_bytes(), "polozky", &mut |_, _: serde_json::Value| {})
            .map_err(|e| e.to_string())
    }

    #[test]
    fn shapes_and_errors() {
        assert_eq!(count(r#"{"x": [1,{"a":2}], "polozky": [{}, {"id": 5, "zbytek": {"a": [1]}}]}"#), Ok(2));
        assert_eq!(count(r#"[{}, {}, {}]"#), Ok(3));
        assert!(count(r#"{"jine": []}"#).unwrap_err().contains("polozky"));
        let e = for_each_item(
            &br#"{"polozky": [{}, 7]}"#[..],
            "polozky",
            &mut |_, _: std::collections::BTreeMap<String, u8>| {},
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("$.polozky[1]") && e.contains("line 1"), "{e}");
        assert!(count(r#"{"polozky": [{}]} trailing"#).is_err());
    }
}
