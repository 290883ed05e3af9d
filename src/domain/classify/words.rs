//! The classifier's view of text: folded words without stop words, each with its light stem, and the
//! ending-tolerant comparison of two words (see the module above for why both tests exist).

use super::rules::REWRITES;
use crate::domain::text::{fold, stem::stem, stop::is_stop, words};

/// One word of a text: its folded form and light stem.
#[derive(Debug, Clone)]
pub(super) struct Word {
    pub folded: String,
    pub stem: String,
}

pub(super) fn analyse(text: &str) -> Vec<Word> {
    let mut folded = fold(text);
    for (from, to) in REWRITES {
        folded = folded.replace(from, to);
    }
    words(&folded)
        .filter(|w| w.chars().count() >= 2 && !is_stop(w))
        .map(|w| Word { folded: w.to_string(), stem: stem(w) })
        .collect()
}

pub(super) fn same_word(a: &Word, b: &Word) -> bool {
    if a.stem == b.stem || a.folded == b.folded {
        return true;
    }
    let (la, lb) = (a.folded.chars().count(), b.folded.chars().count());
    let shorter = la.min(lb);
    let n = 6.min(shorter.saturating_sub(1));
    // Endings differ by at most three letters; more is another word ("domov"/"domovinka").
    shorter >= 4 && la.abs_diff(lb) <= 3 && a.folded.chars().take(n).eq(b.folded.chars().take(n))
}
