//! Laying out a built index: sort the vocabulary, turn the collected (term, posting) pairs into flat
//! per-term postings with a counting sort, compute document frequencies, and gather completions.

use super::build::kind_id;
use super::{AnalyzedConcept, Index, NF};
use crate::domain::law;
use crate::domain::lexicon::Concept;
use crate::domain::snapshot::Snapshot;
use crate::domain::text::{self, fold, StemMode};

/// A shared text: its field, its (term, tf) runs and its token count.
pub(super) type SharedText = (usize, Vec<(u32, u32)>, usize);

/// What the builder collected.
pub(super) struct Parts {
    pub terms: Vec<String>,
    pub display: Vec<String>,
    /// (term, packed posting) in document order.
    pub pairs: Vec<(u32, u32)>,
    pub field_len: Vec<u16>,
    /// Shared texts: (field, (term, tf) runs, token count).
    pub shared: Vec<SharedText>,
}

pub(super) fn finish(
    b: Parts,
    snapshot: &Snapshot,
    mode: StemMode,
    analysed: Vec<(Concept, Vec<Vec<String>>)>,
    (doc_kind, doc_groups, doc_shared): (Vec<u16>, Vec<u16>, Vec<[u32; 3]>),
) -> Index {
    let n_terms = b.terms.len();
    // Sort the vocabulary; `rank[old]` is the new id.
    let mut order: Vec<u32> = (0..n_terms as u32).collect();
    crate::domain::sort::sort_u32(&mut order, &mut |x, y| b.terms[x as usize].cmp(&b.terms[y as usize]));
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
    // Shared texts get their own small postings (shared id instead of document id), and count
    // towards document frequency with every document that uses them (overlaps with the document's
    // own fields are counted twice, which only lowers the idf of very common words slightly).
    let mut sid_docs = vec![0u32; b.shared.len()];
    for ids in &doc_shared {
        for &sid in ids {
            sid_docs[sid as usize] += 1;
        }
    }
    let mut sh_offsets = vec![0u32; n_terms + 1];
    for (_, terms, _) in &b.shared {
        for &(t, _) in terms {
            sh_offsets[rank[t as usize] as usize + 1] += 1;
        }
    }
    for i in 1..sh_offsets.len() {
        sh_offsets[i] += sh_offsets[i - 1];
    }
    let mut fill = sh_offsets.clone();
    let mut sh_postings = vec![0u32; sh_offsets[n_terms] as usize];
    for (sid, (field, terms, _)) in b.shared.iter().enumerate() {
        for &(t, tf) in terms {
            let t = rank[t as usize] as usize;
            sh_postings[fill[t] as usize] = ((sid as u32) << 8) | ((*field as u32) << 5) | tf;
            fill[t] += 1;
            df[t] = df[t].saturating_add(sid_docs[sid]);
        }
    }
    let n_docs = snapshot.services.len() as u32;
    for d in &mut df {
        *d = (*d).min(n_docs);
    }
    let sh_len: Vec<u16> = b.shared.iter().map(|(_, _, len)| (*len).min(u16::MAX as usize) as u16).collect();
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
    let ids_of = |p: &[String]| -> Option<Vec<u32>> {
        p.iter().map(|t| terms.binary_search_by(|x| (**x).cmp(t.as_str())).ok().map(|i| i as u32)).collect()
    };
    let concepts: Vec<AnalyzedConcept> = analysed
        .into_iter()
        .map(|(concept, phrases)| {
            let phrase_ids = phrases.iter().filter_map(|p| ids_of(p)).collect();
            AnalyzedConcept { concept, phrases, phrase_ids }
        })
        .collect();
    let kinds = law::LAW_TYPES.iter().map(|t| (kind_id(Some(t.section), None), t.name));
    let kinds = kinds.chain(
        law::CATEGORIES.iter().filter(|c| c.id != "jine").map(|c| (kind_id(None, Some(c.id)), c.name)),
    );
    let kind_names = kinds
        .filter_map(|(k, name)| {
            let t = text::terms(name, mode);
            (!t.is_empty()).then_some(()).and_then(|_| ids_of(&t)).map(|ids| (k, ids))
        })
        .collect();
    let mut field_len = b.field_len;
    field_len.shrink_to_fit();
    let suggestion_texts = suggestion_texts(snapshot, &concepts);
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
        sh_offsets,
        sh_postings,
        sh_len,
        doc_shared,
        concepts,
        kind_names,
        suggestion_texts,
        suggestions: std::sync::OnceLock::new(),
    }
}

/// The texts offered as completions, as written: service, type, category and situation names and the
/// lexicon's phrases. Folding and sorting them waits for the first `suggest` call (see `Index`).
fn suggestion_texts(snapshot: &Snapshot, concepts: &[AnalyzedConcept]) -> Vec<Box<str>> {
    let mut out: Vec<Box<str>> = Vec::with_capacity(snapshot.services.len() + 600);
    out.extend(snapshot.services.iter().map(|s| s.name.as_str().into()));
    out.extend(law::LAW_TYPES.iter().map(|t| t.name.into()));
    out.extend(law::CATEGORIES.iter().map(|c| c.name.into()));
    out.extend(snapshot.life_situations.iter().map(|s| s.name.as_str().into()));
    for c in concepts {
        out.extend(
            c.concept
                .phrases
                .iter()
                .filter(|p| p.chars().any(text::case::is_lower_letter))
                .map(|p| (*p).into()),
        );
    }
    out
}

/// Folds and sorts completion texts by their folded form, dropping blanks and duplicates.
pub(super) fn sort_suggestions(texts: &[Box<str>]) -> Vec<(Box<str>, u32)> {
    let mut out: Vec<(Box<str>, u32)> = texts
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.trim().is_empty())
        .map(|(i, t)| (fold(t).into(), i as u32))
        .collect();
    crate::domain::sort::sort_by(&mut out, |a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    out.dedup_by(|a, b| a.0 == b.0);
    out
}
