//! The closed lists a service is filed under: who it is for (`TargetGroup`) and how it is given (`Form`).
//! Their slugs are their JSON spelling and their URL words, so filters and the finder rely on them.

use serde::{Deserialize, Serialize};

/// Who a service is for. A closed list, so that filters and the finder can rely on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum TargetGroup {
    Seniori,
    Deti,
    Mladez,
    RodinySDetmi,
    ZdravotniPostizeni,
    MentalniPostizeni,
    SmyslovePostizeni,
    DusevniOnemocneni,
    Demence,
    Zavislost,
    BezDomova,
    ObetiNasili,
    KrizovaSituace,
    Pecujici,
    Dospeli,
    // The JSON spelling must equal `slug()`: URLs and data use the same word.
    #[serde(rename = "etnicke-mensiny")]
    Etnicke,
}

impl TargetGroup {
    pub const ALL: [TargetGroup; 16] = [
        TargetGroup::Seniori,
        TargetGroup::Deti,
        TargetGroup::Mladez,
        TargetGroup::RodinySDetmi,
        TargetGroup::ZdravotniPostizeni,
        TargetGroup::MentalniPostizeni,
        TargetGroup::SmyslovePostizeni,
        TargetGroup::DusevniOnemocneni,
        TargetGroup::Demence,
        TargetGroup::Zavislost,
        TargetGroup::BezDomova,
        TargetGroup::ObetiNasili,
        TargetGroup::KrizovaSituace,
        TargetGroup::Pecujici,
        TargetGroup::Dospeli,
        TargetGroup::Etnicke,
    ];

    /// The URL and JSON slug, e.g. `rodiny-s-detmi`.
    pub fn slug(self) -> &'static str {
        match self {
            TargetGroup::Seniori => "seniori",
            TargetGroup::Deti => "deti",
            TargetGroup::Mladez => "mladez",
            TargetGroup::RodinySDetmi => "rodiny-s-detmi",
            TargetGroup::ZdravotniPostizeni => "zdravotni-postizeni",
            TargetGroup::MentalniPostizeni => "mentalni-postizeni",
            TargetGroup::SmyslovePostizeni => "smyslove-postizeni",
            TargetGroup::DusevniOnemocneni => "dusevni-onemocneni",
            TargetGroup::Demence => "demence",
            TargetGroup::Zavislost => "zavislost",
            TargetGroup::BezDomova => "bez-domova",
            TargetGroup::ObetiNasili => "obeti-nasili",
            TargetGroup::KrizovaSituace => "krizova-situace",
            TargetGroup::Pecujici => "pecujici",
            TargetGroup::Dospeli => "dospeli",
            TargetGroup::Etnicke => "etnicke-mensiny",
        }
    }

    pub fn from_slug(s: &str) -> Option<TargetGroup> {
        TargetGroup::ALL.into_iter().find(|g| g.slug() == s)
    }
}

/// The legal forms of a social service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// Residential: the person stays (pobytová).
    Pobytova,
    /// The person visits a place (ambulantní).
    Ambulantni,
    /// Staff come to the person's home or into the field (terénní).
    Terenni,
}

impl Form {
    pub const ALL: [Form; 3] = [Form::Terenni, Form::Ambulantni, Form::Pobytova];

    pub fn slug(self) -> &'static str {
        match self {
            Form::Pobytova => "pobytova",
            Form::Ambulantni => "ambulantni",
            Form::Terenni => "terenni",
        }
    }

    pub fn from_slug(s: &str) -> Option<Form> {
        Form::ALL.into_iter().find(|f| f.slug() == s)
    }
}
