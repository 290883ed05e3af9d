// Collects every benchmark's JSON into target/bench/summary.json and prints one table.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] || 'target/bench';
const read = (f) => (existsSync(join(dir, f)) ? JSON.parse(readFileSync(join(dir, f), 'utf8')) : null);
const summary = {
  size: read('size.json'),
  browser_search: read('browser-search.json'),
  native_search: read('native-search.json'),
  lighthouse: read('lighthouse-summary.json'),
  mobile: read('mobile.json'),
  receiver: read('receiver.json'),
};
writeFileSync(join(dir, 'summary.json'), JSON.stringify(summary, null, 2));
const rows = [];
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
if (summary.size) rows.push(['first load (brotli / gzip)', `${kb(summary.size.total.brotli)} / ${kb(summary.size.total.gzip)}`, '≤ 200 KB brotli']);
const b = summary.browser_search;
if (b) {
  rows.push(['browser: ours build / p50 / p95', `${b.ours.build_ms.toFixed(2)} / ${b.ours.p50.toFixed(3)} / ${b.ours.p95.toFixed(3)} ms`, '']);
  rows.push(['browser: MiniSearch build / p50 / p95', `${b.minisearch.build_ms.toFixed(2)} / ${b.minisearch.p50.toFixed(3)} / ${b.minisearch.p95.toFixed(3)} ms`, '']);
  rows.push(['ratio query p95 / build', `${b.ratio.query_p95.toFixed(3)} / ${b.ratio.build.toFixed(3)}`, '≤ 0.333 / ≤ 0.2']);
  if (b.memory_7000) rows.push(['memory, 7000 services indexed: wasm / JS heap', `${(b.memory_7000.wasm_bytes / 1e6).toFixed(1)} MB / ${(b.memory_7000.js_heap_bytes / 1e6).toFixed(1)} MB`, '']);
  rows.push(['dev hit rate ours / MiniSearch', `${(100 * b.ours.dev_hit_rate).toFixed(1)} % / ${(100 * b.minisearch.dev_hit_rate).toFixed(1)} %`, 'ours better']);
}
const n = summary.native_search;
if (n) for (const r of n.runs || []) rows.push([`native ${r.services} services: build / p50 / p95`, `${r.build_ms.toFixed(2)} / ${r.p50_ms.toFixed(3)} / ${r.p95_ms.toFixed(3)} ms`, r.services === 7000 ? '≤ 30 / – / ≤ 1 ms' : r.services === 50000 ? 'p95 ≤ 5 ms' : '']);
if (n) for (const r of n.runs || []) rows.push([`index memory / JSON, ${r.services}`, `${(r.index_bytes / 1e6).toFixed(2)} MB / ${(r.json_bytes / 1e6).toFixed(2)} MB (${(r.index_bytes / r.json_bytes).toFixed(2)}×)`, '≤ 3×']);
const l = summary.lighthouse;
if (l) rows.push(['lighthouse perf / a11y / best practices', `${l.performance} / ${l.accessibility} / ${l.best_practices}`, '≥ 95 / 100 / 100'], ['LCP / TBT', `${l.lcp_ms} ms / ${l.tbt_ms} ms`, '']);
const m = summary.mobile;
if (m) {
  rows.push(['offline repeat visit (CPU 4×)', `${m.offline_repeat_visit_ms.median} ms`, '≤ 1000 ms']);
  rows.push(['keystroke → results (CPU 4×) median / p95', `${m.keystroke_to_results_ms.median?.toFixed(1)} / ${m.keystroke_to_results_ms.p95?.toFixed(1)} ms`, '≤ 100 ms']);
  rows.push(['memory JS heap + wasm (demo catalogue, app)', `${((m.memory.total_bytes) / 1e6).toFixed(1)} MB`, '']);
}
const rc = summary.receiver;
if (rc) rows.push(['comment receiver, 16 clients: comments/s, p50 / p99', `${rc.comments_per_s} /s, ${rc.p50_ms} / ${rc.p99_ms} ms`, '≥ 500 /s, p99 ≤ 50 ms']);
const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
console.log('\n' + 'benchmark'.padEnd(w[0]) + '  ' + 'measured'.padEnd(w[1]) + '  goal');
for (const r of rows) console.log(r[0].padEnd(w[0]) + '  ' + r[1].padEnd(w[1]) + '  ' + r[2]);
console.log(`\nwritten to ${join(dir, 'summary.json')}`);
