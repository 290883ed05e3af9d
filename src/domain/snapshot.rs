//! The catalogue snapshot, schema version 1: the contract between whoever maintains a catalogue and the
//! app. These types are the single source of truth: serde reads and writes them, the JSON Schema in
//! `public/data/snapshot.schema.json` is generated from them, and `docs/snapshot.md` describes them.
//!
//! Everything here is plain data. Invariants that serde cannot express (ids unique, references resolve,
//! URLs safe, dates parse) are checked by `domain::validate`, which every reader must run before use.

use serde::{Deserialize, Serialize};

mod translation;
pub use translation::{localized, NewsTranslation, TextTranslation, Translations, TRANSLATION_LANGS};

/// The schema version this build writes and reads. A snapshot with a higher version is rejected, so an
/// old app never misreads data it does not understand.
pub const SCHEMA_VERSION: u32 = 1;

/// One region's whole catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub schema_version: u32,
    pub meta: Meta,
    pub municipalities: Vec<Municipality>,
    pub offices: Vec<Office>,
    pub providers: Vec<Provider>,
    pub services: Vec<Service>,
    #[serde(default)]
    pub life_situations: Vec<LifeSituation>,
    #[serde(default)]
    pub crisis_lines: Vec<CrisisLine>,
    #[serde(default)]
    pub documents: Vec<Document>,
    #[serde(default)]
    pub news: Vec<NewsItem>,
    #[serde(default)]
    pub comment_campaigns: Vec<CommentCampaign>,
}

/// Who publishes the catalogue, for which region, and how fresh it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Short stable slug of the region, e.g. `benesov`; also the file name of the snapshot.
    pub region_id: String,
    /// Display name, e.g. "okres Benešov".
    pub region_name: String,
    pub region_kind: RegionKind,
    pub publisher: String,
    /// Date the data was last compiled, `YYYY-MM-DD`.
    pub data_date: String,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The publisher's contact for corrections: "Nahlásit chybu v údajích" on every service is an e-mail
    /// to its first address. The same shape as every contact, so `example: true` marks a demo placeholder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contacts>,
    /// True for demonstration data: the UI says so on every screen.
    pub demo: bool,
    /// Free-text note shown with the data date (e.g. why the data is demo).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RegionKind {
    /// A district (okres), served by several municipal offices (ORP).
    Okres,
    /// A single town and its surroundings.
    Town,
}

/// Where the data came from, with its licence and the attribution it requires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
}

/// A municipality (obec) of the region and the office that serves it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// Stable id used by references in this snapshot (the RÚIAN code where known, else a slug).
    pub id: String,
    /// RÚIAN municipality code (6 digits), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub name: String,
    /// Id of the office (ORP) responsible for social work in this municipality.
    pub office: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centroid: Option<GeoPoint>,
    /// Its parts (místní části, RÚIAN "části obce"), e.g. villages under a town: a person may know
    /// only the part they live in, and search finds the municipality by it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<String>,
}

/// A municipal office's social department: the place to turn to when no service fits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub id: String,
    /// E.g. "Městský úřad Vlašim".
    pub name: String,
    /// E.g. "Odbor sociálních věcí".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    #[serde(default)]
    pub contacts: Contacts,
    /// Display lines such as "Po, St 8:00–17:00".
    #[serde(default)]
    pub opening_hours: Vec<String>,
}

/// A legal person that runs one or more services.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Provider {
    pub id: String,
    pub name: String,
    /// Company number (IČO), 8 digits, kept as text because of leading zeros.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ico: Option<String>,
    #[serde(default)]
    pub contacts: Contacts,
}

/// Phones, e-mails and a website. `example: true` marks demo placeholders that must never be taken as
/// real; the UI labels them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    #[serde(default)]
    pub phones: Vec<Phone>,
    #[serde(default)]
    pub emails: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
}

impl Contacts {
    pub fn is_empty(&self) -> bool {
        self.phones.is_empty() && self.emails.is_empty() && self.web.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Phone {
    /// Digits with optional leading `+` and spaces, e.g. "+420 317 754 111".
    pub number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A postal address. `example: true` marks a demo placeholder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    /// House number as written, e.g. "2272/54".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    /// Id of the municipality in this snapshot, where it lies in the region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
}

/// WGS-84 coordinates.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

/// One service: a registered social service (with `law_section`) or a related service (with `category`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Stable id; links such as `/sluzba/<id>` depend on it.
    pub id: String,
    /// Id of the provider.
    pub provider: String,
    pub name: String,
    /// Section of act 108/2006 Sb., e.g. "40" or "60a"; null for a related service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law_section: Option<String>,
    /// Category of a related service (see `domain::law::CATEGORIES`); null for a registered one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    pub description: String,
    #[serde(default)]
    pub target_groups: Vec<TargetGroup>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeRange>,
    #[serde(default)]
    pub forms: Vec<Form>,
    /// True when help is also given by phone or online.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_phone: bool,
    pub area: Area,
    #[serde(default)]
    pub locations: Vec<Location>,
    /// The service's own contacts; when absent, the provider's apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Contacts>,
    /// Free-text hours lines, as catalogues wrote them before `hours`. Still read, with a validation
    /// warning: the app shows them as text and cannot say whether the service is open now.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub opening_hours: Vec<String>,
    /// Opening hours as data: what "open now", the nonstop filter and the weekly table are computed from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<OpeningHours>,
    pub fee: Fee,
    /// Registered maximum capacity: never free places.
    #[serde(default)]
    pub capacity: Vec<Capacity>,
    /// Identifier in the MPSV registry of social services.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    /// Date the entry was last checked, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<String>,
    /// First day the service is provided (`YYYY-MM-DD`), from the registry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<String>,
    /// Last day the service is provided (`YYYY-MM-DD`), from the registry; a past one removes the service
    /// at the next registry merge. The app ignores it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends: Option<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Set by an importer that had to guess the type (the coordinator should confirm `law_section` or
    /// `category`), or by a registry merge for a new service. The app ignores it; `katalog check` warns and `katalog stats` lists such services.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
    /// Name and description in other languages, by code (`en`, `uk`); the Czech fields stay the original.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<TextTranslation>,
}

/// Weekly opening hours in Europe/Prague local time. An interval whose end is not after its start runs
/// across midnight into the next day (22:00–06:00); `24:00` ends a day.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OpeningHours {
    /// Open round the clock, every day; `week` and `holidays` are then ignored.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub nonstop: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub week: Vec<Interval>,
    /// What happens on Czech public holidays; closed unless said otherwise.
    #[serde(default, skip_serializing_if = "Holidays::is_closed")]
    pub holidays: Holidays,
    /// Anything the structure cannot say ("příchod do 21:00", "návštěvy denně 9:00–19:00").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Open from `from` to `to` (local `H:MM`) on each of `days`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Interval {
    pub days: Vec<Weekday>,
    /// `H:MM` or `HH:MM`, 0:00–23:59.
    pub from: String,
    /// `H:MM` or `HH:MM`, 0:01–24:00; not after `from` means the next day.
    pub to: String,
}

