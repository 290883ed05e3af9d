// Every route of the app, with one example URL each, and the helpers the route-wide tests share.
import { ready } from './fixtures.mjs';

export const ROUTES = [
  ['home', '/'],
  ['search', '/hledat?q=pecovatelska+sluzba'],
  ['search-empty', '/hledat?q=oprava+strechy'],
  ['service', null], // first result of a search, filled in below
  ['finder-start', '/pruvodce'],
  ['finder-who', '/pruvodce/kdo'],
  ['finder-situation', '/pruvodce/situace'],
  ['finder-municipality', '/pruvodce/obec'],
  ['finder-help', '/pruvodce/pomoc'],
  ['finder-check', '/pruvodce/shrnuti?kdo=ja'],
  ['finder-results', '/pruvodce/vysledky'],
  ['offices', '/urady?obec=Vlasim'],
  ['documents', '/dokumenty'],
  ['news', '/aktuality'],
  ['about', '/o-planovani'],
  ['comments', '/pripominky'],
  ['favourites', '/oblibene'],
  ['settings', '/nastaveni'],
  ['print', '/tisk'],
  ['browse', '/sluzby?podle=abc&strana=2'],
  ['not-found', '/tohle-neexistuje'],
];

export async function serviceUrl(page) {
  await page.goto('/hledat?q=pecovatelska');
  await ready(page);
  return await page.locator('[data-testid="result"] a').first().getAttribute('href');
}

export async function setLanguage(page, lang) {
  await page.goto('/nastaveni');
  await ready(page);
  await page.locator(`#lang-${lang}`).check();
  // Ukrainian and English load their pack first; the language is in use once <html lang> says so.
  await page.locator('html').and(page.locator(`[lang="${lang}"]`)).waitFor();
}
