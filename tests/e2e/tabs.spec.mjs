// Two tabs on different app versions. A tab of a newer version upgrades the database layout while a tab
// of this version stays open: the newer tab must not be blocked, and the older tab, at its next use of the
// database, reloads once (to fetch the newer app), never loops, and keeps what the person wrote.
import { test, expect, ready, stored } from './fixtures.mjs';
import { Server } from './server.mjs';

test.skip(({ isMobile }) => isMobile, 'storage behaviour does not depend on the viewport');

/** What a newer app version does at start: opens the database at a higher layout version. */
async function upgradeFromAnotherTab(page) {
  return await page.evaluate(() => new Promise((resolve) => {
    const current = indexedDB.open('pruvodce');
    current.onsuccess = () => {
      const next = current.result.version + 1;
      current.result.close();
      const req = indexedDB.open('pruvodce', next);
      req.onblocked = () => resolve('blocked');
      req.onerror = () => resolve(`error: ${req.error && req.error.name}`);
      req.onsuccess = () => { req.result.close(); resolve(`upgraded to ${next}`); };
    };
    current.onerror = () => resolve(`error: ${current.error && current.error.name}`);
  }));
}

test('an older tab meets a newer database layout: one reload, no loop, and a comment written then is kept and sent', async ({ page, context }) => {
  const server = new Server(8856);
  test.info().annotations.push({ type: 'allow-third-party', description: server.url });
  await server.start();
  try {
    await page.goto(server.url + '/pripominky');
    await ready(page);
    await stored(page);
    let loads = 0;
    page.on('load', () => { loads += 1; });

    const newer = await context.newPage();
    await newer.goto(server.url + '/robots.txt');
    expect(await upgradeFromAnotherTab(newer), 'the newer tab is not blocked by the open older tab').toMatch(/^upgraded to \d+$/);
    await newer.close();

    // The older tab writes a comment: its database open fails with a VersionError.
    const text = `Připomínka ze starší karty (${Date.now()}).`;
    await page.locator('#comment-text').fill(text);
    await page.getByRole('button', { name: 'Odeslat připomínku' }).click();
    const outbox = page.locator('[data-testid="outbox"]');
    // Delivered, so nothing of its text is kept on the device (issue 10, defect 3); the receiver has it once.
    await expect(outbox).toContainText('odesláno', { timeout: 20_000 });
    await expect(outbox).not.toContainText(text);
    await ready(page);
    // Offline, or with the old shell still served, the reload brings this version back: it says why it
    // stores nothing, instead of blaming a private window.
    await expect(page.locator('.app-notices')).toContainText('novější verze aplikace');
    // Settle, then check that the tab reloaded exactly once and is not reloading again.
    await page.waitForTimeout(2000);
    expect(loads, 'reloads of the older tab').toBe(1);
    expect(server.inbox().filter((c) => c.text === text)).toHaveLength(1);
  } finally {
    await server.stop();
  }
});
