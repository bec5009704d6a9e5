import { describe, expect, test } from 'vitest';
import { useExtension } from './fixture.ts';
import { CORE_PAGES, markedTexts, PAGES, readHighlights, waitForScan } from './onpage-helpers.ts';

// These pages check each kind's highlight: "every mention" paints every mention in its kind's style (the
// default, first mentions, is checked in onpage-calm.e2e.test.ts). The core pages' words are in CORE_PAGES;
// Persian with ZWNJ and Russian are checked in both browsers by cross-browser.e2e.test.ts.
const ext = useExtension({ pages: PAGES, settings: { markMode: 'every' } });

async function open(path: string) {
  const page = await ext.browser.context.newPage();
  await page.goto(ext.server.url(path));
  await waitForScan(page);
  return page;
}

describe('names on a news page are highlighted, look-alikes are not', () => {
  test('English: people, title, places and topics; traps and form fields unmarked', async () => {
    const page = await open('/en-article.html');
    const h = await readHighlights(page);
    const people = h['inline-context-person'] ?? [];
    const topics = h['inline-context-topic'] ?? [];
    const { marked, unmarked } = CORE_PAGES['/en-article.html'];
    expect([...people, ...topics]).toEqual(expect.arrayContaining(marked));
    expect(topics).toEqual(expect.arrayContaining(['sanctions', 'roadmap']));
    // Topics are painted in their own, quieter highlight, never with the people.
    expect(people).not.toContain('sanctions');
    const all = await markedTexts(page);
    for (const trap of unmarked) expect(all).not.toContain(trap);
    // Text in form fields and in an editor is the reader's own: never marked.
    const inFields = await page.evaluate(() => {
      const editor = document.getElementById('editor');
      let n = 0;
      for (const [, hl] of CSS.highlights)
        for (const r of hl) if (editor?.contains((r as Range).startContainer)) n++;
      return n;
    });
    expect(inFields).toBe(0);
    expect(all.filter((t) => t === 'Alexander Lukashenko')).toHaveLength(1);
    await page.close();
  });

  test('Persian without ZWNJ (spaces, joined letters)', async () => {
    const page = await open('/fa-nozwnj.html');
    const all = await markedTexts(page);
    expect(all).toEqual(
      expect.arrayContaining(['الکساندر لوکاشنکو', 'آیت الله خامنه ای', 'خط عبور شمال به جنوب', 'تحریمهای']),
    );
    await page.close();
  });

  test('Persian typed with Arabic ي and ك', async () => {
    const page = await open('/fa-arabic-letters.html');
    const all = await markedTexts(page);
    expect(all).toEqual(expect.arrayContaining(['الكساندر لوكاشنكو', 'آيت‌الله خامنه‌اي', 'تحريم']));
    await page.close();
  });

  test('every scan pass is measured with the number of matches and characters read', async () => {
    const page = await open('/en-article.html');
    const detail = await page.evaluate(() => {
      const m = performance.getEntriesByName('inline-context:scan')[0] as PerformanceMeasure;
      return m.detail as { matches: number; chars: number };
    });
    expect(detail.matches).toBeGreaterThanOrEqual(10);
    expect(detail.chars).toBeGreaterThan(400);
    await page.close();
  });
});
