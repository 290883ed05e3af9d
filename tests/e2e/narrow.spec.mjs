// The smallest phones: every route at 320 CSS px wide, in every language and at the largest text size,
// must not scroll sideways (WCAG 1.4.10 Reflow), and every control a finger has to hit must be at least
// 44 × 44 px (our rule, stricter than WCAG 2.5.8). Links inside running text are exempt, as in WCAG:
// their size is the line's.
import { test, expect, ready } from './fixtures.mjs';
import { ROUTES, serviceUrl, setLanguage } from './route-list.mjs';

test.use({ viewport: { width: 320, height: 640 } });
test.skip(({ isMobile }) => !isMobile, 'a phone-sized check; the desktop project adds nothing');

const TOUCH = 44;

/** Controls smaller than TOUCH px, and the page's sideways overflow, measured in the page. */
function measure(touch) {
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.closest('[hidden], .app-visually-hidden, .app-skip-link');
  };
  // A link is "inline" when it sits inside a sentence: its block has other text around it.
  const inline = (el) => {
    if (el.tagName !== 'A') return false;
    const block = el.closest('p, li, dd, td');
    if (!block) return false;
    const around = block.textContent.replace(el.textContent, '').trim();
    return around.length > 0 && getComputedStyle(el).display === 'inline';
  };
  const small = [];
  const controls = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary');
  for (const el of controls) {
    if (!visible(el) && !(el.type === 'radio' || el.type === 'checkbox')) continue;
    if (inline(el)) continue;
    // A radio button or checkbox is hit through its label, which is what must be large enough.
    const target = (el.type === 'radio' || el.type === 'checkbox') ? (el.labels && el.labels[0]) || el : el;
    if (!visible(target)) continue;
    const r = target.getBoundingClientRect();
    if (Math.round(r.width) < touch || Math.round(r.height) < touch) {
      const name = (target.textContent || target.getAttribute('aria-label') || target.id || '').trim().slice(0, 40);
      small.push(`${target.tagName.toLowerCase()}${target.className ? '.' + String(target.className).split(' ')[0] : ''} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
  }
  const wide = [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && visible(el))
    .slice(0, 3)
    .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} right=${Math.round(el.getBoundingClientRect().right)}`);
  return { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, small, wide };
}

for (const lang of ['cs', 'uk', 'en']) {
  for (const size of ['normal', 'larger']) {
    test(`320 px, ${lang}, text ${size}: no sideways scrolling and 44 px touch targets`, async ({ page }) => {
      test.setTimeout(120_000);
      await setLanguage(page, lang);
      await page.locator(`#size-${size}`).check();
      const detail = await serviceUrl(page);
      const problems = [];
      for (const [name, url] of ROUTES) {
        await page.goto(url ?? detail);
        await ready(page);
        const m = await page.evaluate(measure, TOUCH);
        if (m.scrollWidth > m.clientWidth) problems.push(`${name}: page is ${m.scrollWidth} px wide (${m.wide.join('; ')})`);
        for (const s of m.small) problems.push(`${name}: small target ${s}`);
        if (size === 'normal' && lang === 'uk') {
          await page.screenshot({ path: `target/e2e/screenshots/320px-uk-${name}.png`, fullPage: true });
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
}
