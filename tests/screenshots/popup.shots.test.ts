/**
 * Screenshots of the real popup (over a news page, with "On this page" filled) in English, Persian and Arabic,
 * and of the options page, for the docs (docs/popup-en.png, docs/popup-fa.png, docs/popup-ar.png, docs/options.png). Not part of
 * `npm test` (it rewrites files in docs/): run `npm run screenshots`.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { useExtension } from '../e2e/fixture.ts';
import { ROOT } from '../e2e/harness.ts';
import { PAGES, waitForScan } from '../e2e/onpage-helpers.ts';

/** The extension APIs as seen by code evaluated in the service worker. */
declare const chrome: typeof import('wxt/browser').browser;

const ext = useExtension({ pages: PAGES });

const worker = () => {
  const sw = ext.browser.context.serviceWorkers()[0];
  if (!sw) throw new Error('no service worker');
  return sw;
};

for (const [lang, query, file] of [
  ['en', 'sanctions', 'popup-en.png'],
  ['fa', 'تحریم', 'popup-fa.png'],
  ['ar', 'العقوبات', 'popup-ar.png'],
] as const) {
  test(`screenshot of the popup in ${lang}`, async () => {
    await worker().evaluate((l) => chrome.storage.sync.set({ uiLanguage: l }), lang);
    const article = await ext.browser.context.newPage();
    await article.goto(ext.server.url('/en-article.html'));
    await waitForScan(article);
    await article.bringToFront();
    // Opened as the toolbar would: a popup window over the article, which stays the last focused normal window.
    const [popup] = await Promise.all([
      ext.browser.context.waitForEvent('page', (p) => p.url().includes('/popup.html')),
      worker().evaluate(() =>
        chrome.windows.create({
          url: chrome.runtime.getURL('/popup.html'),
          type: 'popup',
          width: 440,
          height: 720,
        }),
      ),
    ]);
    await popup.setViewportSize({ width: 440, height: 720 });
    await popup.locator('.onpage__item').first().waitFor();
    await popup.getByRole('searchbox').fill(query);
    await expect.poll(() => popup.locator('[data-statement-id]').count()).toBeGreaterThan(0);
    await popup.waitForTimeout(200); // transitions settle
    await popup.screenshot({ path: join(ROOT, 'docs', file) });
    await popup.close();
    await article.close();
  });
}

test('screenshot of the options page', async () => {
  await worker().evaluate(() => chrome.storage.sync.set({ uiLanguage: 'en' }));
  const page = await ext.browser.openExtensionPage('options.html');
  await page.setViewportSize({ width: 1000, height: 1300 });
  await page.locator('input[type="checkbox"]').first().waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(ROOT, 'docs', 'options.png'), fullPage: true });
  await page.close();
});
