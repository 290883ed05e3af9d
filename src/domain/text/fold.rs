//! Case and diacritics folding: "Pečovatelská" and "pecovatelska" become the same key. Citizens often
//! type without diacritics, so both the index and the query are folded with the same small table.
//! A hand table (Czech, Slovak, German and the few Polish/Hungarian letters met in names) keeps the
//! wasm binary small; a full Unicode decomposition crate would cost far more than it gives here.

/// Folds one already-lowercased character; characters outside the table pass unchanged.
fn fold_lower(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ą' | 'ã' | 'å' => 'a',
        'č' | 'ć' | 'ç' => 'c',
        'ď' | 'đ' => 'd',
        'é' | 'ě' | 'ë' | 'è' | 'ê' | 'ę' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ľ' | 'ĺ' | 'ł' => 'l',
        'ň' | 'ń' | 'ñ' => 'n',
        'ó' | 'ô' | 'ö' | 'ò' | 'ő' | 'õ' => 'o',
        'ř' | 'ŕ' => 'r',
        'š' | 'ś' | 'ß' => 's',
        'ť' => 't',
        'ú' | 'ů' | 'ü' | 'ù' | 'û' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ž' | 'ź' | 'ż' => 'z',
        _ => c,
    }
}

/// Lowercases and folds one character.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    fold_lower(super::case::lower(c))
}

/// Appends the folded form of `s` to `out`.
pub fn fold_into(s: &str, out: &mut String) {
    out.extend(s.chars().map(fold_char));
}

/// The folded form of `s`: lowercase, without diacritics.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_czech_slovak_german() {
        for (input, want) in [
            ("Pečovatelská služba", "pecovatelska sluzba"),
            ("ŘÍJEN Ďábel Ťuk Ňadro", "rijen dabel tuk nadro"),
            ("Týnec nad Sázavou", "tynec nad sazavou"),
            ("kůň úl ýpsilon", "kun ul ypsilon"),
            ("ľudia Ĺ ŕ ô ä", "ludia l r o a"),
            ("Größe Über", "grose uber"),
            ("already plain 123", "already plain 123"),
        ] {
            assert_eq!(fold(input), want, "{input}");
        }
    }
}
