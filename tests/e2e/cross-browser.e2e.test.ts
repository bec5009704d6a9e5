/**
 * The extension's main paths, run the same way in Chromium and in Firefox through the one driver interface
 * (driver.ts): marks on English, Persian and Russian pages with look-alikes left alone, the calm default, the
 * hover card with the verbatim Persian quote, the provenance card of a reporting sentence, the keyboard walk, the popup's search, settings that survive a
 * reload, and (Firefox) no network request of the extension's own.
 *
 * One file parameterised by browser rather than `*.firefox.e2e.test.ts` copies: a scenario is written once, so
 * the two browsers cannot drift apart, and a failure in one browser only reads as a browser difference. The
 * Chromium-only suites beside this file go deeper (service worker, CDP) where Firefox has no equivalent over
 * WebDriver BiDi. See docs/firefox.md for how Firefox is driven.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BrowserName, DriverPage } from './driver.ts';
import { card, focusedMark, highlights, markCenter, marked, waitForMarks } from './driver-steps.ts';
import { useExtension } from './fixture.ts';
import { ROOT } from './harness.ts';
import { CORE_PAGES, PAGES } from './onpage-helpers.ts';
import { type RequestRecorder, startRequestRecorder } from './request-recorder.ts';

/** Every statement's Persian text: a quote on screen must be one of these, character for character. */
const PERSIAN_QUOTES = new Set(
  (
    JSON.parse(readFileSync(join(ROOT, 'data', 'statements.json'), 'utf8')) as {
      statements: { fa: string }[];
    }
  ).statements.map((s) => s.fa),
);

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

