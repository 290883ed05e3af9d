// Trunk post_build hook (runs in TRUNK_STAGING_DIR before it becomes dist/):
//  0a. in release builds, drops the wasm's unused exports and then optimises it with wasm-opt (see there);
//  0. minifies the wasm-bindgen JS glue with terser and updates its subresource-integrity hash;
//  1. computes the Content-Security-Policy, allowing the inline scripts (Trunk's loader, first.js) by sha256, and puts it
//     in index.html (<meta>) and in csp.nginx.conf (the header, plus frame-ancestors, which <meta> can't carry);
//  2. bakes the default region's offices into index.html (a JSON block the app shows when it has neither
//     network nor cache) and the home page's first screen (`katalog first-screen`);
//  3. writes the service worker's precache list from the hashed file names, failing the build if any hashed
//     file is missing, and prints the precache size;
//  4. pre-compresses text assets (.br quality 11, .gz level 9) for nginx's brotli_static / gzip_static.
// A generated list is used rather than Workbox: it is 30 lines, has no dependency, and cannot silently skip
// .wasm files or files over 2 MiB the way Workbox's defaults do.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { minify } from 'terser';
import { execFileSync } from 'node:child_process';
import binaryen from 'binaryen';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// --- 0a. the wasm: drop unused exports, then wasm-opt ---------------------------------------------------
// Leptos links server_fn, whose browser client exports wasm-streams' IntoUnderlying{Source,ByteSource,Sink}
// to JavaScript. This app calls no server functions, but an export keeps its code and everything it reaches
// alive through wasm-opt, about 1.2 KB brotli of the first load. So index.html asks Trunk for no wasm-opt
// (data-wasm-opt="0"), and here the exports go first and wasm-opt runs after, with the flags Trunk had.
// The glue's classes for them stay, unused: they touch the wasm only when a stream is made.
// The booklet module (dist/booklet/, scripts/build-booklet.sh) gets the same treatment here and in 0; it
// is imported on demand, so it has no integrity attribute in index.html.
const lazyWasm = 'booklet/booklet_bg.wasm';
if (process.env.TRUNK_PROFILE === 'release') {
  for (const name of [...readdirSync(dir).filter((f) => /_bg\.wasm$/.test(f)), lazyWasm]) {
    const path = join(dir, name);
    const mod = binaryen.readBinary(readFileSync(path));
    const exports = [];
    for (let i = 0; i < mod.getNumExports(); i++) exports.push(binaryen.getExportInfo(mod.getExportByIndex(i)).name);
    const unused = exports.filter((e) => /^(__wbg_)?intounderlying(byte)?(source|sink)_/.test(e));
    unused.forEach((e) => mod.removeExport(e));
    writeFileSync(path, mod.emitBinary());
    mod.dispose();
    const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue'];
    // --low-memory-unused lets wasm-opt fold an added constant into a load's or store's offset (1.4 KB
    // brotli of the first load). It assumes nothing valid lives in the lowest 1 KiB: Rust's wasm32 layout
    // puts its 1 MiB stack first, growing down, so that KiB is the far end of a full stack, and no Rust
    // pointer is near 4 GiB, where an added constant could wrap into it.
    execFileSync(join(root, 'node_modules/.bin/wasm-opt'), ['-Oz', '--converge', '--low-memory-unused', ...features.map((f) => `--enable-${f}`), path, '-o', path], { stdio: 'inherit' });
    const bytes = readFileSync(path);
    if (name === lazyWasm) {
      console.log(`post-build: ${name}: dropped ${unused.length} unused exports, optimised to ${(bytes.length / 1000).toFixed(1)} KB (lazy)`);
      continue;
    }
    const sri = 'sha384-' + createHash('sha384').update(bytes).digest('base64');
    const link = new RegExp(`(<link[^>]*href="/${name.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]+(")`);
    if (!link.test(html)) {
      console.error(`post-build: no integrity attribute found for ${name}`);
      process.exit(1);
    }
    html = html.replace(link, `$1${sri}$2`);
    console.log(`post-build: ${name}: dropped ${unused.length} unused exports, optimised to ${(bytes.length / 1000).toFixed(1)} KB`);
  }
}

// --- 0. minify the JS glue (terser) and the CSS, then fix their integrity attributes ----------------------
// Trunk's own minifier would also rewrite index.html (dropping the placeholders below), and it leaves the
// wasm-bindgen glue unminified anyway.
const minifyCss = (css) => css
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{};,])\s*/g, '$1')
  .replace(/;}/g, '}')
  .replace(/:\s+/g, ':')
  .replace(/\s+!important/g, '!important')
  .trim();
