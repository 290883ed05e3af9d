//! Infers the legal type (section of act 108/2006 Sb.) or related-service category of a service that
//! arrives without one, from its name, taxonomy terms, description and provider, with a confidence.
//! Importers use it; the CLI may reuse it. The phrases live in `classify/rules.rs`, ordered from specific
//! to generic: a phrase that matches consumes its words, so "Manželská a rodinná poradna" is related
//! counselling and never reaches the generic "poradna" → §37, and "Dům s pečovatelskou službou" is
//! housing, not pečovatelská služba.
//!
//! Words are compared folded (no case, no diacritics), stop words dropped, and tolerant of Czech endings:
//! two words meet when their light stems (`text::stem`) are equal or, for words of four letters or more,
//! when their first letters agree (up to six, one fewer than the shorter word has) and their lengths
//! differ by three letters at most, the same tolerance as
//! the registry importer's `lawmatch` ("režim"/"režimem", whose light stems differ). Abbreviations
//! (DZR, DOZP, NZDM…) are matched as written, in capitals, on the original words.
//!
//! Confidence: a specific phrase in the name or a taxonomy term, with no other type's specific phrase
//! beside it, is `High`. Anything else that still points somewhere (a generic word, two competing
//! types, only the description or only the provider) is `Low` and comes with a `Review` for the
//! coordinator; nothing at all is `None`.

mod rules;
mod words;

use crate::domain::snapshot::{Review, ReviewReason};
use crate::domain::text::words;
use rules::{Strength, ABBREVIATIONS, RULES};
use words::{analyse, same_word, Word};

