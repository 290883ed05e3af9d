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
    "babi",
    "babicka",
    "babicku",
    "bere",
    "brat",
    "bratr",
    "casto",
    "chce",
    "chci",
    "chtel",
    "chtela",
    "chteli",
    "clovek",
    "cloveka",
    "dcera",
    "dceru",
    "deda",
    "dedecek",
    "dedeckovi",
    "dedu",
    "dite",
    "ditete",
    "dnes",
    "furt",
    "hleda",
    "hledam",
    "hledame",
    "hledat",
    "hodne",
    "kamarad",
    "kamaradka",
    "let",
    "leta",
    "lide",
    "lidem",
    "lidi",
    "mama",
    "maminka",
    "maminku",
    "mamka",
    "manzel",
    "manzela",
    "manzelka",
    "manzelku",
    "moc",
    "muz",
    "myslet",
    "myslim",
    "nejak",
    "nejaka",
    "nejakou",
    "nejaky",
    "nekde",
    "nekoho",
    "nyni",
    "otce",
    "otec",
    "partner",
    "partnerka",
    "pomoc",
    "pomoci",
    "pomoct",
    "pomozte",
    "pomuze",
    "porad",
    "poradte",
    "potrebovat",
    "potrebuje",
    "potrebuji",
    "potrebuju",
    "pritel",
    "pritelkyne",
    "problem",
    "problemy",
    "prosim",
    "rodic",
    "rodice",
    "rodicu",
    "rok",
    "roky",
    "sestra",
    "sluzba",
    "sluzbu",
    "sluzby",
    "socialni",
    "soused",
    "sousedka",
    "strasne",
    "syn",
    "syna",
    "synovi",
    "tata",
    "tatinek",
    "tatka",
    "tatu",
    "tchyne",
    "ted",
    "uz",
    "vnucka",
    "vnuk",
    "vubec",
    "zena",
    "zenu",
    "zitra",
];

/// True for a folded function word that carries no meaning for search.
pub fn is_stop(folded: &str) -> bool {
    STOP.binary_search(&folded).is_ok()
}

/// True for a folded word too general to justify a result on its own. Compared by stem too, so
/// every inflection of a listed word ("mamince", "manželovi") counts.
pub fn is_weak(folded: &str) -> bool {
    if folded.bytes().all(|b| b.is_ascii_digit()) || WEAK.contains(&folded) {
        return true;
    }
    let term = super::stem::stem(folded);
    WEAK.iter().any(|w| super::stem::stem(w) == term)
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
