// The region list at run time (issue 12, §1), with the real `katalog publish` into a private copy of the
// built dist/: a third region becomes selectable and searchable after a reload, with no rebuild; an
// invalid snapshot changes nothing and the app still works; a region removed from the list on a phone that
// had it chosen is announced, its stored catalogue stays, and the chooser is offered.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, ready } from './fixtures.mjs';
import { Server } from './server.mjs';

test.describe.configure({ mode: 'serial' });

const root = new URL('../..', import.meta.url).pathname;
const katalog = join(process.env.CARGO_TARGET_DIR || join(root, 'target'), 'release/katalog');
const katalogRun = (...args) => spawnSync(katalog, args, { encoding: 'utf8' });

/** Every file of the data directory with its content, to compare before and after. */
const snapshotDir = (dir) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));

async function withServer(port, body, page) {
  const server = Server.withCopy(port);
  test.info().annotations.push({ type: 'allow-third-party', description: server.url });
  const tmp = mkdtempSync(join(tmpdir(), 'pruvodce-regions-'));
  await server.start();
  try {
    await body(server, join(server.dist, 'data'), tmp);
  } finally {
    // The page leaves before its server stops: a request still in flight from it (the region list, a
    // lexicon) then fails as the test ends, which says nothing of the app (ERR_CONNECTION_RESET, once).
    await page.goto('about:blank');
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

test('a region published into a built site is offered and searchable after a reload, with no rebuild', async ({ page }) => {
  await withServer(8890, async (server, data, tmp) => {
    await page.goto(server.url + '/nastaveni');
    await ready(page);
    await expect(page.locator('#region option')).toHaveCount(2);
    const file = join(tmp, 'third.json');
    expect(katalogRun('generate', '--services', '20', '--seed', '7', '-o', file).status).toBe(0);
    const snap = JSON.parse(readFileSync(file, 'utf8'));
    const published = katalogRun('publish', file, '--to', data, '--region-name', 'Třetí okres');
    expect(published.status, published.stderr).toBe(0);

    await page.reload();
    await expect(page.locator('#region option', { hasText: 'Třetí okres' })).toHaveCount(1);
    await page.locator('#region').selectOption(snap.meta.region_id);
    await expect(page.locator('.app-header__region')).toHaveText(snap.meta.region_name);
    const name = snap.services[0].name;
    await page.goto(server.url + '/hledat?q=' + encodeURIComponent(name));
    await expect(page.locator('[data-testid="result"]').first()).toContainText(name);
  }, page);
});

test('publishing an invalid snapshot changes nothing in the site, and the app still works', async ({ page }) => {
  await withServer(8892, async (server, data, tmp) => {
    const before = snapshotDir(data);
    const bad = JSON.parse(readFileSync(join(root, 'public/data/blansko.json'), 'utf8'));
    bad.meta.region_id = 'ctvrty';
    bad.services[0].contacts = { emails: ['not an address'] };
    const file = join(tmp, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const r = katalogRun('publish', file, '--to', data, '--region-name', 'Čtvrtý');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('$.services[0].contacts.emails[0]');
    expect(snapshotDir(data)).toEqual(before);

    await page.goto(server.url + '/nastaveni');
    await ready(page);
    await expect(page.locator('#region option')).toHaveCount(2);
    await expect(page.locator('#region option', { hasText: 'Čtvrtý' })).toHaveCount(0);
  }, page);
});

test('a region removed from the list on a phone that had it: a notice, its catalogue kept, the chooser offered', async ({ page }) => {
  await withServer(8894, async (server, data) => {
    await page.goto(server.url + '/nastaveni');
    await ready(page);
    await page.locator('#region').selectOption('blansko');
    await expect(page.locator('.app-header__region')).toHaveText('město Blansko');
    await page.waitForFunction(() => localStorage.getItem('pruvodce.stored') === '1');

    // The coordinator takes Blansko off the list and removes its manifest: the update check now gets a
    // 404, which is no news beside the region-gone notice.
    test.info().annotations.push({ type: 'allow-console-error', description: '404' });
    const list = JSON.parse(readFileSync(join(data, 'regions.json'), 'utf8'));
    list.regions = list.regions.filter((r) => r.id !== 'blansko');
    writeFileSync(join(data, 'regions.json'), JSON.stringify(list));
    for (const f of ['regions.json.br', 'regions.json.gz', 'blansko.manifest.json', 'blansko.manifest.json.br', 'blansko.manifest.json.gz']) {
      rmSync(join(data, f), { force: true });
    }

    const checked = page.waitForResponse((r) => r.url().includes('/data/blansko.manifest.json'));
    await page.goto(server.url + '/');
    expect((await checked).status()).toBe(404);
    await expect(page.locator('[data-testid="region-gone"]')).toBeVisible();
    await expect(page.locator('.app-header__region')).toHaveText('město Blansko');
    await expect(page.locator('.app-notices')).not.toContainText('HTTP 404');
    await page.locator('[data-testid="region-gone"] a').click();
    await expect(page).toHaveURL(/\/nastaveni$/);
    await expect(page.locator('#region option')).toHaveCount(2);
    await expect(page.locator('#region option:checked')).toHaveText('(region už není nabízen)');
    await page.locator('#region').selectOption('benesov');
    await expect(page.locator('.app-header__region')).toHaveText('okres Benešov');
    await expect(page.locator('[data-testid="region-gone"]')).toHaveCount(0);

    // A broken list later is ignored: the last good one stays offered.
    writeFileSync(join(data, 'regions.json'), '<html>502 Bad Gateway</html>');
    await page.reload();
    await ready(page);
    await expect(page.locator('#region option')).toHaveCount(1);
    await expect(page.locator('[data-testid="region-gone"]')).toHaveCount(0);
  }, page);
});
