//! Czech function words dropped from both index and query, written folded. Curated by hand rather
//! than taken from the ISO list, which also holds content words ("den", "nové", "práce") that matter
//! to people looking for help. Negated verbs ("nemám", "nemůžu") are kept: "nemám kde spát" means
//! something, and the lexicon matches it as a phrase after the same stop words are removed.
//!
//! `is_weak` lists words that do carry meaning but not about *which* service is needed ("pomoc",
//! "služba", "potřebuju", family members). They are still searched, but a result matched only by
//! them is not shown: that is what keeps "oprava střechy" from returning a random service.

/// Sorted, folded stop words.
const STOP: &[&str] = &[
    "a", "aby", "abych", "ach", "ale", "anebo", "ani", "ano", "asi", "az", "bez", "bude", "budu", "by",
    "bych", "bychom", "byl", "byla", "byli", "bylo", "byt", "co", "coz", "do", "ho", "i", "jak", "jake",
    "jaky", "je", "jeho", "jej", "jeji", "jejich", "jemu", "jen", "jenz", "jeste", "ji", "jich", "jim",
    "jimi", "jine", "jiz", "jsem", "jsi", "jsme", "jsou", "jste", "k", "kam", "kde", "kdo", "kdy", "kdyby",
    "kdyz", "ke", "ktera", "ktere", "kteri", "kterou", "ktery", "kvuli", "ma", "mam", "mame", "mate", "me",
    "mi", "mne", "mnou", "moc", "moje", "moji", "mou", "muj", "my", "na", "nad", "nam", "nas", "nase",
    "nasi", "nebo", "neco", "nej", "nejak", "nekdo", "nez", "ni", "nic", "nich", "nim", "nimi", "no", "o",
    "od", "ode", "on", "ona", "oni", "ono", "pak", "po", "pod", "pokud", "pred", "pres", "pri", "pro",
    "proc", "proto", "protoze", "s", "se", "si", "sice", "sve", "svou", "svuj", "svym", "ta", "tak", "take",
    "taky", "tam", "te", "tedy", "ten", "tento", "teto", "tim", "to", "tohle", "toho", "tom", "tomu", "tu",
    "tuto", "ty", "tyto", "u", "uz", "v", "vam", "vas", "vase", "ve", "vy", "z", "za", "ze",
];

/// Sorted folded words that are meaningful but do not identify a service.
const WEAK: &[&str] = &[
    "babicka",
    "babicku",
    "bere",
    "brat",
    "clovek",
    "cloveka",
    "dcera",
    "dceru",
    "deda",
    "dedecek",
    "deda",
    "dedu",
    "dite",
    "ditete",
    "hledam",
    "hledat",
    "chci",
    "chtel",
    "chtela",
    "lidi",
    "lidem",
    "lide",
    "lidi",
    "mama",
    "mamka",
    "maminka",
    "maminku",
    "manzel",
    "manzela",
    "manzelka",
    "manzelku",
    "muz",
    "nejaka",
    "nejakou",
    "nejaky",
    "otec",
    "otce",
    "pomoc",
    "pomoci",
    "pomuze",
    "potrebovat",
    "potrebuje",
    "potrebuji",
    "potrebuju",
    "problem",
    "problemy",
    "rok",
    "roky",
    "rodice",
    "rodicu",
    "sluzba",
    "sluzby",
    "sluzbu",
    "socialni",
    "syn",
    "syna",
    "synovi",
    "tata",
    "tatu",
    "tatka",
    "zena",
    "zenu",
    "let",
    "leta",
];

/// True for a folded function word that carries no meaning for search.
pub fn is_stop(folded: &str) -> bool {
    STOP.binary_search(&folded).is_ok()
}

/// True for a folded word too general to justify a result on its own.
pub fn is_weak(folded: &str) -> bool {
    WEAK.contains(&folded) || folded.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_list_is_sorted_and_curated() {
        assert!(STOP.windows(2).all(|w| w[0] < w[1]), "STOP must stay sorted for binary search");
        for w in ["je", "jsem", "mam", "kde", "me", "pro", "a"] {
            assert!(is_stop(w), "{w}");
        }
        // Content words the ISO list would drop, and negations the lexicon needs.
        for w in ["den", "nove", "prace", "nemam", "spat", "domov"] {
            assert!(!is_stop(w), "{w}");
        }
    }

    #[test]
    fn weak_words() {
        assert!(is_weak("pomoc") && is_weak("syn") && is_weak("3"));
        assert!(!is_weak("drogy") && !is_weak("senior"));
    }
}
