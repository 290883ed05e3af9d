//! `katalog import-rpss … --merge CURRENT.json -o NEW.json`: words the registry merge
//! (`import::rpss::merge`) for the coordinator, in Czech. The merged catalogue is validated like any
//! import and written only when valid (temporary file and rename); the report is the `katalog diff`
//! summary against the current catalogue, followed by the services removed (with the reason) and the
//! new services waiting for her review.

use std::path::Path;

use super::diff::{count_cs, summary_cs};
use super::import_rpss::write_valid;
use super::CliError;
use crate::domain::diff::diff_snapshots;
use crate::domain::snapshot::Snapshot;
use crate::import::rpss::{merge_registry, Gone, Merged, RpssImport};

fn gone_cs(reason: Gone) -> &'static str {
    match reason {
        Gone::Ended => "v registru ukončena (datum ukončení již uplynulo)",
        Gone::OtherDistrict => "registr ji nyní vede v jiném okrese",
        Gone::NotInRegistry => "v registru již není",
    }
}

/// The coordinator's report: counts, the diff summary, then what was removed and what to review.
pub(crate) fn report_cs(current: &Snapshot, merged: &Merged) -> String {
    let mut out = format!(
        "Sloučení s registrem: {}, {}, {}, {}.\n",
        count_cs(merged.updated.len(), "služba ověřena", "služby ověřeny", "služeb ověřeno"),
        count_cs(
            merged.kept.len(),
            "ručně přidaná ponechána",
            "ručně přidané ponechány",
            "ručně přidaných ponecháno"
        ),
        count_cs(merged.added.len(), "nová", "nové", "nových"),
        count_cs(merged.removed.len(), "odebrána", "odebrány", "odebráno"),
    );
    out.push_str(&summary_cs(&diff_snapshots(current, &merged.snapshot)));
    if !merged.removed.is_empty() {
        out.push_str("Odebrané služby:\n");
        for r in &merged.removed {
            out.push_str(&format!(
                "  - {} – {} (identifikátor {}): {}\n",
                r.id,
                r.name,
                r.registry_id,
                gone_cs(r.reason)
            ));
        }
    }
    if !merged.added.is_empty() {
        out.push_str(
            "Nové služby k revizi (doplňte popis, hodiny a klíčová slova; katalog check je hlásí):\n",
        );
        for s in merged.snapshot.services.iter().filter(|s| merged.added.contains(&s.id)) {
            out.push_str(&format!("  + {} – {}\n", s.id, s.name));
        }
    }
    out
}

/// Merges, validates, writes and reports; nothing is written when the merged catalogue is invalid.
pub(crate) fn write_merged(current: &Snapshot, fresh: &RpssImport, output: &Path) -> Result<(), CliError> {
    let merged = merge_registry(current, fresh);
    write_valid(&merged.snapshot, output)?;
    print!("{}", report_cs(current, &merged));
    println!("-> {}", output.display());
    Ok(())
}
