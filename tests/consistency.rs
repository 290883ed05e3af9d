//! Catalogue consistency warnings (issue 12): both demo catalogues pass with none, and each mistake the
//! old demo data shipped (or could ship again) draws its warning. One row per injected mistake, each
//! applied to a clean demo catalogue; `katalog check --strict` turns the warnings into exit status 1.
#![cfg(not(target_arch = "wasm32"))]

use pruvodce::domain::consistency::{check, Finding, PlaceKind};
use pruvodce::domain::hours::text::parse_week;
use pruvodce::domain::snapshot::{Location, Phone, Snapshot};
use pruvodce::domain::validate::validate_bytes;

fn load(name: &str) -> Snapshot {
    let path = format!("{}/public/data/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    validate_bytes(&bytes).unwrap_or_else(|r| panic!("{name}: {r}")).snapshot
}

fn service<'a>(s: &'a mut Snapshot, id: &str) -> &'a mut pruvodce::domain::snapshot::Service {
    s.services.iter_mut().find(|x| x.id == id).unwrap_or_else(|| panic!("no service {id}"))
}

#[test]
fn demo_catalogues_have_no_consistency_warnings() {
    for name in ["benesov", "blansko"] {
        assert_eq!(check(&load(name)), [], "{name}");
    }
}

type Inject = fn(&mut Snapshot);
type Fits = fn(&Finding) -> bool;

/// (catalogue, mistake, injection, does the finding fit).
const ROWS: &[(&str, &str, Inject, Fits)] = &[
    (
        "benesov",
        "defect: a 'nonstop' crisis line open Po–Pá 7:00–15:30",
        |s| service(s, "linka-duvery-stred").hours = parse_week("Po–Pá 7:00–15:30").ok(),
        |f| matches!(f, Finding::NonstopTextLimitedHours { id, .. } if id == "linka-duvery-stred"),
    ),
    (
        "benesov",
        "the same defect in free-text hours, still read while catalogues migrate (issue 14)",
        |s| {
            let svc = service(s, "linka-duvery-stred");
            svc.hours = None;
            svc.opening_hours = vec!["Po–Pá 7:00–15:30".into()];
        },
        |f| matches!(f, Finding::NonstopTextLimitedHours { id, .. } if id == "linka-duvery-stred"),
    ),
    (
        "benesov",
        "defect: a night shelter with daytime hours",
        |s| service(s, "nocleharna").hours = parse_week("Po, St 8:00–17:00; Út, Čt 8:00–14:00").ok(),
        |f| matches!(f, Finding::NightTextDaytimeHours { id, .. } if id == "nocleharna"),
    ),
    (
        "benesov",
        "a crisis line whose note says nonstop but whose hours do not",
        |s| {
            s.crisis_lines[0].hours = "Po–Pá 8:00–16:00".into();
            s.crisis_lines[0].note = Some("volejte nonstop".into());
        },
        |f| matches!(f, Finding::CrisisLineNotNonstop { line: 0, .. }),
    ),
    (
        "benesov",
        "a service on a nonstop crisis line's number with office hours",
        |s| {
            let number = s.crisis_lines[5].number.clone();
            let c = service(s, "psychologicka-poradna").contacts.get_or_insert_with(Default::default);
            c.phones.push(Phone { number, note: None });
        },
        |f| matches!(f, Finding::CrisisNumberLimitedHours { id, .. } if id == "psychologicka-poradna"),
    ),
    (
        "blansko",
        "defect: another kraj in Blansko (Intervenční centrum Středočeského kraje)",
        |s| service(s, "intervencni-centrum-blansko").name = "Intervenční centrum Středočeského kraje".into(),
        |f| {
            matches!(
                f,
                Finding::ForeignPlace { kind: PlaceKind::Kraj { kraj: Some("Středočeský kraj") }, .. }
            )
        },
    ),
    (
        "blansko",
        "defect: a garbled kraj left by find-and-replace (Blanenskoočeského kraje)",
        |s| {
            service(s, "intervencni-centrum-blansko").name =
                "Intervenční centrum Blanenskoočeského kraje".into()
        },
        |f| matches!(f, Finding::ForeignPlace { kind: PlaceKind::Kraj { kraj: None }, .. }),
    ),
    (
        "blansko",
        "defect: another okres's town in Blansko (run by Město Benešov)",
        |s| s.providers[0].name = "Město Benešov".into(),
        |f| matches!(f, Finding::ForeignPlace { place, kind: PlaceKind::Okres { .. }, .. } if place == "Benešov"),
    ),
    (
        "benesov",
        "another okres's town, declined, in a description",
        |s| service(s, "nocleharna").description.push_str(" Další noclehárna je v Blansku."),
        |f| matches!(f, Finding::ForeignPlace { place, .. } if place == "Blansku"),
    ),
    (
        "benesov",
        "the same phone number on unrelated providers",
        |s| {
            let number = s.providers[0].contacts.phones[0].number.clone();
            s.providers[1].contacts.phones = vec![Phone { number, note: None }];
        },
        |f| matches!(f, Finding::SharedPhone { providers, .. } if providers.len() == 2),
    ),
    (
        "blansko",
        "a service whose only address is outside the region",
        |s| {
            let l = &mut service(s, "nocleharna-blansko").locations[0];
            l.address.city = "Benešov".into();
            l.address.municipality = None;
        },
        |f| matches!(f, Finding::AddressOutsideArea { in_region: false, .. }),
    ),
    (
        "benesov",
        "a service whose only address is outside its area",
        |s| {
            let l: &mut Location = &mut service(s, "pecovatelska-sluzba-benesov").locations[0];
            l.address.city = "Votice".into();
            l.address.municipality = Some("votice".into());
        },
        |f| matches!(f, Finding::AddressOutsideArea { in_region: true, id, .. } if id == "pecovatelska-sluzba-benesov"),
    ),
];

