//! The words only the booklet module and `katalog booklet` use (`booklet_doc`, `browse_doc`,
//! `print_doc`): headings of the booklet, its controls and `/sluzby`'s paging, in every language. They are
//! not in `Strings`, so neither the app's first load nor its language packs carry them; the module, which
//! is loaded on demand, compiles all three tables in (`all-langs`).

use super::Lang;

/// The booklet's own words.
#[derive(Debug)]
pub struct BookletWords {
    pub print_catalogue: &'static str,
    pub print_lead: &'static str,
    pub print_order: &'static str,
    pub print_paper: &'static str,
    pub print_paper_note: &'static str,
    pub print_apply: &'static str,
    pub by_type: &'static str,
    pub by_municipality: &'static str,
    pub by_group: &'static str,
    pub by_alphabet: &'static str,
    pub contents_title: &'static str,
    pub index_title: &'static str,
    pub index_whole_region: &'static str,
    pub publisher_label: &'static str,
    pub publisher_contact: &'static str,
    pub group_unclassified: &'static str,
    pub group_elsewhere: &'static str,
    pub group_none: &'static str,
    pub page_prev: &'static str,
    pub page_next: &'static str,
    pub page_label: &'static str,
    pub page_of: &'static str,
}

impl Lang {
    /// The booklet's words in this language.
    pub fn booklet(self) -> &'static BookletWords {
        match self {
            Lang::Cs => &CS,
            Lang::Uk => &UK,
            Lang::En => &EN,
        }
    }
}

static CS: BookletWords = BookletWords {
    print_catalogue: "Vytisknout katalog",
    print_lead:
        "Celý katalog jako brožura k\u{a0}vytištění, s\u{a0}kontakty, obsahem a\u{a0}rejstříkem obcí.",
    print_order: "Uspořádat",
    print_paper: "Formát papíru",
    print_paper_note: "Pro brožuru A5 zvolte formát A5 zde i\u{a0}v\u{a0}tiskovém dialogu.",
    print_apply: "Použít",
    by_type: "podle druhu",
    by_municipality: "podle obce",
    by_group: "podle cílové skupiny",
    by_alphabet: "A–Z",
    contents_title: "Obsah",
    index_title: "Rejstřík obcí",
    index_whole_region: "Služby pro celý region",
    publisher_label: "Vydává",
    publisher_contact: "Opravy a\u{a0}doplnění",
    group_unclassified: "Jiné služby",
    group_elsewhere: "Mimo obce regionu nebo bez adresy",
    group_none: "Bez určené cílové skupiny",
    page_prev: "Předchozí strana",
    page_next: "Další strana",
    page_label: "Strana",
    page_of: "z",
};

static UK: BookletWords = BookletWords {
    print_catalogue: "Надрукувати каталог",
    print_lead:
        "Увесь каталог як брошура для друку, з\u{a0}контактами, змістом і\u{a0}покажчиком муніципалітетів.",
    print_order: "Упорядкувати",
    print_paper: "Формат паперу",
    print_paper_note: "Для брошури формату A5 виберіть A5 тут і\u{a0}в\u{a0}діалозі друку.",
    print_apply: "Застосувати",
    by_type: "за видом",
    by_municipality: "за муніципалітетом",
    by_group: "за цільовою групою",
    by_alphabet: "за абеткою",
    contents_title: "Зміст",
    index_title: "Покажчик муніципалітетів",
    index_whole_region: "Послуги для всього регіону",
    publisher_label: "Видає",
    publisher_contact: "Виправлення і\u{a0}доповнення",
    group_unclassified: "Інші послуги",
    group_elsewhere: "Поза муніципалітетами регіону або без адреси",
    group_none: "Без визначеної цільової групи",
    page_prev: "Попередня сторінка",
    page_next: "Наступна сторінка",
    page_label: "Сторінка",
    page_of: "з",
};

static EN: BookletWords = BookletWords {
    print_catalogue: "Print the catalogue",
    print_lead:
        "The whole catalogue as a booklet to print, with contacts, contents and an index of municipalities.",
    print_order: "Arrange",
    print_paper: "Paper size",
    print_paper_note: "For an A5 booklet choose A5 here and in the print dialogue.",
    print_apply: "Apply",
    by_type: "by type",
    by_municipality: "by municipality",
    by_group: "by target group",
    by_alphabet: "A–Z",
    contents_title: "Contents",
    index_title: "Index of municipalities",
    index_whole_region: "Services for the whole region",
    publisher_label: "Published by",
    publisher_contact: "Corrections and additions",
    group_unclassified: "Other services",
    group_elsewhere: "Outside the region's municipalities or without an address",
    group_none: "No target group given",
    page_prev: "Previous page",
    page_next: "Next page",
    page_label: "Page",
    page_of: "of",
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every booklet word is given, and the Ukrainian table has no Czech or English left in it (Latin
    /// letters only in the paper size A5), like `Strings` (`ukrainian_strings_are_in_cyrillic`).
    #[test]
    fn booklet_words_given_and_ukrainian_in_cyrillic() {
        for lang in Lang::ALL {
            let w = lang.booklet();
            for t in
                [w.print_catalogue, w.print_lead, w.contents_title, w.index_title, w.page_next, w.page_of]
            {
                assert!(!t.is_empty(), "{lang:?}");
            }
        }
        let w = Lang::Uk.booklet();
        let all = [
            w.print_catalogue,
            w.print_lead,
            w.print_order,
            w.print_paper,
            w.print_paper_note,
            w.print_apply,
            w.by_type,
            w.by_municipality,
            w.by_group,
            w.by_alphabet,
            w.contents_title,
            w.index_title,
            w.index_whole_region,
            w.publisher_label,
            w.publisher_contact,
            w.group_unclassified,
            w.group_elsewhere,
            w.group_none,
            w.page_prev,
            w.page_next,
            w.page_label,
            w.page_of,
        ];
        for t in all {
            assert!(!t.replace("A5", "").chars().any(|c| c.is_ascii_alphabetic()), "{t}");
        }
    }
}
