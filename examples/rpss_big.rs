//! Measures the streaming RPSS importer on a generated registry of about 100 MB (the size of the real
//! file in Sep 2026): writes `/tmp/rpss_big.json` from the test fixture's items (renumbered, spread over
//! 77 districts, with their personal-data and ministry-URL noise), imports one district and prints the
//! time and the peak resident memory (VmHWM). Run: `cargo run --release --example rpss_big [MB]`.

#[cfg(not(target_arch = "wasm32"))]
use std::io::{BufWriter, Write};
#[cfg(not(target_arch = "wasm32"))]
use std::path::Path;
#[cfg(not(target_arch = "wasm32"))]
use std::time::Instant;

#[cfg(not(target_arch = "wasm32"))]
use pruvodce::domain::date::Date;
#[cfg(not(target_arch = "wasm32"))]
use pruvodce::domain::validate::validate_snapshot;
#[cfg(not(target_arch = "wasm32"))]
use pruvodce::import::rpss::{import_rpss, CodeLists, RpssOptions};
#[cfg(not(target_arch = "wasm32"))]
use serde_json::Value;

#[cfg(not(target_arch = "wasm32"))]
const FIX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/rpss");

#[cfg(not(target_arch = "wasm32"))]
fn vm_hwm() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM")).map(|l| l.split_whitespace().skip(1).collect())
        })
        .unwrap_or_else(|| "unknown".into())
}

#[cfg(not(target_arch = "wasm32"))]
fn set_okres(v: &mut Value, okres: u32) {
    match v {
        Value::Object(o) => {
            for (k, x) in o.iter_mut() {
                if k == "okres" {
                    *x = serde_json::json!({ "id": format!("Okres/{okres}") });
                } else {
                    set_okres(x, okres);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| set_okres(x, okres)),
        _ => {}
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn generate(path: &Path, target_bytes: u64) -> std::io::Result<usize> {
    let fixture: Value = serde_json::from_slice(&std::fs::read(format!("{FIX}/rpss.json"))?)?;
    let items = fixture["polozky"].as_array().cloned().unwrap_or_default();
    let mut w = BufWriter::new(std::fs::File::create(path)?);
    w.write_all(b"{\"polozky\": [")?;
    let (mut n, mut written) = (0usize, 14u64);
    while written < target_bytes {
        let mut item = items[n % items.len()].clone();
        item["identifikator"] = Value::String(format!("{}", 2_000_000 + n));
        // One item in 77 stays in Okres/3201, the rest are spread over other districts.
        let okres = if n % 77 == 0 { 3201 } else { 3100 + (n % 77) as u32 };
        set_okres(&mut item, okres);
        let bytes = serde_json::to_vec(&item)?;
        if n > 0 {
            w.write_all(b",\n")?;
        }
        w.write_all(&bytes)?;
        written += bytes.len() as u64 + 2;
        n += 1;
    }
    w.write_all(b"]}\n")?;
    w.flush()?;
    Ok(n)
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mb: u64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100);
    let path = Path::new("/tmp/rpss_big.json");
    let t = Instant::now();
    let n = generate(path, mb * 1024 * 1024)?;
    let size = std::fs::metadata(path)?.len();
    println!(
        "generated {n} items, {:.1} MB in {:.2} s (VmHWM {})",
        size as f64 / 1048576.0,
        t.elapsed().as_secs_f64(),
        vm_hwm()
    );
    let lists = CodeLists::load_dir(&Path::new(FIX).join("codelists"))?;
    let opts = RpssOptions {
        okres: "Okres/3201".into(),
        region_name: None,
        today: Date::parse("2026-11-22").ok_or("bad date")?,
        offices: None,
    };
    let t = Instant::now();
    let out = import_rpss(std::fs::File::open(path)?, "rpss_big.json", &lists, &opts)?;
    let secs = t.elapsed().as_secs_f64();
    let report = validate_snapshot(&out.snapshot);
    println!(
        "imported {} of {} items in {secs:.2} s ({:.1} MB/s); validation errors: {}; peak RSS (VmHWM) {}",
        out.stats.imported,
        out.stats.items,
        size as f64 / 1048576.0 / secs,
        report.errors.len(),
        vm_hwm()
    );
    Ok(())
}

// The importer is native-only; for wasm32 (clippy --all-targets) this example is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}
