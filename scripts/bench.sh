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

echo "== 4. mobile start: Lighthouse (mobile preset, simulated throttling)"
# Only this run's server may answer: a leftover one would serve another build (and its CSP).
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "bench: port $port is already in use; stop what runs there, or set BENCH_PORT" >&2
  exit 1
fi
PORT=$port NGINX_PREFIX=target/bench/nginx-lh scripts/serve.sh dist > "$out/serve.log" 2>&1 &
srv=$!
trap 'kill $srv 2>/dev/null || true' EXIT
for i in $(seq 50); do curl -sf "http://127.0.0.1:$port/" > /dev/null && break; sleep 0.2; done
CHROME_PATH=/usr/bin/chromium npx lighthouse "http://127.0.0.1:$port/" --quiet --output=json --output-path="$out/lighthouse.json" \
  --only-categories=performance,accessibility,best-practices \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
kill $srv 2>/dev/null || true; wait $srv 2>/dev/null || true
node -e '
const r = require("./'"$out"'/lighthouse.json");
const s = (k) => Math.round(r.categories[k].score * 100);
const a = (k) => r.audits[k].numericValue;
const o = { performance: s("performance"), accessibility: s("accessibility"), best_practices: s("best-practices"), lcp_ms: Math.round(a("largest-contentful-paint")), tbt_ms: Math.round(a("total-blocking-time")) };
require("fs").writeFileSync("'"$out"'/lighthouse-summary.json", JSON.stringify(o, null, 2));
console.log(`lighthouse: performance ${o.performance}, accessibility ${o.accessibility}, best practices ${o.best_practices}, LCP ${o.lcp_ms} ms, TBT ${o.tbt_ms} ms`);'

echo "== 4b/5. offline repeat visit, keystroke latency, memory"
node scripts/bench/mobile.mjs "$port" "$out/mobile.json"

echo "== 6. comment receiver: 16 clients posting, durable writes (release build)"
cargo build --release -p pripominky --example load
cargo build --release -p pripominky
"$target/release/examples/load" "$target/release/pripominky" "$out/receiver.json" 10

node scripts/bench/summary.mjs "$out"
