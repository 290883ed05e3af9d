//! Building the index: analyse every service's fields once, collect (term, posting) pairs, then lay
//! them out as a sorted vocabulary with flat postings (a counting sort, so build time stays linear).
//! Text shared by many services (the type's lexicon words, life situations, target group words) is
//! analysed once and reused; surface words are cached so each distinct word is stemmed only once.

use super::fxhash::FxMap;

use super::{
    AnalyzedConcept, Index, F_DESCRIPTION, F_GROUPS, F_KEYWORDS, F_NAME, F_PROVIDER, F_SITUATIONS, F_TYPE, NF,
};
use crate::domain::law;
use crate::domain::lexicon::{self, concepts};
use crate::domain::snapshot::{Service, Snapshot, TargetGroup};
use crate::domain::text::{self, fold, stem, stop, StemMode};

/// The kind id of a service: its law section's position in `LAW_TYPES`, or 100 + its category's
/// position in `CATEGORIES`, or `u16::MAX` when neither is known.
pub(crate) fn kind_id(section: Option<&str>, category: Option<&str>) -> u16 {
    if let Some(p) = section.and_then(|s| law::LAW_TYPES.iter().position(|t| t.section == s)) {
        return p as u16;
    }
    if let Some(p) = category.and_then(|c| law::CATEGORIES.iter().position(|x| x.id == c)) {
        return 100 + p as u16;
    }
    u16::MAX
}

/// Bit set of target groups.
pub(crate) fn group_bits(groups: &[TargetGroup]) -> u16 {
    groups.iter().fold(0, |acc, g| acc | group_bit(*g))
}

pub(crate) fn group_bit(g: TargetGroup) -> u16 {
    TargetGroup::ALL.iter().position(|x| *x == g).map_or(0, |p| 1 << p)
}

struct Builder<'a> {
    mode: StemMode,
    ids: FxMap<String, u32>,
    terms: Vec<String>,
    display: Vec<String>,
    word_cache: FxMap<&'a str, Option<u32>>,
    pairs: Vec<(u32, u32)>,
    field_len: Vec<u16>,
    sorted: Vec<u32>,
}

impl<'a> Builder<'a> {
    fn term_of(&mut self, word: &'a str) -> Option<u32> {
        if let Some(id) = self.word_cache.get(word) {
            return *id;
        }
        let folded = fold(word);
        let id = if folded.chars().count() < 2 || stop::is_stop(&folded) {
            None
        } else {
            let term = stem::stem_with(&folded, self.mode);
            let id = match self.ids.get(&term) {
                Some(&id) => id,
                None => {
                    let id = self.terms.len() as u32;
                    self.ids.insert(term.clone(), id);
                    self.terms.push(term);
                    self.display.push(String::new());
                    id
                }
            };
            let shown = &mut self.display[id as usize];
            if shown.is_empty() || word.len() < shown.len() {
                *shown = word.to_lowercase();
            }
            Some(id)
        };
        self.word_cache.insert(word, id);
        id
    }

    fn ids_of(&mut self, text: &'a str, out: &mut Vec<u32>) {
        for w in text::words(text) {
            if let Some(id) = self.term_of(w) {
                out.push(id);
            }
        }
    }

    fn add_field(&mut self, doc: usize, field: usize, ids: &[u32]) {
        let runs = runs(ids, &mut self.sorted);
        self.add_runs(doc, field, &runs);
    }

    /// Adds a field whose (term, frequency) runs were computed once for many documents.
    fn add_runs(&mut self, doc: usize, field: usize, runs: &Runs) {
        self.field_len[doc * NF + field] = runs.len.min(u16::MAX as usize) as u16;
        let base = ((doc as u32) << 8) | ((field as u32) << 5);
        self.pairs.extend(runs.terms.iter().map(|&(t, tf)| (t, base | tf)));
    }
}

/// A field's distinct terms with their frequencies (capped at 31), and its token count.
#[derive(Default)]
struct Runs {
    terms: Vec<(u32, u32)>,
    len: usize,
}

fn runs(ids: &[u32], scratch: &mut Vec<u32>) -> Runs {
    scratch.clear();
    scratch.extend_from_slice(ids);
    scratch.sort_unstable();
    let mut terms = Vec::new();
    for chunk in scratch.chunk_by(|a, b| a == b) {
        terms.push((chunk[0], chunk.len().min(31) as u32));
    }
    Runs { terms, len: ids.len() }
}

