//! The monthly registry update (`katalog import-rpss … --merge CURRENT.json`): the coordinator's
//! catalogue `tests/fixtures/rpss/current.json` (hand-written texts, her own ids, a hand-added service)
//! merged with the second registry release `rpss-2.json`, in which 1000005 ended (its own end date past,
//! its facility still open: the registry's two-places trap), 1000002 moved, 1000001 changed its phone,
//! 1000011 was renamed and its identifier typed as a number, 1000008 left the registry and 1000013 is new
//! (a facility listed twice, statutory people's names and a ministry URL in it). Library first, then the
//! built binary with its report and exit codes.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/rpss_merge.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pruvodce::domain::diff::diff_snapshots;
use pruvodce::domain::snapshot::{ReviewReason, Service, Snapshot};
use pruvodce::domain::validate::validate_snapshot;
use pruvodce::import::rpss::{Gone, Merged};
use support::{current, fix, merge_bytes};

/// Merges a registry release into the current catalogue, as of the day the fixture was written.
fn merge(release: &str) -> Merged {
    merge_bytes(&current(), &std::fs::read(fix(release)).unwrap())
}

fn svc<'a>(s: &'a Snapshot, id: &str) -> &'a Service {
    s.services.iter().find(|x| x.id == id).unwrap_or_else(|| panic!("no service {id}"))
}

fn phones(s: &Service) -> Vec<(String, Option<String>)> {
    s.contacts.iter().flat_map(|c| c.phones.iter().map(|p| (p.number.clone(), p.note.clone()))).collect()
}

#[test]
fn merge_keeps_coordinator_texts_and_takes_registry_contacts() {
    let (before, m) = (current(), merge("rpss-2.json"));
    let (old, new) =
        (svc(&before, "pecovatelska-sluzba-testov"), svc(&m.snapshot, "pecovatelska-sluzba-testov"));
    assert_eq!(new.description, old.description);
    assert_eq!((&new.opening_hours, &new.keywords, &new.fee), (&old.opening_hours, &old.keywords, &old.fee));
    assert_eq!(new.hours, old.hours);
    // The changed phone is the registry's; the coordinator's note on the unchanged one survives.
    assert_eq!(
        phones(new),
        [("999 000 111".to_string(), None), ("+420 999 000 102".to_string(), Some("dispečink".to_string()))]
    );
    for id in ["rpss-1000002", "rpss-1000006", "rpss-1000011"] {
        assert_eq!(svc(&m.snapshot, id).description, svc(&before, id).description, "{id}");
    }
    // Everything outside the services is the coordinator's.
    let s = &m.snapshot;
    assert_eq!((&s.life_situations, &s.crisis_lines), (&before.life_situations, &before.crisis_lines));
    assert_eq!(&s.offices[..1], &before.offices[..]);
    assert_eq!(s.meta.region_name, before.meta.region_name);
    assert!(validate_snapshot(s).is_ok());
}

#[test]
fn merge_moved_service_takes_new_address_keeps_texts_and_ids() {
    let (before, m) = (current(), merge("rpss-2.json"));
    let (old, new) = (svc(&before, "rpss-1000002"), svc(&m.snapshot, "rpss-1000002"));
    let a = &new.locations[0].address;
    assert_eq!((a.street.as_deref(), a.number.as_deref()), (Some("Nádražní"), Some("1350/5")));
    // The coordinator's municipality id (not the RÚIAN code) and provider id (matched by IČO) stay.
    assert_eq!(a.municipality.as_deref(), Some("vlasim"));
    assert_eq!(new.area.municipalities, ["vlasim"]);
    assert_eq!(new.provider, "ss-vlasim");
    // Coordinates belonged to the old address: they go with it.
    assert_eq!(new.locations[0].coordinates, None);
    assert_eq!((&new.opening_hours, &new.keywords), (&old.opening_hours, &old.keywords));
}

/// Matching is by the registry identifier: the coordinator's own id and a renamed facility (with the
/// identifier typed as a number) are still the same service, not a removal plus an addition.
#[test]
fn merge_matches_by_registry_id_not_by_name_or_snapshot_id() {
    let m = merge("rpss-2.json");
    let renamed = svc(&m.snapshot, "rpss-1000011");
    assert_eq!(renamed.name, "Chráněné bydlení Benešov – Hvězdná");
    assert_eq!(renamed.opening_hours, ["nonstop"]);
    assert!(m.updated.contains(&"pecovatelska-sluzba-testov".to_string()));
    assert!(!m.snapshot.services.iter().any(|s| s.id == "rpss-1000001" || s.id == "rpss-1000011-registr"));
    assert_eq!(m.added, ["rpss-1000013"]);
}

/// Issue 12 §2: ages and start/end dates are the registry's: 1000011's age groups changed and 1000001
/// (the coordinator's `pecovatelska-sluzba-testov`) got an end date in the future, which keeps it.
#[test]
fn merge_updates_ages_and_service_dates() {
    let (before, m) = (current(), merge("rpss-2.json"));
    let (old, new) = (svc(&before, "rpss-1000011"), svc(&m.snapshot, "rpss-1000011"));
    assert_eq!(old.age.map(|a| (a.min, a.max)), Some((Some(19), Some(64))));
    assert_eq!(new.age.map(|a| (a.min, a.max)), Some((Some(19), Some(80))));
    let (old, new) =
        (svc(&before, "pecovatelska-sluzba-testov"), svc(&m.snapshot, "pecovatelska-sluzba-testov"));
    assert_eq!((old.started.as_deref(), old.ends.as_deref()), (Some("2007-01-01"), None));
    assert_eq!((new.started.as_deref(), new.ends.as_deref()), (Some("2007-01-01"), Some("2027-12-31")));
    assert!(validate_snapshot(&m.snapshot).is_ok());
}

