import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExtension } from './fixture.ts';
import { markedTexts, openFixture, PAGES } from './onpage-helpers.ts';

const ext = useExtension({ pages: PAGES });

type Pass = { matches: number; chars: number };
const passes = (page: Page): Promise<Pass[]> =>
  page.evaluate(() =>
    performance.getEntriesByName('inline-context:scan').map((m) => (m as PerformanceMeasure).detail as Pass),
  );

const setSetting = (key: string, value: unknown) => ext.browser.setSetting(key, value);

describe('a living page', () => {
  test('a ticker adding a line every 100 ms is rescanned line by line, never the whole page', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/live-ticker.html'));
    const [first] = await passes(page);
    expect(first?.chars).toBeGreaterThan(100_000);
    await page.evaluate(() => (window as unknown as { startTicker(n: number): void }).startTicker(40));
    await expect.poll(() => page.locator('#ticker li').count(), { timeout: 10_000 }).toBe(40);
    // New ticker lines get their marks…
    await expect
      .poll(async () => (await markedTexts(page)).filter((t) => t === 'Lukashenko').length, { timeout: 5000 })
      .toBe(8);
    const later = (await passes(page)).slice(1);
    // …in a few coalesced passes (not one per line), each reading only the changed lines.
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThanOrEqual(10);
    for (const p of later) expect(p.chars).toBeLessThan(first ? first.chars / 20 : 0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('marks of removed text go away', async () => {
    const { page } = await openFixture(ext.browser, ext.server.url('/live-ticker.html'));
    const count = async () => (await markedTexts(page)).filter((t) => t === 'Alexander Lukashenko').length;
    const before = await count();
    await page.evaluate(() => (window as unknown as { removeFirst(): void }).removeFirst());
    await expect.poll(count, { timeout: 5000 }).toBe(before - 1);
    await page.close();
  });

  test('a collapsed panel is marked when it opens, and unmarked when it closes again', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/live-ticker.html'));
    const inPanel = async () => (await markedTexts(page)).filter((t) => t === 'Ebrahim Raisi').length;
    await page.evaluate(() => {
      const panel = document.createElement('section');
      panel.id = 'panel';
      panel.hidden = true;
      panel.innerHTML = '<p>Also present: Ebrahim Raisi.</p>';
      document.body.append(panel);
    });
    // Hidden text is not the page's text (the reader skips [hidden], as `npm run scan` does)…
    await new Promise((r) => setTimeout(r, 1500));
    expect(await inPanel()).toBe(0);
    // …until the page opens the panel: flipping `hidden` is a change the content script rescans.
    await page.evaluate(() => document.getElementById('panel')?.removeAttribute('hidden'));
    await expect.poll(inPanel, { timeout: 5000 }).toBe(1);
    await page.evaluate(() => document.getElementById('panel')?.setAttribute('hidden', ''));
    await expect.poll(inPanel, { timeout: 5000 }).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('single-page navigation (pushState, then Back) repaints for the new view', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/spa.html'));
    expect(await markedTexts(page)).toContain('Alexander Lukashenko');
    await page.click('#to-raisi');
    await expect.poll(() => markedTexts(page), { timeout: 5000 }).toContain('President Raisi');
    expect(await markedTexts(page)).not.toContain('Alexander Lukashenko');
    await page.goBack();
    await expect.poll(() => markedTexts(page), { timeout: 5000 }).toContain('Alexander Lukashenko');
    expect(await markedTexts(page)).not.toContain('President Raisi');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the mark setting and "off on this site" apply without a reload', async () => {
    const { page } = await openFixture(ext.browser, ext.server.url('/en-article.html'));
    const topics = () => page.evaluate(() => CSS.highlights.get('inline-context-topic')?.size ?? 0);
    const people = () => page.evaluate(() => CSS.highlights.get('inline-context-person')?.size ?? 0);
    expect(await topics()).toBeGreaterThan(0);
    try {
      await setSetting('markMode', 'names');
      await expect.poll(topics, { timeout: 5000 }).toBe(0);
      expect(await people()).toBeGreaterThan(0);
      // "Nothing until I ask": no marks, until the toolbar shortcut (Alt+Shift+M) asks for them on this page.
      await setSetting('markMode', 'none');
      await expect.poll(people, { timeout: 5000 }).toBe(0);
      const sw = ext.browser.context.serviceWorkers()[0];
      const reply = await sw?.evaluate(async (u) => {
        type Tabs = {
          query(q: object): Promise<{ id: number }[]>;
          sendMessage(id: number, m: object): Promise<unknown>;
        };
        const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
        const [tab] = await tabs.query({ url: u });
        return tab ? tabs.sendMessage(tab.id, { type: 'page:toggle-marks' }) : null;
      }, page.url());
      expect(reply).toEqual({ ok: true, value: { marking: true } });
      expect(await people()).toBeGreaterThan(0);
      expect(await topics()).toBeGreaterThan(0);
      await setSetting('markMode', 'every');
      await expect.poll(topics, { timeout: 5000 }).toBeGreaterThan(0);
      await setSetting('disabledSites', ['127.0.0.1']);
      await expect.poll(people, { timeout: 5000 }).toBe(0);
      await setSetting('disabledSites', []);
      await expect.poll(people, { timeout: 5000 }).toBeGreaterThan(0);
    } finally {
      await setSetting('markMode', 'first');
      await setSetting('disabledSites', []);
    }
    await page.close();
  });

  test('a page opened on a site turned off compiles nothing, and is marked once the site is back on', async () => {
    await setSetting('disabledSites', ['127.0.0.1']);
    try {
      const page = await ext.browser.context.newPage();
      await page.goto(ext.server.url('/en-article.html'));
      // The script starts (its start mark), but neither compiles the aliases (~90 ms, 3.4 MB per tab) nor scans.
      await expect
        .poll(() => page.evaluate(() => performance.getEntriesByName('inline-context:start').length))
        .toBe(1);
      await page.waitForTimeout(1500);
      const timeline = () =>
        page.evaluate(() => ({
          compiled: performance.getEntriesByName('inline-context:compile').length,
          scanned: performance.getEntriesByName('inline-context:scan').length,
          marks: CSS.highlights.get('inline-context-person')?.size ?? 0,
        }));
      expect(await timeline()).toEqual({ compiled: 0, scanned: 0, marks: 0 });
      await setSetting('disabledSites', []);
      await expect.poll(async () => (await timeline()).marks, { timeout: 10_000 }).toBeGreaterThan(0);
      expect((await timeline()).compiled).toBe(1);
      await page.close();
    } finally {
      await setSetting('disabledSites', []);
    }
  });
});
