//! The code lists of coded columns: each value's Czech label (what the clerk sees and picks from the
//! drop-down) and its JSON spelling (what the snapshot stores). Values come from the domain's own enums
//! and tables (`TargetGroup::ALL`, `Form::ALL`, `law::LAW_TYPES`, `law::CATEGORIES`), so a value added
//! there appears here; the labels for forms, fees and units are the coordinator's words, not the app's.

use crate::domain::law::{CATEGORIES, LAW_TYPES};
use crate::domain::snapshot::{Form, TargetGroup};
use crate::i18n::Lang;

/// A closed list a coded column takes its values from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codes {
    /// Service type: a section of act 108/2006 Sb. (stored in `law_section`) or a related-service
    /// category (stored in `category`); the JSON spelling of a section starts with `§`.
    ServiceType,
    Groups,
    Forms,
    Fees,
    Units,
    DocKinds,
    RegionKinds,
}

impl Codes {
    /// Every code list, in the order of the columns of the "Číselníky" sheet.
    pub const ALL: [Codes; 7] = [
        Codes::ServiceType,
        Codes::Groups,
        Codes::Forms,
        Codes::Fees,
        Codes::Units,
        Codes::DocKinds,
        Codes::RegionKinds,
    ];

    /// The list's heading on the "Číselníky" sheet.
    pub fn title(self) -> &'static str {
        match self {
            Codes::ServiceType => "Druh služby",
            Codes::Groups => "Cílová skupina",
            Codes::Forms => "Forma",
            Codes::Fees => "Úhrada",
            Codes::Units => "Jednotka kapacity",
            Codes::DocKinds => "Druh dokumentu",
            Codes::RegionKinds => "Druh regionu",
        }
    }

    /// `(label, JSON spelling)` of every value.
    pub fn entries(self) -> Vec<(String, String)> {
        let fixed = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs.iter().map(|(l, s)| (l.to_string(), s.to_string())).collect()
        };
        match self {
            Codes::ServiceType => LAW_TYPES
                .iter()
                .map(|t| (format!("§ {} {}", t.section, t.name), format!("§{}", t.section)))
                .chain(CATEGORIES.iter().map(|c| (format!("návazná: {}", c.name), c.id.to_string())))
                .collect(),
            Codes::Groups => TargetGroup::ALL
                .iter()
                .map(|g| (Lang::Cs.group_name(*g).replace('\u{a0}', " "), g.slug().to_string()))
                .collect(),
            Codes::Forms => Form::ALL
                .iter()
                .map(|f| {
                    let label = match f {
                        Form::Terenni => "terénní",
                        Form::Ambulantni => "ambulantní",
                        Form::Pobytova => "pobytová",
                    };
                    (label.to_string(), f.slug().to_string())
                })
                .collect(),
            Codes::Fees => fixed(&[("zdarma", "free"), ("placená", "paid"), ("podle poznámky", "described")]),
            Codes::Units => fixed(&[
                ("klienti", "clients"),
                ("lůžka", "beds"),
                ("kontakty (10 min)", "contacts"),
                ("intervence (30 min)", "interventions"),
                ("hovory", "calls"),
            ]),
            Codes::DocKinds => fixed(&[
                ("komunitní plán", "community_plan"),
                ("akční plán", "action_plan"),
                ("vyhodnocení", "evaluation"),
                ("katalog", "catalogue"),
            ]),
            Codes::RegionKinds => fixed(&[("okres", "okres"), ("město", "town")]),
        }
    }

    /// The label of a JSON spelling, for export.
    pub fn label(self, slug: &str) -> Option<String> {
        self.entries().into_iter().find(|(_, s)| s == slug).map(|(l, _)| l)
    }

    /// The JSON spelling of what a clerk typed: the label or the spelling itself, ignoring case and
    /// spacing; for a service type also a bare section such as "40" or "§40".
    pub fn parse(self, text: &str) -> Option<String> {
        let want = normalise(text);
        let entries = self.entries();
        let found = entries.iter().find(|(l, s)| normalise(l) == want || normalise(s) == want);
        if let Some((_, s)) = found {
            return Some(s.clone());
        }
        if self == Codes::ServiceType {
            let bare = want.trim_start_matches('§').trim();
            return entries.into_iter().map(|(_, s)| s).find(|s| s.strip_prefix('§') == Some(bare));
        }
        None
    }
}

/// Lower case, non-breaking spaces as spaces, runs of spaces as one: how two spellings are compared.
pub fn normalise(text: &str) -> String {
    text.replace('\u{a0}', " ").split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_parses_back_to_its_spelling() {
        for list in Codes::ALL {
            for (label, slug) in list.entries() {
                assert_eq!(list.parse(&label).as_deref(), Some(slug.as_str()), "{label}");
                assert_eq!(list.parse(&slug).as_deref(), Some(slug.as_str()), "{slug}");
            }
        }
        assert_eq!(Codes::ServiceType.parse("40").as_deref(), Some("§40"));
        assert_eq!(Codes::ServiceType.parse(" § 60a ").as_deref(), Some("§60a"));
        assert_eq!(Codes::Groups.parse("rodiny\u{a0}s dětmi").as_deref(), Some("rodiny-s-detmi"));
        assert_eq!(Codes::Forms.parse("nevím"), None);
    }
}
