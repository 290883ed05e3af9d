//! Searching the index: the `Query` the UI and CLI fill in, and `Index::search`, which scores services
//! (BM25F plus lexicon and life-situation boosts, see `score`), drops weak matches, applies the filters,
//! explains each hit and falls back to the municipal office when nothing fits.
//!
//! Results come in two tiers, and the "why" says which. First the right kind of service: a lexicon
//! concept in the query names its type (a third of the query's meaningful words suffice), or its own
//! name, type, keywords, situations, provider or groups carry the words (60 % of them), or, for an
//! untyped service, its name carries what the concept stands for (`expand`). Then services whose
//! description carries the words ("v popisu: dluhy"): concepts never remove them, only rank the right
//! kind first. A description match needs a concept in the query or every meaningful word of a query of
//! two or more, and words like "pomoc" and "služba" alone never make a result: that is what keeps
//! "oprava střechy" (no concept, one stray "opravy" in a text) returning the office and no services.

mod concepts;
mod expand;
mod filter;
mod lookup;
pub(crate) mod plan;
mod score;
mod why;
pub use why::Why;

use crate::domain::index::Index;
use crate::domain::offices::{office_card, OfficeCard, OfficeReason};
use crate::domain::snapshot::{Form, LifeSituation, Snapshot, TargetGroup};
use crate::domain::sort;
use crate::domain::text::fold;
use filter::Filters;
use score::{Scores, IN_DESCRIPTION, KIND_IN_DESCRIPTION, STRONG_CONCEPT, STRONG_SITUATION, STRONG_TEXT};

/// What to search for, and the filters that cut the results.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    pub text: String,
    /// Municipality id (a name or code also works); services serving it or the whole region pass.
    pub municipality: Option<String>,
    pub target_group: Option<TargetGroup>,
    pub age: Option<u8>,
    /// Empty = any; a service passes if it has any listed form.
    pub forms: Vec<Form>,
    /// True = only services helping by phone (or law section 55). With `forms` set, either passes.
    pub by_phone: bool,
    pub free_only: bool,
    /// Only services open at this instant (seconds since the epoch, UTC; judged in Prague time).
    pub open_at: Option<i64>,
    /// Only services open round the clock.
    pub nonstop_only: bool,
    /// Life situation ids chosen in the finder.
    pub situations: Vec<String>,
    /// Maximum number of hits returned; 0 means all.
    pub limit: usize,
}

/// One result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Index into `snapshot.services`.
    pub service: usize,
    pub score: f32,
    /// Reasons as data, worded by `Lang::why`: the type, the words that matched, the municipality…
    pub why: Vec<Why>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SearchResult {
    pub hits: Vec<Hit>,
    /// Number of hits before the limit.
    pub total: usize,
    /// Set when nothing matched or the filters removed everything.
    pub office: Option<OfficeCard>,
    /// The query or a chosen situation signals danger: show crisis lines first.
    pub crisis_first: bool,
    /// Matched words in display form, for highlighting.
    pub matched_terms: Vec<String>,
}

/// Extra finder preferences that `Query` does not carry.
#[derive(Debug, Clone, Default)]
pub(crate) struct Extra {
    pub age_band: Option<(u8, u8)>,
    pub prefer: Vec<TargetGroup>,
}

impl Index {
    /// Searches the snapshot this index was built from.
    pub fn search(&self, snapshot: &Snapshot, query: &Query) -> SearchResult {
        self.search_extra(snapshot, query, &Extra::default())
    }

