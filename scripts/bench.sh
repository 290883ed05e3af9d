#!/usr/bin/env bash
# `make bench`: every benchmark, printed and collected in target/bench/summary.json. Figures, not pass/fail.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
out=target/bench
mkdir -p "$out"
port=${BENCH_PORT:-8799}

echo "== 1. first-load transfer size"
node scripts/size-report.mjs --json "$out/size.json"

echo "== 2. search in the browser: our wasm engine vs MiniSearch 7"
cargo build --release --bin katalog
"$target/release/katalog" generate --services 7000 --seed 7 -o "$out/catalogue-7000.json"
# The same size-optimised profile as the app, so the browser figures are what users get.
cargo build --profile wasm-release --target wasm32-unknown-unknown --bin bench_engine
wasm-bindgen --target web --out-dir "$out/engine" "$target/wasm32-unknown-unknown/wasm-release/bench_engine.wasm"
dev=../shared/eval/dev-queries.tsv; [ -f "$dev" ] || dev=tests/fixtures/dev-queries.tsv
node scripts/bench/browser-search.mjs "$out/engine" "$out/catalogue-7000.json" public/data/benesov.json "$dev" "$out/browser-search.json"

echo "== 3. native criterion benches (index build and query at 150, 7,000, 50,000 services)"
cargo bench --bench search -- --noplot --warm-up-time 1 --measurement-time 3 2>&1 | grep -E "^[a-z_/0-9]+|time:" | tee "$out/criterion.txt"
cargo run --release --example search_stats -- "$out/native-search.json"

echo "== 4. mobile start at scale (issue 16): the demo, 400 and 7,000 services published as benesov"
# Lighthouse mobile preset, best of 3 (performance, LCP, TBT, CLS, longest task), then at CPU 4× the first
# visit's long tasks and time to results, the offline repeat visit and keystroke latency (mobile.mjs).
node scripts/bench/startup.mjs "$port" "$out" "$target/release/katalog" demo,400,7000 3

echo "== 5. the Web Worker alternative: what handing a 7,000-service catalogue between threads costs"
node scripts/bench/worker-cost.mjs "$out/catalogue-7000.json" "$out/worker-cost.json"

echo "== 6. comment receiver: 16 clients posting, durable writes (release build)"
cargo build --release -p pripominky --example load
cargo build --release -p pripominky
"$target/release/examples/load" "$target/release/pripominky" "$out/receiver.json" 10

node scripts/bench/summary.mjs "$out"
