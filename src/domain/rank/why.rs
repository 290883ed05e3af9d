//! "Why this service": the reasons a hit was shown, as data — its type, the words that matched (in
//! the service's own fields, or only in its description), what the person's words mean in the lexicon,
//! finder answers, the municipality served and the filters it passed. `i18n` words them per language
//! (`Lang::why`), so the English UI never shows a Czech sentence made here.

use super::expand;
use super::plan::Plan;
use super::Query;
use crate::domain::index::{unpack, Index, F_DESCRIPTION};
use crate::domain::lexicon;
use crate::domain::snapshot::{FeeKind, Form, LifeSituation, Service, Snapshot, TargetGroup};

/// One reason a service was shown. Names (types, situations, municipalities) and matched words are the
/// catalogue's own text; everything around them is worded by `i18n`.
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    /// The service's legal type or category, by its key (a section such as "40", or a category id);
    /// `Lang::type_name` names it in the UI language.
    Kind(&'static str),
    /// Query words found in the service's name, type, keywords, situations, provider or groups.
    Matched(Vec<String>),
    /// Query words found only in the service's description ("v popisu: dluhy").
    InDescription(Vec<String>),
    /// What the person said names this kind of service: „dluhy“ → odborné sociální poradenství. `said`
    /// is what the person typed, in whatever language; `kind` is the type's key, as in `Kind`.
    Means {
        said: String,
        kind: Option<&'static str>,
    },
    /// What the person said names a kind of help the service's own name says it gives (an untyped
    /// service: „hospic“ → "Mobilní hospic Anežka").
    NameMeans(String),
    /// What the person said names a kind of help the service's description speaks of (the lower tier).
    DescriptionMeans(String),
    /// A life situation chosen in the finder points to the service.
    Situation(String),
    /// The service works in the whole region, including the chosen municipality.
    WholeRegion(String),
    /// The service comes to people in the chosen municipality.
    Visits(String),
    /// The service serves the chosen municipality.
    Serves(String),
    /// The service is for the target group the person filtered by.
    For(TargetGroup),
    ByPhone,
    Free,
    /// The service has the phone number the person typed (as the catalogue writes it).
    Phone(String),
    /// The service's provider has the phone number the person typed.
    ProviderPhone {
        number: String,
        provider: String,
    },
    /// The service's provider has the IČO the person typed.
    Ico {
        ico: String,
        provider: String,
    },
    /// The person named a part of a municipality the service serves: „Chlístov“ → obec Benešov.
    Part {
        part: String,
        municipality: String,
    },
}

/// Whether `doc` has a posting for term `tid` (postings are in document order).
pub(crate) fn doc_has(index: &Index, tid: usize, doc: usize) -> bool {
    index.postings_of(tid).binary_search_by(|p| (p >> 8).cmp(&(doc as u32))).is_ok()
        || index
            .doc_shared
            .get(doc)
            .is_some_and(|ids| index.shared_postings_of(tid).iter().any(|p| ids.contains(&(p >> 8))))
}

/// Whether `doc` has term `tid` in a field other than its description.
fn doc_has_outside_description(index: &Index, tid: usize, doc: usize) -> bool {
    let own = index.postings_of(tid);
    let from = own.partition_point(|p| (p >> 8) < doc as u32);
    own[from..].iter().take_while(|p| (*p >> 8) == doc as u32).any(|&p| unpack(p).1 != F_DESCRIPTION)
        || index
            .doc_shared
            .get(doc)
            .is_some_and(|ids| index.shared_postings_of(tid).iter().any(|p| ids.contains(&(p >> 8))))
}

/// Display forms of the index terms a document matched, one per query word.
pub(crate) fn matched_words(index: &Index, plan: &Plan, doc: usize) -> Vec<String> {
    split_matched(index, plan, doc).into_iter().flat_map(|(_, w)| w).collect()
}

/// The matched words, as (found outside the description, words): strong first, then description-only.
fn split_matched(index: &Index, plan: &Plan, doc: usize) -> [(bool, Vec<String>); 2] {
    let (mut strong, mut desc): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    for tok in &plan.toks {
        let outside = tok.exp.iter().find(|(tid, _)| doc_has_outside_description(index, *tid, doc));
        let found = outside
            .map(|e| (true, e.0))
            .or_else(|| tok.exp.iter().find(|(tid, _)| doc_has(index, *tid, doc)).map(|e| (false, e.0)));
        if let Some((out, tid)) = found {
            let shown = index.display[tid].to_string();
            if !strong.contains(&shown) && !desc.contains(&shown) {
                if out {
                    strong.push(shown);
                } else {
                    desc.push(shown);
                }
            }
        }
    }
    desc.retain(|w| !strong.contains(w));
    [(true, strong), (false, desc)]
}

pub(crate) struct WhyContext<'a> {
    pub index: &'a Index,
    pub snapshot: &'a Snapshot,
    pub query: &'a Query,
    pub plan: &'a Plan,
    pub situations: &'a [&'a LifeSituation],
    pub municipality: Option<usize>,
}

pub(crate) fn why(cx: &WhyContext<'_>, doc: usize) -> Vec<Why> {
    let s: &Service = &cx.snapshot.services[doc];
    let mut out = Vec::new();
    let type_key = lexicon::type_key(s.law_section.as_deref(), s.category.as_deref());
    if let Some(t) = type_key {
        out.push(Why::Kind(t));
    }
    for (strong, words) in split_matched(cx.index, cx.plan, doc) {
        if !words.is_empty() {
            out.push(if strong { Why::Matched(words) } else { Why::InDescription(words) });
        }
    }
    for m in &cx.plan.concepts {
        let c = &cx.index.concepts[m.concept].concept;
        let by_type = s.law_section.as_ref().is_some_and(|x| c.sections.contains(&x.as_str()))
            || s.category.as_ref().is_some_and(|x| c.categories.contains(&x.as_str()));
        let said = || m.said(cx.plan).to_string();
        if by_type {
            out.push(Why::Means { said: said(), kind: type_key });
            continue;
        }
        let (mut own, mut desc) = (false, false);
        let typed = s.law_section.is_some() || s.category.as_deref().is_some_and(|c| c != "jine");
        for e in expand::expansions(cx.index, m.concept).filter(|_| !typed) {
            let (o, d) = expand::doc_has_all(cx.index, e.terms, doc);
            own |= o;
            desc |= d && e.described > 0.0;
        }
        if own {
            out.push(Why::NameMeans(said()));
        } else if desc {
            out.push(Why::DescriptionMeans(said()));
        }
    }
    for sit in cx.situations {
        if crate::domain::index::build::situation_links(sit, s) {
            out.push(Why::Situation(sit.name.clone()));
        }
    }
    if let Some(m) = cx.municipality.and_then(|i| cx.snapshot.municipalities.get(i)) {
        let name = m.name.clone();
        out.push(if s.area.whole_region {
            Why::WholeRegion(name)
        } else if s.forms.contains(&Form::Terenni) {
            Why::Visits(name)
        } else {
            Why::Serves(name)
        });
    }
    let q = cx.query;
    if let Some(g) = q.target_group {
        if s.target_groups.contains(&g) {
            out.push(Why::For(g));
        }
    }
    if q.by_phone && (s.by_phone || s.law_section.as_deref() == Some("55")) {
        out.push(Why::ByPhone);
    }
    if s.fee.kind == FeeKind::Free {
        out.push(Why::Free);
    }
    out
}
