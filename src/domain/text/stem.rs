//! A light Czech stemmer after Dolamic & Savoy ("Indexing and stemming approaches for the Czech
//! language", 2009), the algorithm Lucene ships as `CzechStemmer`: strip case endings, then
//! possessive suffixes, then undo the commonest palatalisations so that "seniorům", "seniory" and
//! "senior" meet, as do "pomoc"/"pomoci" and "drogy"/"drog".
//!
//! It runs on *folded* text (see `fold`). Lucene's rules distinguish "ích" from "ich" and so on; after
//! folding those pairs coincide, which only merges rules that strip the same number of letters. The one
//! rule that needs a diacritic (`ů` inside a word → `o`, "dům" → "dom") is lost; the lexicon covers the
//! few words where it matters. Folding first is what lets a query typed without diacritics meet the
//! catalogue's text: stemming unfolded text would leave "pečovatelskou" and "pecovatelskou" with
//! different endings stripped.
//!
//! Measured (`tests/eval_dev_queries.rs`, hit rate @3 on the fixture catalogue, lexicon on): dev queries
//! light 100 % · no stemming 97.4 % · 5-letter prefix 100 %; extra queries light 100 % · none 96 % ·
//! prefix 100 %. The lexicon does much of the work, so the gap is small on these sets, but the
//! failure modes differ: without stemming inflected words ("nákupem", "hygienou", "seniorům") miss the
//! catalogue's base forms; prefix truncation leaves words of five letters or fewer unnormalised
//! ("dluhy" ≠ "dluh", "drogy" ≠ "drog") and merges unrelated longer words ("nemocnice" = "nemoc",
//! "domovy" = "domova" but also "domovní"). The light stemmer gets both right, so it is the default.

/// Which normalisation turns a folded word into an index term. `Light` is what the app uses; the other
/// two exist so the quality test can measure what stemming buys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StemMode {
    #[default]
    Light,
    None,
    /// Truncate to this many characters.
    Prefix(usize),
}

/// Stems a folded word with the given mode.
pub fn stem_with(word: &str, mode: StemMode) -> String {
    match mode {
        StemMode::Light => stem(word),
        StemMode::None => word.to_string(),
        StemMode::Prefix(n) => word.chars().take(n).collect(),
    }
}

const CASE_5: &[&str] = &["atech"];
const CASE_4: &[&str] = &["etem", "atum"];
const CASE_3: &[&str] = &[
    "ech", "ich", "eho", "emi", "emu", "ete", "eti", "iho", "imi", "imu", "ach", "ata", "aty", "ych", "ama",
    "ami", "ove", "ovi", "ymi",
];
const CASE_2: &[&str] = &["em", "es", "im", "um", "at", "am", "os", "us", "ym", "mi", "ou"];

/// Stems a folded (lowercase, diacritics-free) word. Non-ASCII words pass unchanged.
pub fn stem(word: &str) -> String {
    if !word.is_ascii() || word.bytes().any(|b| b.is_ascii_digit()) {
        return word.to_string();
    }
    let mut s: Vec<u8> = word.as_bytes().to_vec();
    let len = remove_case(&s);
    s.truncate(len);
    let len = remove_possessive(&s);
    s.truncate(len);
    if !s.is_empty() {
        normalize(&mut s);
    }
    // Only ASCII bytes were written, so this cannot fail; fall back to the input to stay total.
    String::from_utf8(s).unwrap_or_else(|_| word.to_string())
}

fn ends_any(s: &[u8], suffixes: &[&str]) -> bool {
    suffixes.iter().any(|x| s.ends_with(x.as_bytes()))
}

fn remove_case(s: &[u8]) -> usize {
    let len = s.len();
    if len > 7 && ends_any(s, CASE_5) {
        return len - 5;
    }
    if len > 6 && ends_any(s, CASE_4) {
        return len - 4;
    }
    if len > 5 && ends_any(s, CASE_3) {
        return len - 3;
    }
    if len > 4 && ends_any(s, CASE_2) {
        return len - 2;
    }
    if len > 3 && matches!(s[len - 1], b'a' | b'e' | b'i' | b'o' | b'u' | b'y') {
        return len - 1;
    }
    len
}

fn remove_possessive(s: &[u8]) -> usize {
    let len = s.len();
    if len > 5 && (s.ends_with(b"ov") || s.ends_with(b"in") || s.ends_with(b"uv")) {
        return len - 2;
    }
    len
}

fn normalize(s: &mut Vec<u8>) {
    let len = s.len();
    if s.ends_with(b"ct") {
        s[len - 1] = b'k';
        return;
    }
    if s.ends_with(b"st") {
        s[len - 2] = b's';
        s[len - 1] = b'k';
        return;
    }
    match s[len - 1] {
        b'c' => {
            s[len - 1] = b'k';
            return;
        }
        b'z' => {
            s[len - 1] = b'h';
            return;
        }
        _ => {}
    }
    if len > 1 && s[len - 2] == b'e' {
        s[len - 2] = s[len - 1];
        s.truncate(len - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_meet() {
        for group in [
            &["senior", "seniory", "seniorum", "seniorech", "seniora", "seniori"][..],
            &["drogy", "drog", "drogami"],
            &["nakup", "nakupem", "nakupu"],
            &["hygiena", "hygienou", "hygieny"],
            &["pecovatelska", "pecovatelske", "pecovatelskou", "pecovatelskych"],
            &["sluzba", "sluzby", "sluzbou", "sluzbami", "sluzbach"],
            &["rodina", "rodiny", "rodinam", "rodinou"],
            &["poradna", "poradny", "poradnou"],
        ] {
            let want = stem(group[0]);
            for w in group {
                assert_eq!(stem(w), want, "{w} vs {}", group[0]);
            }
        }
    }

    #[test]
    fn table() {
        for (word, want) in [
            ("seniorum", "senior"),
            ("exekuce", "exekuk"),
            ("domov", "domov"),
            ("pomoc", "pomok"),
            ("pomoci", "pomok"),
            ("12", "12"),
            ("a", "a"),
        ] {
            assert_eq!(stem(word), want, "{word}");
        }
    }

    #[test]
    fn modes() {
        assert_eq!(stem_with("seniorum", StemMode::None), "seniorum");
        assert_eq!(stem_with("seniorum", StemMode::Prefix(5)), "senio");
        assert_eq!(stem_with("seniorum", StemMode::Light), "senior");
    }
}
