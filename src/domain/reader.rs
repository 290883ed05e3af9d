//! Reading a snapshot's JSON in small steps (issue 16: no long tasks). Parsing a region's catalogue in one
//! call holds a phone's main thread for seconds, and serde cannot pause inside a value. So the reader
//! splits the text itself: it walks the root object member by member and the `services` and `providers`
//! arrays item by item, following only strings and brackets, and hands each item to serde on its own.
//! The other members are copied into a small "skeleton" object (with `[]` for the split arrays) that
//! serde reads as a `Snapshot` at the end, so every rule of the model (required fields, unknown or
//! duplicate fields, defaults) is serde's own, exactly as in a one-shot parse. Each `step` reads one
//! member or one item; the caller decides when to pause. Same idea as the importers' streaming reader
//! (`import::stream`), which reads a whole file through one serde call.

use crate::domain::snapshot::{Provider, Service, Snapshot, SCHEMA_VERSION};

/// The bytes are not a snapshot this model reads (`validate_bytes` says why, with a path).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invalid;

/// The root member being read.
#[derive(Clone, Copy, PartialEq)]
enum At {
    Members,
    Services,
    Providers,
}

/// A snapshot being read; see the module doc.
pub struct SnapshotReader<'a> {
    bytes: &'a [u8],
    pos: usize,
    at: At,
    /// No member (or item) read yet at the current level, so no comma is expected before the next.
    first: bool,
    skeleton: Vec<u8>,
    services: Vec<Service>,
    providers: Vec<Provider>,
    done: bool,
}

fn ws(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// The index just past the string that opens at `i`.
fn string_end(b: &[u8], i: usize) -> Result<usize, Invalid> {
    let mut j = i + 1;
    while let Some(&c) = b.get(j) {
        match c {
            b'\\' => j += 2,
            b'"' => return Ok(j + 1),
            _ => j += 1,
        }
    }
    Err(Invalid)
}

/// The index just past the value that starts at `i`. Only strings and brackets are followed: serde reads
/// the value afterwards and rejects whatever else is wrong in it.
fn value_end(b: &[u8], mut i: usize) -> Result<usize, Invalid> {
    let start = i;
    let mut depth = 0usize;
    while let Some(&c) = b.get(i) {
        match c {
            b'"' => {
                i = string_end(b, i)?;
                if depth == 0 {
                    return Ok(i);
                }
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth == 0 => break,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return Ok(i + 1);
                }
            }
            b',' | b' ' | b'\t' | b'\n' | b'\r' if depth == 0 => break,
            _ => {}
        }
        i += 1;
    }
    if depth == 0 && i > start {
        Ok(i)
    } else {
        Err(Invalid)
    }
}

fn expect(b: &[u8], i: usize, c: u8) -> Result<usize, Invalid> {
    if b.get(i) == Some(&c) {
        Ok(ws(b, i + 1))
    } else {
        Err(Invalid)
    }
}

impl<'a> SnapshotReader<'a> {
    pub fn new(bytes: &'a [u8]) -> Result<SnapshotReader<'a>, Invalid> {
        // A byte-order mark carries no meaning (see `validate_bytes`).
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let pos = expect(bytes, ws(bytes, 0), b'{')?;
        let (services, providers) = (Vec::new(), Vec::new());
        Ok(SnapshotReader {
            bytes,
            pos,
            at: At::Members,
            first: true,
            skeleton: b"{".to_vec(),
            services,
            providers,
            done: false,
        })
    }

    /// Reads one root member, or one item of a split array. `Ok(true)` while there is more to read.
    pub fn step(&mut self) -> Result<bool, Invalid> {
        if self.done {
            return Ok(false);
        }
        let b = self.bytes;
        let close = if self.at == At::Members { b'}' } else { b']' };
        let mut i = self.pos;
        if b.get(i) == Some(&close) {
            i = ws(b, i + 1);
            if self.at == At::Members {
                // Nothing but white space may follow the root object.
                self.done = true;
                return if i == b.len() { Ok(false) } else { Err(Invalid) };
            }
            (self.at, self.first, self.pos) = (At::Members, false, i);
            return Ok(true);
        }
        if !self.first {
            i = expect(b, i, b',')?;
        }
        self.first = false;
        match self.at {
            At::Members => self.member(i)?,
            At::Services => {
                let item = self.item(i)?;
                self.services.push(item);
            }
            At::Providers => {
                let item = self.item(i)?;
                self.providers.push(item);
            }
        }
        Ok(true)
    }

    /// serde reads the item where it starts and says where it ended: one pass over its bytes. Finding
    /// the end first (`value_end`) and then handing serde the slice read every item twice, a quarter of a
    /// region's read (issue 16). serde stops at a service's or provider's closing brace and refuses any
    /// other kind of item; what follows the item is checked by the next step, as before.
    fn item<T: serde::de::DeserializeOwned>(&mut self, i: usize) -> Result<T, Invalid> {
        let rest = self.bytes.get(i..).ok_or(Invalid)?;
        let mut items = serde_json::Deserializer::from_slice(rest).into_iter::<T>();
        let item = items.next().ok_or(Invalid)?.map_err(|_| Invalid)?;
        self.pos = ws(self.bytes, i + items.byte_offset());
        Ok(item)
    }

    fn member(&mut self, i: usize) -> Result<(), Invalid> {
        let b = self.bytes;
        if b.get(i) != Some(&b'"') {
            return Err(Invalid);
        }
        let key_end = string_end(b, i)?;
        let v = expect(b, ws(b, key_end), b':')?;
        if self.skeleton.len() > 1 {
            self.skeleton.push(b',');
        }
        self.skeleton.extend_from_slice(&b[i..key_end]);
        self.skeleton.push(b':');
        // The key as written: an escaped spelling of `services` is not split, so serde reads that array
        // with the rest, the same snapshot.
        let split = match &b[i..key_end] {
            b"\"services\"" => At::Services,
            b"\"providers\"" => At::Providers,
            _ => At::Members,
        };
        if split != At::Members && b.get(v) == Some(&b'[') {
            self.skeleton.extend_from_slice(b"[]");
            (self.at, self.first, self.pos) = (split, true, ws(b, v + 1));
        } else {
            let end = value_end(b, v)?;
            self.skeleton.extend_from_slice(&b[v..end]);
            self.pos = ws(b, end);
        }
        Ok(())
    }

    /// The snapshot read, once `step` has returned `Ok(false)`; only the current schema version.
    pub fn finish(mut self) -> Result<Snapshot, Invalid> {
        if !self.done {
            return Err(Invalid);
        }
        self.skeleton.push(b'}');
        let mut s: Snapshot = serde_json::from_slice(&self.skeleton).map_err(|_| Invalid)?;
        if s.schema_version != SCHEMA_VERSION {
            return Err(Invalid);
        }
        // Split arrays are `[]` in the skeleton; an array not split (an escaped key) is there in full.
        s.services.append(&mut self.services);
        s.providers.append(&mut self.providers);
        Ok(s)
    }
}

/// Reads a whole snapshot at once: what the steps give, for callers that need not pause.
pub fn read_snapshot(bytes: &[u8]) -> Result<Snapshot, Invalid> {
    let mut r = SnapshotReader::new(bytes)?;
    while r.step()? {}
    r.finish()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "reader_tests.rs"]
mod tests;
