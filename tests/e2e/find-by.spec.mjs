// Finding a service by what a person already has (issue 13 §3): a phone number however it is written,
// a provider's IČO, a part of a municipality; "did you mean" for a misspelled municipality; and catalogue
// text in the UI language when the publisher translated it, else Czech marked as Czech.
import { test, expect, ready } from './fixtures.mjs';
import { snapshotText, publish, routeData } from './publish.mjs';
import { setLanguage } from './route-list.mjs';

const result = (page) => page.locator('[data-testid="result"]');

test('a phone number typed three ways finds its service first', async ({ page }) => {
  await page.goto('/hledat');
  await ready(page);
  for (const typed of ['+420 999 101 201', '999101201', '999 10 12 01']) {
    await page.locator('#q').fill(typed);
    await expect(result(page).first(), typed).toContainText('Pečovatelská služba Vlašim');
    await expect(result(page).first().locator('.app-card__why')).toContainText('telefon: +420 999 101 201');
  }
});

test("an IČO finds its provider's services", async ({ page }) => {
  // The demo has no IČOs; this one (checksum-valid) is set for the test only.
  const d = JSON.parse(snapshotText());
  d.providers.find((p) => p.id === 'mesto-vlasim').ico = '00232947';
  const { m, bytes } = publish(JSON.stringify(d, null, 2));
  await routeData(page, m, bytes);
  await page.goto('/hledat?q=002+32+947');
  await ready(page);
  await expect(result(page).first()).toContainText('Vlašim');
  await expect(result(page).first().locator('.app-card__why')).toContainText('IČO 00232947: Město Vlašim');
});

test("a part of a municipality finds its municipality's office and services", async ({ page }) => {
  await page.goto('/hledat?q=bedrc');
  await ready(page);
  await expect(page.locator('[data-testid="office-card"]')).toContainText('Městský úřad Benešov');
  await expect(result(page).first().locator('.app-card__why')).toContainText('„Bedrč“ → obec Benešov');
});

test('a misspelled municipality offers "did you mean", which applies it', async ({ page }) => {
  await page.goto('/urady?obec=Benesow');
  await ready(page);
  const offer = page.locator('[data-testid="did-you-mean"]');
  await expect(offer).toContainText('Měli jste na mysli: Benešov');
  await offer.getByRole('link', { name: 'Benešov', exact: true }).click();
  await expect(page.locator('[data-testid="office-answer"]')).toContainText('Benešov: Městský úřad Benešov');
  await page.goto('/hledat?q=pecovatelska&obec=Benesow');
  await page.locator('[data-testid="did-you-mean"]').getByRole('link', { name: 'Benešov', exact: true }).click();
  await expect(page.locator('#obec')).toHaveValue('benesov');
  await expect(page.locator('[data-testid="did-you-mean"]')).toHaveCount(0);
});

test('a translated service shows in the UI language; an untranslated one says it is Czech', async ({ page }) => {
  // The choice is kept once English's pack has loaded; going on before then kept Czech (a CI run).
  await setLanguage(page, 'en');
  await page.goto('/sluzba/pecovatelska-sluzba-benesov');
  await expect(page.locator('h1')).toHaveText('Home care service of the town of Benešov');
  await page.goto('/sluzba/pecovatelska-sluzba-vlasim');
  await expect(page.locator('h1 span[lang="cs"]')).toHaveText('Pečovatelská služba Vlašim');
  await expect(page.locator('h1')).toContainText('(in Czech)');
});
