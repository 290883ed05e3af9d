// The first screen's script, inline in <head> (post-build minifies it; the CSP allows it by its hash), run
// before the body is parsed. `katalog first-screen` writes it from this file with the quoted names and codes
// taken from the Rust code (keys, i18n, shell), so that nothing here restates them. It owns two things
// until the wasm app has mounted:
// 1. the language a visit starts in (the rule lives only here; the app reads the result from <html lang>):
//    the one chosen here before, else the browser's first language the app speaks, else Czech. The CSS then
//    hides the Czech first screen, and the other language's screen (/first/uk.html, /first/en.html, built
//    beside it) replaces it as soon as it arrives, unless the app is already there. On a page other than
//    home only the shell (quick exit, header) shows until the app;
// 2. quick exit: its steps live only here (`leave`, also `window.pruvodceLeave`), so they work before the
//    wasm; the app's `quick_exit::leave` calls this function once it has mounted.
(function () {
var d = document, h = d.documentElement, C = CODES, l;
try { l = localStorage.getItem(LANG_KEY); } catch (e) {}
if (C.indexOf(l) < 0) {
l = C[0];
var n = navigator.languages || [];
for (var i = 0; i < n.length; i++) {
var c = n[i].split(/[-_]/)[0].toLowerCase();
if (C.indexOf(c) >= 0) { l = c; break; }
}
}
h.lang = l;
if (location.pathname != '/') h.classList.add('app-elsewhere');
if (l != C[0]) fetch('/first/' + l + '.html').then(function (r) { return r.ok ? r.text() : ''; }).then(function (t) {
function put() {
var first = d.querySelector('.app-first');
if (t && first) { first.insertAdjacentHTML('afterend', t); first.remove(); }
}
d.readyState == 'loading' ? d.addEventListener('DOMContentLoaded', put) : put();
}, function () {});
function leave() {
h.classList.add('app-exiting');
d.title = '';
try {
CLEARS.forEach(function (k) { (k[1] ? sessionStorage : localStorage).removeItem(k[0]); });
(EXITED[1] ? sessionStorage : localStorage).setItem(EXITED[0], '1');
} catch (x) {}
location.replace(NEUTRAL_URL);
}
window.pruvodceLeave = leave;
d.addEventListener('click', function (e) {
if (!(e.target.closest && e.target.closest('.app-first .app-quick-exit__button'))) return;
e.preventDefault();
leave();
});
})();
