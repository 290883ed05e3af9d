// Quick exit: by the button and by Shift pressed three times. The page is blanked within 100 ms, the
// neutral website replaces it, and Back does not show the results again.
import { test, expect, ready } from './fixtures.mjs';

const NEUTRAL = 'https://www.seznam.cz/';

async function stubNeutral(page) {
  // The neutral site is on the internet; the test network has none, so answer it locally.
  await page.context().route(NEUTRAL, (route) => route.fulfill({ contentType: 'text/html', body: '<title>neutral</title><p>neutral</p>' }));
}

for (const how of ['button', 'shift']) {
  test(`quick exit by ${how}`, async ({ page }) => {
    test.info().annotations.push({ type: 'allow-third-party', description: NEUTRAL });
    await stubNeutral(page);
    await page.goto('/');
    await ready(page);
    await page.goto('/hledat?q=pecovatelska');
    await ready(page);
    await expect(page.locator('[data-testid="result"]').first()).toBeVisible();
    // Time from the triggering event (the click, or the third Shift) to the page being blanked. Reported
    // through a binding, which reaches the test even when the exit navigation destroys the page at once.
    let reportBlank;
    const blankedIn = new Promise((resolve) => { reportBlank = resolve; });
    await page.exposeFunction('__reportBlank', (ms) => reportBlank(ms));
    await page.evaluate(() => {
      let t0 = performance.now();
      for (const type of ['pointerdown', 'keydown']) window.addEventListener(type, () => { t0 = performance.now(); }, true);
      new MutationObserver(() => {
        if (document.documentElement.classList.contains('app-exiting')) window.__reportBlank(performance.now() - t0);
      }).observe(document.documentElement, { attributes: true });
    });
    if (how === 'button') {
      await page.locator('#quick-exit').click();
    } else {
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
    }
    expect(await blankedIn).toBeLessThan(100);
    await page.waitForURL(NEUTRAL);
    await page.goBack();
    await page.waitForLoadState('domcontentloaded');
    await expect(page.locator('[data-testid="result"]')).toHaveCount(0);
    expect(await page.evaluate(() => sessionStorage.getItem('pruvodce.draft'))).toBeNull();
  });
}
