//! The language of a query, word by word: its script (Cyrillic means Ukrainian, or Russian, which folds
//! the same way), and for Latin letters whether it reads as Czech, English or Ukrainian typed in Latin
//! letters (decided in `rank::plan` by which lexicon knows its words). Each language turns a word into
//! its matching key (`key`): Czech by the index's own analysis (fold, stem), English and Ukrainian by
//! `en` and `uk`. No language setting is needed: a Czech interface takes a Ukrainian query.

use super::{en, uk};

/// A language the lexicon has phrases in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum LexLang {
    #[default]
    Cs,
    En,
    Uk,
}

impl LexLang {
    pub fn code(self) -> &'static str {
        match self {
            LexLang::Cs => "cs",
            LexLang::En => "en",
            LexLang::Uk => "uk",
        }
    }
}

/// Whether `text` is written mostly in Cyrillic letters.
pub fn is_cyrillic(text: &str) -> bool {
    let (mut cyr, mut latin) = (0usize, 0usize);
    for c in text.chars() {
        if ('\u{400}'..='\u{52f}').contains(&c) {
            cyr += 1;
        } else if c.is_ascii_alphabetic() || ('\u{c0}'..='\u{17f}').contains(&c) {
            latin += 1;
        }
    }
    cyr > latin
}

/// The words of `text` with their byte offsets, like `text::words` but keeping an apostrophe between
/// two letters inside the word ("сім'я", "people's"), as Ukrainian and English write them.
pub fn words_with_apostrophes(text: &str) -> Vec<(usize, &str)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let letter = |i: usize| chars.get(i).is_some_and(|&(_, c)| c.is_alphanumeric());
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, &(at, c)) in chars.iter().enumerate() {
        let inner = uk::is_apostrophe(c) && i > 0 && letter(i - 1) && letter(i + 1);
        match (c.is_alphanumeric() || inner, start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                out.extend(text.get(s..at).map(|w| (s, w)));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.extend(text.get(s..).map(|w| (s, w)));
    }
    out
}

/// The unstemmed key of one word in `lang`: folded (Czech), or as `en::latin` and `uk::latin` make it.
pub fn unstemmed(lang: LexLang, word: &str) -> String {
    match lang {
        LexLang::Cs => super::fold(word),
        LexLang::En => en::latin(word),
        LexLang::Uk => uk::latin(word),
    }
}

/// Stems an unstemmed key of `lang`.
pub fn stem(lang: LexLang, unstemmed: &str) -> String {
    match lang {
        LexLang::Cs => super::stem::stem(unstemmed),
        LexLang::En => en::stem(unstemmed),
        LexLang::Uk => uk::stem(unstemmed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_detection() {
        assert!(is_cyrillic("мені ніде спати"));
        assert!(is_cyrillic("Допомога for 2 дітей"));
        assert!(!is_cyrillic("pečovatelská služba"));
        assert!(!is_cyrillic("dopomoha"));
        assert!(!is_cyrillic("123"));
    }

    #[test]
    fn apostrophes_stay_inside_words() {
        let w: Vec<&str> = words_with_apostrophes("насильство в сім'ї, old people’s home 'x'")
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(w, ["насильство", "в", "сім'ї", "old", "people’s", "home", "x"]);
        let at = words_with_apostrophes("a сімʼя");
        assert_eq!(at[1], (2, "сімʼя"));
    }

    #[test]
    fn keys_per_language() {
        let key = |l, w| stem(l, &unstemmed(l, w));
        assert_eq!(key(LexLang::Uk, "сім'ї"), key(LexLang::Uk, "simyi"));
        assert_eq!(key(LexLang::En, "Shopping"), "shop");
        assert_eq!(key(LexLang::Cs, "Seniorům"), "senior");
    }
}
