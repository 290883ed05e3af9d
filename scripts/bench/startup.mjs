// Start-up at scale (issue 16): the demo catalogue and generated catalogues of 400 and 7,000 services, each
// published as `benesov` into its own copy of dist/ (as `katalog publish` does it for a live site). For each:
// Lighthouse, mobile preset, best of 3 runs (performance, LCP, TBT, CLS, longest task), then mobile.mjs at
// 4× CPU (long tasks of the first visit, time to the first search results, the offline repeat visit,
// keystroke latency), then bare-cdp.mjs (the first visit's long tasks without DevTools' network domain).
// Usage: node scripts/bench/startup.mjs PORT OUT_DIR KATALOG [SIZES=demo,400,7000] [RUNS=3]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { BenchServer } from './server.mjs';

const [port, outDir, katalog, sizesArg = 'demo,400,7000', runsArg = '3'] = process.argv.slice(2);
const root = new URL('../..', import.meta.url).pathname;
const base = `http://127.0.0.1:${port}`;
const sizes = sizesArg.split(',');
const runs = Number(runsArg);
// The build measured: dist/, or another (BENCH_DIST, e.g. an older build for a before/after table).
const baseDist = process.env.BENCH_DIST || join(root, 'dist');

/** dist/ itself for the demo; otherwise a copy with a generated catalogue published as `benesov`. */
function distFor(size) {
  if (size === 'demo') return baseDist;
  const dir = join(outDir, `dist-${size}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(baseDist, dir, { recursive: true });
  chmodSync(dir, 0o755);
  const data = join(dir, 'data');
  for (const f of readdirSync(data)) if (f.startsWith('benesov')) rmSync(join(data, f));
  const generated = join(outDir, `catalogue-${size}.json`);
  if (!existsSync(generated)) execFileSync(katalog, ['generate', '--services', size, '--seed', '7', '-o', generated]);
  const asBenesov = join(outDir, `benesov-${size}.json`);
  const text = readFileSync(generated, 'utf8').replace(/"region_id": "[^"]+"/, '"region_id": "benesov"');
  writeFileSync(asBenesov, text);
  execFileSync(katalog, ['publish', asBenesov, '--to', data, '--region-name', 'okres Benešov'], { stdio: 'ignore' });
  return dir;
}

/** One Lighthouse run (the default mobile preset, simulated throttling), reduced to the figures. */
function lighthouse(file) {
  execFileSync('npx', ['lighthouse', base + '/', '--quiet', '--output=json', `--output-path=${file}`, '--only-categories=performance,accessibility,best-practices',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
  { cwd: root, env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, stdio: 'ignore' });
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const a = (k) => r.audits[k].numericValue;
  const tasks = (r.audits['long-tasks'].details?.items || []).map((t) => Math.round(t.duration)).sort((x, y) => y - x);
  const score = (k) => Math.round(r.categories[k].score * 100);
  return {
    accessibility: score('accessibility'), best_practices: score('best-practices'),
    performance: score('performance'),
    lcp_ms: Math.round(a('largest-contentful-paint')),
    tbt_ms: Math.round(a('total-blocking-time')), cls: Number(a('cumulative-layout-shift').toFixed(3)),
    longest_task_ms: tasks[0] || 0, long_tasks_ms: tasks.slice(0, 5),
  };
}

const result = {};
for (const size of sizes) {
  const dist = distFor(size);
  const server = new BenchServer(port, dist, join(outDir, `nginx-startup-${size}`));
  await server.start();
  const all = [];
  try {
    for (let i = 0; i < runs; i++) all.push(lighthouse(join(outDir, `lighthouse-${size}-${i}.json`)));
  } finally {
    await server.stop();
  }
  // Best of the runs: the one with the best performance score (then the lowest TBT).
  const best = [...all].sort((x, y) => y.performance - x.performance || x.tbt_ms - y.tbt_ms)[0];
  const mobileOut = join(outDir, `mobile-${size}.json`);
  execFileSync('node', [join(root, 'scripts/bench/mobile.mjs'), port, mobileOut, dist], { cwd: root, stdio: 'inherit' });
  const mobile = JSON.parse(readFileSync(mobileOut, 'utf8'));
  // The first visit's long tasks again, without the DevTools network panel's work (bare-cdp.mjs says why).
  const bareOut = join(outDir, `bare-${size}.json`);
  execFileSync('node', ['--experimental-websocket', '--no-warnings', join(root, 'scripts/bench/bare-cdp.mjs'), port, dist, bareOut, '3'], { cwd: root, stdio: 'inherit' });
  const bare = JSON.parse(readFileSync(bareOut, 'utf8'));
  result[size] = { lighthouse: { best, runs: all }, mobile, bare };
  console.log(`${size}: performance ${best.performance}, LCP ${best.lcp_ms} ms, TBT ${best.tbt_ms} ms, CLS ${best.cls}, longest task ${best.longest_task_ms} ms (runs: ${all.map((r) => r.performance).join(', ')})`);
}
writeFileSync(join(outDir, 'startup.json'), JSON.stringify(result, null, 2));
