// Side-by-side search benchmark in ONE headless Chromium page: our wasm engine vs MiniSearch 7, on the same
// generated catalogue and the same 200 queries. Also runs the dev query set on the Benešov demo catalogue
// with both, to compare quality (expected legal type among the first 3). Usage:
//   node scripts/bench/browser-search.mjs ENGINE_DIR CATALOGUE_7000.json BENESOV.json DEV_QUERIES.tsv OUT.json
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs } from '../../playwright.config.mjs';
import { makeQueries, docsFor, MINISEARCH_OPTIONS_SRC } from './queries.mjs';

const [engineDir, bigPath, benesovPath, devPath, outPath] = process.argv.slice(2);
const root = new URL('../..', import.meta.url).pathname;
const files = {
  '/engine.js': [join(engineDir, 'bench_engine.js'), 'text/javascript'],
  '/engine_bg.wasm': [join(engineDir, 'bench_engine_bg.wasm'), 'application/wasm'],
  '/minisearch.js': [join(root, 'node_modules/minisearch/dist/es/index.js'), 'text/javascript'],
  '/page.html': [join(root, 'scripts/bench/search-page.html'), 'text/html'],
};
const big = readFileSync(bigPath, 'utf8');
const benesov = readFileSync(benesovPath, 'utf8');
const dev = readFileSync(devPath, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
  const [q, expected] = l.split('\t');
  return { q, expected: expected.split(',') };
}).filter((d) => d.expected[0] !== 'office');
const queries = makeQueries(JSON.parse(big), dev.map((d) => d.q), 200);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const page = await browser.newPage();
await page.route('http://bench.local/**', (route) => {
  const path = new URL(route.request().url()).pathname;
  const f = files[path];
  if (!f) return route.fulfill({ status: 404, body: 'not found' });
  return route.fulfill({ body: readFileSync(f[0]), contentType: f[1] });
});
await page.goto('http://bench.local/page.html');
const result = await page.evaluate(async ({ big, benesov, queries, dev, docsForSrc, optionsSrc }) => {
  const { default: init, BenchEngine } = await import('/engine.js');
  const wasm = await init({ module_or_path: '/engine_bg.wasm' });
  const { default: MiniSearch } = await import('/minisearch.js');
  const docsFor = new Function(`return (${docsForSrc})`)();
  const options = new Function(`return (${optionsSrc})`)();
  const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
  const timeQueries = (fn) => {
    for (const q of queries.slice(0, 20)) fn(q); // warm-up
    const times = [];
    for (let round = 0; round < 5; round++) for (const q of queries) { const t = performance.now(); fn(q); times.push(performance.now() - t); }
    return { p50: pct(times, 0.5), p95: pct(times, 0.95) };
  };
  const median = (f, n = 5) => { const xs = []; for (let i = 0; i < n; i++) xs.push(f()); return pct(xs, 0.5); };

  // Ours: parse is separate, the build is timed alone (as MiniSearch's addAll on parsed documents).
  // Memory with the 7,000-service catalogue parsed and indexed, before anything else was built: wasm
  // memory only grows, so this is the peak of loading one catalogue (the JSON copy included). The JS heap
  // figure includes the catalogue's JSON text this page was given.
  const first = new BenchEngine(big);
  first.build();
  const memory7000 = { wasm_bytes: wasm.memory.buffer.byteLength, js_heap_bytes: performance.memory ? performance.memory.usedJSHeapSize : null };
  first.free();
  const engines = [];
  const oursBuild = median(() => { const e = new BenchEngine(big); const t = performance.now(); e.build(); const d = performance.now() - t; engines.push(e); return d; });
  const ours = engines[engines.length - 1];
  const oursQ = timeQueries((q) => ours.search(q));
  const parsed = JSON.parse(big);
  const typeName = (s) => ours.type_name(s);
  const docs = docsFor(parsed, typeName);
  let mini;
  const miniBuild = median(() => { const t = performance.now(); mini = new MiniSearch(options); mini.addAll(docs); return performance.now() - t; });
  const miniQ = timeQueries((q) => mini.search(q).slice(0, 10).length);

  // Quality on the dev set, Benešov demo catalogue.
  const oursB = new BenchEngine(benesov); oursB.build();
  const miniB = new MiniSearch(options); const bdocs = docsFor(JSON.parse(benesov), typeName); miniB.addAll(bdocs);
  const byId = new Map(bdocs.map((d) => [d.id, d.section]));
  let oursHits = 0, miniHits = 0;
  for (const d of dev) {
    if (oursB.top_sections(d.q, 3).split(',').some((s) => d.expected.includes(s))) oursHits++;
    if (miniB.search(d.q).slice(0, 3).some((r) => d.expected.includes(byId.get(r.id)))) miniHits++;
  }
  const mem = performance.memory ? performance.memory.usedJSHeapSize : null;
  return {
    services: parsed.services.length, queries: queries.length,
    ours: { build_ms: oursBuild, ...oursQ, dev_hit_rate: oursHits / dev.length, index_bytes: ours.index_bytes() },
    minisearch: { build_ms: miniBuild, ...miniQ, dev_hit_rate: miniHits / dev.length },
    js_heap_bytes: mem,
    memory_7000: memory7000,
  };
}, { big, benesov, queries, dev, docsForSrc: docsFor.toString(), optionsSrc: MINISEARCH_OPTIONS_SRC });
await browser.close();
result.ratio = {
  query_p95: result.ours.p95 / result.minisearch.p95,
  build: result.ours.build_ms / result.minisearch.build_ms,
};
writeFileSync(outPath, JSON.stringify(result, null, 2));
const f = (x) => x.toFixed(3);
console.log(`browser search, ${result.services} services, ${result.queries} queries (ms)`);
console.log(`              build      p50      p95   dev hit rate`);
console.log(`ours     ${f(result.ours.build_ms).padStart(10)} ${f(result.ours.p50).padStart(8)} ${f(result.ours.p95).padStart(8)}   ${(100 * result.ours.dev_hit_rate).toFixed(1)} %`);
console.log(`minisearch ${f(result.minisearch.build_ms).padStart(8)} ${f(result.minisearch.p50).padStart(8)} ${f(result.minisearch.p95).padStart(8)}   ${(100 * result.minisearch.dev_hit_rate).toFixed(1)} %`);
console.log(`memory with 7000 services indexed: wasm ${(result.memory_7000.wasm_bytes / 1e6).toFixed(1)} MB, JS heap ${(result.memory_7000.js_heap_bytes / 1e6).toFixed(1)} MB (includes the catalogue JSON text)`);
console.log(`ratio ours/minisearch: query p95 ${f(result.ratio.query_p95)} (goal ≤ 0.333), build ${f(result.ratio.build)} (goal ≤ 0.2)`);