/// What a service was classified as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A section of act 108/2006 Sb., e.g. "40".
    Law(&'static str),
    /// A related-service category id (see `law::CATEGORIES`).
    Category(&'static str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    Low,
    High,
}

/// The text an importer knows about one service. Empty strings and lists mean "not known".
#[derive(Debug, Clone, Copy, Default)]
pub struct Evidence<'a> {
    pub name: &'a str,
    /// Taxonomy terms or type names from the source (HSDS attributes, a registry's type name).
    pub terms: &'a [String],
    pub description: &'a str,
    pub provider: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classification {
    pub kind: Kind,
    pub confidence: Confidence,
    /// Set exactly when the confidence is low.
    pub review: Option<Review>,
}

/// A phrase found in one field.
#[derive(Debug, Clone)]
struct Hit {
    kind: Kind,
    strength: Strength,
    /// Rule order: lower is more specific.
    rank: usize,
    evidence: String,
}

/// The rule phrases, analysed once.
pub struct Classifier {
    patterns: Vec<Vec<Word>>,
}

impl Default for Classifier {
    fn default() -> Self {
        Classifier::new()
    }
}

impl Classifier {
    pub fn new() -> Self {
        Classifier { patterns: RULES.iter().map(|r| analyse(r.phrase)).collect() }
    }

    /// Every rule phrase and abbreviation found in `text`, most specific first; matched words are
    /// consumed so a generic rule cannot reuse them.
    fn hits(&self, text: &str) -> Vec<Hit> {
        let ws = analyse(text);
        let mut used = vec![false; ws.len()];
        let mut out = Vec::new();
        for (rank, (rule, pat)) in RULES.iter().zip(&self.patterns).enumerate() {
            if pat.is_empty() || pat.len() > ws.len() {
                continue;
            }
            for start in 0..=ws.len() - pat.len() {
                let span = start..start + pat.len();
                if used[span.clone()].iter().any(|u| *u)
                    || !pat.iter().zip(&ws[span.clone()]).all(|(p, w)| same_word(p, w))
                {
                    continue;
                }
                used[span].iter_mut().for_each(|u| *u = true);
                out.push(Hit {
                    kind: rule.kind,
                    strength: rule.strength,
                    rank,
                    evidence: rule.phrase.into(),
                });
            }
        }
        for w in words(text) {
            if let Some(i) = ABBREVIATIONS.iter().position(|a| a.0 == w) {
                let (abbr, kind, strength) = ABBREVIATIONS[i];
                out.push(Hit { kind, strength, rank: RULES.len() + i, evidence: abbr.into() });
            }
        }
        out
    }

    /// Classifies one service; `None` when nothing points to any type.
    pub fn classify(&self, e: &Evidence<'_>) -> Option<Classification> {
        let mut primary = self.hits(e.name);
        for t in e.terms {
            primary.extend(self.hits(t));
        }
        let (hit, confidence, reason) = if let Some(h) = decide(&primary, Strength::Strong) {
            let rival = distinct_kinds(&primary, Strength::Strong) > 1;
            (h, if rival { Confidence::Low } else { Confidence::High }, ReviewReason::Ambiguous)
        } else {
            // A specific phrase in the description beats a generic word in the name ("Klub Jahoda":
            // "nízkoprahový klub pro děti a mládež"); the provider's name is the last resort.
            let desc = self.hits(e.description);
            let weak = decide(&primary, Strength::Weak);
            let ambiguous = distinct_kinds(&primary, Strength::Weak) > 1;
            let h = decide(&desc, Strength::Strong)
                .or(weak)
                .or_else(|| decide(&desc, Strength::Weak))
                .or_else(|| {
                    let p = self.hits(e.provider);
                    decide(&p, Strength::Strong).or_else(|| decide(&p, Strength::Weak))
                })?;
            let reason = if ambiguous { ReviewReason::Ambiguous } else { ReviewReason::WeakEvidence };
            (h, Confidence::Low, reason)
        };
        let kind = refine(hit.kind, e);
        let review = (confidence == Confidence::Low)
            .then(|| Review { reason, evidence: Some(hit.evidence.chars().take(300).collect()) });
        Some(Classification { kind, confidence, review })
    }
}

fn distinct_kinds(hits: &[Hit], strength: Strength) -> usize {
    let mut kinds: Vec<Kind> = Vec::new();
    for h in hits.iter().filter(|h| h.strength == strength) {
        if !kinds.contains(&h.kind) {
            kinds.push(h.kind);
        }
    }
    kinds.len()
}

/// The hit of the given strength whose kind is found most often, ties to the most specific rule.
fn decide(hits: &[Hit], strength: Strength) -> Option<Hit> {
    let of = |s: Strength| hits.iter().filter(move |h| h.strength == s);
    of(strength)
        .max_by_key(|h| (of(strength).filter(|o| o.kind == h.kind).count(), std::cmp::Reverse(h.rank)))
        .cloned()
}

/// "Sociálně aktivizační služby" without a target group is §65 or §66: the service's own words decide.
fn refine(kind: Kind, e: &Evidence<'_>) -> Kind {
    if kind != Kind::Law(rules::SAS_UNDECIDED) {
        return kind;
    }
    let all = format!("{} {} {} {}", e.name, e.terms.join(" "), e.description, e.provider);
    let ws = analyse(&all);
    let has = |w: &str| ws.iter().any(|x| x.folded.starts_with(w));
    if has("rodin") || has("det") || has("dit") {
        Kind::Law("65")
    } else {
        Kind::Law("66")
    }
}

/// Classifies with a fresh `Classifier` (fine for one service; importers keep one for many).
pub fn classify(e: &Evidence<'_>) -> Option<Classification> {
    Classifier::new().classify(e)
}

/// The (law_section, category, review) an importer stores: the inferred type, or category "jine"
/// marked `Unclassified` when nothing pointed anywhere.
pub fn to_fields(c: Option<Classification>) -> (Option<String>, Option<String>, Option<Review>) {
    match c {
        Some(Classification { kind: Kind::Law(s), review, .. }) => (Some(s.to_string()), None, review),
        Some(Classification { kind: Kind::Category(id), review, .. }) => (None, Some(id.to_string()), review),
        None => {
            (None, Some("jine".into()), Some(Review { reason: ReviewReason::Unclassified, evidence: None }))
        }
    }
}

#[cfg(test)]
mod tests;
