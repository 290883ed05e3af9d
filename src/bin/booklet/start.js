// The lazy module's starter (dist/booklet/start.js). The app adds it as a module script the first time a
// page that needs the module opens (`src/ui/lazy.rs`), so the app's own JavaScript carries no loader. It
// fills the containers on the page now, and again on each `lazy-module` event the app dispatches after
// showing new ones:
//   #booklet (/tisk, /sluzby): data-region, data-lang, data-location; a failure unhides #booklet-error;
//   #catalogue-files and #saved-documents (settings): data-lang (the region is the page's #region);
//   #documents (/dokumenty): data-lang, with a [data-doc] slot in each document.
import init, { render, files, saved, documents } from './booklet.js';

let ready;
const pages = [
  ['booklet', (el, d) => render(el, d.region, d.lang, d.location)],
  ['catalogue-files', (el, d) => files(el, d.lang)],
  ['saved-documents', (el, d) => saved(el, d.lang)],
  ['documents', (el, d) => documents(el, d.lang)],
];
async function show() {
  for (const [id, fill] of pages) {
    const el = document.getElementById(id);
    if (!el) continue;
    try {
      await (ready ??= init());
      await fill(el, el.dataset);
    } catch (e) {
      document.getElementById(id + '-error')?.removeAttribute('hidden');
      console.error(e);
    }
  }
}
document.addEventListener('lazy-module', show);
// Only a page with a container starts the module, but on a first visit the app builds that page before it
// puts it in the document (src/ui/mount.rs): then the containers are filled once the app's nodes arrive.
const here = () => pages.some(([id]) => document.getElementById(id));
if (here()) show();
else new MutationObserver((_, seen) => { if (here()) { seen.disconnect(); show(); } }).observe(document.body, { childList: true });
