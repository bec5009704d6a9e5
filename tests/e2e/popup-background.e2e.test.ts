/**
 * The background as the popup and pages use it: validated messages, the full search page opened with a query
 * (the path the context menu takes), content script registration for added sites, and per-tab state that
 * outlives the service worker.
 */
import { expect, test } from 'vitest';
import { useExtension } from './fixture.ts';
import { PAGES, waitForScan } from './onpage-helpers.ts';

/** The extension APIs as seen by code evaluated in the service worker or an extension page. */
declare const chrome: typeof import('wxt/browser').browser;

const ext = useExtension({ pages: PAGES });

const worker = () => {
  const sw = ext.browser.context.serviceWorkers()[0];
  if (!sw) throw new Error('no service worker');
  return sw;
};

test('unknown and malformed messages are refused and logged, and the background keeps answering', async () => {
  const page = await ext.browser.openExtensionPage('options.html');
  const logs: string[] = [];
  worker().on('console', (m) => logs.push(m.text()));
  const replies = await page.evaluate(async () => [
    await chrome.runtime.sendMessage({ type: 'steal:cookies' }),
    await chrome.runtime.sendMessage({ type: 'page:matches', counts: 'lots' }),
    await chrome.runtime.sendMessage('page:matches'),
  ]);
  expect(replies.map((r) => r.ok)).toEqual([false, false, false]);
  await expect.poll(() => logs.filter((l) => l.startsWith('[inline-context] dropped')).length).toBe(3);
  // Still working: a valid message opens the search page with its query.
  const [search] = await Promise.all([
    ext.browser.context.waitForEvent('page', (p) => p.url().includes('/search.html')),
    page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:open-search', query: '  تحریم  ' })),
  ]);
  await search.waitForLoadState();
  expect(await search.getByRole('searchbox').inputValue()).toBe('تحریم');
  await expect.poll(() => search.locator('[data-statement-id="kh-04-defeat-sanctions"]').count()).toBe(1);
  await search.close();
  await page.close();
});

test('a tab’s counts live in session storage, not in the worker’s memory, and go when the tab closes', async () => {
  // Chrome stops an idle service worker; whatever the badge needs must be in storage to survive that. (Headless
  // Chromium offers no way to stop an extension's worker from a test: CDP Target.closeTarget,
  // ServiceWorker.stopAllWorkers and chrome://serviceworker-internals all leave it running.)
  const article = await ext.browser.context.newPage();
  await article.goto(ext.server.url('/en-article.html'));
  await waitForScan(article);
  const stored = () =>
    worker().evaluate(async () => (await chrome.storage.session.get('tabCounts')).tabCounts ?? {});
  await expect
    .poll(async () => Object.values(await stored()))
    .toEqual([
      expect.objectContaining({
        'ali-khamenei': expect.any(Number),
        'alexander-lukashenko': expect.any(Number),
      }),
    ]);
  await article.close();
  await expect.poll(stored).toEqual({});
});

test('a site added by the user gets the content script registered, and loses it when removed', async () => {
  const registered = () =>
    worker().evaluate(async () => {
      const scripts = await chrome.scripting.getRegisteredContentScripts();
      return scripts.map((s) => ({ matches: [...(s.matches ?? [])].sort(), js: s.js }));
    });
  // The background registers only sites it has access to. Headless tests cannot answer the permission prompt
  // of "Always run on <site>", so the site is one the extension can already reach (a subdomain of a default one).
  await worker().evaluate(() => chrome.storage.sync.set({ addedSites: ['persian.bbc.com'] }));
  await expect.poll(registered).toEqual([
    {
      matches: ['*://*.persian.bbc.com/*', '*://persian.bbc.com/*'],
      js: expect.arrayContaining([expect.stringMatching(/content/)]),
    },
  ]);
  await worker().evaluate(() => chrome.storage.sync.remove('addedSites'));
  await expect.poll(registered).toEqual([]);
});
