/**
 * A calm page: by default the extension paints each of the meeting's people (and Belarus, the corridor) at its
 * first mention in each section, topics only where a paragraph is about them, and places like Iran or the US not
 * at all. Every other mention stays reachable through the unstyled `inline-context-quiet` highlight.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExtension } from './fixture.ts';
import { cardState, markedTexts, PAGES, readHighlights, waitForScan } from './onpage-helpers.ts';

const ext = useExtension({ pages: PAGES });

async function open(): Promise<Page> {
  const page = await ext.browser.context.newPage();
  await page.goto(ext.server.url('/en-calm-article.html'));
  await waitForScan(page);
  return page;
}

/** Painted names per section: section index (headings counted) → texts in the person highlight. */
function paintedBySection(page: Page): Promise<Record<number, string[]>> {
  return page.evaluate(() => {
    const headings = [...document.querySelectorAll('h1, h2, h3')];
    const out: Record<number, string[]> = {};
    for (const r of CSS.highlights.get('inline-context-person') ?? []) {
      const node = (r as Range).startContainer;
      const section = headings.filter(
        (h) => h.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING || h.contains(node),
      ).length;
      out[section] = [...(out[section] ?? []), (r as Range).toString()];
    }
    return out;
  });
}

describe('first mentions (the default)', () => {
  test('each person is painted at most once per section, and places are never painted', async () => {
    const page = await open();
    const sections = await paintedBySection(page);
    expect(Object.keys(sections).length).toBeGreaterThan(1);
    for (const texts of Object.values(sections)) {
      const khamenei = texts.filter((t) => /Khamenei/.test(t));
      const lukashenko = texts.filter((t) => /Lukashenko/.test(t));
      expect(khamenei.length).toBeLessThanOrEqual(1);
      expect(lukashenko.length).toBeLessThanOrEqual(1);
    }
    const h = await readHighlights(page);
    const painted = [...(h['inline-context-person'] ?? []), ...(h['inline-context-topic'] ?? [])];
    for (const place of ['Iran', 'Iranian', 'United States', 'Russia']) expect(painted).not.toContain(place);
    // Belarus is what a reader may look up: painted once per section at most, and painted somewhere (the first
    // section's Belarus sits inside sentences that report the meeting, whose own highlight is there, so it stays
    // calm like every name inside such a sentence).
    for (const texts of Object.values(sections))
      expect(texts.filter((t) => t === 'Belarus').length).toBeLessThanOrEqual(1);
    expect(Object.values(sections).flat()).toContain('Belarus');
    // Nothing is lost: the quiet highlight holds the places and the repeated names.
    expect(h['inline-context-quiet']).toEqual(expect.arrayContaining(['Iran', 'United States', 'Khamenei']));
    await page.close();
  });

  test('every mention is still found: painted and quiet together are what "every mention" paints', async () => {
    const page = await open();
    const calm = (await markedTexts(page)).sort();
    await ext.browser.setSetting('markMode', 'every');
    try {
      await expect
        .poll(async () => (await readHighlights(page))['inline-context-quiet']?.length ?? 0)
        .toBe(0);
      const every = await readHighlights(page);
      expect(
        [...(every['inline-context-person'] ?? []), ...(every['inline-context-topic'] ?? [])].sort(),
      ).toEqual(calm);
      // "Every mention" paints places and repeated names again.
      expect(every['inline-context-person']).toEqual(expect.arrayContaining(['Iran', 'Khamenei']));
    } finally {
      await ext.browser.setSetting('markMode', 'first');
    }
    await page.close();
  });

  test('a later, unpainted mention still opens the card on hover', async () => {
    const page = await open();
    // The last "Khamenei" of the first section is quiet (the first mention there was painted).
    const at = await page.evaluate(() => {
      const quiet = [...(CSS.highlights.get('inline-context-quiet') ?? [])] as Range[];
      const r = quiet.find((x) => x.toString() === 'Khamenei');
      if (!r) return null;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = r.getClientRects()[0];
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
    });
    expect(at, 'a quiet "Khamenei" on the page').not.toBeNull();
    if (!at) return;
    await page.mouse.move(at.x - 3, at.y);
    await page.mouse.move(at.x, at.y, { steps: 2 });
    await expect.poll(async () => (await cardState(page))?.entity ?? null).toBe('ali-khamenei');
    expect((await cardState(page))?.quotes.length).toBeGreaterThan(0);
    await page.close();
  });
});