#[test]
fn each_injected_mistake_draws_its_warning() {
    for (catalogue, mistake, inject, fits) in ROWS {
        let mut s = load(catalogue);
        inject(&mut s);
        let found = check(&s);
        assert!(found.iter().any(fits), "{mistake}: not found in {found:?}");
        // The warning must still come after a round trip through the file format, as `katalog check` reads it.
        let bytes = serde_json::to_vec(&s).expect("serialise");
        let again =
            validate_bytes(&bytes).unwrap_or_else(|r| panic!("{mistake}: invalid after injection: {r}"));
        assert!(check(&again.snapshot).iter().any(fits), "{mistake}: lost in the round trip");
    }
}

/// `katalog check` prints the warnings in Czech and exits 0; with `--strict` it exits 1.
#[test]
fn check_prints_warnings_and_strict_fails_on_them() {
    let mut s = load("benesov");
    service(&mut s, "linka-duvery-stred").hours = parse_week("Po–Pá 7:00–15:30").ok();
    let dir = std::env::temp_dir().join(format!("consistency-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("benesov.json");
    std::fs::write(&file, serde_json::to_vec(&s).expect("serialise")).expect("write");
    let run = |strict: bool| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_katalog"));
        cmd.arg("check").arg(&file);
        if strict {
            cmd.arg("--strict");
        }
        cmd.output().expect("run katalog")
    };
    let lenient = run(false);
    let out = String::from_utf8_lossy(&lenient.stdout);
    assert_eq!(lenient.status.code(), Some(0), "{out}");
    assert!(out.contains("$.services[") && out.contains("slibuje nonstop"), "{out}");
    assert_eq!(run(true).status.code(), Some(1));
    let clean = std::process::Command::new(env!("CARGO_BIN_EXE_katalog"))
        .args(["check", "--strict", concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/blansko.json")])
        .output()
        .expect("run katalog");
    assert_eq!(clean.status.code(), Some(0), "{}", String::from_utf8_lossy(&clean.stdout));
    std::fs::remove_dir_all(&dir).ok();
}
