// Publishing test catalogues without touching dist/: a snapshot text, its manifest at a new
// content-hashed URL, and routes that serve both to one page.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
export const manifest = () => JSON.parse(readFileSync(join(root, 'dist/data/benesov.manifest.json'), 'utf8'));
export const snapshotText = () => readFileSync(join(root, 'public/data/benesov.json'), 'utf8');
/** The demo snapshot (or `text`) with another data date. */
export const dated = (date, text = snapshotText()) => text.replace(/"data_date": "[^"]+"/, `"data_date": "${date}"`);

/** A snapshot and its manifest at a new content-hashed URL. */
export function publish(text) {
  const bytes = Buffer.from(text, 'utf8');
  const sha = createHash('sha256').update(bytes).digest('hex');
  const m = { ...manifest(), sha256: sha, bytes: bytes.length, data_date: JSON.parse(text).meta.data_date, snapshot_url: `/data/benesov-${sha.slice(0, 16)}.json` };
  return { m, bytes };
}

/** Serves manifest `m` and `body` at its snapshot URL to `page`, replacing earlier routes. */
export async function routeData(page, m, body) {
  await page.unrouteAll({ behavior: 'wait' });
  await page.route('**/data/benesov.manifest.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(m) }));
  await page.route(`**${m.snapshot_url}`, (r) => r.fulfill({ contentType: 'application/json', body }));
}

/** A valid catalogue some 40 times the demo's size, so that checking and storing it takes a while. */
export function bigCatalogue(date) {
  const d = JSON.parse(dated(date));
  const base = d.services;
  for (let i = 1; i <= 40; i++) d.services = d.services.concat(base.map((s) => ({ ...s, id: `${s.id}-k${i}` })));
  return JSON.stringify(d, null, 1);
}
