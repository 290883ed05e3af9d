//! The mapping between a snapshot and its spreadsheet, as one data table: which sheet holds which
//! collection, and which column holds which field (by a dotted path into the record, see `path`). Adding
//! a field to the model means adding one row here; `export-sheet` refuses to write a workbook that
//! would lose a field the table does not cover, so a forgotten row cannot silently drop data.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::codes::Codes;
use crate::domain::snapshot as m;

/// How a cell is written and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text; an empty cell leaves the field out.
    Text,
    /// A list of texts, one per line of the cell.
    Lines,
    /// A whole number (a number typed as 12, 12.0 or "12").
    Int,
    /// A decimal number (coordinates).
    Float,
    /// "ano" / "ne", always stored.
    Bool,
    /// "ano" or empty; stored only when true.
    Flag,
    /// One value of a code list.
    Code(Codes),
    /// Several values of a code list, separated by ";" or new lines.
    CodeList(Codes),
    /// A service's type: a law section (`law_section`) or a category (`category`).
    ServiceType,
    /// Phone numbers, one per line, each with an optional "(note)".
    Phones,
    /// Opening hours' week in its readable form ("Po–Pá 7:00–15:30; So 8:00–12:00", "nonstop").
    Hours,
    /// The public-holiday rule: "jako obvykle", "zavřeno" (or empty), or words kept as a note.
    Holidays,
    /// Any nested value, written as JSON.
    Json,
    /// The items of the list at the path after the first (whose fields have their own columns), as JSON.
    Rest,
    /// Digits with leading zeros to this length (IČO, RÚIAN code): a number typed as a number keeps them.
    Digits(usize),
}

/// One column: its Czech header, the field it holds and how.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub header: &'static str,
    pub path: &'static str,
    pub kind: Kind,
    /// The header must be present and the cell filled.
    pub required: bool,
}

const fn c(header: &'static str, path: &'static str, kind: Kind) -> Column {
    Column { header, path, kind, required: false }
}

const fn r(header: &'static str, path: &'static str, kind: Kind) -> Column {
    Column { header, path, kind, required: true }
}

/// One sheet: its name, where its records live in the snapshot, and its columns.
pub struct Sheet {
    pub name: &'static str,
    /// Dotted path of the record list in the snapshot; empty for the transposed "Katalog" sheet, which
    /// holds the snapshot's own fields (one row per field).
    pub path: &'static str,
    /// Reads one record into its model type, for errors that name the row.
    pub check: fn(&Value) -> Result<(), String>,
    pub columns: &'static [Column],
}

fn check<T: DeserializeOwned>(v: &Value) -> Result<(), String> {
    T::deserialize(v).map(|_| ()).map_err(|e| e.to_string())
}

/// The "Katalog" sheet holds the snapshot's own fields; its record is the `meta` inside them.
fn check_meta(v: &Value) -> Result<(), String> {
    check::<m::Meta>(v.get("meta").unwrap_or(&Value::Null))
}

use Kind::*;

const CONTACTS: [Column; 4] = [
    c("Telefon", "contacts.phones", Phones),
    c("E-mail", "contacts.emails", Lines),
    c("Web", "contacts.web", Text),
    c("Kontakty jsou ukázkové", "contacts.example", Flag),
];