#[test]
fn merge_removes_ended_and_departed_services_and_says_why() {
    let m = merge("rpss-2.json");
    let removed: Vec<(&str, Gone)> = m.removed.iter().map(|r| (r.id.as_str(), r.reason)).collect();
    assert_eq!(removed, [("rpss-1000005", Gone::Ended), ("rpss-1000008", Gone::NotInRegistry)]);
    assert!(!m.snapshot.services.iter().any(|s| s.id == "rpss-1000005" || s.id == "rpss-1000008"));
    // The provider of the departed service has no service left; the hand-added provider stays.
    let providers: Vec<&str> = m.snapshot.providers.iter().map(|p| p.id.as_str()).collect();
    assert!(!providers.contains(&"ico-22100008") && providers.contains(&"p-mesto-testov"), "{providers:?}");
}

#[test]
fn merge_adds_new_service_marked_for_review_and_check_warns() {
    let m = merge("rpss-2.json");
    let new = svc(&m.snapshot, "rpss-1000013");
    assert_eq!(new.review.as_ref().map(|r| r.reason), Some(ReviewReason::NewInRegistry));
    // Its municipality (Votice) joins the coordinator's list with a placeholder office.
    let votice = m.snapshot.municipalities.iter().find(|x| x.code.as_deref() == Some("530841")).unwrap();
    assert!(m.snapshot.offices.iter().any(|o| o.id == votice.office));
    let json = serde_json::to_string(&m.snapshot).unwrap();
    for personal in ["Příkladová", "Vzorový", "ministerstvo.example"] {
        assert!(!json.contains(personal), "{personal} leaked into the catalogue");
    }
    assert_eq!(new.locations.len(), 1, "the facility listed twice is one location");
    let report = validate_snapshot(&m.snapshot);
    assert!(report.is_ok(), "{report}");
    let i = m.snapshot.services.iter().position(|s| s.id == "rpss-1000013").unwrap();
    assert!(report.warnings.iter().any(|w| w.path == format!("$.services[{i}].review")), "{report}");
}

#[test]
fn merge_keeps_hand_added_service_and_confirmed_type_untouched() {
    let (before, m) = (current(), merge("rpss-2.json"));
    assert_eq!(svc(&m.snapshot, "senior-taxi-testov"), svc(&before, "senior-taxi-testov"));
    assert_eq!(m.kept, ["senior-taxi-testov"]);
    // The registry's type of 1000006 is outside the act (a guess): the coordinator's confirmed category wins.
    let club = svc(&m.snapshot, "rpss-1000006");
    assert_eq!(
        (club.category.as_deref(), club.law_section.as_deref(), &club.review),
        (Some("volny-cas"), None, &None)
    );
}

#[test]
fn merging_an_unchanged_registry_changes_nothing() {
    let m = merge("rpss.json");
    let diff = diff_snapshots(&current(), &m.snapshot);
    assert!(diff.values().all(|d| d.is_empty()), "{diff:?}");
    assert!(m.removed.is_empty() && m.added.is_empty());
}

fn katalog(current: &Path, release: &Path, out: &Path) -> Output {
    let (codelists, current, release) =
        (fix("codelists"), current.to_str().unwrap(), release.to_str().unwrap());
    Command::new(env!("CARGO_BIN_EXE_katalog"))
        .args(["import-rpss", "--rpss", release, "--codelists", codelists.to_str().unwrap()])
        .args(["--okres", "Okres/3201", "--merge", current, "-o", out.to_str().unwrap()])
        .output()
        .unwrap()
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pruvodce-merge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn cli_merge_writes_and_reports_the_diff_removed_and_new() {
    let out = tmp("new.json");
    let o = katalog(&fix("current.json"), &fix("rpss-2.json"), &out);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{stdout}{}", String::from_utf8_lossy(&o.stderr));
    for line in [
        "Sloučení s registrem: 6 služeb ověřeno, 1 ručně přidaná ponechána, 1 nová, 2 odebrány.",
        "  + 1 přidaný záznam: rpss-1000013",
        "  - 2 odebrané záznamy: rpss-1000005, rpss-1000008",
        "      pecovatelska-sluzba-testov (contacts",
        "      rpss-1000002 (locations",
        "  - rpss-1000005 – Poradna Testov (identifikátor 1000005): v registru ukončena",
        "  - rpss-1000008 – Terénní programy (identifikátor 1000008): v registru již není",
        "  + rpss-1000013 – Osobní asistence Votice",
    ] {
        assert!(stdout.contains(line), "missing {line:?} in\n{stdout}");
    }
    let merged: Snapshot = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert!(validate_snapshot(&merged).is_ok());
}

/// Bad input: a broken current catalogue or registry is exit 1 with what and where, and the output
/// (here an existing file) is left as it was.
#[test]
fn cli_merge_bad_input_exits_1_and_writes_nothing() {
    let out = tmp("kept.json");
    std::fs::write(&out, "previous").unwrap();
    let text = std::fs::read_to_string(fix("current.json")).unwrap();
    let broken = tmp("broken-current.json");
    std::fs::write(&broken, &text[..text.len() / 2]).unwrap();
    let o = katalog(&broken, &fix("rpss-2.json"), &out);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("broken-current.json") && err.contains("line "), "{err}");
    let bad_registry = tmp("bad-rpss.json");
    std::fs::write(&bad_registry, r#"{"polozky": [{"identifikator": "1"}, {"identifikator": ]}"#).unwrap();
    let o = katalog(&fix("current.json"), &bad_registry, &out);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("bad-rpss.json: $.polozky[1]"), "{err}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous");
}