/// Builds the index for `snapshot`. Documents are `snapshot.services` in order.
pub(crate) fn build(snapshot: &Snapshot, mode: StemMode) -> Index {
    let n = snapshot.services.len();
    let mut b = Builder {
        mode,
        ids: FxMap::default(),
        terms: Vec::new(),
        display: Vec::new(),
        word_cache: FxMap::default(),
        pairs: Vec::with_capacity(n * 64),
        field_len: vec![0; n * NF],
        sorted: Vec::new(),
    };
    let kinds: Vec<u16> =
        snapshot.services.iter().map(|s| kind_id(s.law_section.as_deref(), s.category.as_deref())).collect();
    let groups: Vec<u16> = snapshot.services.iter().map(|s| group_bits(&s.target_groups)).collect();
    let mut kind_text: FxMap<u16, Runs> = FxMap::default();
    let mut sit_text: FxMap<(u16, u16), Runs> = FxMap::default();
    let mut group_text: FxMap<u16, Runs> = FxMap::default();
    let mut ids = Vec::new();
    let group_only_situations =
        snapshot.life_situations.iter().any(|x| x.law_sections.is_empty() && x.categories.is_empty());
    let mut provider_text: FxMap<&str, &str> = FxMap::default();
    for p in &snapshot.providers {
        provider_text.insert(p.id.as_str(), p.name.as_str());
    }
    for (doc, s) in snapshot.services.iter().enumerate() {
        ids.clear();
        b.ids_of(&s.name, &mut ids);
        b.add_field(doc, F_NAME, &ids);
        let kind = kinds[doc];
        let v = kind_text.entry(kind).or_insert_with(|| {
            let mut v = Vec::new();
            type_text(s, &mut |t| b.ids_of(t, &mut v));
            runs(&v, &mut Vec::new())
        });
        b.add_runs(doc, F_TYPE, v);
        ids.clear();
        for k in &s.keywords {
            b.ids_of(k, &mut ids);
        }
        b.add_field(doc, F_KEYWORDS, &ids);
        // Target groups only matter to situations that name no type; keying on them otherwise would
        // defeat the cache on catalogues with many group combinations.
        let key = (kind, if group_only_situations { groups[doc] } else { 0 });
        let v = sit_text.entry(key).or_insert_with(|| {
            let mut v = Vec::new();
            for sit in snapshot.life_situations.iter().filter(|x| situation_links(x, s)) {
                b.ids_of(&sit.name, &mut v);
                for w in &sit.words {
                    b.ids_of(w, &mut v);
                }
            }
            runs(&v, &mut Vec::new())
        });
        b.add_runs(doc, F_SITUATIONS, v);
        ids.clear();
        b.ids_of(&s.description, &mut ids);
        b.add_field(doc, F_DESCRIPTION, &ids);
        ids.clear();
        if let Some(name) = provider_text.get(s.provider.as_str()) {
            b.ids_of(name, &mut ids);
        }
        b.add_field(doc, F_PROVIDER, &ids);
        let v = group_text.entry(groups[doc]).or_insert_with(|| {
            let mut v = Vec::new();
            for g in &s.target_groups {
                b.ids_of(lexicon::group_name(*g), &mut v);
                b.ids_of(lexicon::group_words(*g), &mut v);
            }
            runs(&v, &mut Vec::new())
        });
        b.add_runs(doc, F_GROUPS, v);
    }
    finish(b, snapshot, mode, kinds, groups)
}

/// Feeds the type field's texts: the type's name, its lexicon words and the category's.
fn type_text<'a>(s: &Service, feed: &mut impl FnMut(&'a str)) {
    if let Some(t) = s.law_section.as_deref().and_then(law::law_type) {
        feed(t.name);
        feed(lexicon::type_words(t.section));
    }
    if let Some(c) = s.category.as_deref().and_then(law::category) {
        feed(c.name);
        feed(lexicon::type_words(c.id));
    }
}

