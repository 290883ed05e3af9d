//! The in-memory search index over one snapshot: an inverted index with per-field postings for BM25F
//! ranking, the analysed lexicon concepts, and a sorted list of completions. Built once per snapshot
//! (in the browser after loading, in the CLI per run); searching lives in `rank`.
//!
//! Postings are packed into one `u32` each (doc id << 8 | field << 5 | term frequency) in a single
//! flat array addressed by per-term offsets. Text that many services share (their type's name and
//! lexicon words, linked life situations, target group words) is indexed once as a "shared text" that
//! documents point to, which keeps build time and memory proportional to the services' own text.

pub(crate) mod build;
pub(crate) mod fxhash;
mod layout;

use crate::domain::lexicon::Concept;
use crate::domain::snapshot::Snapshot;
use crate::domain::text::{fold, StemMode};

/// Index fields, each with its own boost and length normalisation.
pub const F_NAME: usize = 0;
pub const F_TYPE: usize = 1;
pub const F_KEYWORDS: usize = 2;
pub const F_SITUATIONS: usize = 3;
pub const F_DESCRIPTION: usize = 4;
pub const F_PROVIDER: usize = 5;
pub const F_GROUPS: usize = 6;
pub const NF: usize = 7;

/// BM25F field boosts: the service's own name and keywords weigh most, its legal type (with the
/// lexicon's everyday words) next, free description text least.
pub const FIELD_WEIGHT: [f32; NF] = [4.0, 2.5, 3.0, 1.5, 1.0, 1.0, 1.2];
/// BM25 length normalisation per field. The type field is the same text for every service of a type,
/// so normalising it would only add noise.
pub const FIELD_B: [f32; NF] = [0.3, 0.0, 0.3, 0.3, 0.75, 0.3, 0.3];
/// Fields whose match can justify a result on its own; a match in the description alone cannot.
pub const STRONG_FIELD: [bool; NF] = [true, true, true, true, false, true, true];

/// A lexicon concept with its phrases analysed into index terms.
#[derive(Debug, Clone)]
pub(crate) struct AnalyzedConcept {
    pub concept: Concept,
    pub phrases: Vec<Vec<String>>,
    /// The phrases as index term ids, for those whose every word occurs in this catalogue.
    pub phrase_ids: Vec<Vec<u32>>,
}

/// The search index. Build it with `Index::build`, query it with `Index::search` (in `rank`).
#[derive(Debug, Clone)]
pub struct Index {
    pub(crate) mode: StemMode,
    /// Sorted index terms (stemmed, folded).
    pub(crate) terms: Vec<Box<str>>,
    /// For each term, the shortest word seen for it, as written (lowercase), for display.
    pub(crate) display: Vec<Box<str>>,
    /// Number of documents containing each term.
    pub(crate) df: Vec<u32>,
    /// `postings[offsets[t]..offsets[t + 1]]` are term t's postings, in document order.
    pub(crate) offsets: Vec<u32>,
    pub(crate) postings: Vec<u32>,
    /// Token count of each (document, field), `doc * NF + field`.
    pub(crate) field_len: Vec<u16>,
    pub(crate) avg_len: [f32; NF],
    pub(crate) n_docs: usize,
    /// Term ids grouped by byte length, for typo-tolerant lookup.
    pub(crate) by_len: Vec<Vec<u32>>,
    /// Per document: the law section or category it belongs to, as a kind id (see `build::kind_id`).
    pub(crate) doc_kind: Vec<u16>,
    /// Per document: bit set of `TargetGroup::ALL` positions.
    pub(crate) doc_groups: Vec<u16>,
    /// Postings of texts shared by many documents (type, situations, groups): shared id << 8 | field
    /// << 5 | tf, per term like `postings`. Stored once instead of once per document.
    pub(crate) sh_offsets: Vec<u32>,
    pub(crate) sh_postings: Vec<u32>,
    /// Token count of each shared text.
    pub(crate) sh_len: Vec<u16>,
    /// Per document: its shared type, situations and groups texts.
    pub(crate) doc_shared: Vec<[u32; 3]>,
    pub(crate) concepts: Vec<AnalyzedConcept>,
    /// The name of each legal type and category (by kind id) as index term ids, for those whose every
    /// word occurs in this catalogue: concepts look for them in untyped services' names.
    pub(crate) kind_names: Vec<(u16, Vec<u32>)>,
    /// Completion texts as written.
    pub(crate) suggestion_texts: Vec<Box<str>>,
    /// (folded text, index into `suggestion_texts`), sorted; built on the first `suggest` call so that
    /// building the index (on every app start) does not pay for folding thousands of names.
    pub(crate) suggestions: std::sync::OnceLock<Vec<(Box<str>, u32)>>,
}

