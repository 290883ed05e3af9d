// The coordinator's path end to end (issue 12, "Done when"): `katalog export-sheet` of the Benešov demo, a
// row edited and a row added in the sheet (by a library, examples/sheet_edit.rs, as a clerk would in
// LibreOffice), `katalog import-sheet`, `katalog publish` into a built dist/data/ (a private copy served by
// a private server), and the running app shows the change after a reload, with no rebuild.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, ready } from './fixtures.mjs';
import { Server } from './server.mjs';

const root = new URL('../..', import.meta.url).pathname;
const cargo = (args) => execFileSync('cargo', ['run', '-q', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const katalog = (...args) => cargo(['--bin', 'katalog', '--', ...args]);
const sheetEdit = (...args) => cargo(['--example', 'sheet_edit', '--', ...args]);

const DEMO = join(root, 'public/data/benesov.json');
const EDITED_ID = 'pecovatelska-sluzba-benesov';
const EDITED_NAME = 'Pečovatelská služba města Benešov (upraveno v tabulce)';
const NEW_ID = 'sousedska-vypomoc-z-tabulky';
const NEW_NAME = 'Sousedská výpomoc přidaná v tabulce';

test('issue 12: a row edited and a row added in the spreadsheet reach the running app after publish, with no rebuild', async ({ page }) => {
  test.setTimeout(600_000);
  const work = mkdtempSync(join(tmpdir(), 'pruvodce-sheet-'));
  const xlsx = join(work, 'katalog.xlsx');
  const edited = join(work, 'katalog-upraveny.xlsx');
  const next = join(work, 'benesov.json');
  // Compiled and run before the server starts, so that building does not eat into the page's timeouts.
  katalog('export-sheet', DEMO, '-o', xlsx);
  sheetEdit(xlsx, edited,
    // Row 7 of the "Katalog" sheet is the data date, which a coordinator moves on with every edition.
    'set', 'Katalog', '7', 'Hodnota', '2026-11-30',
    'set', 'Služby', '2', 'Název', EDITED_NAME,
    'copy', 'Služby', '3',
    'set', 'Služby', 'last', 'Id', NEW_ID,
    'set', 'Služby', 'last', 'Název', NEW_NAME);
  const summary = katalog('import-sheet', edited, '--base', DEMO, '-o', next);
  expect(summary).toContain(NEW_ID);
  expect(summary).toContain(`${EDITED_ID} (name)`);

  const server = Server.withCopy(8880);
  test.info().annotations.push({ type: 'allow-third-party', description: server.url });
  await server.start();
  try {
    await page.goto(server.url + '/sluzba/' + EDITED_ID);
    await ready(page);
    await expect(page.locator('main h1')).toHaveText('Pečovatelská služba města Benešov');
    // Published into the running site's data directory: the built app is not touched.
    const published = katalog('publish', next, '--to', join(server.dist, 'data'));
    expect(published).toContain(NEW_ID);
    await page.reload();
    await expect(page.locator('main h1')).toHaveText(EDITED_NAME, { timeout: 30_000 });
    await expect(page.locator('[data-testid="data-date"]').first()).toContainText('30.\u00a011.\u00a02026');
    await page.goto(server.url + '/sluzba/' + NEW_ID);
    await ready(page);
    await expect(page.locator('main h1')).toHaveText(NEW_NAME);
  } finally {
    await server.stop();
  }
});
