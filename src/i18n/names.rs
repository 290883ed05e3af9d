//! Display names of domain values (target groups, forms, capacity units, document kinds, age ranges, the
//! finder's questions and answers) in each language. Kept beside the strings so that nothing
//! user-visible is hard-coded in components.

use super::Lang;
use crate::domain::finder::{AgeGroup, HelpKind, Step, Who};
use crate::domain::snapshot::{CapacityUnit, DocumentKind, Form, TargetGroup};

/// Text size chosen in settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextSize {
    Normal,
    Large,
    Larger,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Larger];

    pub fn code(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::Larger => "larger",
        }
    }

    pub fn from_code(s: &str) -> TextSize {
        TextSize::ALL.into_iter().find(|t| t.code() == s).unwrap_or(TextSize::Normal)
    }
}

impl Lang {
    pub fn group_name(self, g: TargetGroup) -> &'static str {
        use TargetGroup::*;
        let (cs, en) = match g {
            Seniori => ("senioři", "older people"),
            Deti => ("děti", "children"),
            Mladez => ("mládež", "young people"),
            RodinySDetmi => ("rodiny s\u{a0}dětmi", "families with children"),
            ZdravotniPostizeni => ("lidé se zdravotním postižením", "people with disabilities"),
            MentalniPostizeni => ("lidé s\u{a0}mentálním postižením", "people with learning disabilities"),
            SmyslovePostizeni => ("lidé se smyslovým postižením", "people with sensory impairments"),
            DusevniOnemocneni => ("lidé s\u{a0}duševním onemocněním", "people with mental illness"),
            Demence => ("lidé s\u{a0}demencí", "people with dementia"),
            Zavislost => ("lidé se závislostí", "people with addictions"),
            BezDomova => ("lidé bez domova", "homeless people"),
            ObetiNasili => ("oběti násilí", "victims of violence"),
            KrizovaSituace => ("lidé v\u{a0}krizi", "people in crisis"),
            Pecujici => ("pečující", "carers"),
            Dospeli => ("dospělí", "adults"),
            Etnicke => ("etnické menšiny", "ethnic minorities"),
        };
        self.pick(cs, en)
    }

    pub fn form_name(self, f: Form) -> &'static str {
        match f {
            Form::Terenni => self.pick("přijedou za vámi (terénní)", "they come to you (outreach)"),
            Form::Ambulantni => {
                self.pick("docházíte k\u{a0}nim (ambulantní)", "you visit them (day/outpatient)")
            }
            Form::Pobytova => self.pick("pobyt v\u{a0}zařízení (pobytová)", "you stay there (residential)"),
        }
    }

    pub fn document_kind(self, k: DocumentKind) -> &'static str {
        match k {
            DocumentKind::CommunityPlan => self.pick("komunitní plán", "community plan"),
            DocumentKind::ActionPlan => self.pick("akční plán", "action plan"),
            DocumentKind::Evaluation => self.pick("vyhodnocení", "evaluation"),
            DocumentKind::Catalogue => self.pick("katalog", "catalogue"),
        }
    }

    pub fn text_size_name(self, s: TextSize) -> &'static str {
        match s {
            TextSize::Normal => self.pick("běžné", "normal"),
            TextSize::Large => self.pick("větší", "large"),
            TextSize::Larger => self.pick("největší", "largest"),
        }
    }

    /// "32 lůžek", "1 klient", "3 klienti".
    pub fn capacity(self, count: u32, unit: CapacityUnit) -> String {
        let (one, few, many, en_one, en_many) = match unit {
            CapacityUnit::Clients => ("klient", "klienti", "klientů", "client", "clients"),
            CapacityUnit::Beds => ("lůžko", "lůžka", "lůžek", "bed", "beds"),
            CapacityUnit::Contacts => ("kontakt", "kontakty", "kontaktů", "contact", "contacts"),
            CapacityUnit::Interventions => {
                ("intervence", "intervence", "intervencí", "intervention", "interventions")
            }
            CapacityUnit::Calls => ("hovor", "hovory", "hovorů", "call", "calls"),
        };
        let forms = match self {
            Lang::Cs => super::Plural { one, few, many },
            Lang::En => super::Plural { one: en_one, few: en_many, many: en_many },
        };
        self.count(count as usize, &forms)
    }

    /// "od 65 let", "0–7 let", "do 26 let".
    pub fn age_range(self, min: Option<u8>, max: Option<u8>) -> String {
        match (self, min, max) {
            (Lang::Cs, Some(a), Some(b)) => format!("{a}–{b}\u{a0}let"),
            (Lang::Cs, Some(a), None) => format!("od {a}\u{a0}let"),
            (Lang::Cs, None, Some(b)) => format!("do {b}\u{a0}let"),
            (Lang::En, Some(a), Some(b)) => format!("aged {a}–{b}"),
            (Lang::En, Some(a), None) => format!("aged {a} and over"),
            (Lang::En, None, Some(b)) => format!("up to {b}"),
            (_, None, None) => String::new(),
        }
    }

    /// A finder step's question (also its page title and its row on the check-answers page).
    pub fn question(self, step: Step) -> &'static str {
        let t = self.strings();
        match step {
            Step::Who => t.q_who,
            Step::Age => t.q_age,
            Step::Situation => t.q_situation,
            Step::Municipality => t.q_municipality,
            Step::Help => t.q_help,
        }
    }

    pub fn question_hint(self, step: Step) -> &'static str {
        let t = self.strings();
        match step {
            Step::Situation | Step::Help => t.hint_select_all,
            Step::Municipality => t.hint_municipality,
            Step::Who | Step::Age => t.hint_dont_know,
        }
    }

    pub fn who_name(self, w: Who) -> &'static str {
        let t = self.strings();
        match w {
            Who::Me => t.who_me,
            Who::Close => t.who_close,
        }
    }

    pub fn age_name(self, a: AgeGroup) -> &'static str {
        let t = self.strings();
        match a {
            AgeGroup::Child => t.age_child,
            AgeGroup::Adult => t.age_adult,
            AgeGroup::Senior => t.age_senior,
        }
    }

    pub fn help_name(self, h: HelpKind) -> &'static str {
        let t = self.strings();
        match h {
            HelpKind::AtHome => t.help_home,
            HelpKind::Visit => t.help_visit,
            HelpKind::Stay => t.help_stay,
            HelpKind::Phone => t.help_phone,
        }
    }

    pub(super) fn pick(self, cs: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Cs => cs,
            Lang::En => en,
        }
    }
}
