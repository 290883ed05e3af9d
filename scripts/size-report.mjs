// First-load transfer of the app shell without catalogue data: index.html, the JS glue, the wasm, the CSS
// and the web manifest, each compressed with brotli (quality 11) and gzip (level 9).
// `node scripts/size-report.mjs [--budget KB] [--json FILE]`: prints a table; with --budget, fails when
// the brotli total is over budget (a size check, not a timing).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const dist = opt('--dist') || 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// The wasm is named in the loader script, which fetches it after the first paint (post-build.mjs, 0c).
const refs = [...html.matchAll(/(?:href|src)="(\/[^"]+\.(?:js|wasm|css|webmanifest))"|'(\/[^']+\.wasm)'/g)].map((m) => m[1] || m[2]);
const files = ['/index.html', ...new Set(refs)];
const rows = files.map((f) => {
  const data = readFileSync(join(dist, f));
  return {
    file: f,
    raw: data.length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    gzip: gzipSync(data, { level: 9 }).length,
  };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, brotli: t.brotli + r.brotli, gzip: t.gzip + r.gzip }), { raw: 0, brotli: 0, gzip: 0 });
const kb = (n) => (n / 1000).toFixed(1).padStart(8);
console.log('file'.padEnd(44) + '     raw KB  brotli KB    gzip KB');
for (const r of rows) console.log(r.file.padEnd(44) + kb(r.raw) + '   ' + kb(r.brotli) + '   ' + kb(r.gzip));
console.log('TOTAL'.padEnd(44) + kb(total.raw) + '   ' + kb(total.brotli) + '   ' + kb(total.gzip));
const out = opt('--json');
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ files: rows, total }, null, 2));
}
// Two checks. --budget B --known-over: the 200 KB goal, a recorded overrun kept visible like a strict
// "expected failure" (it fails as soon as the goal is met, so the flag cannot outlive the problem).
// --ceiling C: the first load must never grow past C (issue 10: 290 KB), a plain check.
const budget = opt('--budget');
const ceiling = opt('--ceiling');
const brotliKb = (total.brotli / 1000).toFixed(1);
let passed = 0;
let failed = 0;
if (budget) {
  const under = total.brotli <= Number(budget) * 1000;
  console.log(`size budget: first-load brotli ${brotliKb} KB of ${budget} KB ${under ? 'OK' : 'EXCEEDED'}`);
  if (args.includes('--known-over')) {
    console.log(under ? 'size budget: under budget now: remove --known-over from the Makefile' : 'size budget: KNOWN OVERRUN (expected failure)');
    if (under) failed += 1; else passed += 1;
  } else if (under) passed += 1; else failed += 1;
}
if (ceiling) {
  const under = total.brotli <= Number(ceiling) * 1000;
  console.log(`size ceiling: first-load brotli ${brotliKb} KB of at most ${ceiling} KB ${under ? 'OK' : 'EXCEEDED: the first load grew'}`);
  if (under) passed += 1; else failed += 1;
}
if (budget || ceiling) {
  console.log(`size: ${passed} passed, ${failed} failed`);
  if (failed > 0) process.exit(1);
}
