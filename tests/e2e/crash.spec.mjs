// The browser process is killed while a new catalogue is being written, then relaunched on the same profile
// with no network: `current` must point to a complete, verified catalogue (the old one or the new one).
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config.mjs';
import { Server } from './server.mjs';

test.skip(({ }, info) => info.project.name === 'mobile', 'storage behaviour does not depend on the viewport');
const root = new URL('../..', import.meta.url).pathname;

function killChromium(profile) {
  execSync(`pkill -9 -f -- '${profile}' || true`);
}

for (const delay of [0, 10, 40, 120]) {
  test(`killed ${delay} ms into the swap, the catalogue is still complete`, async () => {
    const server = new Server(8900 + delay);
    await server.start();
    const profile = mkdtempSync(join(tmpdir(), 'pruvodce-crash-'));
    const launch = () => chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: chromiumArgs });
    try {
      let ctx = await launch();
      let page = ctx.pages()[0] || await ctx.newPage();
      await page.goto(server.url + '/');
      await expect(page.locator('[data-testid="data-date"]').first()).toBeVisible();
      // Publish a new snapshot (bigger, so its write takes a while) and kill the browser while it is stored.
      const text = readFileSync(join(root, 'public/data/benesov.json'), 'utf8').replace(/"data_date": "[^"]+"/, '"data_date": "2026-11-21"');
      const padded = text.replace('"note": "', `"note": "${'·'.repeat(2_000_000)}`);
      const bytes = Buffer.from(padded.includes('·') ? padded : text, 'utf8');
      const sha = createHash('sha256').update(bytes).digest('hex');
      const m = { ...JSON.parse(readFileSync(join(root, 'dist/data/benesov.manifest.json'), 'utf8')), sha256: sha, bytes: bytes.length, data_date: '2026-11-21', snapshot_url: `/data/benesov-${sha.slice(0, 16)}.json` };
      let served;
      const fulfilled = new Promise((r) => { served = r; });
      await page.route('**/data/benesov.manifest.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(m) }));
      await page.route(`**${m.snapshot_url}`, async (r) => { await r.fulfill({ contentType: 'application/json', body: bytes }); served(); });
      await page.reload();
      await fulfilled;
      await new Promise((r) => setTimeout(r, delay));
      killChromium(profile);
      await ctx.close().catch(() => {});
      await server.stop();
      // Relaunch offline on the same profile: the app must show a complete catalogue from storage.
      ctx = await launch();
      page = ctx.pages()[0] || await ctx.newPage();
      await page.goto(server.url + '/hledat?q=senior');
      await expect(page.locator('[data-testid="result"]').first()).toBeVisible({ timeout: 20_000 });
      await expect(page.locator('[data-testid="data-date"]').first()).toBeVisible();
      await ctx.close();
    } finally {
      await server.stop();
    }
  });
}
