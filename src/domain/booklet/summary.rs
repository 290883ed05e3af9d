//! The booklet's one-or-two-sentence summary of a description, cut at a sentence end, never mid-word.

/// Longest summary that still takes a second sentence, in characters.
const MAX_CHARS: usize = 260;

/// The first sentence of `description`, and the second too when both fit in `MAX_CHARS`. A sentence ends
/// at `.`, `!` or `?` followed by a space and an upper-case letter (so "např. pomoc" or "1. 1. 2026"
/// do not end one). A description of one long sentence is kept whole.
pub fn summary(description: &str) -> &str {
    let text = description.trim();
    let ends = sentence_ends(text);
    let Some(&first) = ends.first() else { return text };
    match ends.get(1) {
        Some(&second) if text[..second].chars().count() <= MAX_CHARS => &text[..second],
        _ => &text[..first],
    }
}

/// Byte offsets just after each sentence-ending mark (the end of the text counts as one).
fn sentence_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_mark(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some((j, m)) = chars.next_if(|(_, m)| is_mark(*m)) {
            end = j + m.len_utf8();
        }
        let rest = &text[end..];
        let after = rest.trim_start_matches([' ', '\u{a0}', '\n']);
        let spaced = after.len() < rest.len();
        if after.is_empty() || (spaced && after.chars().next().is_some_and(is_capital)) {
            ends.push(end);
        }
    }
    if ends.last().is_none_or(|e| *e < text.len()) {
        ends.push(text.len());
    }
    ends
}

fn is_mark(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// An upper-case letter of the scripts the app lowercases itself (`text::case`), without Unicode's tables.
fn is_capital(c: char) -> bool {
    crate::domain::text::case::lower(c) != c
}
