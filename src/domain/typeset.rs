//! Czech typesetting of text shown on screen. Czech rules forbid a one-letter preposition or
//! conjunction (k, s, v, z, o, u, a, i) at the end of a line, where it reads as a stray letter; on a
//! 320 px phone, with large text, that happens on almost every service card. The space after such a
//! word becomes a no-break space. The UI strings are written that way (an i18n test checks them);
//! catalogue texts come from publishers who cannot be expected to, so the app typesets them as they
//! are loaded for display. The search analyser splits on U+00A0 like on any space, so search is
//! unaffected, and the CLI's output is left as published.

use crate::domain::snapshot::{Service, Snapshot};

const NBSP: char = '\u{a0}';

fn is_short_word(c: char) -> bool {
    matches!(c, 'a' | 'i' | 'k' | 'o' | 's' | 'u' | 'v' | 'z' | 'A' | 'I' | 'K' | 'O' | 'S' | 'U' | 'V' | 'Z')
}

/// Characters after which a word starts: a one-letter word must follow one of these (or the start).
fn opens_word(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | '[' | '„' | '"' | '‚' | '\'' | '–' | '-' | '/')
}

/// `text` with a no-break space after every one-letter preposition or conjunction.
pub fn bind_short_words(text: &str) -> String {
    bound(text).unwrap_or_else(|| text.to_owned())
}

/// `bind_short_words`, or `None` where nothing binds. Copies the text between the spaces it changes: a
/// region's catalogue is typeset as it loads, and copying it a character at a time was 65 ms of a
/// 7,000-service start at 4× CPU (issue 16).
fn bound(text: &str) -> Option<String> {
    let mut out: Option<String> = None;
    let mut copied = 0;
    // The two characters before the current one: a one-letter word is `opens_word, short, ' '`.
    let (mut before, mut last) = (' ', NBSP);
    for (i, c) in text.char_indices() {
        if c == ' ' && is_short_word(last) && opens_word(before) {
            let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 8));
            o.push_str(text.get(copied..i)?);
            o.push(NBSP);
            copied = i + 1;
        }
        (before, last) = (last, c);
    }
    let mut o = out?;
    o.push_str(text.get(copied..)?);
    Some(o)
}

fn bind(text: &mut String) {
    if let Some(bound) = bound(text) {
        *text = bound;
    }
}

fn bind_all(texts: &mut [String]) {
    texts.iter_mut().for_each(bind);
}

/// Typesets the texts a person reads in the app. Names that are matched or looked up (municipalities,
/// ids, numbers, URLs) are left alone.
pub fn typeset(s: &mut Snapshot) {
    typeset_rest(s);
    s.services.iter_mut().for_each(typeset_service);
}

/// Typesets one service: the app's start-up does the services a slice at a time (issue 16).
pub fn typeset_service(v: &mut Service) {
    bind(&mut v.name);
    bind(&mut v.description);
    bind_all(&mut v.opening_hours);
    v.fee.note.iter_mut().for_each(bind);
    v.capacity.iter_mut().filter_map(|c| c.note.as_mut()).for_each(bind);
}

