//! One line of a concept table (`concepts.tsv`, `concepts-en.tsv`, `concepts-uk.tsv`), read strictly:
//! phrases separated by ";", then "=>", then targets (law sections, `@category`, `+group`, with "|" as a
//! visual separator); a leading "!" marks danger. Blank lines and `#` comments are skipped, and so are
//! word lists ("-stop: a; the", read by `word_list`). A bad line is
//! an error that names its number, so a lexicon fetched at run time is either taken whole or refused.

use crate::domain::law;
use crate::domain::snapshot::TargetGroup;

/// Why a concept line was refused, with its line number (1-based) in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    pub line: usize,
    pub kind: LexiconErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LexiconErrorKind {
    /// No "=>" between phrases and targets.
    NoArrow,
    /// No phrase before "=>".
    NoPhrase,
    /// No target after "=>".
    NoTarget,
    /// A section the act does not have, an unknown category or target group.
    UnknownTarget(String),
    /// A translated line whose targets match no line of the Czech table.
    NoCzechCounterpart,
    /// The file holds no concept at all (an HTML error page fetched instead, say).
    Empty,
}

/// A parsed concept line, borrowing from the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Line<'a> {
    pub danger: bool,
    pub phrases: Vec<&'a str>,
    pub sections: Vec<&'a str>,
    pub categories: Vec<&'a str>,
    pub groups: Vec<TargetGroup>,
    /// The place of each section, then of each category, among the line's types ("@doprava 40": the
    /// category first), since the most fitting is listed first whichever kind it is.
    pub ranks: Vec<u8>,
}

impl Line<'_> {
    /// Whether two lines point to the same targets (a translation of one another).
    pub fn same_targets(&self, o: &Line<'_>) -> bool {
        self.danger == o.danger
            && self.sections == o.sections
            && self.categories == o.categories
            && self.groups == o.groups
    }
}

/// Parses one line; `Ok(None)` for a blank, comment or word-list line.
pub fn line(text: &str) -> Result<Option<Line<'_>>, LexiconErrorKind> {
    let text = text.trim();
    if text.is_empty() || text.starts_with('#') || text.starts_with('-') {
        return Ok(None);
    }
    let (danger, text) = match text.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (phrases, targets) = text.split_once("=>").ok_or(LexiconErrorKind::NoArrow)?;
    let phrases: Vec<&str> = phrases.split(';').map(str::trim).filter(|p| !p.is_empty()).collect();
    if phrases.is_empty() {
        return Err(LexiconErrorKind::NoPhrase);
    }
    let mut out = Line {
        danger,
        phrases,
        sections: Vec::new(),
        categories: Vec::new(),
        groups: Vec::new(),
        ranks: Vec::new(),
    };
    let (mut section_ranks, mut category_ranks) = (Vec::new(), Vec::new());
    for target in targets.split_whitespace().filter(|t| *t != "|") {
        let unknown = || LexiconErrorKind::UnknownTarget(target.to_string());
        let rank = (out.sections.len() + out.categories.len()).min(255) as u8;
        if let Some(id) = target.strip_prefix('@') {
            out.categories.push(law::category(id).ok_or_else(unknown)?.id);
            category_ranks.push(rank);
        } else if let Some(slug) = target.strip_prefix('+') {
            out.groups.push(TargetGroup::from_slug(slug).ok_or_else(unknown)?);
        } else {
            out.sections.push(law::law_type(target).ok_or_else(unknown)?.section);
            section_ranks.push(rank);
        }
    }
    out.ranks = section_ranks.into_iter().chain(category_ranks).collect();
    if out.sections.is_empty() && out.categories.is_empty() && out.groups.is_empty() {
        return Err(LexiconErrorKind::NoTarget);
    }
    Ok(Some(out))
}

/// Every concept line of `text`, or the first bad line's error.
pub fn lines(text: &str) -> Result<Vec<Line<'_>>, LexiconError> {
    let mut out = Vec::new();
    for (i, l) in text.lines().enumerate() {
        match line(l) {
            Ok(Some(parsed)) => out.push(parsed),
            Ok(None) => {}
            Err(kind) => return Err(LexiconError { line: i + 1, kind }),
        }
    }
    if out.is_empty() {
        return Err(LexiconError { line: 1, kind: LexiconErrorKind::Empty });
    }
    Ok(out)
}

/// The words of the word-list lines named `name` ("-stop: a; the"), as written.
pub fn word_list<'a>(text: &'a str, name: &str) -> Vec<&'a str> {
    text.lines()
        .filter_map(|l| l.trim().strip_prefix('-')?.strip_prefix(name)?.strip_prefix(':'))
        .flat_map(|l| l.split(';').map(str::trim).filter(|w| !w.is_empty()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_lines_name_their_number_and_kind() {
        let err = |text: &str| lines(text).unwrap_err();
        assert_eq!(err("# c\nabc => 40\nno arrow here").line, 3);
        assert_eq!(err("abc 40").kind, LexiconErrorKind::NoArrow);
        assert_eq!(err(" ; => 40").kind, LexiconErrorKind::NoPhrase);
        assert_eq!(err("abc => |").kind, LexiconErrorKind::NoTarget);
        assert_eq!(err("abc => 99").kind, LexiconErrorKind::UnknownTarget("99".into()));
        assert_eq!(err("abc => @nic").kind, LexiconErrorKind::UnknownTarget("@nic".into()));
        assert_eq!(err("<!doctype html>\n<html>").kind, LexiconErrorKind::NoArrow);
        assert_eq!(err("# only a comment\n").kind, LexiconErrorKind::Empty);
        let ok = lines("!a; b => 60a 55 | +deti @hospic").unwrap();
        assert!(ok[0].danger);
        assert_eq!(ok[0].phrases, ["a", "b"]);
        assert_eq!(ok[0].sections, ["60a", "55"]);
        assert_eq!(ok[0].categories, ["hospic"]);
        assert_eq!(ok[0].groups, [TargetGroup::Deti]);
        assert_eq!(ok[0].ranks, [0, 1, 2]);
        assert_eq!(lines("a => @doprava 40 42").unwrap()[0].ranks, [1, 2, 0]);
        let text = "-stop: a; the\n-weak: help\nx => 40\n-stop: of";
        assert_eq!(word_list(text, "stop"), ["a", "the", "of"]);
        assert_eq!(word_list(text, "weak"), ["help"]);
        assert_eq!(lines(text).unwrap().len(), 1);
    }
}
