// The data's sources and the publisher's contact (issue 12, §4): `meta.sources` with their licences on the
// about page and in the footer's data line, and "Nahlásit chybu v údajích" on every service, a mailto link
// to `meta.contact` prefilled with the service's name and id (the demo's contact is labelled an example).
import { readFileSync } from 'node:fs';
import { test, expect, ready } from './fixtures.mjs';

const root = new URL('../..', import.meta.url).pathname;
const demo = JSON.parse(readFileSync(root + 'public/data/benesov.json', 'utf8'));

test('the sources and their licences are on the about page and in the footer', async ({ page }) => {
  await page.goto('/o-planovani');
  await ready(page);
  const source = demo.meta.sources[0];
  const section = page.locator('main section', { has: page.getByRole('heading', { name: 'Zdroje údajů' }) });
  await expect(section.locator('li').first()).toContainText(`${source.name} (${source.licence})`);
  await expect(page.locator('[data-testid="data-date"]').first()).toContainText(`Zdroje: ${source.name} (${source.licence})`);
});

test('each service has "Nahlásit chybu v údajích", an e-mail to the publisher naming the service', async ({ page }) => {
  const service = demo.services[0];
  await page.goto('/sluzba/' + service.id);
  await ready(page);
  const link = page.locator('[data-testid="report-error"]');
  // The demo's address is an example (example.org reaches no one), and the link says so.
  await expect(link).toHaveText('Nahlásit chybu v\u00a0údajích (ukázkový údaj)');
  const href = await link.getAttribute('href');
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  expect(url.pathname).toBe(demo.meta.contact.emails[0]);
  expect(url.searchParams.get('subject')).toContain(service.name);
  expect(url.searchParams.get('body')).toContain(`${service.name} (${service.id})`);
});