describe.each(BROWSERS)('%s', (name) => {
  // Firefox sends all its traffic through a recording proxy (request-recorder.ts) for the network check at the
  // end; Chromium's own check, which also sees the service worker, is privacy-network.e2e.test.ts.
  let recorder: RequestRecorder | undefined;
  if (name === 'firefox') {
    beforeAll(async () => {
      recorder = await startRequestRecorder();
      return () => recorder?.close();
    });
  }
  const ext = useExtension({
    browser: name,
    pages: PAGES,
    firefox: () => ({ proxyPort: recorder?.port }),
  });

  async function open(path: string): Promise<DriverPage> {
    const page = await ext.driver.openPage(ext.server.url(path));
    await waitForMarks(page);
    return page;
  }

  describe('marks', () => {
    test.each(Object.entries(CORE_PAGES))(
      '%s: the people, titles and topics are marked; look-alikes are not',
      async (path, { marked: expected, unmarked }) => {
        const page = await open(path);
        const all = await marked(page);
        expect(all).toEqual(expect.arrayContaining(expected));
        for (const trap of unmarked)
          expect(
            all.some((t) => t.includes(trap)),
            trap,
          ).toBe(false);
        await page.close();
      },
    );

    test('the calm default paints a name once per section, and a later unpainted mention opens the card', async () => {
      const page = await open('/en-calm-article.html');
      const h = await highlights(page);
      const painted = [...(h['inline-context-person'] ?? []), ...(h['inline-context-topic'] ?? [])];
      for (const place of ['Iran', 'United States']) expect(painted).not.toContain(place);
      expect(h['inline-context-quiet']).toEqual(expect.arrayContaining(['Iran', 'Khamenei']));
      const at = await markCenter(page, 'Khamenei', 'inline-context-quiet');
      await page.hover(at.x, at.y);
      await expect.poll(async () => (await card(page))?.entity ?? null).toBe('ali-khamenei');
      expect((await card(page))?.quotes.length).toBeGreaterThan(0);
      await page.close();
    });
  });

  test('resting the pointer on a name opens its card with the Persian statement, verbatim', async () => {
    const page = await open('/en-article.html');
    const at = await markCenter(page, 'Alexander Lukashenko');
    await page.hover(at.x, at.y);
    await expect.poll(async () => (await card(page))?.entity ?? null).toBe('alexander-lukashenko');
    const quotes = (await card(page))?.quotes ?? [];
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(PERSIAN_QUOTES.has(q), q).toBe(true);
    await page.press('Escape');
    await expect.poll(() => card(page)).toBeNull();
    await page.close();
  });

  test('resting on a sentence that gives Khamenei’s words to Raisi opens the provenance card: verbatim Persian, the speaker difference', async () => {
    // Firefox has no highlightsFromPoint: the sentence is found through the caret position and the stored
    // ranges, as the marks are.
    const page = await open('/en-quotes.html');
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('inline-context-quote')?.size ?? 0))
      .toBe(3);
    const at = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('neutralise');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 'neutralise'.length);
        const box = r.getClientRects()[0];
        if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    });
    if (!at) throw new Error('no "neutralise" on the page');
    await page.hover(at.x, at.y);
    const provenance = () =>
      page.evaluate(() => {
        const d = document.querySelector('inline-context-card')?.shadowRoot?.querySelector('[role="dialog"]');
        if (!d?.getAttribute('data-statements')) return null;
        return {
          statements: d.getAttribute('data-statements'),
          quotes: [...d.querySelectorAll('blockquote')].map((q) => q.textContent ?? ''),
          speakerDiff: d.querySelector('[data-kind="speaker"]')?.textContent ?? null,
        };
      });
    await expect.poll(async () => (await provenance())?.statements ?? null).toBe('kh-04-defeat-sanctions');
    const shown = await provenance();
    expect(shown?.quotes.length).toBe(1);
    for (const q of shown?.quotes ?? []) expect(PERSIAN_QUOTES.has(q), q).toBe(true);
    expect(shown?.speakerDiff).toBe(
      'The page attributes this to Ebrahim Raisi; in the source Ali Khamenei said it.',
    );
    await page.press('Escape');
    await page.close();
  });

  test('Alt+Shift+J / K walk the marks in reading order, Enter opens the card, Esc closes it', async () => {
    // The content script listens for these keys on the page itself (they are not browser commands), so the
    // driver's trusted key events reach it in Firefox just as in Chromium.
    // Which names come first depends on the gazetteer, so the walk is checked against the page's own marks.
    const page = await open('/en-article.html');
    const all = await marked(page);
    await page.press('Alt+Shift+KeyJ');
    await expect.poll(async () => (await focusedMark(page)).length).toBe(1);
    const [first] = await focusedMark(page);
    await page.press('Alt+Shift+KeyJ');
    await expect.poll(async () => (await focusedMark(page))[0] ?? first).not.toBe(first);
    const [second] = await focusedMark(page);
    expect(all).toEqual(expect.arrayContaining([first, second]));
    // Reading order: the second mark starts after the first.
    expect(
      await page.evaluate(() => {
        const at = [...(CSS.highlights.get('inline-context-focus') ?? [])][0] as Range | undefined;
        const firstMark = [...CSS.highlights]
          .filter(([name]) => name !== 'inline-context-focus' && name.startsWith('inline-context'))
          .flatMap(([, h]) => [...h] as Range[])
          .sort((x, y) => x.compareBoundaryPoints(Range.START_TO_START, y))[0];
        return at && firstMark ? at.compareBoundaryPoints(Range.START_TO_START, firstMark) : null;
      }),
    ).toBe(1);
    await page.press('Alt+Shift+KeyJ');
    await page.press('Alt+Shift+KeyK');
    await expect.poll(() => focusedMark(page)).toEqual([second]);
    await page.press('Enter');
    await expect.poll(async () => (await card(page))?.quotes.length ?? 0).toBeGreaterThan(0);
    await page.press('Escape');
    await expect.poll(() => card(page)).toBeNull();
    await page.close();
  });

  test('the walk skips a name in a closed <details> and stops on one inside a display: contents wrapper', async () => {
    const page = await open('/en-hidden-text.html');
    const all = await marked(page);
    // The closed <details> holds a marked name (the page may open it at any time).
    expect(all).toEqual(expect.arrayContaining(['Ebrahim Raisi']));
    await page.press('Alt+Shift+KeyJ');
    await expect.poll(async () => (await focusedMark(page)).length).toBe(1);
    const seen = new Set(await focusedMark(page));
    for (let i = 0; i < all.length; i++) {
      await page.press('Alt+Shift+KeyJ');
      for (const t of await focusedMark(page)) seen.add(t);
    }
    expect([...seen].some((t) => t.includes('North-South transport corridor'))).toBe(true);
    expect(seen.has('Ebrahim Raisi')).toBe(false);
    await page.close();
  });

  test('the popup finds Khamenei’s words on sanctions from a Persian query, highlighting only the typed word', async () => {
    const popup = await ext.driver.openExtensionPage('popup.html', 'input[type="search"]');
    await popup.type('input[type="search"]', 'تحریم');
    const result = '[role="feed"] [data-statement-id="kh-04-defeat-sanctions"]';
    await popup.waitFor(result);
    const shown = await popup.evaluate((sel) => {
      const quote = document.querySelector(`${sel} blockquote`);
      return {
        text: quote?.textContent ?? '',
        lang: quote?.getAttribute('lang'),
        marks: [...(quote?.querySelectorAll('mark') ?? [])].map((m) => m.textContent),
      };
    }, result);
    expect(PERSIAN_QUOTES.has(shown.text), shown.text).toBe(true);
    expect(shown.lang).toBe('fa');
    expect(shown.marks).toEqual(['تحریم', 'تحریم']);
    // Every result is about sanctions.
    const ids = await popup.evaluate(() =>
      [...document.querySelectorAll('[role="feed"] [data-statement-id]')].map((e) =>
        e.getAttribute('data-statement-id'),
      ),
    );
    expect(ids.every((id) => /sanction/.test(id ?? ''))).toBe(true);
    await popup.close();
  });

  test('a setting chosen in the options page survives a reload and reaches the page', async () => {
    const options = await ext.driver.openExtensionPage('options.html', 'input[name="markMode"]');
    await options.click('input[name="markMode"][value="names"]');
    await expect
      .poll(() => options.evaluate(() => document.querySelector('.options__status')?.textContent))
      .toBe('Saved.');
    await options.reload('input[name="markMode"]');
    expect(
      await options.evaluate(
        () => document.querySelector<HTMLInputElement>('input[name="markMode"]:checked')?.value,
      ),
    ).toBe('names');
    await options.close();
    try {
      // "Names only": the people are painted, topics are not (first mentions paint "sanctions" on this page).
      const page = await open('/en-article.html');
      const h = await highlights(page);
      expect(h['inline-context-person']).toEqual(expect.arrayContaining(['Alexander Lukashenko']));
      expect(h['inline-context-topic'] ?? []).toEqual([]);
      await page.close();
    } finally {
      await ext.driver.setSetting('markMode', 'first');
    }
  });

  if (name === 'firefox') {
    test('nothing above sent a request beyond the pages the tests opened', async () => {
      const rec = recorder;
      if (!rec) throw new Error('no recorder');
      // A canary from an extension page proves the recorder sees what the extension requests.
      const canary = ext.server.url('/canary.txt');
      const page = await ext.driver.openExtensionPage('options.html', 'input[name="markMode"]');
      await page.evaluate(
        (u) =>
          fetch(u).then(
            () => undefined,
            () => undefined,
          ),
        canary,
      );
      await expect.poll(() => rec.requests.some((r) => r.url === canary)).toBe(true);
      await page.close();
      const foreign = rec.requests.filter((r) => !r.url.startsWith(`${ext.server.origin}/`));
      expect(foreign).toEqual([]);
      // The session really went through the recorder: the article was loaded.
      expect(
        rec.requests.filter((r) => r.url === ext.server.url('/en-article.html')).length,
      ).toBeGreaterThanOrEqual(3);
    });
  }
});
