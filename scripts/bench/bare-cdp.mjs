// The first visit's long tasks at 4× CPU as a user's browser has them: Chromium driven over a bare DevTools
// protocol connection that never enables the Network domain (issue 16).
// Why: Lighthouse, Playwright and Puppeteer all enable it, and then Chromium keeps every response body for
// DevTools and decodes a text one on the page's main thread when it has arrived. For a region's catalogue
// (13.6 MB of JSON) a trace shows that as one task of about 240 ms (`ResponseBodyLoader::DidFinishLoadingBody`,
// 150 ms of it `TextResourceDecoder::Decode` with data_len 13,634,831), in the page's `fetch` of the snapshot;
// the app reads the body as bytes from a stream and never decodes it. Here only the Target, Emulation, Page and
// Runtime domains are used, so that task is not there, and what remains is the app's own.
// Usage: node --experimental-websocket scripts/bench/bare-cdp.mjs PORT DIST OUT.json [RUNS]
// (the server is started here, as in mobile.mjs; each run is a first visit in a fresh browser profile)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../../playwright.config.mjs';
import { BenchServer } from './server.mjs';

const [port, distDir, outPath, runsArg = '3'] = process.argv.slice(2);
if (typeof WebSocket !== 'function') throw new Error('run with node --experimental-websocket (Node 20) or Node 22+');
const base = `http://127.0.0.1:${port}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Chromium with a DevTools port; resolves to the browser's WebSocket address from its stderr. */
function launch(profile) {
  const child = spawn('/usr/bin/chromium', ['--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, ...chromiumArgs, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      const m = err.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) resolve({ child, ws: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}) before its DevTools port opened: ${err.slice(-300)}`)));
  });
}

/** A minimal DevTools protocol client: `send(method, params, sessionId)`. */
async function connect(url) {
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = () => reject(new Error(`cannot connect to ${url}`)); });
  let id = 0;
  const waiting = new Map();
  ws.onmessage = (e) => {
    const msg = JSON.parse(e.data);
    const w = waiting.get(msg.id);
    if (!w) return;
    waiting.delete(msg.id);
    if (msg.error) w.reject(new Error(`${w.method}: ${msg.error.message}`)); else w.resolve(msg.result);
  };
  const send = (method, params = {}, sessionId) => new Promise((resolve, reject) => {
    id += 1;
    waiting.set(id, { resolve, reject, method });
    ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
  });
  return { send, close: () => ws.close() };
}

const observe = `window.__long = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true });`;

async function firstVisit() {
  const profile = mkdtempSync(join(tmpdir(), 'pruvodce-bare-'));
  const { child, ws } = await launch(profile);
  try {
    const cdp = await connect(ws);
    const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
    const s = (method, params) => cdp.send(method, params, sessionId);
    await s('Emulation.setDeviceMetricsOverride', { width: 360, height: 740, deviceScaleFactor: 2, mobile: true });
    await s('Emulation.setCPUThrottlingRate', { rate: 4 });
    await s('Page.enable');
    await s('Page.addScriptToEvaluateOnNewDocument', { source: observe });
    const value = async (expression) => (await s('Runtime.evaluate', { expression, returnByValue: true })).result.value;
    const t0 = Date.now();
    await s('Page.navigate', { url: `${base}/hledat?q=${encodeURIComponent('pečovatelská služba')}` });
    let results = null;
    while (Date.now() - t0 < 60_000) {
      if (await value(`!!document.querySelector('[data-testid="result"]')`)) { results = Date.now() - t0; break; }
      await sleep(50);
    }
    if (results === null) throw new Error('no results within 60 s');
    // The tasks that follow the first results (storing the catalogue, the service worker's install).
    for (let i = 0; i < 100 && !(await value('!!(navigator.serviceWorker && navigator.serviceWorker.controller)')); i++) await sleep(100);
    await sleep(1500);
    if (!(await value('Array.isArray(window.__long)'))) throw new Error('the long-task observer did not run');
    const long = (await value('window.__long')).sort((a, b) => b - a);
    cdp.close();
    return { results_ms: results, longest_task_ms: long[0] || 0, long_tasks_ms: long.slice(0, 8) };
  } finally {
    child.kill('SIGKILL');
    await sleep(200);
    rmSync(profile, { recursive: true, force: true });
  }
}

const server = new BenchServer(port, distDir, 'target/bench/nginx-bare');
await server.start();
const runs = [];
try {
  for (let i = 0; i < Number(runsArg); i++) runs.push(await firstVisit());
} finally {
  await server.stop();
}
const longest = runs.map((r) => r.longest_task_ms);
const result = { longest_task_ms: { median: median(longest), runs: longest }, results_ms: { median: median(runs.map((r) => r.results_ms)) }, runs };
writeFileSync(outPath, JSON.stringify(result, null, 2));
console.log(`first visit (CPU 4×, no DevTools network): longest task median ${result.longest_task_ms.median} ms (runs ${longest.join(', ')}), results after ${result.results_ms.median} ms; long tasks ${runs.map((r) => r.long_tasks_ms.join('/')).join('; ')}`);