/// Days of the week, Monday first, spelt as Czech abbreviations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Po,
    Ut,
    St,
    Ct,
    Pa,
    So,
    Ne,
}

impl Weekday {
    pub const ALL: [Weekday; 7] =
        [Weekday::Po, Weekday::Ut, Weekday::St, Weekday::Ct, Weekday::Pa, Weekday::So, Weekday::Ne];

    /// 0 for Monday … 6 for Sunday.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The day `n` days later.
    pub fn plus(self, n: usize) -> Weekday {
        Weekday::ALL[(self.index() + n) % 7]
    }
}

/// Public holidays: closed (the default), open as on that weekday, or something only words can say (the
/// app then shows the note and no open/closed status on a holiday).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Holidays {
    #[default]
    Closed,
    AsUsual,
    Note(String),
}

impl Holidays {
    pub fn is_closed(&self) -> bool {
        *self == Holidays::Closed
    }
}

/// Why an imported service needs a coordinator's look: its type was guessed, or it is new from the registry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub reason: ReviewReason,
    /// The words of the source data the guess rests on (e.g. "poradna"), for the coordinator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReviewReason {
    /// Nothing in the name, terms, description or provider pointed to a type: category "jine".
    Unclassified,
    /// The type was guessed from weak evidence (a generic word, the description or the provider only).
    WeakEvidence,
    /// The evidence points to two or more types; the likeliest was chosen.
    Ambiguous,
    /// New in the registry since the last merge (`import-rpss --merge`): its description, hours and
    /// keywords are the importer's generic ones until a coordinator writes them.
    NewInRegistry,
}

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

/// Inclusive age range in years; an open end means no limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AgeRange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u8>,
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

/// The area a service covers: the whole region, or listed municipalities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Area {
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub whole_region: bool,
    /// Municipality ids; ignored when `whole_region` is true.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub municipalities: Vec<String>,
}

impl Area {
    pub fn serves(&self, municipality_id: &str) -> bool {
        self.whole_region || self.municipalities.iter().any(|m| m == municipality_id)
    }
}

/// A place where the service is given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Location {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub address: Address,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<GeoPoint>,
}

/// What the service costs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Fee {
    pub kind: FeeKind,
    /// E.g. "podle ceníku, max. 145 Kč za hodinu".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FeeKind {
    Free,
    Paid,
    /// Some parts free, some paid, or "depends": the note explains.
    Described,
}

/// A registered maximum capacity, with its unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Capacity {
    pub count: u32,
    pub unit: CapacityUnit,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CapacityUnit {
    Clients,
    Beds,
    /// 10-minute contacts.
    Contacts,
    /// 30-minute interventions.
    Interventions,
    Calls,
}

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

/// Published beside each snapshot; the app checks it before and after downloading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub schema_version: u32,
    pub region_id: String,
    /// Lowercase hex SHA-256 of the snapshot's bytes.
    pub sha256: String,
    /// Exact decoded size of the snapshot in bytes.
    pub bytes: u64,
    pub data_date: String,
    /// Relative or absolute URL of the snapshot, content-hashed so that it can be cached forever.
    pub snapshot_url: String,
    /// Oldest app version that can read this snapshot.
    pub min_app_version: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same word in URLs (`slug`) and in catalogue JSON (serde), both ways, for every value.
    fn assert_serde_is_slug<T>(all: &[T], slug: fn(T) -> &'static str)
    where
        T: Serialize + for<'de> Deserialize<'de> + PartialEq + std::fmt::Debug + Copy,
    {
        for v in all {
            let json = serde_json::to_string(v).expect("serialises");
            assert_eq!(json, format!("\"{}\"", slug(*v)), "{v:?}: JSON spelling differs from the slug");
            let back: T = serde_json::from_str(&json).expect("reads back");
            assert_eq!(back, *v);
        }
    }

    /// Issue 10, "also found": one target group had two names. Every enum of the model that has a slug
    /// is spelled the same in JSON; `i18n` pins the display names to the lexicon's.
    #[test]
    fn serde_spelling_equals_slug() {
        assert_serde_is_slug(&TargetGroup::ALL, TargetGroup::slug);
        assert_serde_is_slug(&Form::ALL, Form::slug);
    }
}
