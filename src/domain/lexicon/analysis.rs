//! Analysing a translated lexicon (`foreign`) one line of the file at a time (issue 16: no long tasks).
//! The whole file took 150–590 ms at 4× CPU in one task of a phone's start-up; the browser now pauses
//! between steps (`ui::lexicon`), while the CLI and tests run the steps in one go (`foreign::analyse`).
//! Each step reads one line, so a refused line's number comes with it, without a second pass.

use std::str::Lines;

use super::foreign::{ForeignConcept, ForeignLexicon};
use super::parse::{self, LexiconError, LexiconErrorKind, Line};
use crate::domain::text::lang::{self, LexLang};

/// A lexicon being analysed: `step` until it says no line remains, then `finish`.
pub struct Analysis<'a> {
    czech: Vec<Line<'static>>,
    lines: Lines<'a>,
    number: usize,
    lexicon: ForeignLexicon,
}

fn unstemmed_keys(lang: LexLang, words: Vec<&str>) -> Vec<String> {
    words.into_iter().map(|w| lang::unstemmed(lang, w)).collect()
}

impl<'a> Analysis<'a> {
    /// Reads the Czech table the lines translate and the file's function and weak words.
    pub fn new(lang: LexLang, text: &'a str) -> Result<Self, LexiconError> {
        Ok(Analysis {
            czech: parse::lines(super::czech_tsv())?,
            lines: text.lines(),
            number: 0,
            lexicon: ForeignLexicon {
                lang,
                concepts: Vec::new(),
                keys: Vec::new(),
                stop: unstemmed_keys(lang, parse::word_list(text, "stop")),
                weak: unstemmed_keys(lang, parse::word_list(text, "weak")),
            },
        })
    }

    /// Analyses the next line of the file; `Ok(true)` while lines remain, or the line's error.
    pub fn step(&mut self) -> Result<bool, LexiconError> {
        let Some(text) = self.lines.next() else { return Ok(false) };
        self.number += 1;
        let error = |kind| LexiconError { line: self.number, kind };
        let Some(l) = parse::line(text).map_err(error)? else { return Ok(true) };
        // The same line number of concepts when the targets agree, else the first line that has them.
        let i = self.lexicon.concepts.len();
        let same = self.czech.get(i).filter(|c| c.same_targets(&l)).map(|_| i);
        let twin = same
            .or_else(|| self.czech.iter().position(|c| c.same_targets(&l)))
            .ok_or_else(|| error(LexiconErrorKind::NoCzechCounterpart))?;
        let phrases: Vec<Vec<String>> =
            l.phrases.iter().map(|p| self.lexicon.phrase_keys(p)).filter(|p| !p.is_empty()).collect();
        // Repeats are kept: looking each key up before adding it made the analysis quadratic, and
        // sorting would bring a sort of strings into the first load. A query checks a few words.
        self.lexicon.keys.extend(phrases.iter().flatten().cloned());
        self.lexicon.concepts.push(ForeignConcept { twin, phrases });
        Ok(true)
    }

    /// The analysed lexicon; `Empty` if the file had no concept line (an HTML error page, say).
    pub fn finish(self) -> Result<ForeignLexicon, LexiconError> {
        if self.lexicon.concepts.is_empty() {
            return Err(LexiconError { line: 1, kind: LexiconErrorKind::Empty });
        }
        Ok(self.lexicon)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Issue 16: installing a lexicon was one long task on a phone. Each step reads one line of the file,
    /// and a key is no longer looked up in the list before it is added (that was quadratic).
    #[test]
    fn lexicon_analysis_runs_a_line_per_step_without_a_quadratic_key_list() {
        let text = "# English\n-stop: the; at\n\nhome care; care at home => 40 39 44\nthe homes => 40 39 44";
        let mut analysis = Analysis::new(LexLang::En, text).unwrap();
        let mut steps = 0;
        while analysis.step().unwrap() {
            steps += 1;
        }
        assert_eq!(steps, text.lines().count());
        let lexicon = analysis.finish().unwrap();
        assert_eq!(lexicon.keys, ["hom", "car", "car", "hom", "hom"]);
        assert!(lexicon.knows("hom") && !lexicon.knows("the") && !lexicon.knows("ho"));
        assert_eq!(lexicon.concepts.len(), 2);
    }

    /// A refused line is named by its number in the file, comments and word lists counted.
    #[test]
    fn a_bad_translated_line_names_its_number() {
        let step_error = |text| {
            let mut analysis = Analysis::new(LexLang::Uk, text).unwrap();
            loop {
                match analysis.step() {
                    Ok(true) => {}
                    Ok(false) => return analysis.finish().unwrap_err(),
                    Err(e) => return e,
                }
            }
        };
        let e = step_error("# x\n-stop: для\nдогляд => 40 39 44\nбез стрілки");
        assert_eq!(e, LexiconError { line: 4, kind: LexiconErrorKind::NoArrow });
        let e = step_error("<!doctype html>");
        assert_eq!(e.kind, LexiconErrorKind::NoArrow);
        assert_eq!(step_error("# nothing but comments\n").kind, LexiconErrorKind::Empty);
    }
}
