/**
 * "On this page" in the popup, against the real content script on a fixture page: the list of the meeting's
 * entities with their counts, filtering the statements by one, jumping to its next mark, and "Off on this site".
 * The popup is opened in its own window over the article, as the toolbar button would show it over the tab.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExtension } from './fixture.ts';
import { markedTexts, openPopupOver, PAGES, waitForScan } from './onpage-helpers.ts';

/** The extension APIs as seen by code evaluated in the service worker. */
declare const chrome: typeof import('wxt/browser').browser;

const ext = useExtension({ pages: PAGES });

/** The popup's "On this page" list: entity id → count shown. */
async function listed(popup: Page): Promise<Record<string, number>> {
  await popup.locator('.onpage__item').first().waitFor();
  return popup
    .locator('.onpage__item')
    .evaluateAll((items) =>
      Object.fromEntries(
        items.map((li) => [
          li.getAttribute('data-entity-id') ?? '',
          Number(li.querySelector('.onpage__count')?.textContent),
        ]),
      ),
    );
}

/** What the content script itself reports for the tab showing `url` (through the same protocol). */
async function summaryOf(url: string): Promise<Record<string, number>> {
  const sw = ext.browser.context.serviceWorkers()[0];
  return (await sw?.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    const reply = await chrome.tabs.sendMessage(tab?.id ?? -1, { type: 'page:summary' });
    return reply.value.counts;
  }, url)) as Record<string, number>;
}

describe('On this page', () => {
  test('lists the meeting’s people and topics the article mentions, with the content script’s counts', async () => {
    const article = await ext.browser.context.newPage();
    await article.goto(ext.server.url('/en-article.html'));
    await waitForScan(article);
    const popup = await openPopupOver(ext.browser, article);
    const shown = await listed(popup);
    // The people of the meeting and what they discussed are there; "Raisins" did not count as Raisi.
    expect(Object.keys(shown)).toEqual(
      expect.arrayContaining(['alexander-lukashenko', 'ali-khamenei', 'ebrahim-raisi', 'instc', 'sanctions']),
    );
    expect(shown['ali-khamenei']).toBeGreaterThanOrEqual(2);
    expect(shown['ebrahim-raisi']).toBe(1);
    expect(shown['mojtaba-khamenei']).toBeUndefined();
    // Exactly what the page reported: no entity dropped or invented on the way.
    const reported = Object.fromEntries(
      Object.entries(await summaryOf(article.url())).filter(([, n]) => n > 0),
    );
    expect(shown).toEqual(reported);
    // Most mentioned first.
    const counts = Object.values(shown);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The toolbar badge says how many of the meeting's entities the tab mentions.
    const badge = await ext.browser.context.serviceWorkers()[0]?.evaluate(async (u) => {
      const [tab] = await chrome.tabs.query({ url: u });
      return chrome.action.getBadgeText({ tabId: tab?.id });
    }, article.url());
    expect(Number(badge)).toBeGreaterThanOrEqual(5);
    await popup.close();
    await article.close();
  });

  test('picking an entity shows only the statements about it and can scroll the article to it', async () => {
    const article = await ext.browser.context.newPage();
    await article.setViewportSize({ width: 800, height: 200 });
    await article.goto(ext.server.url('/en-article.html'));
    await waitForScan(article);
    const popup = await openPopupOver(ext.browser, article);
    await listed(popup);
    await popup.locator('[data-entity-id="instc"] .onpage__entity').click();
    const ids = () =>
      popup
        .locator('[data-statement-id]')
        .evaluateAll((a) => a.map((e) => e.getAttribute('data-statement-id')));
    await expect.poll(ids).toEqual(['kh-08-fields-corridor', 'kh-09-corridor']);
    const before = await article.evaluate(() => window.scrollY);
    await popup.locator('[data-entity-id="instc"] .onpage__next').click();
    await expect.poll(() => article.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    await popup.close();
    await article.close();
  });

  test('"Off on this site" removes the marks there, and is remembered', async () => {
    const article = await ext.browser.context.newPage();
    await article.goto(ext.server.url('/en-article.html'));
    await waitForScan(article);
    expect((await markedTexts(article)).length).toBeGreaterThan(0);
    const popup = await openPopupOver(ext.browser, article);
    await listed(popup);
    await popup.getByRole('button', { name: 'Off on 127.0.0.1' }).click();
    await expect.poll(() => markedTexts(article)).toEqual([]);
    await expect.poll(() => popup.locator('.onpage').textContent()).toContain('Turned off on 127.0.0.1');
    await popup.close();
    // A new page on the same site stays unmarked; the popup offers to turn it back on.
    await article.reload();
    await article.waitForTimeout(500);
    expect(await markedTexts(article)).toEqual([]);
    const again = await openPopupOver(ext.browser, article);
    await again.getByRole('button', { name: 'Turn back on for 127.0.0.1' }).click();
    await expect.poll(() => markedTexts(article)).not.toEqual([]);
    await again.close();
    await article.close();
  });

  test('on a site where it does not run, offers "Scan this page"', async () => {
    const article = await ext.browser.context.newPage();
    // Same server, other host name: not in the test build's matches.
    await article.goto(ext.server.url('/en-article.html').replace('127.0.0.1', 'localhost'));
    const popup = await openPopupOver(ext.browser, article);
    // Opened by the test, not the toolbar, the popup gets no activeTab grant and cannot read the address, so it
    // cannot name the site ("Always run on <site>" is covered by tests/unit/settings-sites.test.ts); it still
    // offers the scan, which the toolbar click's activeTab grant allows.
    await expect.poll(() => popup.locator('.onpage').textContent()).toContain('does not run on this site');
    expect(await popup.getByRole('button', { name: 'Scan this page' }).isVisible()).toBe(true);
    expect(await popup.getByRole('button', { name: /Off on/ }).count()).toBe(0);
    await popup.close();
    await article.close();
  });
});
