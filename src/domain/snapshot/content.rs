//! The snapshot's content beside its services: life situations for the finder, crisis lines, and the
//! plan's documents, news and comment campaigns.

use serde::{Deserialize, Serialize};

use super::{NewsTranslation, TargetGroup, TextTranslation, Translations};

/// A life situation for the finder: what is happening, in people's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LifeSituation {
    pub id: String,
    pub name: String,
    pub description: String,
    #[serde(default)]
    pub law_sections: Vec<String>,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub target_groups: Vec<TargetGroup>,
    /// Words people use for it; they feed the search index.
    #[serde(default)]
    pub words: Vec<String>,
    /// Violence, addiction, suicidal thoughts…: the URL must not name it, and quick exit matters.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sensitive: bool,
    /// Danger to life or health, or a child at risk: crisis lines are shown first.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub danger: bool,
    /// Name and description in other languages, by code (`en`, `uk`).
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<TextTranslation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CrisisLine {
    pub name: String,
    pub number: String,
    /// E.g. "nonstop".
    pub hours: String,
    pub free: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: String,
    pub title: String,
    pub kind: DocumentKind,
    /// First year the document covers or was issued.
    pub year: u16,
    /// Last year it covers, for plans spanning several years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year_to: Option<u16>,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes: Option<u64>,
    /// E.g. "PDF".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    CommunityPlan,
    ActionPlan,
    Evaluation,
    Catalogue,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NewsItem {
    pub id: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub title: String,
    pub text: String,
    /// Title and text in other languages, by code (`en`, `uk`).
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<NewsTranslation>,
}

/// A period in which citizens may comment on a plan document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CommentCampaign {
    pub id: String,
    /// Id of the document commented on.
    pub document: String,
    /// `YYYY-MM-DD`, inclusive.
    pub opens: String,
    /// `YYYY-MM-DD`, inclusive: comments are accepted until the end of this day.
    pub closes: String,
    /// Root-relative path on the app's own origin (e.g. `/api/pripominky`) accepting `POST` of a JSON
    /// comment; the app may connect only to its own origin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    /// Address for comments sent by e-mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}
