//! `make eval`: search quality on every (catalogue, query set) pair listed in `tests/eval/sets.tsv`,
//! ours beside MiniSearch's on the same catalogues and queries, as hit@3, recall@10 and MRR, plus the
//! share of "no service fits" queries answered with no service. The table is committed in
//! `docs/search-quality.md`; a line of ours lower than the committed one fails the test (a regression),
//! so a ranking change cannot quietly make one query set worse while improving another. Write the table
//! anew with `EVAL_WRITE=1 make eval` after an improvement (and explain any accepted drop in the doc).
//!
//! MiniSearch runs in node (`scripts/eval/minisearch.mjs`) with the benchmark's configuration; when node
//! or the package is missing its columns read "–" and only ours are checked.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use pruvodce::domain::index::Index;
use pruvodce::domain::lexicon;
use pruvodce::domain::rank::Query;
use pruvodce::domain::snapshot::Snapshot;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/search-quality.md");
const BEGIN: &str = "<!-- eval:begin -->";
const END: &str = "<!-- eval:end -->";

struct Set {
    catalogue: String,
    queries: String,
    by_id: bool,
}

struct Case {
    query: String,
    /// Relevant service ids; empty for "office" (no service fits).
    relevant: HashSet<String>,
    office: bool,
}

/// Scores of one engine on one set.
#[derive(Clone, Copy, Default)]
struct Scores {
    hit3: f64,
    recall10: f64,
    mrr: f64,
    /// Share of "office" queries answered with no service; None when the set has none.
    office: Option<f64>,
}

/// A path in `tests/eval/sets.tsv`, relative to the repository root. `../shared/…` (the shared evaluation
/// files, copied beside the clone in CI) can be pointed elsewhere with `SHARED_DIR`.
fn path(rel: &str) -> PathBuf {
    match (rel.strip_prefix("../shared/"), std::env::var("SHARED_DIR")) {
        (Some(rest), Ok(dir)) if !dir.is_empty() => Path::new(&dir).join(rest),
        _ => Path::new(ROOT).join(rel),
    }
}

fn sets() -> Vec<Set> {
    let text = std::fs::read_to_string(path("tests/eval/sets.tsv")).expect("tests/eval/sets.tsv");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').map(str::trim).collect();
            assert!(cols.len() >= 3, "tests/eval/sets.tsv: need three columns in {l:?}");
            Set { catalogue: cols[0].into(), queries: cols[1].into(), by_id: cols[2] == "id" }
        })
        .collect()
}

fn cases(set: &Set, snap: &Snapshot) -> Vec<Case> {
    let text = std::fs::read_to_string(path(&set.queries)).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            let query = cols.next().unwrap_or_default().to_string();
            let expected: Vec<&str> = cols.next().unwrap_or_default().split(',').map(str::trim).collect();
            let relevant = if expected == ["office"] {
                HashSet::new()
            } else if set.by_id {
                expected.iter().map(|s| s.to_string()).collect()
            } else {
                let kind = |s: &pruvodce::domain::snapshot::Service| {
                    s.law_section.clone().or_else(|| s.category.clone()).unwrap_or_default()
                };
                snap.services
                    .iter()
                    .filter(|s| expected.contains(&kind(s).as_str()))
                    .map(|s| s.id.clone())
                    .collect()
            };
            Case { query, relevant, office: expected == ["office"] }
        })
        // A query whose expected types this catalogue does not have cannot be scored on it.
        .filter(|c| c.office || !c.relevant.is_empty())
        .collect()
}

fn score(cases: &[Case], ranked: &[Vec<String>]) -> Scores {
    let (mut n, mut hit3, mut recall, mut mrr, mut offices, mut office_ok) = (0.0, 0.0, 0.0, 0.0, 0, 0);
    for (c, got) in cases.iter().zip(ranked) {
        if c.office {
            offices += 1;
            office_ok += usize::from(got.is_empty());
            continue;
        }
        n += 1.0;
        let top = &got[..got.len().min(10)];
        hit3 += f64::from(u8::from(top.iter().take(3).any(|id| c.relevant.contains(id))));
        let found = top.iter().filter(|id| c.relevant.contains(*id)).count();
        recall += found as f64 / c.relevant.len().min(10) as f64;
        if let Some(r) = top.iter().position(|id| c.relevant.contains(id)) {
            mrr += 1.0 / (r + 1) as f64;
        }
    }
    let n: f64 = if n == 0.0 { 1.0 } else { n };
    Scores {
        hit3: hit3 / n,
        recall10: recall / n,
        mrr: mrr / n,
        office: (offices > 0).then(|| office_ok as f64 / offices as f64),
    }
}