const SERVICES: &[Column] = &[
    r("Id", "id", Text),
    r("Poskytovatel (id)", "provider", Text),
    r("Název", "name", Text),
    r("Druh", "law_section", ServiceType),
    r("Popis", "description", Text),
    c("Cílové skupiny", "target_groups", CodeList(Codes::Groups)),
    c("Věk od", "age.min", Int),
    c("Věk do", "age.max", Int),
    c("Formy", "forms", CodeList(Codes::Forms)),
    c("Také po telefonu", "by_phone", Flag),
    c("Celý region", "area.whole_region", Bool),
    c("Obce (id)", "area.municipalities", Lines),
    c("Místo", "locations.0.name", Text),
    c("Ulice", "locations.0.address.street", Text),
    c("Číslo domu", "locations.0.address.number", Text),
    c("Obec adresy", "locations.0.address.city", Text),
    c("PSČ", "locations.0.address.postcode", Text),
    c("Obec adresy (id)", "locations.0.address.municipality", Text),
    c("Adresa je ukázková", "locations.0.address.example", Flag),
    c("Zeměpisná šířka", "locations.0.coordinates.lat", Float),
    c("Zeměpisná délka", "locations.0.coordinates.lon", Float),
    c("Další místa (JSON)", "locations", Rest),
    CONTACTS[0],
    CONTACTS[1],
    CONTACTS[2],
    CONTACTS[3],
    c("Otevírací doba", "opening_hours", Lines),
    c("Provozní doba", "hours", Hours),
    c("Ve svátky", "hours.holidays", Holidays),
    c("Poznámka k provozní době", "hours.note", Text),
    r("Úhrada", "fee.kind", Code(Codes::Fees)),
    c("Poznámka k úhradě", "fee.note", Text),
    c("Kapacita", "capacity.0.count", Int),
    c("Jednotka kapacity", "capacity.0.unit", Code(Codes::Units)),
    c("Poznámka ke kapacitě", "capacity.0.note", Text),
    c("Další kapacity (JSON)", "capacity", Rest),
    c("Číslo v registru", "registry_id", Text),
    c("Ověřeno", "verified", Text),
    c("Poskytována od", "started", Text),
    c("Poskytována do", "ends", Text),
    c("Klíčová slova", "keywords", Lines),
    c("Ke kontrole (JSON)", "review", Json),
    TEXT_TRANSLATIONS[0],
    TEXT_TRANSLATIONS[1],
    TEXT_TRANSLATIONS[2],
    TEXT_TRANSLATIONS[3],
];

/// Translations of a name and description, one column per language and field: a coordinator fills in
/// cells, not JSON. Only English and Ukrainian have columns (Czech is the original); a snapshot with a
/// `cs` translation is refused by `export-sheet` like any other field without a column.
const TEXT_TRANSLATIONS: [Column; 4] = [
    c("Název anglicky", "translations.en.name", Text),
    c("Popis anglicky", "translations.en.description", Text),
    c("Název ukrajinsky", "translations.uk.name", Text),
    c("Popis ukrajinsky", "translations.uk.description", Text),
];

const PROVIDERS: &[Column] = &[
    r("Id", "id", Text),
    r("Název", "name", Text),
    c("IČO", "ico", Digits(8)),
    CONTACTS[0],
    CONTACTS[1],
    CONTACTS[2],
    CONTACTS[3],
];

const MUNICIPALITIES: &[Column] = &[
    r("Id", "id", Text),
    c("Kód obce", "code", Digits(6)),
    r("Název", "name", Text),
    r("Úřad (id)", "office", Text),
    c("Zeměpisná šířka", "centroid.lat", Float),
    c("Zeměpisná délka", "centroid.lon", Float),
    c("Místní části", "parts", Lines),
];

const OFFICES: &[Column] = &[
    r("Id", "id", Text),
    r("Název", "name", Text),
    c("Odbor", "department", Text),
    c("Ulice", "address.street", Text),
    c("Číslo domu", "address.number", Text),
    c("Obec adresy", "address.city", Text),
    c("PSČ", "address.postcode", Text),
    c("Obec adresy (id)", "address.municipality", Text),
    c("Adresa je ukázková", "address.example", Flag),
    CONTACTS[0],
    CONTACTS[1],
    CONTACTS[2],
    CONTACTS[3],
    c("Otevírací doba", "opening_hours", Lines),
];

const SITUATIONS: &[Column] = &[
    r("Id", "id", Text),
    r("Název", "name", Text),
    r("Popis", "description", Text),
    c("Paragrafy", "law_sections", Lines),
    c("Kategorie", "categories", Lines),
    c("Cílové skupiny", "target_groups", CodeList(Codes::Groups)),
    c("Slova lidí", "words", Lines),
    c("Citlivá", "sensitive", Flag),
    c("Ohrožení", "danger", Flag),
    TEXT_TRANSLATIONS[0],
    TEXT_TRANSLATIONS[1],
    TEXT_TRANSLATIONS[2],
    TEXT_TRANSLATIONS[3],
];