const lazy = ['booklet/booklet.js', 'booklet/start.js', 'booklet/print.css'];
// wasm-bindgen's inline-JS snippets (the booklet's loader) are loaded with the glue, so they are minified too.
const snippets = readdirSync(dir, { recursive: true }).filter((f) => /^snippets\/.*\.js$/.test(f));
for (const name of [...readdirSync(dir).filter((f) => /-[0-9a-f]{8,16}\.(js|css)$/.test(f)), ...snippets, ...lazy]) {
  const path = join(dir, name);
  const before = readFileSync(path, 'utf8');
  let code;
  if (name.endsWith('.js')) {
    // The glue's classes for server_fn's stream exports (dropped from the wasm in 0a) are exported from the
    // module, so terser would keep them: they become module-private here, and terser drops them as unused.
    const glue = before
      .replace(/^export class (IntoUnderlying\w+)/gm, 'class $1')
      .replace(/^if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype\[Symbol\.dispose\] = IntoUnderlying\w+\.prototype\.free;\n/gm, '');
    code = (await minify(glue, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
  } else {
    code = minifyCss(before);
  }
  if (!code) {
    console.error(`post-build: minifying ${name} produced nothing`);
    process.exit(1);
  }
  writeFileSync(path, code);
  if (lazy.includes(name)) continue;
  const sri = 'sha384-' + createHash('sha384').update(code, 'utf8').digest('base64');
  const link = new RegExp(`(<link[^>]*href="/${name.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]+(")`);
  if (!link.test(html)) {
    console.error(`post-build: no integrity attribute found for ${name}`);
    process.exit(1);
  }
  html = html.replace(link, `$1${sri}$2`);
}

// --- 0c. the wasm is fetched after the first paint ---------------------------------------------------------
// Trunk preloads the wasm and starts it from <head>, so the 270 KB download shares a slow line with the
// CSS before anything is painted, and the largest paint (the first screen's lead, already in the HTML)
// waits for it: Lighthouse's phone measured LCP 2.4 s against 0.9 s for the first paint (issue 16). The
// first screen needs no wasm, so the wasm starts once it is painted: the second requestAnimationFrame
// runs in the frame after the first screen's (one was not enough: the paint is presented after the
// callback, and desktop Chromium then started the wasm 16 ms before its first-paint time), the zero
// timeout after it. A hidden tab paints nothing and starts at once; the 3 s timeout covers a tab hidden
// between the two (a short one would start the download before the paint on a slow phone again). The
// wasm keeps its integrity check, now on the fetch itself. Not even on a visit the service worker controls
// does the fetch start earlier: tried, and with a region's catalogue at 4× CPU the first paint came about
// 130 ms later (the worker served the wasm beside the shell's files) and the app started no sooner.
{
  const wasmLink = html.match(/<link rel="preload" href="(\/[^"]+_bg\.wasm)"[^>]*integrity="([^"]+)"[^>]*>\s*/);
  const loader = html.match(/<script type="module">\s*import init, \* as bindings from '(\/[^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '(\/[^']+\.wasm)' \}\);([\s\S]*?)<\/script>/);
  if (!wasmLink || !loader || wasmLink[1] !== loader[2]) {
    console.error('post-build: Trunk\'s wasm preload or loader script not found (its format changed?)');
    process.exit(1);
  }
  html = html.replace(wasmLink[0], '');
  const start = `let s=0;const go=async()=>{if(s++)return;const bindings=await import('${loader[1]}');`
    + `const wasm=await bindings.default({module_or_path:fetch('${loader[2]}',{integrity:'${wasmLink[2]}'})});`
    + `${loader[3].trim().replace(/\s+/g, ' ')}};document.visibilityState==='hidden'?go()`
    + `:requestAnimationFrame(()=>requestAnimationFrame(()=>setTimeout(go,0)));setTimeout(go,3000);`;
  html = html.replace(loader[0], `<script type="module">${start}</script>`);
}

// The web manifest is fetched on every first load too: without its indentation.
const manifestPath = join(dir, 'manifest.webmanifest');
writeFileSync(manifestPath, JSON.stringify(JSON.parse(readFileSync(manifestPath, 'utf8'))));

// --- 2. the default region's offices, and the first screen ---------------------------------------------
// The offices are what the app shows when it has neither network nor cache (pages/no_data.rs reads
// region_name and offices). The first screen (`katalog first-screen`, written by publish-data.sh) is the
// home page as the app renders it, in Czech; first.js swaps in /first/uk.html or /first/en.html for a
// Ukrainian or English reader. It replaces the old <noscript> block: a reader without JavaScript sees it,
// crisis lines and all, with a note that search needs JavaScript.
const regions = JSON.parse(readFileSync(join(root, 'public/data/regions.json'), 'utf8'));
const def = regions.regions[0];
const snap = JSON.parse(readFileSync(join(root, 'public/data', `${def.id}.json`), 'utf8'));
const fallback = { region_name: snap.meta.region_name, offices: snap.offices };
const jsonBlock = JSON.stringify(fallback).replace(/</g, '\\u003c');
// The region list as built, for a first visit: the app starts in its first region at once and shows its
// name and demo warning as the first screen does, until /data/regions.json answers (ui/regions.rs).
const regionsBlock = JSON.stringify(JSON.parse(readFileSync(join(root, 'build/data/regions.json'), 'utf8'))).replace(/</g, '\\u003c');
html = html.replace('<!--FALLBACK-OFFICES-->', `<script type="application/json" id="fallback-offices">${jsonBlock}</script><script type="application/json" id="regions-built">${regionsBlock}</script>`);
html = html.replace('<!--FIRST-SCREEN-->', readFileSync(join(root, 'build/first/cs.html'), 'utf8').trim());
// Its script runs before the body is parsed, inline (no request before the first paint), minified; the CSP
// below allows it by its hash like Trunk's loader.
const firstJs = (await minify(readFileSync(join(root, 'build/first/first.js'), 'utf8'), { compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
if (!firstJs) {
  console.error('post-build: minifying build/first/first.js produced nothing');
  process.exit(1);
}
html = html.replace('<!--FIRST-SCRIPT-->', `<script>${firstJs}</script>`);
// index.html's comments are for its readers in the repository, not for every first load.
html = html.replace(/<!--[\s\S]*?-->\s*/g, '');

// --- 1. CSP -----------------------------------------------------------------------------------------------
const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
}
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];
html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${policy.join('; ')}">`);
writeFileSync(indexPath, html);
const header = [...policy, "frame-ancestors 'none'"].join('; ');
writeFileSync(join(dir, 'csp.nginx.conf'), [
  `add_header Content-Security-Policy "${header}" always;`,
  'add_header X-Content-Type-Options "nosniff" always;',
  'add_header Referrer-Policy "no-referrer" always;',
  'add_header Permissions-Policy "geolocation=(), camera=(), microphone=(), interest-cohort=()" always;',
  'add_header Cross-Origin-Opener-Policy "same-origin" always;',
  '',
].join('\n'));

// --- 3. precache list ------------------------------------------------------------------------------------
function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const all = walk(dir).map((p) => '/' + relative(dir, p).split('\\').join('/'));
// The region list is the one data file the worker keeps (network-first; see public/sw.js). Documents
// (/docs/) are kept only when a person asks for it (src/bin/booklet/doc_cache.rs), never precached.
const shell = all.filter((u) => (!u.startsWith('/data/') || u === '/data/regions.json') && !u.startsWith('/docs/') && !/\.(br|gz|conf)$/.test(u) && u !== '/sw.js' && u !== '/robots.txt');
const precache = shell.map((u) => (u === '/index.html' ? '/index.html' : u)).sort();
const hashed = all.filter((u) => /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(u));
const missing = hashed.filter((u) => !precache.includes(u));
if (missing.length || hashed.length === 0) {
  console.error(`post-build: hashed files missing from the precache list: ${missing.join(', ') || '(no hashed files found)'}`);
  process.exit(1);
}
const bytes = precache.reduce((n, u) => n + statSync(join(dir, u)).size, 0);
// Contents, not lengths: a language pack can change without changing its size or any hashed file's name.
const version = createHash('sha256').update(precache.map((u) => u + createHash('sha256').update(readFileSync(join(dir, u))).digest('hex')).join('\n') + html).digest('hex').slice(0, 16);
const swPath = join(dir, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace('/*PRECACHE*/[]', JSON.stringify(precache))
  .replace("/*VERSION*/'dev'", JSON.stringify(version));
writeFileSync(swPath, sw);
console.log(`post-build: precache ${precache.length} files, ${(bytes / 1024).toFixed(1)} KiB uncompressed, version ${version}`);

// --- 4. pre-compression ----------------------------------------------------------------------------------
for (const u of all.filter((u) => /\.(html|js|wasm|css|json|webmanifest|svg|txt|tsv)$/.test(u))) {
  const p = join(dir, u);
  const data = readFileSync(p);
  if (data.length < 256) continue;
  writeFileSync(p + '.br', brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
  writeFileSync(p + '.gz', gzipSync(data, { level: 9 }));
}