/// Typesets everything but the services (a few short texts).
pub fn typeset_rest(s: &mut Snapshot) {
    if let Some(note) = s.meta.note.as_mut() {
        bind(note);
    }
    for p in &mut s.providers {
        bind(&mut p.name);
    }
    for o in &mut s.offices {
        bind(&mut o.name);
        o.department.iter_mut().for_each(bind);
        bind_all(&mut o.opening_hours);
    }
    for l in &mut s.life_situations {
        bind(&mut l.name);
        bind(&mut l.description);
    }
    for c in &mut s.crisis_lines {
        bind(&mut c.name);
        bind(&mut c.hours);
        c.note.iter_mut().for_each(bind);
    }
    for d in &mut s.documents {
        bind(&mut d.title);
    }
    for n in &mut s.news {
        bind(&mut n.title);
        bind(&mut n.text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_letter_words_are_bound_to_the_next_word() {
        assert_eq!(bind_short_words("Péče o blízkého doma"), "Péče o\u{a0}blízkého doma");
        assert_eq!(bind_short_words("Zapomínání a demence"), "Zapomínání a\u{a0}demence");
        assert_eq!(bind_short_words("V noci i o víkendu"), "V\u{a0}noci i\u{a0}o\u{a0}víkendu");
        assert_eq!(bind_short_words("(s doprovodem) k lékaři"), "(s\u{a0}doprovodem) k\u{a0}lékaři");
        assert_eq!(bind_short_words("„V bezpečí“"), "„V\u{a0}bezpečí“");
    }

    #[test]
    fn other_text_is_unchanged() {
        for text in ["Domov pro seniory", "Ulice 5 a", "tel. 112", "č. p. 12", "vitamín C a D", "", "a"] {
            let bound = bind_short_words(text);
            assert_eq!(bound.replace(NBSP, " "), text, "only spaces change in {text:?}");
        }
        // Letters inside or at the end of longer words are not one-letter words.
        assert_eq!(bind_short_words("pomoc doma"), "pomoc doma");
        assert_eq!(bind_short_words("Taxi s úsměvem"), "Taxi s\u{a0}úsměvem");
        assert_eq!(bind_short_words("vitamín C a D"), "vitamín C a\u{a0}D");
    }

    /// The char-by-char copy that `bound` replaced (issue 16), as the reference it must agree with.
    fn reference(text: &str) -> String {
        let (mut before, mut last) = (' ', NBSP);
        text.chars()
            .map(|c| {
                let binds = c == ' ' && is_short_word(last) && opens_word(before);
                (before, last) = (last, c);
                if binds {
                    NBSP
                } else {
                    c
                }
            })
            .collect()
    }

    #[test]
    fn regression_run_copy_typesets_like_the_char_rule() {
        let samples = [
            "a b",
            " a b",
            "a",
            "a ",
            " a",
            "  ",
            "Ž a b",
            "ž\u{a0}a b",
            "„a b“ (s c) [k d] –v e/z f-o g'u h\"i j",
            "x a b",
            "ěa b",
            "sa b",
            "A B",
            "I\u{2003}k l",
            "Péče o blízkého doma i o víkendu",
            "koně a v s",
        ];
        for t in samples {
            assert_eq!(bind_short_words(t), reference(t), "{t:?}");
        }
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/benesov.json"))
            .unwrap();
        let plain: Snapshot = serde_json::from_str(&text).unwrap();
        for s in &plain.services {
            assert_eq!(bind_short_words(&s.description), reference(&s.description));
            assert_eq!(bind_short_words(&s.name), reference(&s.name));
        }
    }

    #[test]
    fn the_demo_catalogue_is_typeset_and_searches_the_same() {
        use crate::domain::index::Index;
        use crate::domain::rank::Query;
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/benesov.json"))
            .unwrap();
        let plain: Snapshot = serde_json::from_str(&text).unwrap();
        let mut set = plain.clone();
        typeset(&mut set);
        assert!(set.life_situations.iter().any(|l| l.name.contains(NBSP)));
        assert!(set
            .services
            .iter()
            .all(|s| !s.description.contains(" k ") && !s.description.contains(" s ")));
        // Ids and municipality names, which links and filters use, are untouched.
        assert_eq!(set.municipalities, plain.municipalities);
        assert!(set.services.iter().zip(&plain.services).all(|(a, b)| a.id == b.id && a.area == b.area));
        let (a, b) = (Index::build(&plain), Index::build(&set));
        for q in ["pomoc s nákupem", "azylový dům pro matky s dětmi", "domácí násilí"] {
            let q = Query { text: q.into(), limit: 10, ..Query::default() };
            let ids =
                |i: &Index, s: &Snapshot| i.search(s, &q).hits.iter().map(|h| h.service).collect::<Vec<_>>();
            assert_eq!(ids(&a, &plain), ids(&b, &set), "{}", q.text);
        }
    }
}
