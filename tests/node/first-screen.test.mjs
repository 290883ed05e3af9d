// The first screen's script (`katalog first-screen` writes it; src/cli/first_screen.js): the one place
// that decides the language a visit starts in (the app reads <html lang>). Run in node against fakes, on the
// script as the build writes it, from the katalog that `cargo test` has just built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';

const root = new URL('../..', import.meta.url).pathname;
const target = process.env.CARGO_TARGET_DIR || join(root, 'target');
const katalog = ['debug', 'release'].map((p) => join(target, p, 'katalog')).find(existsSync);
assert.ok(katalog, 'no katalog binary: run cargo build --bin katalog (cargo test builds it)');
const out = mkdtempSync(join(tmpdir(), 'first-'));
execFileSync(katalog, ['first-screen', '--to', out, '--regions', join(root, 'public/data/regions.json')]);
const script = readFileSync(join(out, 'first.js'), 'utf8');

/** Runs first.js with a stored language and browser languages; returns <html lang> and what it fetched. */
function start(stored, languages, pathname = '/') {
  const html = { lang: 'cs', classList: { add(c) { html.classes.push(c); } }, classes: [] };
  const fetched = [];
  const ctx = vm.createContext({
    window: {},
    document: { documentElement: html, addEventListener() {}, readyState: 'loading' },
    localStorage: { getItem: (k) => (k === 'pruvodce.lang' ? stored : null) },
    navigator: { languages },
    location: { pathname },
    fetch: (u) => { fetched.push(u); return new Promise(() => {}); },
  });
  vm.runInContext(script, ctx);
  return { lang: html.lang, fetched, classes: html.classes };
}

test('preferred_browser_language_picks_a_spoken_one (moved from the Rust i18n tests)', () => {
  assert.equal(start(null, ['uk-UA', 'cs']).lang, 'uk');
  assert.equal(start(null, ['de-DE', 'en-GB', 'cs']).lang, 'en');
  assert.equal(start(null, ['EN_us']).lang, 'en');
  assert.equal(start(null, ['de', 'fr']).lang, 'cs');
  assert.equal(start(null, ['']).lang, 'cs');
  assert.equal(start(null, undefined).lang, 'cs');
});

test('a language chosen here before wins over the browser', () => {
  assert.equal(start('uk', ['en-GB']).lang, 'uk');
  assert.equal(start('cs', ['en-GB']).lang, 'cs');
  assert.equal(start('xx', ['en-GB']).lang, 'en', 'an unknown stored code is ignored');
});

test('only a Ukrainian or English reader fetches a first screen; other pages show only the shell', () => {
  assert.deepEqual(start(null, ['cs']).fetched, []);
  assert.deepEqual(start(null, ['uk']).fetched, ['/first/uk.html']);
  assert.deepEqual(start(null, ['cs']).classes, []);
  assert.deepEqual(start(null, ['cs'], '/hledat').classes, ['app-elsewhere']);
});

test('quick exit lives here once: window.pruvodceLeave blanks, clears what the app lists, marks the tab and leaves', () => {
  const removed = [];
  const set = [];
  let replaced = null;
  const html = { lang: 'cs', classList: { add(c) { html.classes.push(c); } }, classes: [] };
  const win = {};
  const store = (name) => ({ getItem: () => null, removeItem: (k) => removed.push(`${name}:${k}`), setItem: (k, v) => set.push(`${name}:${k}=${v}`) });
  const doc = { documentElement: html, addEventListener() {}, readyState: 'loading', title: 'Průvodce' };
  const ctx = vm.createContext({
    window: win,
    document: doc,
    localStorage: store('local'),
    sessionStorage: store('session'),
    navigator: { languages: [] },
    location: { pathname: '/', replace: (u) => { replaced = u; } },
    fetch: () => new Promise(() => {}),
  });
  vm.runInContext(script, ctx);
  assert.equal(typeof win.pruvodceLeave, 'function', 'the app calls window.pruvodceLeave');
  win.pruvodceLeave();
  assert.ok(html.classes.includes('app-exiting'));
  assert.equal(doc.title, '');
  assert.deepEqual(removed.map((r) => r.split(':')[1]).sort(), ['pruvodce.draft', 'pruvodce.favourites', 'pruvodce.recent']);
  assert.ok(set.some((s) => s.endsWith('pruvodce.exited=1')), set.join());
  assert.match(replaced, /^https:\/\//);
});
