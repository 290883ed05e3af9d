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
        let t = self.strings();
        match g {
            Seniori => t.group_seniori,
            Deti => t.group_deti,
            Mladez => t.group_mladez,
            RodinySDetmi => t.group_rodiny,
            ZdravotniPostizeni => t.group_zdravotni,
            MentalniPostizeni => t.group_mentalni,
            SmyslovePostizeni => t.group_smyslove,
            DusevniOnemocneni => t.group_dusevni,
            Demence => t.group_demence,
            Zavislost => t.group_zavislost,
            BezDomova => t.group_bez_domova,
            ObetiNasili => t.group_obeti,
            KrizovaSituace => t.group_krize,
            Pecujici => t.group_pecujici,
            Dospeli => t.group_dospeli,
            Etnicke => t.group_etnicke,
        }
    }

    pub fn form_name(self, f: Form) -> &'static str {
        let t = self.strings();
        match f {
            Form::Terenni => t.form_terenni,
            Form::Ambulantni => t.form_ambulantni,
            Form::Pobytova => t.form_pobytova,
        }
    }

    pub fn document_kind(self, k: DocumentKind) -> &'static str {
        let t = self.strings();
        match k {
            DocumentKind::CommunityPlan => t.doc_plan,
            DocumentKind::ActionPlan => t.doc_action,
            DocumentKind::Evaluation => t.doc_evaluation,
            DocumentKind::Catalogue => t.doc_catalogue,
        }
    }

    pub fn text_size_name(self, s: TextSize) -> &'static str {
        let t = self.strings();
        match s {
            TextSize::Normal => t.size_normal,
            TextSize::Large => t.size_large,
            TextSize::Larger => t.size_larger,
        }
    }

    /// "32 lůžek", "1 klient", "3 klienti".
    pub fn capacity(self, count: u32, unit: CapacityUnit) -> String {
        let t = self.strings();
        let forms = match unit {
            CapacityUnit::Clients => &t.cap_clients,
            CapacityUnit::Beds => &t.cap_beds,
            CapacityUnit::Contacts => &t.cap_contacts,
            CapacityUnit::Interventions => &t.cap_interventions,
            CapacityUnit::Calls => &t.cap_calls,
        };
        self.count(count as usize, forms)
    }

    /// "od 65 let", "0–7 let", "do 26 let": the language's pattern with `{a}` and `{b}` filled in.
    pub fn age_range(self, min: Option<u8>, max: Option<u8>) -> String {
        let t = self.strings();
        let pattern = match (min, max) {
            (Some(_), Some(_)) => t.age_between,
            (Some(_), None) => t.age_from,
            (None, Some(_)) => t.age_to,
            (None, None) => return String::new(),
        };
        let num = |n: Option<u8>| n.map(|n| n.to_string()).unwrap_or_default();
        pattern.replace("{a}", &num(min)).replace("{b}", &num(max))
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
}