/// Whether a life situation points at this service: by law section or category, or, for situations
/// that name neither, by target group.
pub(crate) fn situation_links(sit: &crate::domain::snapshot::LifeSituation, s: &Service) -> bool {
    if sit.law_sections.is_empty() && sit.categories.is_empty() {
        return sit.target_groups.iter().any(|g| s.target_groups.contains(g));
    }
    s.law_section.as_ref().is_some_and(|x| sit.law_sections.contains(x))
        || s.category.as_ref().is_some_and(|x| sit.categories.contains(x))
}

fn finish(
    b: Builder<'_>,
    snapshot: &Snapshot,
    mode: StemMode,
    doc_kind: Vec<u16>,
    doc_groups: Vec<u16>,
) -> Index {
    let n_terms = b.terms.len();
    // Sort the vocabulary; `rank[old]` is the new id.
    let mut order: Vec<u32> = (0..n_terms as u32).collect();
    order.sort_unstable_by(|&x, &y| b.terms[x as usize].cmp(&b.terms[y as usize]));
    let mut rank = vec![0u32; n_terms];
    for (new, &old) in order.iter().enumerate() {
        rank[old as usize] = new as u32;
    }
    let mut counts = vec![0u32; n_terms + 1];
    for &(t, _) in &b.pairs {
        counts[rank[t as usize] as usize + 1] += 1;
    }
    for i in 1..counts.len() {
        counts[i] += counts[i - 1];
    }
    let offsets = counts.clone();
    let mut fill = counts;
    let mut postings = vec![0u32; b.pairs.len()];
    for &(t, p) in &b.pairs {
        let slot = &mut fill[rank[t as usize] as usize];
        postings[*slot as usize] = p;
        *slot += 1;
    }
    let mut df = vec![0u32; n_terms];
    for (t, d) in df.iter_mut().enumerate() {
        let mut last = u32::MAX;
        for &p in &postings[offsets[t] as usize..offsets[t + 1] as usize] {
            if p >> 8 != last {
                *d += 1;
                last = p >> 8;
            }
        }
    }
    let mut terms: Vec<Box<str>> = Vec::with_capacity(n_terms);
    let mut display: Vec<Box<str>> = Vec::with_capacity(n_terms);
    for &old in &order {
        terms.push(b.terms[old as usize].as_str().into());
        display.push(b.display[old as usize].as_str().into());
    }
    let mut by_len: Vec<Vec<u32>> = Vec::new();
    for (id, t) in terms.iter().enumerate() {
        if by_len.len() <= t.len() {
            by_len.resize(t.len() + 1, Vec::new());
        }
        by_len[t.len()].push(id as u32);
    }
    let n = snapshot.services.len().max(1) as f32;
    let mut avg_len = [0f32; NF];
    for (i, l) in b.field_len.iter().enumerate() {
        avg_len[i % NF] += f32::from(*l) / n;
    }
    let concepts = concepts()
        .into_iter()
        .map(|c| {
            let phrases = c.phrases.iter().map(|p| text::terms(p, mode)).filter(|p| !p.is_empty()).collect();
            AnalyzedConcept { concept: c, phrases }
        })
        .collect();
    let mut field_len = b.field_len;
    field_len.shrink_to_fit();
    Index {
        mode,
        terms,
        display,
        df,
        offsets,
        postings,
        field_len,
        avg_len,
        n_docs: snapshot.services.len(),
        by_len,
        doc_kind,
        doc_groups,
        concepts,
        suggestions: suggestions(snapshot),
    }
}

fn suggestions(snapshot: &Snapshot) -> Vec<(Box<str>, Box<str>)> {
    let mut out: Vec<(Box<str>, Box<str>)> = Vec::new();
    let mut push = |s: &str| {
        if !s.trim().is_empty() {
            out.push((fold(s).into(), s.into()));
        }
    };
    snapshot.services.iter().for_each(|s| push(&s.name));
    law::LAW_TYPES.iter().for_each(|t| push(t.name));
    law::CATEGORIES.iter().for_each(|c| push(c.name));
    snapshot.life_situations.iter().for_each(|s| push(&s.name));
    for c in concepts() {
        c.phrases.iter().filter(|p| p.chars().any(char::is_lowercase)).for_each(|p| push(p));
    }
    out.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    out.dedup_by(|a, b| a.0 == b.0);
    out
}
