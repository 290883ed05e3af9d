// Every route renders in every language (Czech, Ukrainian, English) with no console errors (fixture), has an <h1> and a matching
// <title>, passes axe-core (WCAG 2.2 AA rules) in light and dark mode, and is screenshotted for review.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, ready } from './fixtures.mjs';
import { ROUTES, serviceUrl, setLanguage } from './route-list.mjs';

// What the lazy module adds to a route (src/bin/booklet), checked by axe too once it is there, in the
// route's language: settings' catalogue in a file, a document's "save for reading offline".
const LAZY = {
  settings: { selector: '#catalogue-file', words: { cs: 'Katalog v\u00a0souboru', uk: 'Каталог у\u00a0файлі', en: 'Catalogue in a file' } },
  documents: { selector: '[data-testid="doc-save"]', words: { cs: 'Uložit pro čtení', uk: 'Зберегти для читання', en: 'Save for reading offline' } },
};

for (const lang of ['cs', 'uk', 'en']) {
  for (const scheme of ['light', 'dark']) {
    test(`all routes: ${lang}, ${scheme}`, async ({ page }, info) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      await setLanguage(page, lang);
      const detail = await serviceUrl(page);
      for (const [name, url] of ROUTES) {
        await page.goto(url ?? detail);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await ready(page);
        const h1 = page.locator('main h1');
        await expect(h1).toHaveCount(1);
        const heading = (await h1.innerText()).trim();
        expect(heading.length, `${name} has a heading`).toBeGreaterThan(0);
        await expect(page).toHaveTitle(/Průvodce|guide|Путівник/);
        if (LAZY[name]) {
          await page.locator(LAZY[name].selector).first().waitFor();
          await expect(page.locator('main')).toContainText(LAZY[name].words[lang]);
        }
        const axe = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const summary = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary, `${name} (${lang}, ${scheme})`).toEqual([]);
        if (scheme === 'light') {
          await page.screenshot({ path: `target/e2e/screenshots/${info.project.name}-${lang}-${name}.png`, fullPage: true });
        }
      }
    });
  }
}
