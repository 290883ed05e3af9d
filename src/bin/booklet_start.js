// The booklet module's starter (dist/booklet/start.js). The app adds it as a module script the first time
// /tisk or /sluzby opens (`ui/components/booklet_view.rs`), so the app's own JavaScript carries no loader.
// It renders the page's container (#booklet: data-region, data-lang, data-location) now and again on each
// `booklet` event the app dispatches after showing a new container; a failure unhides #booklet-error.
import init, { render } from './booklet.js';

let ready;
async function show() {
  const el = document.getElementById('booklet');
  if (!el) return;
  try {
    await (ready ??= init());
    await render(el, el.dataset.region, el.dataset.lang, el.dataset.location);
  } catch (e) {
    document.getElementById('booklet-error')?.removeAttribute('hidden');
    throw e;
  }
}
document.addEventListener('booklet', show);
show();
