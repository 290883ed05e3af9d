//! Czech wording of the catalogue consistency findings (`domain::consistency`) for `katalog check`:
//! the coordinator reads these, so each says what looks wrong, where, and what to do.

use crate::domain::consistency::{Finding, PlaceKind};

/// One line per finding: its JSON path and the Czech message.
pub fn word(f: &Finding) -> String {
    let msg = match f {
        Finding::NonstopTextLimitedHours { id, hours, .. } => format!(
            "služba {id}: text slibuje nonstop provoz, ale otevírací doba je omezená ({}); \
             doplňte řádek „nonstop“ (např. „telefon nonstop“) nebo opravte text",
            hours.join(", ")
        ),
        Finding::NightTextDaytimeHours { id, hours, .. } => format!(
            "služba {id}: text mluví o večeru nebo noci, ale otevírací doba končí přes den ({}); \
             opravte otevírací dobu nebo text",
            hours.join(", ")
        ),
        Finding::CrisisLineNotNonstop { name, hours, .. } => {
            format!("krizová linka „{name}“ slibuje nonstop provoz, ale má uvedeno „{hours}“")
        }
        Finding::CrisisNumberLimitedHours { id, number, .. } => format!(
            "služba {id} má číslo nonstop krizové linky {number}, ale omezenou otevírací dobu; \
             doplňte řádek „nonstop“ nebo opravte číslo"
        ),
        Finding::ForeignPlace { place, kind: PlaceKind::Okres { kraj }, .. } => format!(
            "„{place}“ je místo z jiného okresu ({kraj}); patří opravdu do katalogu tohoto regionu? \
             (zbytek kopie z jiného katalogu?)"
        ),
        Finding::ForeignPlace { place, kind: PlaceKind::Kraj { kraj: Some(kraj) }, .. } => {
            format!("„{place}“ je jiný kraj ({kraj}), než do kterého patří tento region")
        }
        Finding::ForeignPlace { place, kind: PlaceKind::Kraj { kraj: None }, .. } => {
            format!("„{place}“ nepojmenovává žádný kraj (překlep po hromadném nahrazení?)")
        }
        Finding::SharedPhone { number, providers } => format!(
            "telefon {number} mají různí poskytovatelé ({}); zkontrolujte, že nejde o zkopírovaný kontakt",
            providers.join(", ")
        ),
        Finding::AddressOutsideArea { id, city, in_region: false, .. } => format!(
            "služba {id}: žádná její adresa ({city}) neleží v obcích regionu; opravte adresu nebo obec"
        ),
        Finding::AddressOutsideArea { id, city, in_region: true, .. } => format!(
            "služba {id}: žádná její adresa ({city}) neleží v území, kde služba působí; \
             doplňte obec do území nebo opravte adresu"
        ),
    };
    format!("{}: {msg}", f.path())
}
