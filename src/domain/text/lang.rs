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

/// The matching key of one word in `lang` (stemmed), or `None` for a function word of that language
/// or a word of one letter.
pub fn key(lang: LexLang, word: &str) -> Option<String> {
    let (unstemmed, stop) = match lang {
        LexLang::Cs => {
            let f = super::fold(word);
            let stop = super::stop::is_stop(&f);
            (f, stop)
        }
        LexLang::En => {
            let k = en::latin(word);
            let stop = en::listed(en::STOP, &k);
            (k, stop)
        }
        LexLang::Uk => {
            let k = uk::latin(word);
            let stop = uk::listed(uk::STOP, &k);
            (k, stop)
        }
    };
    if stop || unstemmed.chars().count() < 2 {
        return None;
    }
    Some(match lang {
        LexLang::Cs => super::stem::stem(&unstemmed),
        LexLang::En => en::stem(&unstemmed),
        LexLang::Uk => uk::stem(&unstemmed),
    })
}

/// Whether a word is meaningful in `lang` but says nothing about which service is needed.
pub fn is_weak(lang: LexLang, word: &str) -> bool {
    match lang {
        LexLang::Cs => super::stop::is_weak(&super::fold(word)),
        LexLang::En => en::listed(en::WEAK, &en::latin(word)),
        LexLang::Uk => uk::listed(uk::WEAK, &uk::latin(word)),
    }
}

/// The keys of a lexicon phrase in `lang`, function words dropped.
pub fn phrase_keys(lang: LexLang, phrase: &str) -> Vec<String> {
    words_with_apostrophes(phrase).into_iter().filter_map(|(_, w)| key(lang, w)).collect()
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
        assert_eq!(
            phrase_keys(LexLang::Uk, "насильство в сім'ї"),
            phrase_keys(LexLang::Uk, "nasylstvo v simyi")
        );
        assert_eq!(phrase_keys(LexLang::En, "help with the shopping"), ["help", "shop"]);
        assert_eq!(phrase_keys(LexLang::Cs, "nemám kde spát"), ["nm", "spat"]);
        assert_eq!(key(LexLang::Uk, "для"), None);
        assert!(is_weak(LexLang::Uk, "Допомоги"));
        assert!(is_weak(LexLang::En, "help"));
        assert!(!is_weak(LexLang::En, "debt"));
    }
}
