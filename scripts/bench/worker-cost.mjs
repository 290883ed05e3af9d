// What moving the catalogue pipeline into a Web Worker would cost on the main thread (issue 16 asks for
// both designs measured): a worker that parses and indexes still has to hand the result to the page, which
// renders and searches it. Measured in one headless Chromium page, plain and at 4× CPU: posting the JSON
// text to a worker, receiving the parsed catalogue back as a structured clone (the longest main-thread task
// it causes), transferring the bytes as an ArrayBuffer, and, for scale, JSON.parse of the same text on the
// main thread. CDP's CPU throttling slows the page's main thread only, not the worker. Usage: node scripts/bench/worker-cost.mjs CATALOGUE.json OUT.json
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromiumArgs } from '../../playwright.config.mjs';

const [cataloguePath, outPath] = process.argv.slice(2);
const catalogue = readFileSync(cataloguePath);
const worker = `
onmessage = (e) => {
  const at = () => performance.timeOrigin + performance.now();
  if (e.data.kind === 'text') { postMessage({ kind: 'got-text', at: at() }); return; }
  if (e.data.kind === 'parse') {
    const t = performance.now();
    const parsed = JSON.parse(e.data.text);
    const parse_ms = performance.now() - t;
    postMessage({ kind: 'parsed', parse_ms, at: at(), parsed });
    return;
  }
  if (e.data.kind === 'bytes') {
    const buf = new TextEncoder().encode(e.data.text).buffer;
    postMessage({ kind: 'bytes', at: at(), buf }, [buf]);
  }
};`;
const page_ = `<!doctype html><meta charset="utf-8"><script>
window.measure = async () => {
  const at = () => performance.timeOrigin + performance.now();
  const longs = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) longs.push(e.duration); }).observe({ type: 'longtask' });
  const text = await (await fetch('/catalogue.json')).text();
  const w = new Worker('/worker.js');
  // \`data\` is deserialised when first read: time that read apart from the arrival.
  const next = () => new Promise((r) => { w.onmessage = (e) => { const now = at(); const data = e.data; r({ data, now, read_ms: at() - now }); }; });
  const settle = () => new Promise((r) => setTimeout(r, 200));
  const out = { bytes: text.length };
  let t = performance.now();
  let got = next();
  w.postMessage({ kind: 'text', text });
  out.post_text_main_ms = performance.now() - t;
  const t0 = at() - out.post_text_main_ms;
  out.text_arrives_in_worker_ms = (await got).data.at - t0;
  await settle();
  longs.length = 0;
  got = next();
  w.postMessage({ kind: 'parse', text });
  const parsed = await got;
  out.worker_json_parse_ms = parsed.data.parse_ms;
  out.parsed_object_arrives_ms = parsed.now - parsed.data.at;
  out.parsed_object_read_on_main_ms = parsed.read_ms;
  await settle();
  out.parsed_object_longest_main_task_ms = Math.max(0, ...longs);
  longs.length = 0;
  got = next();
  w.postMessage({ kind: 'bytes', text });
  const bytes = await got;
  out.transfer_bytes_arrive_ms = bytes.now - bytes.data.at + bytes.read_ms;
  t = performance.now();
  JSON.parse(text);
  out.main_json_parse_ms = performance.now() - t;
  w.terminate();
  return out;
};
</script>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const page = await browser.newPage();
await page.route('http://bench.local/**', (route) => {
  const path = new URL(route.request().url()).pathname;
  if (path === '/worker.js') return route.fulfill({ contentType: 'text/javascript', body: worker });
  if (path === '/catalogue.json') return route.fulfill({ contentType: 'application/json', body: catalogue });
  return route.fulfill({ contentType: 'text/html', body: page_ });
});
const cdp = await page.context().newCDPSession(page);
const result = {};
for (const rate of [1, 4]) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto('http://bench.local/');
  result[`cpu_${rate}x`] = await page.evaluate(() => window.measure());
}
await browser.close();
for (const v of Object.values(result)) v.bytes = catalogue.length;
writeFileSync(outPath, JSON.stringify(result, null, 2));
const r = (x) => x.toFixed(1);
for (const [k, v] of Object.entries(result)) {
  console.log(`worker (${k}): post text ${r(v.post_text_main_ms)} ms on main (arrives after ${r(v.text_arrives_in_worker_ms)} ms); parsed object back: arrives after ${r(v.parsed_object_arrives_ms)} ms, reading it on main ${r(v.parsed_object_read_on_main_ms)} ms, longest main task ${r(v.parsed_object_longest_main_task_ms)} ms; bytes transferred ${r(v.transfer_bytes_arrive_ms)} ms; JSON.parse on main ${r(v.main_json_parse_ms)} ms, in worker ${r(v.worker_json_parse_ms)} ms`);
}
