//! Building the index: analyse every service's fields once, collect (term, posting) pairs, then lay
//! them out as a sorted vocabulary with flat postings (a counting sort, so build time stays linear).
//! Text shared by many services (the type's lexicon words, life situations, target group words) is
//! analysed once and reused; surface words are cached so each distinct word is stemmed only once.

use super::fxhash::FxMap;
use super::layout::{self, Parts};

use super::{Index, F_DESCRIPTION, F_GROUPS, F_KEYWORDS, F_NAME, F_PROVIDER, F_SITUATIONS, F_TYPE, NF};
use crate::domain::law;
use crate::domain::lexicon;
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
    /// Texts shared by many documents (type, situations, groups), analysed once: (field, runs).
    shared: Vec<(usize, Runs)>,
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
                *shown = text::case::lowercase(word);
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

    fn add_runs(&mut self, doc: usize, field: usize, runs: &Runs) {
        self.field_len[doc * NF + field] = runs.len.min(u16::MAX as usize) as u16;
        let base = ((doc as u32) << 8) | ((field as u32) << 5);
        self.pairs.extend(runs.terms.iter().map(|&(t, tf)| (t, base | tf)));
    }

    /// Registers a shared text and returns its id.
    fn share(&mut self, field: usize, ids: &[u32]) -> u32 {
        let r = runs(ids, &mut self.sorted);
        self.shared.push((field, r));
        (self.shared.len() - 1) as u32
    }

    /// Attaches shared text `sid` to a document: only its length is stored per document.
    fn use_shared(&mut self, doc: usize, sid: u32) {
        let (field, r) = &self.shared[sid as usize];
        self.field_len[doc * NF + field] = r.len.min(u16::MAX as usize) as u16;
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
    crate::domain::sort::sort_u32(scratch, &mut |a, b| a.cmp(&b));
    let mut terms = Vec::new();
    for chunk in scratch.chunk_by(|a, b| a == b) {
        terms.push((chunk[0], chunk.len().min(31) as u32));
    }
    Runs { terms, len: ids.len() }
}

/// Builds the index for `snapshot` in one go. Documents are `snapshot.services` in order.
pub(crate) fn build(snapshot: &Snapshot, mode: StemMode) -> Index {
    IndexBuilder::with_mode(snapshot, mode).finish()
}

/// An index built a few services at a time (issue 16: a region's catalogue indexed in one call holds a
/// phone's main thread for a second): `push` analyses the next services, `finish` lays the index out.
/// The result is the one `Index::build` gives, which builds through it.
pub struct IndexBuilder<'a> {
    snapshot: &'a Snapshot,
    b: Builder<'a>,
    next: usize,
    kinds: Vec<u16>,
    groups: Vec<u16>,
    kind_text: FxMap<u16, u32>,
    sit_text: FxMap<(u16, u16), u32>,
    group_text: FxMap<u16, u32>,
    doc_shared: Vec<[u32; 3]>,
    ids: Vec<u32>,
    /// Whether any life situation names no type: then target groups key the situations' cache too.
    group_only_situations: bool,
    provider_text: FxMap<&'a str, &'a str>,
    /// The lexicon's concepts still to analyse, after the services (a few milliseconds on a phone, so
    /// they are steps too), and those analysed, with their phrases' terms.
    pending: std::vec::IntoIter<lexicon::Concept>,
    analysed: Vec<(lexicon::Concept, Vec<Vec<String>>)>,
}

