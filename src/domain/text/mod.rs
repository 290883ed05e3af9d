//! Text analysis shared by the index and the query (Czech), plus the English and Ukrainian query keys
//! (`lang`, `en`, `uk`) that map other languages' words onto the same lexicon concepts. Czech: tokenize on non-alphanumeric boundaries,
//! fold case and diacritics, drop function words, stem. Index and query go through the same
//! `Analyzer`, so whatever the user types meets the catalogue's words in the same form.

pub mod case;
pub mod en;
pub mod fold;
pub mod fuzzy;
pub mod ico;
pub mod lang;
pub mod phone;
pub mod stem;
pub mod stop;
pub mod uk;

pub use fold::fold;
pub use stem::StemMode;

/// One analysed word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word as written, for display.
    pub surface: &'a str,
    /// Lowercase without diacritics.
    pub folded: String,
    /// The index term (stemmed folded form).
    pub term: String,
}

/// Splits `text` into words: maximal runs of alphanumeric characters.
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// Iterator over the words of a text. Walks bytes and decodes a character only for non-ASCII
/// bytes: tokenizing is the largest part of building the index.
pub struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let len = self.text.len();
        while self.pos < len {
            let (word, width) = char_at(self.text, self.pos);
            if word {
                break;
            }
            self.pos += width;
        }
        if self.pos >= len {
            return None;
        }
        let start = self.pos;
        while self.pos < len {
            let (word, width) = char_at(self.text, self.pos);
            if !word {
                break;
            }
            self.pos += width;
        }
        self.text.get(start..self.pos)
    }
}

/// Whether the character at byte `i` (a char boundary) belongs to a word, and its width in bytes.
#[inline(always)]
fn char_at(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (b.is_ascii_alphanumeric(), 1);
    }
    match text.get(i..).and_then(|rest| rest.chars().next()) {
        Some(c) => (is_word_char(c), c.len_utf8()),
        None => (false, 1),
    }
}

/// Whether a non-ASCII character belongs to a word. The Latin-1 and Latin Extended-A letters of Czech
/// and its neighbours are answered without the Unicode tables; everything else asks `is_alphanumeric`.
#[inline(always)]
fn is_word_char(c: char) -> bool {
    match c {
        '\u{80}'..='\u{bf}' | '×' | '÷' => false,
        '\u{c0}'..='\u{17f}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// Analyses text into tokens, skipping stop words and one-letter words.
pub fn analyze(text: &str, mode: StemMode) -> Vec<Token<'_>> {
    words(text)
        .filter_map(|w| {
            let folded = fold(w);
            if folded.chars().count() < 2 || stop::is_stop(&folded) {
                return None;
            }
            let term = stem::stem_with(&folded, mode);
            Some(Token { surface: w, folded, term })
        })
        .collect()
}

/// The index terms of `text`, in order.
pub fn terms(text: &str, mode: StemMode) -> Vec<String> {
    analyze(text, mode).into_iter().map(|t| t.term).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipeline() {
        assert_eq!(
            terms("Pečovatelská služba pro seniory", StemMode::Light),
            ["pecovatelsk", "sluzb", "senior"]
        );
        assert_eq!(terms("pecovatelska sluzba", StemMode::Light), ["pecovatelsk", "sluzb"]);
        assert_eq!(terms("seniorům, seniory; senior!", StemMode::Light), ["senior"; 3]);
        assert_eq!(terms("nemám kde spát", StemMode::Light), ["nm", "spat"]);
        assert_eq!(terms("bije mě", StemMode::Light), ["bij"]);
        assert!(terms("a i v s k", StemMode::Light).is_empty());
        let w: Vec<&str> = words("  Týnec-nad Sázavou, 2024! ×÷ žluť ").collect();
        assert_eq!(w, ["Týnec", "nad", "Sázavou", "2024", "žluť"]);
    }
}
