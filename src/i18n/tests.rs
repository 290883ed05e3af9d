//! Tests of the language tables: plural rules, and Czech typography in every Czech string.

use super::*;

#[test]
fn czech_plural_forms() {
    let s = Lang::Cs.strings();
    let cases = [
        (0, "0\u{a0}služeb"),
        (1, "1\u{a0}služba"),
        (2, "2\u{a0}služby"),
        (4, "4\u{a0}služby"),
        (5, "5\u{a0}služeb"),
        (22, "22\u{a0}služeb"),
    ];
    for (n, want) in cases {
        assert_eq!(Lang::Cs.count(n, &s.services), want);
    }
    assert_eq!(Lang::En.count(1, &Lang::En.strings().services), "1\u{a0}service");
    assert_eq!(Lang::En.count(3, &Lang::En.strings().services), "3\u{a0}services");
}

#[test]
fn single_letter_prepositions_are_followed_by_a_non_breaking_space() {
    // The same rule the app applies to catalogue texts (`domain::typeset`): a typeset string is unchanged.
    for (name, text) in Lang::Cs.strings().all() {
        let bound = crate::domain::typeset::bind_short_words(text);
        assert_eq!(bound, text, "{name}: a one-letter word needs a non-breaking space after it");
    }
}

#[test]
fn no_string_is_empty_and_languages_differ() {
    let cs = Lang::Cs.strings().all();
    let en = Lang::En.strings().all();
    assert_eq!(cs.len(), en.len());
    for ((name, c), (_, e)) in cs.iter().zip(&en) {
        assert!(!c.trim().is_empty() && !e.trim().is_empty(), "{name} is empty");
    }
    assert_ne!(Lang::Cs.strings().home_title, Lang::En.strings().home_title);
}

#[test]
fn capacity_and_age_wording() {
    use crate::domain::snapshot::CapacityUnit;
    assert_eq!(Lang::Cs.capacity(32, CapacityUnit::Beds), "32\u{a0}lůžek");
    assert_eq!(Lang::Cs.capacity(3, CapacityUnit::Clients), "3\u{a0}klienti");
    assert_eq!(Lang::Cs.age_range(Some(65), None), "od 65\u{a0}let");
}

/// Issue 10, "also found": one target group was "národnostní menšiny" in the filters and "etnické
/// menšiny" in the why lines. The Czech display name of every group is the lexicon's (the search's) name,
/// typeset.
#[test]
fn target_group_has_one_czech_name() {
    use crate::domain::{lexicon, snapshot::TargetGroup, typeset::bind_short_words};
    for g in TargetGroup::ALL {
        assert_eq!(Lang::Cs.group_name(g), bind_short_words(lexicon::group_name(g)), "{g:?}");
    }
}
