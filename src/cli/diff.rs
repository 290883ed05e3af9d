//! `katalog diff OLD NEW [--json]`: what changed between two snapshots, per collection, as JSON or as a
//! Czech summary for the coordinator (the summary `publish` also prints). The comparison is
//! `domain::diff`; this file only reads the files and words the result.

use std::path::Path;

use super::check::read_valid;
use super::CliError;
use crate::domain::diff::{diff_snapshots, CollectionDiff, SnapshotDiff, COLLECTIONS};

pub fn run(old: &Path, new: &Path, json: bool) -> Result<(), CliError> {
    let (_, old) = read_valid(old)?;
    let (_, new) = read_valid(new)?;
    let diff = diff_snapshots(&old.snapshot, &new.snapshot);
    if json {
        let text = serde_json::to_string_pretty(&diff)
            .map_err(|e| CliError::data(format!("cannot serialise the diff: {e}")))?;
        println!("{text}");
    } else {
        print!("{}", summary_cs(&diff));
    }
    Ok(())
}

/// The collection's name as the coordinator knows it.
fn collection_cs(name: &str) -> &'static str {
    match name {
        "services" => "Služby",
        "providers" => "Poskytovatelé",
        "municipalities" => "Obce",
        "offices" => "Úřady",
        "life_situations" => "Životní situace",
        "documents" => "Dokumenty",
        "news" => "Aktuality",
        "comment_campaigns" => "Připomínkování",
        "crisis_lines" => "Krizové linky",
        _ => "Ostatní",
    }
}

/// Czech plural of a past participle by count: 1 přidaný/á, 2–4 přidané, 0 and 5+ přidaných.
pub(crate) fn count_cs(n: usize, one: &str, few: &str, many: &str) -> String {
    let word = match n {
        1 => one,
        2..=4 => few,
        _ => many,
    };
    format!("{n} {word}")
}

fn collection_lines(name: &str, d: &CollectionDiff, out: &mut String) {
    if d.is_empty() {
        return;
    }
    out.push_str(&format!("{}:\n", collection_cs(name)));
    if !d.added.is_empty() {
        let n = count_cs(d.added.len(), "přidaný záznam", "přidané záznamy", "přidaných záznamů");
        out.push_str(&format!("  + {n}: {}\n", d.added.join(", ")));
    }
    if !d.removed.is_empty() {
        let n = count_cs(d.removed.len(), "odebraný záznam", "odebrané záznamy", "odebraných záznamů");
        out.push_str(&format!("  - {n}: {}\n", d.removed.join(", ")));
    }
    if !d.changed.is_empty() {
        let n = count_cs(d.changed.len(), "změněný záznam", "změněné záznamy", "změněných záznamů");
        out.push_str(&format!("  ~ {n}:\n"));
        for c in &d.changed {
            out.push_str(&format!("      {} ({})\n", c.id, c.fields.join(", ")));
        }
    }
}

/// The readable Czech summary: one block per collection that changed, or one line saying nothing did.
pub(crate) fn summary_cs(diff: &SnapshotDiff) -> String {
    let mut out = String::new();
    for (name, _) in COLLECTIONS {
        if let Some(d) = diff.get(*name) {
            collection_lines(name, d, &mut out);
        }
    }
    if out.is_empty() {
        out.push_str("Žádné změny v záznamech.\n");
    }
    out
}
