//! Words for the booklet and browse model (`domain::booklet`): headings and grouping choices (in the
//! booklet module and `katalog booklet` only, `BookletWords`), and fees (also on the app's service page).

use super::Lang;
#[cfg(any(not(target_arch = "wasm32"), feature = "all-langs"))]
use crate::domain::booklet::{GroupKey, Grouping};
use crate::domain::snapshot::{Fee, FeeKind};

#[cfg(any(not(target_arch = "wasm32"), feature = "all-langs"))]
impl Lang {
    /// A heading: "Pečovatelská služba (§ 40)", "Benešov", "Senioři", "A".
    pub fn heading(self, key: &GroupKey) -> String {
        let t = self.booklet();
        match key {
            GroupKey::Law(l) => format!("{} (§\u{a0}{})", capitalised(&self.kind(key)), l.section),
            GroupKey::Category(_) => capitalised(&self.kind(key)),
            GroupKey::Unclassified => t.group_unclassified.into(),
            GroupKey::Municipality { name, .. } => name.clone(),
            GroupKey::Elsewhere => t.group_elsewhere.into(),
            GroupKey::TargetGroup(g) => capitalised(self.group_name(*g)),
            GroupKey::NoTargetGroup => t.group_none.into(),
            GroupKey::Letter(c) => c.to_string(),
        }
    }

    /// A service's kind as a lead line ("pečovatelská služba"); the group word for anything else.
    pub fn kind(self, key: &GroupKey) -> String {
        match key {
            GroupKey::Law(l) => self.type_name(l.section).unwrap_or(l.name).into(),
            GroupKey::Category(c) => self.type_name(c.id).unwrap_or(c.name).into(),
            other => self.heading(other),
        }
    }

    /// The words of a grouping choice.
    pub fn grouping(self, g: Grouping) -> &'static str {
        let w = self.booklet();
        match g {
            Grouping::Type => w.by_type,
            Grouping::Municipality => w.by_municipality,
            Grouping::TargetGroup => w.by_group,
            Grouping::Alphabet => w.by_alphabet,
        }
    }
}

impl Lang {
    /// "Zdarma", "Placená služba – podle ceníku…", or just the note for a described fee.
    pub fn fee(self, fee: &Fee) -> String {
        let t = self.strings();
        let kind = match fee.kind {
            FeeKind::Free => t.fee_free,
            FeeKind::Paid => t.fee_paid,
            FeeKind::Described => "",
        };
        [kind, fee.note.as_deref().unwrap_or_default()]
            .into_iter()
            .filter(|x| !x.is_empty())
            .collect::<Vec<_>>()
            .join(" – ")
    }
}

#[cfg(any(not(target_arch = "wasm32"), feature = "all-langs"))]
/// The first letter in upper case, for Czech, English and Ukrainian only: `char::to_uppercase` would carry
/// Unicode's whole case table (about 15 KB of wasm) for headings in three known alphabets.
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    let Some(first) = c.next() else { return String::new() };
    let upper = match first {
        'á' => 'Á',
        'č' => 'Č',
        'ď' => 'Ď',
        'é' => 'É',
        'ě' => 'Ě',
        'í' => 'Í',
        'ň' => 'Ň',
        'ó' => 'Ó',
        'ř' => 'Ř',
        'š' => 'Š',
        'ť' => 'Ť',
        'ú' => 'Ú',
        'ů' => 'Ů',
        'ý' => 'Ý',
        'ž' => 'Ž',
        'і' => 'І',
        'ї' => 'Ї',
        'є' => 'Є',
        'ґ' => 'Ґ',
        'а'..='я' => char::from_u32(first as u32 - 0x20).unwrap_or(first),
        other => other.to_ascii_uppercase(),
    };
    std::iter::once(upper).chain(c).collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Headings begin with a capital, Czech letters included, without Unicode's case table.
    #[test]
    fn uppercase_table_not_in_wasm_headings_are_capitalised() {
        assert_eq!(capitalised("šance"), "Šance");
        assert_eq!(capitalised("raná péče"), "Raná péče");
        assert_eq!(capitalised(""), "");
        assert_eq!(capitalised("послуги"), "Послуги");
        assert_eq!(capitalised("їжа"), "Їжа");
        let l = crate::domain::law::law_type("40").expect("§40");
        assert_eq!(Lang::Cs.heading(&GroupKey::Law(l)), "Pečovatelská služba (§\u{a0}40)");
    }
}
