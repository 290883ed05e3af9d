//! Ukrainian words as matching keys. A Ukrainian query may be typed in Cyrillic or in Latin letters
//! ("dopomoha", "borhy", "pensiia", or Czech-style "pomoč"), so both become one Latin key: Cyrillic is
//! lowercased (`case`), the letters people confuse or leave out are unified (ґ→г, є→е, ї/і/и→і,
//! apostrophes and the soft sign dropped) and transliterated after the national table (KMU 2010); then
//! Latin spelling variants are reduced (y/j→i, g→h, kh→h, ts→c, ie→e, doubled letters single), so
//! "допомога", "dopomoha" and "dopomoga" meet. A light stemmer then strips case endings, so "борги",
//! "боргів" and "борг" meet as well. The key is lossy on purpose: it only has to make a person's spelling
//! meet the lexicon's, which goes through the same function. Russian Cyrillic folds the same way (ы→і,
//! э→е), which matches the many words the two languages share.

/// The Latin letters of one lowercase Cyrillic letter; `None` for a non-Cyrillic character.
fn cyrillic(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ґ' | 'х' => "h",
        'д' => "d",
        'е' | 'є' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' | 'ї' | 'й' | 'ы' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'ц' => "c",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ь' | 'ъ' => "",
        'ю' => "iu",
        'я' => "ia",
        'ё' => "io",
        _ => return None,
    })
}

/// Czech-style Latin letters some Ukrainians type ("pomoč", "žytlo"), spelled as the national table does.
fn hacek(c: char) -> Option<&'static str> {
    Some(match c {
        'š' => "sh",
        'č' => "ch",
        'ž' => "zh",
        _ => return None,
    })
}

/// Apostrophes written inside Ukrainian words (сім'я, сімʼя, сім’я); dropped from the key.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | 'ʼ' | '’' | '‘' | '`' | 'ʹ')
}

/// The unstemmed key of a word in Cyrillic or Latin letters.
pub fn latin(word: &str) -> String {
    let mut raw = String::with_capacity(word.len() + 4);
    for c in word.chars().map(super::case::lower) {
        if is_apostrophe(c) {
            continue;
        }
        match cyrillic(c).or_else(|| hacek(c)) {
            Some(s) => raw.push_str(s),
            None => raw.push(super::fold::fold_char(c)),
        }
    }
    canon(&raw)
}

/// Reduces Latin spelling variants of Ukrainian: "shch" and Cyrillic щ → "sc" (before "kh"/"ts" so the
/// pieces do not recombine), kh/g → h, ts → c, y/j → i, w → v, ie → e, then doubled letters to one.
fn canon(s: &str) -> String {
    let s = s.replace("shch", "sc").replace("kh", "h").replace("ts", "c");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            'g' => 'h',
            'y' | 'j' => 'i',
            'w' => 'v',
            'q' => 'k',
            _ => c,
        };
        if out.ends_with(c) {
            continue;
        }
        if c == 'e' && out.ends_with('i') {
            out.pop();
        }
        out.push(c);
    }
    out
}

/// Case endings in key spelling (я = ia, ю = iu, ї/й/и/і = i, х = h), longest first: plural and
/// instrumental (-ями, -ами, -ях, -ах), adjective (-ого, -ому, -ими, -их, -ої, -ій), noun (-ові, -ою, -ів, -ей).
const ENDINGS: &[&str] = &[
    "iami", "oiu", "eiu", "ovi", "evi", "oho", "omu", "imi", "ami", "iam", "iah", "ah", "am", "om", "em",
    "im", "ih", "iv", "ei", "oi", "iu", "ia", "mi", "a", "e", "i", "o", "u",
];

/// Stems a key: strips one case ending (keeping three letters at least), then undoes the vowel
/// alternations of the commonest suffixes (-ок/-к-, -ець/-ц-, -ість/-ост-), so "будинок"/"будинку",
/// "залежність"/"залежності" meet.
pub fn stem(key: &str) -> String {
    if !key.is_ascii() || key.bytes().any(|b| b.is_ascii_digit()) {
        return key.to_string();
    }
    let mut s = key;
    if let Some(e) = ENDINGS.iter().find(|e| s.len() >= e.len() + 3 && s.ends_with(**e)) {
        s = &s[..s.len() - e.len()];
    }
    let mut out = s.to_string();
    for (from, to) in [("ok", "k"), ("ec", "c"), ("ist", "ost")] {
        if out.len() >= from.len() + 3 && out.ends_with(from) {
            out.truncate(out.len() - from.len());
            out.push_str(to);
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(w: &str) -> String {
        stem(&latin(w))
    }

    #[test]
    fn cyrillic_and_latin_spellings_meet() {
        for group in [
            &["допомога", "Допомога", "dopomoha", "dopomoga", "ДОПОМОГИ", "допомогою", "допомогу"][..],
            &["борги", "борг", "боргів", "borhy", "borgy", "borhi"],
            &["пенсія", "пенсії", "пенсію", "pensiia", "pensiya", "pensija", "pensia"],
            &["сім'я", "сімʼя", "сім’я", "сімя", "simya", "sim'ia", "сім'ї", "сім'єю"],
            &["ґанок", "ганок", "ganok", "hanok"],
            &["житло", "житла", "zhytlo", "žytlo", "zhitlo"],
            &["будинок", "будинку", "budynok", "budynku"],
            &["залежність", "залежності", "zalezhnist", "zalezhnosti"],
            &["центр", "центру", "tsentr", "centr"],
            &["їжа", "їжі", "yizha", "izha"],
            &["хвороба", "хвороби", "khvoroba", "hvoroba"],
            &["Європа", "європа", "yevropa", "evropa"],
            &["літнім", "літні", "літніх", "літня", "litnim"],
        ] {
            let want = key(group[0]);
            for w in group {
                assert_eq!(key(w), want, "{w} vs {}", group[0]);
            }
        }
    }

    #[test]
    fn keys_and_stems() {
        assert_eq!(latin("Щастя"), "scastia");
        assert_eq!(latin("ґ є ї і и"), "h e i i i");
        assert_eq!(stem("dopomoha"), "dopomoh");
        assert_eq!(stem("dim"), "dim");
        assert_eq!(stem("12"), "12");
        assert_ne!(key("дім"), key("дітей"));
    }
}