/// MiniSearch's top 10 ids per query for every set, or None when node or the package is missing.
fn minisearch(inputs: &[serde_json::Value]) -> Option<Vec<Vec<Vec<String>>>> {
    let dir = std::env::var("MINISEARCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| path("node_modules/minisearch"));
    if !dir.join("dist/es/index.js").exists() {
        println!("MiniSearch not found at {}: its columns are left empty", dir.display());
        return None;
    }
    let dir = path("target/eval");
    std::fs::create_dir_all(&dir).ok()?;
    let file = dir.join("minisearch-input.json");
    std::fs::write(&file, serde_json::to_vec(inputs).ok()?).ok()?;
    let out = Command::new("node").arg(path("scripts/eval/minisearch.mjs")).arg(&file).output().ok()?;
    assert!(out.status.success(), "minisearch.mjs failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).ok()
}

fn docs(snap: &Snapshot) -> Vec<serde_json::Value> {
    snap.services
        .iter()
        .map(|s| {
            let kind = lexicon::type_name(s.law_section.as_deref(), s.category.as_deref()).unwrap_or("");
            let provider = snap.providers.iter().find(|p| p.id == s.provider).map_or("", |p| p.name.as_str());
            serde_json::json!({
                "id": s.id, "name": s.name, "type": kind, "keywords": s.keywords.join(" "),
                "description": s.description, "provider": provider,
            })
        })
        .collect()
}

fn cell(x: f64) -> String {
    format!("{x:.3}")
}

fn row(set: &Set, n: usize, ours: Scores, mini: Option<Scores>) -> String {
    let office = |s: Scores| s.office.map_or("–".to_string(), cell);
    let m = |f: fn(Scores) -> String| mini.map_or("–".to_string(), f);
    format!(
        "| {} | {} | {n} | {} | {} | {} | {} | {} | {} | {} | {} |",
        set.catalogue,
        set.queries,
        cell(ours.hit3),
        cell(ours.recall10),
        cell(ours.mrr),
        office(ours),
        m(|s| cell(s.hit3)),
        m(|s| cell(s.recall10)),
        m(|s| cell(s.mrr)),
        m(office),
    )
}

/// The committed rows: (catalogue, queries) → our four figures.
fn committed() -> Vec<(String, String, [Option<f64>; 4])> {
    let text = std::fs::read_to_string(DOC).unwrap_or_default();
    let Some(table) = text.split(BEGIN).nth(1).and_then(|t| t.split(END).next()) else { return Vec::new() };
    table
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| catalogue") && !l.starts_with("| ---"))
        .map(|l| {
            let c: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            let f = |i: usize| c.get(i).and_then(|x| x.parse::<f64>().ok());
            (c[0].to_string(), c[1].to_string(), [f(3), f(4), f(5), f(6)])
        })
        .collect()
}

/// The file a catalogue column names: `import-hsds:PATH` names an Open Referral HSDS file imported when
/// the evaluation runs. The HSDS examples may not be copied into this repository (their SOURCE.md in
/// `../shared/reference/hsds/` says so), so they are read from there and imported by our importer.
fn source(catalogue: &str) -> &str {
    catalogue.strip_prefix("import-hsds:").unwrap_or(catalogue)
}

fn load(catalogue: &str) -> Snapshot {
    let bytes = std::fs::read(path(source(catalogue))).unwrap_or_else(|e| panic!("{catalogue}: {e}"));
    if catalogue.starts_with("import-hsds:") {
        let today = pruvodce::domain::date::Date::parse("2026-01-01").expect("a valid date");
        return pruvodce::import::hsds::import_hsds(&bytes, catalogue, today)
            .unwrap_or_else(|e| panic!("{catalogue}: {e:?}"))
            .snapshot;
    }
    serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{catalogue}: {e}"))
}

#[test]
fn eval_quality_no_regression() {
    let sets: Vec<Set> = sets()
        .into_iter()
        .filter(|s| path(source(&s.catalogue)).exists() && path(&s.queries).exists())
        .collect();
    let mut ours = Vec::new();
    let mut inputs = Vec::new();
    let mut all_cases = Vec::new();
    for set in &sets {
        let snap = load(&set.catalogue);
        let index = Index::build(&snap);
        let cases = cases(set, &snap);
        let ranked: Vec<Vec<String>> = cases
            .iter()
            .map(|c| {
                let r = index.search(&snap, &Query { text: c.query.clone(), limit: 10, ..Query::default() });
                r.hits.iter().map(|h| snap.services[h.service].id.clone()).collect()
            })
            .collect();
        ours.push(score(&cases, &ranked));
        let queries: Vec<&str> = cases.iter().map(|c| c.query.as_str()).collect();
        inputs.push(serde_json::json!({ "docs": docs(&snap), "queries": queries }));
        all_cases.push(cases);
    }
    let mini = minisearch(&inputs);
    let mut lines = vec![
        "| catalogue | queries | n | hit@3 | recall@10 | MRR | no service | MiniSearch hit@3 | MiniSearch recall@10 | MiniSearch MRR | MiniSearch no service |".to_string(),
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |".to_string(),
    ];
    for (i, set) in sets.iter().enumerate() {
        let m = mini.as_ref().map(|m| score(&all_cases[i], &m[i]));
        lines.push(row(set, all_cases[i].len(), ours[i], m));
    }
    let table = lines.join("\n");
    println!("{table}");
    if std::env::var("EVAL_WRITE").is_ok_and(|v| v == "1") {
        let text = std::fs::read_to_string(DOC).expect("docs/search-quality.md");
        let (head, rest) = text.split_once(BEGIN).expect("eval:begin marker");
        let tail = rest.split_once(END).map_or("", |x| x.1);
        std::fs::write(DOC, format!("{head}{BEGIN}\n{table}\n{END}{tail}")).unwrap();
        return;
    }
    let mut regressions = Vec::new();
    for (cat, queries, figures) in committed() {
        let Some(i) = sets.iter().position(|s| s.catalogue == cat && s.queries == queries) else {
            println!("note: committed line {cat} · {queries} not evaluated here (files missing)");
            continue;
        };
        let now = [Some(ours[i].hit3), Some(ours[i].recall10), Some(ours[i].mrr), ours[i].office];
        for (k, (was, is)) in figures.iter().zip(now).enumerate() {
            if let (Some(was), Some(is)) = (was, is) {
                // The table rounds to three decimals.
                if is < was - 0.0005 {
                    let name = ["hit@3", "recall@10", "MRR", "no service"][k];
                    regressions.push(format!("{cat} · {queries}: {name} {is:.3} < committed {was:.3}"));
                }
            }
        }
    }
    assert!(regressions.is_empty(), "search quality regressed:\n{}", regressions.join("\n"));
}
