//! The legal types of social services in act 108/2006 Sb. (one per section) and the categories of related
//! services ("návazné služby") outside the act. This is a data table: validation uses it to reject unknown
//! types, and the UI and the search lexicon use it for names.

/// A registered social service type: its section of the act and its official name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LawType {
    /// Section of the act as written in URLs and JSON, e.g. "40", "60a".
    pub section: &'static str,
    /// Official name in the act (plural as in the act's headings).
    pub name: &'static str,
    /// The kind of help the act groups it under.
    pub group: LawGroup,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LawGroup {
    /// Sociální poradenství (§37).
    Counselling,
    /// Služby sociální péče (§39–52).
    Care,
    /// Služby sociální prevence (§53–70).
    Prevention,
}

const fn t(section: &'static str, name: &'static str, group: LawGroup) -> LawType {
    LawType { section, name, group }
}

use LawGroup::{Care, Counselling, Prevention};

/// Every type of social service in act 108/2006 Sb., in the act's order.
pub const LAW_TYPES: &[LawType] = &[
    t("37", "odborné sociální poradenství", Counselling),
    t("39", "osobní asistence", Care),
    t("40", "pečovatelská služba", Care),
    t("41", "tísňová péče", Care),
    t("42", "průvodcovské a předčitatelské služby", Care),
    t("43", "podpora samostatného bydlení", Care),
    t("44", "odlehčovací služby", Care),
    t("45", "centra denních služeb", Care),
    t("46", "denní stacionáře", Care),
    t("47", "týdenní stacionáře", Care),
    t("48", "domovy pro osoby se zdravotním postižením", Care),
    t("49", "domovy pro seniory", Care),
    t("50", "domovy se zvláštním režimem", Care),
    t("51", "chráněné bydlení", Care),
    t("52", "sociální služby poskytované ve zdravotnických zařízeních lůžkové péče", Care),
    t("54", "raná péče", Prevention),
    t("55", "telefonická krizová pomoc", Prevention),
    t("56", "tlumočnické služby", Prevention),
    t("57", "azylové domy", Prevention),
    t("58", "domy na půl cesty", Prevention),
    t("59", "kontaktní centra", Prevention),
    t("60", "krizová pomoc", Prevention),
    t("60a", "intervenční centra", Prevention),
    t("61", "nízkoprahová denní centra", Prevention),
    t("62", "nízkoprahová zařízení pro děti a mládež", Prevention),
    t("63", "noclehárny", Prevention),
    t("64", "služby následné péče", Prevention),
    t("65", "sociálně aktivizační služby pro rodiny s dětmi", Prevention),
    t("66", "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením", Prevention),
    t("67", "sociálně terapeutické dílny", Prevention),
    t("68", "terapeutické komunity", Prevention),
    t("69", "terénní programy", Prevention),
    t("70", "sociální rehabilitace", Prevention),
];

/// A category of related services that are not registered under the act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Category {
    pub id: &'static str,
    pub name: &'static str,
}

const fn c(id: &'static str, name: &'static str) -> Category {
    Category { id, name }
}

/// Categories of related services ("návazné služby").
pub const CATEGORIES: &[Category] = &[
    c("domaci-zdravotni-pece", "domácí zdravotní péče"),
    c("hospic", "hospicová a paliativní péče"),
    c("pujcovna-pomucek", "půjčovna kompenzačních pomůcek"),
    c("poradenstvi", "poradenství mimo zákon o sociálních službách"),
    c("doprava", "doprava a senior taxi"),
    c("dobrovolnictvi", "dobrovolnictví a sousedská výpomoc"),
    c("volny-cas", "volný čas a setkávání"),
    c("zamestnani", "práce a zaměstnávání"),
    c("bydleni", "bydlení"),
    c("zdravotnictvi", "zdravotní služby"),
    c("skolstvi", "školská poradenská zařízení"),
    c("svepomoc", "svépomocné skupiny a spolky"),
    c("jine", "jiné návazné služby"),
];

/// Looks up a legal type by its section, e.g. `law_type("60a")`.
pub fn law_type(section: &str) -> Option<&'static LawType> {
    LAW_TYPES.iter().find(|t| t.section == section)
}

/// Looks up a related-service category by id.
pub fn category(id: &str) -> Option<&'static Category> {
    CATEGORIES.iter().find(|c| c.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_and_categories_are_unique() {
        for (i, a) in LAW_TYPES.iter().enumerate() {
            assert!(LAW_TYPES[i + 1..].iter().all(|b| b.section != a.section), "{}", a.section);
        }
        for (i, a) in CATEGORIES.iter().enumerate() {
            assert!(CATEGORIES[i + 1..].iter().all(|b| b.id != a.id), "{}", a.id);
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(law_type("60a").map(|t| t.name), Some("intervenční centra"));
        assert_eq!(law_type("38"), None);
        assert!(category("doprava").is_some());
        assert!(category("nic").is_none());
    }
}