const CRISIS_LINES: &[Column] = &[
    r("Název", "name", Text),
    r("Číslo", "number", Text),
    r("Provoz", "hours", Text),
    c("Zdarma", "free", Bool),
    c("Poznámka", "note", Text),
];

const DOCUMENTS: &[Column] = &[
    r("Id", "id", Text),
    r("Název", "title", Text),
    r("Druh", "kind", Code(Codes::DocKinds)),
    r("Rok", "year", Int),
    c("Rok do", "year_to", Int),
    r("Adresa (URL)", "url", Text),
    c("Velikost (bajty)", "bytes", Int),
    c("Formát", "format", Text),
];

const NEWS: &[Column] = &[
    r("Id", "id", Text),
    r("Datum", "date", Text),
    r("Nadpis", "title", Text),
    r("Text", "text", Text),
    c("Nadpis anglicky", "translations.en.title", Text),
    c("Text anglicky", "translations.en.text", Text),
    c("Nadpis ukrajinsky", "translations.uk.title", Text),
    c("Text ukrajinsky", "translations.uk.text", Text),
];

const CAMPAIGNS: &[Column] = &[
    r("Id", "id", Text),
    r("Dokument (id)", "document", Text),
    r("Od", "opens", Text),
    r("Do", "closes", Text),
    c("Adresa pro odeslání", "endpoint", Text),
    c("E-mail", "email", Text),
];

const SOURCES: &[Column] = &[
    r("Název", "name", Text),
    c("Adresa (URL)", "url", Text),
    c("Licence", "licence", Text),
    c("Uvedení autora", "attribution", Text),
];

const CATALOGUE: &[Column] = &[
    r("Verze formátu", "schema_version", Int),
    r("Kód regionu", "meta.region_id", Text),
    r("Název regionu", "meta.region_name", Text),
    r("Druh regionu", "meta.region_kind", Code(Codes::RegionKinds)),
    r("Vydavatel", "meta.publisher", Text),
    r("Datum dat", "meta.data_date", Text),
    r("Ukázková data", "meta.demo", Bool),
    c("Poznámka", "meta.note", Text),
    c("Kontakt vydavatele: telefon", "meta.contact.phones", Phones),
    c("Kontakt vydavatele: e-mail", "meta.contact.emails", Lines),
    c("Kontakt vydavatele: web", "meta.contact.web", Text),
    c("Kontakt vydavatele je ukázkový", "meta.contact.example", Flag),
];

/// Every sheet, in the workbook's order. "Katalog" comes first: it holds the snapshot's own fields.
pub const SHEETS: &[Sheet] = &[
    Sheet { name: "Katalog", path: "", check: check_meta, columns: CATALOGUE },
    Sheet { name: "Služby", path: "services", check: check::<m::Service>, columns: SERVICES },
    Sheet { name: "Poskytovatelé", path: "providers", check: check::<m::Provider>, columns: PROVIDERS },
    Sheet { name: "Obce", path: "municipalities", check: check::<m::Municipality>, columns: MUNICIPALITIES },
    Sheet { name: "Úřady", path: "offices", check: check::<m::Office>, columns: OFFICES },
    Sheet { name: "Situace", path: "life_situations", check: check::<m::LifeSituation>, columns: SITUATIONS },
    Sheet {
        name: "Krizové linky",
        path: "crisis_lines",
        check: check::<m::CrisisLine>,
        columns: CRISIS_LINES,
    },
    Sheet { name: "Dokumenty", path: "documents", check: check::<m::Document>, columns: DOCUMENTS },
    Sheet { name: "Aktuality", path: "news", check: check::<m::NewsItem>, columns: NEWS },
    Sheet {
        name: "Připomínky",
        path: "comment_campaigns",
        check: check::<m::CommentCampaign>,
        columns: CAMPAIGNS,
    },
    Sheet { name: "Zdroje", path: "meta.sources", check: check::<m::Source>, columns: SOURCES },
];

/// The sheet of code lists the drop-downs refer to; `import-sheet` ignores it.
pub const CODES_SHEET: &str = "Číselníky";