    pub(crate) fn search_extra(&self, snapshot: &Snapshot, query: &Query, extra: &Extra) -> SearchResult {
        let found = lookup::lookup(self, snapshot, &query.text);
        // An identifier is the whole query; a part of a municipality is a place, the rest are words.
        let text = match (&found.exact, &found.part) {
            (Some(_), _) => "",
            (None, Some((_, _, rest))) => rest.as_str(),
            (None, None) => query.text.as_str(),
        };
        let plan = plan::plan(self, text);
        let situations: Vec<&LifeSituation> = query
            .situations
            .iter()
            .filter_map(|id| snapshot.life_situations.iter().find(|s| &s.id == id))
            .collect();
        let municipality = query
            .municipality
            .as_deref()
            .and_then(|m| crate::domain::offices::find_municipality(snapshot, m))
            .or(found.part.as_ref().map(|p| p.0));
        let filters = Filters {
            query,
            municipality: municipality
                .map(|i| snapshot.municipalities[i].id.clone())
                .or_else(|| query.municipality.clone()),
            age_band: extra.age_band,
        };
        let crisis_first = situations.iter().any(|s| s.danger)
            || plan.concepts.iter().any(|m| self.concepts[m.concept].concept.danger);
        let n = self.n_docs.min(snapshot.services.len());
        let has_text = !plan.toks.is_empty();
        // (service, score, tier): tier 0 is the right kind of service or its own name matching, tier 1 a
        // match in the description only.
        let mut ranked: Vec<(usize, f32, u8)> = Vec::new();
        let mut matched_any = false;
        // Situation ids that no longer exist (an old link) must not turn into "list everything".
        if let Some(exact) = &found.exact {
            matched_any = !exact.is_empty();
            let passes = |d: usize| d < n && filters.passes(&snapshot.services[d]);
            ranked = exact.iter().filter(|(d, _)| passes(*d)).map(|(d, _)| (*d, 1.0, 0)).collect();
        } else if !has_text && query.situations.is_empty() {
            // "Filter a list": everything the filters let through, by name.
            ranked = (0..n).filter(|&d| filters.passes(&snapshot.services[d])).map(|d| (d, 0.0, 0)).collect();
            sort::sort_by_cached_key(&mut ranked, |&(d, _, _)| fold(&snapshot.services[d].name));
            matched_any = n > 0;
        } else {
            let mut s = Scores::new(self.n_docs);
            score::score_text(self, &plan, &mut s);
            score::score_concepts(self, &plan, &mut s);
            expand::score_expansion(self, &plan, &mut s);
            score::score_situations(self, &situations, &mut s);
            score::score_groups(self, &extra.prefer, &mut s);
            let m = plan.meaningful.count_ones().max(1) as f32;
            for &d in &s.touched {
                let d = d as usize;
                if d >= n {
                    continue;
                }
                let covered = (s.mask[d] & plan.meaningful).count_ones();
                // A lexicon concept naming the service's type is strong evidence the query is about
                // this kind of help, so a third of the words suffices; plain text matches need more.
                let need = if s.flags[d] & STRONG_CONCEPT != 0 { plan.need_with_concept } else { plan.need };
                let text_ok = has_text && s.flags[d] & (STRONG_TEXT | STRONG_CONCEPT) != 0 && covered >= need;
                let sit_ok = s.flags[d] & STRONG_SITUATION != 0;
                let described = has_text
                    && s.flags[d] & (IN_DESCRIPTION | KIND_IN_DESCRIPTION) != 0
                    && plan.described(s.mask[d]);
                if !(text_ok || sit_ok || described) {
                    continue;
                }
                let tier = u8::from(!(text_ok || sit_ok));
                matched_any = true;
                if filters.passes(&snapshot.services[d]) {
                    let coverage = if has_text { covered as f32 / m } else { 1.0 };
                    ranked.push((d, s.score[d] * (0.5 + 0.5 * coverage), tier));
                }
            }
            let order = |a: &(usize, f32, u8), b: &(usize, f32, u8)| {
                a.2.cmp(&b.2).then_with(|| b.1.total_cmp(&a.1)).then_with(|| a.0.cmp(&b.0))
            };
            sort::sort_by(&mut ranked, order);
        }
        let total = ranked.len();
        if query.limit > 0 {
            ranked.truncate(query.limit);
        }
        let cx = why::WhyContext {
            index: self,
            snapshot,
            query,
            plan: &plan,
            situations: &situations,
            municipality,
        };
        // The identifier or place the query named is the first reason.
        let first = |d: usize| -> Option<Why> {
            let exact = found.exact.as_ref().and_then(|e| e.iter().find(|x| x.0 == d)).map(|x| x.1.clone());
            let place = found.part.as_ref().and_then(|(m, part, _)| {
                let municipality = snapshot.municipalities.get(*m)?.name.clone();
                Some(Why::Part { part: part.clone(), municipality })
            });
            exact.or(place)
        };
        let hits: Vec<Hit> = ranked
            .iter()
            .map(|&(d, score, _)| Hit {
                service: d,
                score,
                why: first(d).into_iter().chain(why::why(&cx, d)).collect(),
            })
            .collect();
        let mut matched_terms: Vec<String> = Vec::new();
        for h in &hits {
            for w in why::matched_words(self, &plan, h.service) {
                if !matched_terms.contains(&w) {
                    matched_terms.push(w);
                }
            }
        }
        let place = found.part.as_ref().and_then(|p| snapshot.municipalities.get(p.0));
        let office = if let Some(m) = place {
            // The person named where they live: their office belongs with whatever else fits.
            office_card(snapshot, Some(&m.id), OfficeReason::Place)
        } else if hits.is_empty() {
            let reason = if matched_any { OfficeReason::Filtered } else { OfficeReason::NoMatch };
            office_card(snapshot, query.municipality.as_deref(), reason)
        } else {
            None
        };
        SearchResult { hits, total, office, crisis_first, matched_terms }
    }
}
