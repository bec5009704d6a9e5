/**
 * Screenshots of the real card for the docs (docs/card-fa.png, docs/card-en.png, docs/card-ar.png). Not part of `npm test`
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