/// Unpacks a posting into (document, field, term frequency).
#[inline]
pub(crate) fn unpack(p: u32) -> (usize, usize, u32) {
    ((p >> 8) as usize, ((p >> 5) & 7) as usize, p & 31)
}

impl Index {
    /// Builds the index with the light Czech stemmer.
    pub fn build(snapshot: &Snapshot) -> Index {
        build::build(snapshot, StemMode::Light)
    }

    /// Builds the index with another normalisation, for measuring what stemming buys.
    pub fn build_with(snapshot: &Snapshot, mode: StemMode) -> Index {
        build::build(snapshot, mode)
    }

    /// Number of distinct index terms.
    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    pub(crate) fn term_id(&self, term: &str) -> Option<usize> {
        self.terms.binary_search_by(|t| (**t).cmp(term)).ok()
    }

    pub(crate) fn postings_of(&self, term: usize) -> &[u32] {
        &self.postings[self.offsets[term] as usize..self.offsets[term + 1] as usize]
    }

    pub(crate) fn shared_postings_of(&self, term: usize) -> &[u32] {
        &self.sh_postings[self.sh_offsets[term] as usize..self.sh_offsets[term + 1] as usize]
    }

    /// Term ids starting with `prefix`, at most `limit`.
    pub(crate) fn prefix_terms(&self, prefix: &str, limit: usize) -> Vec<usize> {
        let start = self.terms.partition_point(|t| **t < *prefix);
        (start..self.terms.len()).take_while(|&i| self.terms[i].starts_with(prefix)).take(limit).collect()
    }

    /// Completions for as-you-type: service, type and category names, lexicon phrases and life
    /// situations whose text starts with `prefix` (or has a word starting with it), in display form.
    pub fn suggest(&self, prefix: &str, limit: usize) -> Vec<String> {
        let key = fold(prefix.trim_start());
        if key.trim().is_empty() || limit == 0 {
            return Vec::new();
        }
        let sorted = self.suggestions.get_or_init(|| layout::sort_suggestions(&self.suggestion_texts));
        let shown = |i: u32| self.suggestion_texts.get(i as usize).map(|t| t.to_string()).unwrap_or_default();
        let start = sorted.partition_point(|(f, _)| **f < *key);
        let mut out: Vec<String> = sorted[start..]
            .iter()
            .take_while(|(f, _)| f.starts_with(key.as_str()))
            .take(limit)
            .map(|(_, i)| shown(*i))
            .collect();
        if out.len() < limit {
            let inner = format!(" {key}");
            for (f, i) in sorted {
                if out.len() >= limit {
                    break;
                }
                let d = shown(*i);
                if f.contains(inner.as_str()) && !out.contains(&d) {
                    out.push(d);
                }
            }
        }
        out
    }

    /// Approximate heap size of the index in bytes.
    pub fn memory_bytes(&self) -> usize {
        fn strs(v: &[Box<str>]) -> usize {
            v.iter().map(|s| s.len() + std::mem::size_of::<Box<str>>()).sum()
        }
        let concepts: usize = self
            .concepts
            .iter()
            .map(|c| c.phrases.iter().flatten().map(|t| t.len() + 24).sum::<usize>() + 128)
            .sum();
        strs(&self.terms)
            + strs(&self.display)
            + self.df.capacity() * 4
            + self.offsets.capacity() * 4
            + self.postings.capacity() * 4
            + self.field_len.capacity() * 2
            + self.by_len.iter().map(|b| b.capacity() * 4 + 24).sum::<usize>()
            + self.doc_kind.capacity() * 2
            + self.doc_groups.capacity() * 2
            + (self.sh_offsets.capacity() + self.sh_postings.capacity()) * 4
            + self.sh_len.capacity() * 2
            + self.doc_shared.capacity() * 12
            + concepts
            + self.suggestion_texts.iter().map(|t| t.len() + 16).sum::<usize>()
            + self.suggestions.get().map_or(0, |v| v.iter().map(|(f, _)| f.len() + 24).sum())
    }
}
