/**
 * The store build is quiet on the page: no `postMessage` a page's script receives, no `performance` entries,
 * and a card whose shadow root the page cannot open. It loads the production build (`.output/chrome-mv3`, made
 * by `wxt build`), whose manifest matches only the news-site list — not the 127.0.0.1 test server — so the
 * fixture is served at a listed outlet's address by Playwright's request routing: the browser sees a normal
 * https page of that site and injects the content script exactly as for a reader, and no request leaves the
 * machine. (The popup's "Scan this page" would also reach a test page, but it needs the toolbar click that
 * grants `activeTab`, which a test cannot make; and it would test a different injection path.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, launchWithExtension, ROOT } from './harness.ts';
import { markCenter, PAGES } from './onpage-helpers.ts';

const PRODUCTION_DIR = join(ROOT, '.output', 'chrome-mv3');
/** An outlet of the default list (lib/settings/news-sites.ts); its requests are answered by the test. */
const ARTICLE_URL = 'https://www.irna.ir/news/fixture-article';

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension(PRODUCTION_DIR);
  const html = readFileSync(join(PAGES, 'en-article.html'), 'utf8');
  await browser.context.route('https://www.irna.ir/**', (route) =>
    route.request().url() === ARTICLE_URL
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 404, body: '' }),
  );
});
afterAll(async () => {
  await browser?.close();
});

/** What the page's own script could have seen of us. */
function pageObservations(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { seenMessages: unknown[] };
    return {
      messages: w.seenMessages,
      entries: [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')].map(
        (e) => e.name,
      ),
      inlineContextEntries: performance.getEntries().filter((e) => e.name.startsWith('inline-context'))
        .length,
      cardShadowOpen: document.querySelector('inline-context-card')?.shadowRoot != null,
      hasCard: document.querySelector('inline-context-card') !== null,
    };
  });
}

describe('the production content script on a news page', () => {
  test('the production content script posts no message to the page and adds no performance entry', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    // Runs in the page's world before any of its scripts: a page listening for everything a script can post.
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { seenMessages: unknown[] }).seenMessages = seen;
      window.addEventListener('message', (e) => seen.push(e.data), true);
    });
    await page.goto(ARTICLE_URL);
    // It ran: the marks are the one thing a page is meant to see.
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('inline-context-person')?.size ?? 0), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
    // Open a card, as a reader does, so the card's code has run too.
    const { x, y } = await markCenter(page, 'Ayatollah Ali Khamenei');
    await page.mouse.click(x, y);
    await expect.poll(() => pageObservations(page).then((o) => o.hasCard)).toBe(true);
    await page.waitForTimeout(500);
    const seen = await pageObservations(page);
    expect(seen.messages).toEqual([]);
    expect(seen.entries).toEqual([]);
    expect(seen.inlineContextEntries).toBe(0);
    // The card is there for the reader, but its shadow root is closed to the page's scripts.
    expect(seen.cardShadowOpen).toBe(false);
    await page.close();
  });
});
