//! "Why this service": the reasons a hit was shown, in Czech a citizen understands — its type, the
//! words that matched, what the person's words mean in the lexicon, finder answers, the municipality
//! served and the filters it passed.

use super::plan::Plan;
use super::Query;
use crate::domain::index::Index;
use crate::domain::lexicon;
use crate::domain::snapshot::{FeeKind, Form, LifeSituation, Service, Snapshot};

/// Whether `doc` has a posting for term `tid` (postings are in document order).
pub(crate) fn doc_has(index: &Index, tid: usize, doc: usize) -> bool {
    index.postings_of(tid).binary_search_by(|p| (p >> 8).cmp(&(doc as u32))).is_ok()
        || index
            .doc_shared
            .get(doc)
            .is_some_and(|ids| index.shared_postings_of(tid).iter().any(|p| ids.contains(&(p >> 8))))
}

/// Display forms of the index terms a document matched, one per query word.
pub(crate) fn matched_words(index: &Index, plan: &Plan, doc: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for tok in &plan.toks {
        if let Some(&(tid, _)) = tok.exp.iter().find(|(tid, _)| doc_has(index, *tid, doc)) {
            let shown = index.display[tid].to_string();
            if !out.contains(&shown) {
                out.push(shown);
            }
        }
    }
    out
}

pub(crate) struct WhyContext<'a> {
    pub index: &'a Index,
    pub snapshot: &'a Snapshot,
    pub query: &'a Query,
    pub plan: &'a Plan,
    pub situations: &'a [&'a LifeSituation],
    pub municipality: Option<usize>,
}

pub(crate) fn why(cx: &WhyContext<'_>, doc: usize) -> Vec<String> {
    let s: &Service = &cx.snapshot.services[doc];
    let mut out = Vec::new();
    let type_name = lexicon::type_name(s.law_section.as_deref(), s.category.as_deref());
    if let Some(t) = type_name {
        out.push(t.to_string());
    }
    let words = matched_words(cx.index, cx.plan, doc);
    if !words.is_empty() {
        out.push(format!("shoda: {}", words.join(", ")));
    }
    for m in &cx.plan.concepts {
        let c = &cx.index.concepts[m.concept].concept;
        let by_type = s.law_section.as_ref().is_some_and(|x| c.sections.contains(&x.as_str()))
            || s.category.as_ref().is_some_and(|x| c.categories.contains(&x.as_str()));
        if by_type {
            let said = m.said(cx.plan);
            out.push(format!("„{}“ → {}", said, type_name.unwrap_or("tento druh služby")));
        }
    }
    for sit in cx.situations {
        if crate::domain::index::build::situation_links(sit, s) {
            out.push(format!("odpovídá: {}", sit.name));
        }
    }
    if let Some(m) = cx.municipality.and_then(|i| cx.snapshot.municipalities.get(i)) {
        if s.area.whole_region {
            out.push(format!("působí v celém regionu, i v obci {}", m.name));
        } else if s.forms.contains(&Form::Terenni) {
            out.push(format!("jezdí i do obce {}", m.name));
        } else {
            out.push(format!("slouží i obci {}", m.name));
        }
    }
    let q = cx.query;
    if let Some(g) = q.target_group {
        if s.target_groups.contains(&g) {
            out.push(format!("pro: {}", lexicon::group_name(g)));
        }
    }
    if q.by_phone && (s.by_phone || s.law_section.as_deref() == Some("55")) {
        out.push("pomáhá i po telefonu".to_string());
    }
    if s.fee.kind == FeeKind::Free {
        out.push("zdarma".to_string());
    }
    out
}
