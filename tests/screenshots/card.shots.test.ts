/**
 * Screenshots of the real card for the docs (docs/card-fa.png, docs/card-en.png, docs/card-ar.png, and the
 * provenance card docs/card-quote-en.png). Not part of `npm test`
 * (it rewrites files in docs/): run `npm run screenshots`.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { useExtension } from '../e2e/fixture.ts';
import { ROOT } from '../e2e/harness.ts';
import { cardState, markCenter, openFixture, PAGES } from '../e2e/onpage-helpers.ts';

const ext = useExtension({ pages: PAGES });

/** Sets the interface language the way the options page does. */
const setLanguage = (lang: string) => ext.browser.setSetting('uiLanguage', lang);

for (const [path, mark, file, lang] of [
  ['/fa-zwnj.html', 'لوکاشنکو', 'card-fa.png', 'fa'],
  ['/en-article.html', 'Alexander Lukashenko', 'card-en.png', 'en'],
  ['/en-article.html', 'Alexander Lukashenko', 'card-ar.png', 'ar'],
] as const) {
  test(`screenshot of the card over ${path} in ${lang}`, async () => {
    await setLanguage(lang);
    const { page } = await openFixture(ext.browser, ext.server.url(path));
    await page.setViewportSize({ width: 980, height: 760 });
    const { x, y } = await markCenter(page, mark);
    await page.mouse.move(x - 2, y);
    await page.mouse.move(x, y, { steps: 2 });
    await expect.poll(() => cardState(page)).not.toBeNull();
    await page.waitForTimeout(300); // let the entry animation finish
    await page.screenshot({ path: join(ROOT, 'docs', file) });
    await page.close();
    await setLanguage('auto');
  });
}

test('screenshot of the provenance card over a sentence that reports the meeting', async () => {
  const { page } = await openFixture(ext.browser, ext.server.url('/en-quotes.html'));
  await page.setViewportSize({ width: 980, height: 760 });
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('inline-context:quotes').length))
    .toBeGreaterThan(0);
  // Rest on a word of the quotation (not on a name inside it, which keeps its own card).
  const at = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf('bloc');
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 4);
      const box = r.getClientRects()[0];
      if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  });
  if (!at) throw new Error('no quotation on the page');
  await page.mouse.move(at.x - 3, at.y);
  await page.mouse.move(at.x, at.y, { steps: 2 });
  await expect.poll(() => cardState(page)).not.toBeNull();
  await page.waitForTimeout(300); // let the entry animation finish
  await page.screenshot({ path: join(ROOT, 'docs', 'card-quote-en.png') });
  await page.close();
});
