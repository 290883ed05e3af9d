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
    for lang in Lang::ALL {
        for (name, text) in lang.strings().all() {
            assert!(!text.trim().is_empty(), "{lang:?} {name} is empty");
        }
        for text in lang.strings().texts() {
            assert!(!text.trim().is_empty(), "{lang:?}: an empty plural form");
        }
    }
    assert_ne!(Lang::Cs.strings().home_title, Lang::En.strings().home_title);
    assert_ne!(Lang::Uk.strings().home_title, Lang::En.strings().home_title);
}

/// The CLDR plural categories for whole numbers, written out independently of `Lang::plural` (which
/// matches on ranges): Czech one/few/other, Ukrainian one/few/many, English one/other.
fn cldr_category(lang: Lang, n: usize) -> &'static str {
    let (i10, i100) = (n % 10, n % 100);
    match lang {
        Lang::Cs if n == 1 => "one",
        Lang::Cs if (2..=4).contains(&n) => "few",
        Lang::Uk if i10 == 1 && i100 != 11 => "one",
        Lang::Uk if [2, 3, 4].contains(&i10) && ![12, 13, 14].contains(&i100) => "few",
        Lang::En if n == 1 => "one",
        _ => "many",
    }
}

#[test]
fn plural_forms_follow_cldr_for_0_to_200_in_every_language() {
    let forms = Plural { one: "one", few: "few", many: "many" };
    for lang in Lang::ALL {
        for n in 0..=200 {
            assert_eq!(lang.plural(n, &forms), cldr_category(lang, n), "{lang:?} {n}");
        }
    }
    // Spot checks with real words, the ones people see most.
    let uk = Lang::Uk.strings();
    let cases =
        [(1, "послуга"), (2, "послуги"), (5, "послуг"), (11, "послуг"), (21, "послуга"), (22, "послуги")];
    for (n, word) in cases {
        assert_eq!(Lang::Uk.count(n, &uk.services), format!("{n}\u{a0}{word}"));
    }
    for (n, word) in
        [(12, "послуг"), (14, "послуг"), (101, "послуга"), (111, "послуг"), (112, "послуг"), (124, "послуги")]
    {
        assert_eq!(Lang::Uk.count(n, &uk.services), format!("{n}\u{a0}{word}"));
    }
}

/// The Ukrainian table is Ukrainian: no string is left in Czech or English (Latin letters only in names
/// and codes the app keeps: Průvodce, Shift, JavaScript, IČO, e-mail examples).
#[test]
fn ukrainian_strings_are_in_cyrillic() {
    let allowed =
        ["Průvodce", "Shift", "JavaScript", "IČO", "imia@example.cz", "{a}", "{b}", "{m}", "{q}", "{region}"];
    for (name, text) in Lang::Uk.strings().all() {
        let mut rest = text.to_string();
        for a in allowed {
            rest = rest.replace(a, "");
        }
        assert!(!rest.chars().any(|c| c.is_ascii_alphabetic()), "{name}: {text}");
    }
}

#[test]
fn capacity_and_age_wording() {
    use crate::domain::snapshot::CapacityUnit;
    assert_eq!(Lang::Cs.capacity(32, CapacityUnit::Beds), "32\u{a0}lůžek");
    assert_eq!(Lang::Cs.capacity(3, CapacityUnit::Clients), "3\u{a0}klienti");
    assert_eq!(Lang::Cs.age_range(Some(65), None), "od 65\u{a0}let");
    assert_eq!(Lang::Cs.age_range(Some(0), Some(7)), "0–7\u{a0}let");
    assert_eq!(Lang::Uk.age_range(None, Some(26)), "до 26 років");
    assert_eq!(Lang::En.age_range(Some(65), None), "aged 65 and over");
    assert_eq!(Lang::Uk.capacity(21, CapacityUnit::Beds), "21\u{a0}ліжко");
    assert_eq!(Lang::Uk.capacity(3, CapacityUnit::Clients), "3\u{a0}клієнти");
    assert_eq!(Lang::En.capacity(1, CapacityUnit::Calls), "1\u{a0}call");
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
