/**
 * The extension sends no network request of its own, ever. Every request of a session of use — a news page
 * with marks, hovering a mark, the popup's search, "On this page", the search page and the options — is
 * recorded (pages and the service worker), and none leaves for anywhere but the extension's own files and the
 * local fixture pages the test itself opened.
 */
import type { Request } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { useExtension } from './fixture.ts';
import { markCenter, PAGES, waitForScan } from './onpage-helpers.ts';

/** The extension APIs as seen by code evaluated in the service worker. */
declare const chrome: typeof import('wxt/browser').browser;

const requests: { url: string; from: string }[] = [];
const record = (r: Request) =>
  requests.push({
    url: r.url(),
    from: r.serviceWorker() ? 'service worker' : (r.frame()?.url() ?? 'unknown'),
  });

const ext = useExtension({ pages: PAGES });
beforeAll(() => {
  ext.browser.context.on('request', record);
});

test('a session of use sends no request beyond the extension and the pages the test opened', async () => {
  const opened = new Set<string>();
  const sw = ext.browser.context.serviceWorkers()[0];
  if (!sw) throw new Error('no service worker');

  // A news page with marks, and a hover over one of them.
  const article = await ext.browser.context.newPage();
  const articleUrl = ext.server.url('/en-article.html');
  opened.add(articleUrl);
  await article.goto(articleUrl);
  await waitForScan(article);
  const at = await markCenter(article, 'Alexander Lukashenko');
  await article.mouse.move(at.x, at.y);
  await article.waitForTimeout(800);

  // The popup over it: "On this page", a search in each language, copy.
  await article.bringToFront();
  const [popup] = await Promise.all([
    ext.browser.context.waitForEvent('page', (p) => p.url().includes('/popup.html')),
    sw.evaluate(() => chrome.windows.create({ url: chrome.runtime.getURL('/popup.html'), type: 'popup' })),
  ]);
  await popup.locator('.onpage__item').first().waitFor();
  for (const q of ['تحریم', 'sanctions', 'санкции', 'corridor']) {
    await popup.getByRole('searchbox').fill(q);
    await popup.locator('[data-statement-id]').first().waitFor();
  }
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('c');
  // A canary from an extension page: proves the recorder sees what extension pages request.
  const pageCanary = ext.server.url('/canary-page.txt');
  opened.add(pageCanary);
  await popup.evaluate(
    (u) =>
      fetch(u).then(
        () => undefined,
        () => undefined,
      ),
    pageCanary,
  );
  await expect.poll(() => requests.some((r) => r.url === pageCanary)).toBe(true);
  await popup.close();

  // The search page, as the context menu opens it, and the options page with a few changes.
  const search = await ext.browser.openExtensionPage('search.html?q=sanctions');
  await search.locator('[data-statement-id]').first().waitFor();
  const options = await ext.browser.openExtensionPage('options.html');
  await options.getByRole('radio', { name: 'Names only' }).check();
  await options.getByLabel('Interface language').selectOption('ru');
  await options.reload();
  await article.reload();
  await waitForScan(article);

  // A canary the test sends from the service worker to the fixture server: proves that service-worker requests
  // are recorded at all, so an empty result below means something.
  const canary = ext.server.url('/canary.txt');
  opened.add(canary);
  await sw.evaluate(
    (u) =>
      fetch(u).then(
        () => undefined,
        () => undefined,
      ),
    canary,
  );
  await expect.poll(() => requests.some((r) => r.url === canary && r.from === 'service worker')).toBe(true);

  await Promise.all([article.close(), search.close(), options.close()]);
  const foreign = requests.filter(
    (r) => !r.url.startsWith(`chrome-extension://${ext.browser.extensionId}/`) && !opened.has(r.url),
  );
  expect(foreign).toEqual([]);
  // The session really happened: the article was loaded (and reloaded).
  expect(requests.filter((r) => r.url === articleUrl).length).toBeGreaterThanOrEqual(2);
});