impl<'a> IndexBuilder<'a> {
    /// A builder with the light Czech stemmer, as `Index::build`.
    pub fn new(snapshot: &'a Snapshot) -> IndexBuilder<'a> {
        IndexBuilder::with_mode(snapshot, StemMode::Light)
    }

    pub(crate) fn with_mode(snapshot: &'a Snapshot, mode: StemMode) -> IndexBuilder<'a> {
        let n = snapshot.services.len();
        let b = Builder {
            mode,
            ids: FxMap::default(),
            terms: Vec::new(),
            display: Vec::new(),
            word_cache: FxMap::default(),
            pairs: Vec::with_capacity(n * 64),
            field_len: vec![0; n * NF],
            sorted: Vec::new(),
            shared: Vec::new(),
        };
        let services = &snapshot.services;
        let mut provider_text: FxMap<&str, &str> = FxMap::default();
        for p in &snapshot.providers {
            provider_text.insert(p.id.as_str(), p.name.as_str());
        }
        IndexBuilder {
            snapshot,
            b,
            next: 0,
            kinds: services
                .iter()
                .map(|s| kind_id(s.law_section.as_deref(), s.category.as_deref()))
                .collect(),
            groups: services.iter().map(|s| group_bits(&s.target_groups)).collect(),
            kind_text: FxMap::default(),
            sit_text: FxMap::default(),
            group_text: FxMap::default(),
            doc_shared: Vec::with_capacity(n),
            ids: Vec::new(),
            group_only_situations: snapshot
                .life_situations
                .iter()
                .any(|x| x.law_sections.is_empty() && x.categories.is_empty()),
            provider_text,
            pending: lexicon::concepts().into_iter(),
            analysed: Vec::new(),
        }
    }

    /// Analyses up to `count` more services, then lexicon concepts; true while some remain.
    pub fn push(&mut self, count: usize) -> bool {
        let services = &self.snapshot.services;
        let end = self.next.saturating_add(count).min(services.len());
        for (doc, s) in services.iter().enumerate().take(end).skip(self.next) {
            self.add(doc, s);
        }
        let left = count - (end - self.next);
        self.next = end;
        let mode = self.b.mode;
        for c in self.pending.by_ref().take(left) {
            let phrases = c.phrases.iter().map(|p| text::terms(p, mode)).filter(|p| !p.is_empty()).collect();
            self.analysed.push((c, phrases));
        }
        end < services.len() || self.pending.len() > 0
    }

    fn add(&mut self, doc: usize, s: &'a Service) {
        let (b, ids) = (&mut self.b, &mut self.ids);
        ids.clear();
        b.ids_of(&s.name, ids);
        b.add_field(doc, F_NAME, ids);
        let kind = self.kinds[doc];
        let type_sid = *self.kind_text.entry(kind).or_insert_with(|| {
            let mut v = Vec::new();
            type_text(s, &mut |t| b.ids_of(t, &mut v));
            b.share(F_TYPE, &v)
        });
        ids.clear();
        for k in &s.keywords {
            b.ids_of(k, ids);
        }
        b.add_field(doc, F_KEYWORDS, ids);
        // Target groups only matter to situations that name no type; keying on them otherwise would
        // defeat the cache on catalogues with many group combinations.
        let key = (kind, if self.group_only_situations { self.groups[doc] } else { 0 });
        let situations = &self.snapshot.life_situations;
        let sit_sid = *self.sit_text.entry(key).or_insert_with(|| {
            let mut v = Vec::new();
            for sit in situations.iter().filter(|x| situation_links(x, s)) {
                b.ids_of(&sit.name, &mut v);
                for w in &sit.words {
                    b.ids_of(w, &mut v);
                }
            }
            b.share(F_SITUATIONS, &v)
        });
        ids.clear();
        b.ids_of(&s.description, ids);
        b.add_field(doc, F_DESCRIPTION, ids);
        ids.clear();
        if let Some(name) = self.provider_text.get(s.provider.as_str()) {
            b.ids_of(name, ids);
        }
        b.add_field(doc, F_PROVIDER, ids);
        let group_sid = *self.group_text.entry(self.groups[doc]).or_insert_with(|| {
            let mut v = Vec::new();
            for g in &s.target_groups {
                b.ids_of(lexicon::group_name(*g), &mut v);
                b.ids_of(lexicon::group_words(*g), &mut v);
            }
            b.share(F_GROUPS, &v)
        });
        for sid in [type_sid, sit_sid, group_sid] {
            b.use_shared(doc, sid);
        }
        self.doc_shared.push([type_sid, sit_sid, group_sid]);
    }

    /// Lays out the index (analysing first whatever services were not pushed yet).
    pub fn finish(mut self) -> Index {
        while self.push(usize::MAX) {}
        let b = self.b;
        let parts = Parts {
            terms: b.terms,
            display: b.display,
            pairs: b.pairs,
            field_len: b.field_len,
            shared: b.shared.into_iter().map(|(f, r)| (f, r.terms, r.len)).collect(),
        };
        layout::finish(
            parts,
            self.snapshot,
            b.mode,
            self.analysed,
            (self.kinds, self.groups, self.doc_shared),
        )
    }
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
