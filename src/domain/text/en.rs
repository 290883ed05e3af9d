//! English words as matching keys: lowercase without apostrophes or a possessive "'s" ("people's" →
//! "people"), then a light stemmer in the spirit of Porter's first step: plural "-s"/"-es"/"-ies",
//! "-ing" and "-ed" with their doubled consonant ("shopping" → "shop"), and a final silent "e", so
//! "care", "caring", "cared" and "carers" meet. Lexicon phrases go through the same function, so the
//! stems need only be consistent, not words.

/// The unstemmed key of an English word: folded, without apostrophes or a possessive "'s".
pub fn latin(word: &str) -> String {
    let lower = super::fold(word);
    let lower = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .or_else(|| lower.strip_suffix("s'"))
        .map(str::to_string)
        .unwrap_or(lower);
    lower.chars().filter(|&c| !super::uk::is_apostrophe(c)).collect()
}

fn vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Stems a key (see the module comment). Words of three letters or fewer pass unchanged.
pub fn stem(key: &str) -> String {
    if !key.is_ascii() || key.len() <= 3 || key.bytes().any(|b| b.is_ascii_digit()) {
        return key.to_string();
    }
    let mut s = key.to_string();
    if s.len() > 4 && s.ends_with("ies") {
        s.truncate(s.len() - 3);
        s.push('y');
    } else if ["sses", "shes", "ches", "xes", "zes"].iter().any(|e| s.ends_with(e)) {
        s.truncate(s.len() - 2);
    } else if s.ends_with('s') && !["ss", "us", "is"].iter().any(|e| s.ends_with(e)) {
        s.pop();
    }
    for e in ["ing", "ed"] {
        if s.len() >= e.len() + 3 && s.ends_with(e) && s[..s.len() - e.len()].bytes().any(vowel) {
            s.truncate(s.len() - e.len());
            let b = s.as_bytes();
            let n = b.len();
            if n >= 2 && b[n - 1] == b[n - 2] && !vowel(b[n - 1]) && !matches!(b[n - 1], b'l' | b's' | b'z') {
                s.pop();
            }
            break;
        }
    }
    if s.len() > 3 && s.ends_with('e') {
        s.pop();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(w: &str) -> String {
        stem(&latin(w))
    }

    #[test]
    fn inflections_meet() {
        for group in [
            &["care", "caring", "cared", "cares", "Care"][..],
            &["shop", "shopping", "shops", "shopped"],
            &["home", "homes"],
            &["people", "people's", "people’s"],
            &["body", "bodies"],
            &["debt", "debts"],
            &["disabled", "disable"],
            &["addiction", "addictions"],
            &["bath", "baths"],
            &["help", "helped", "helping", "helps"],
            &["woman", "woman's"],
            &["house", "houses", "housing"],
        ] {
            let want = key(group[0]);
            for w in group {
                assert_eq!(key(w), want, "{w} vs {}", group[0]);
            }
        }
    }

    #[test]
    fn short_and_odd_words_pass() {
        assert_eq!(stem("bus"), "bus");
        assert_eq!(stem("ring"), "ring");
        assert_eq!(stem("homeless"), "homeless");
        assert_eq!(stem("crisis"), "crisis");
        assert_eq!(stem("12th"), "12th");
    }
}
