/**
 * How a statement reads and looks in the two places it appears: the popup's results and the hover card.
 * Both render `StatementCard`; these tests read the rendered boxes, not the markup, since bidi reordering and
 * the cascade only exist in a real browser.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExtension } from './fixture.ts';
import { cardState, markCenter, PAGES, waitForScan } from './onpage-helpers.ts';

const ext = useExtension({ pages: PAGES });

/** Pieces of the source title «دیدار … - 22 / اسفند / 1401», in the order a Persian reader reads them. */
const TITLE_PIECES = ['دیدار', 'همراه', '22', 'اسفند', '1401'];

/**
 * The pieces of `cite`'s text in the order they are painted for a right-to-left reader: line by line from the
 * top, and within a line from right to left. Each piece is measured with a Range over its characters.
 */
function readingOrder(cite: Locator, pieces: readonly string[]): Promise<string[]> {
  return cite.evaluate((el, wanted) => {
    const text = el.firstChild;
    if (!(text instanceof Text)) throw new Error('the source title is not one text node');
    const boxes = wanted.map((piece) => {
      const at = text.data.indexOf(piece);
      if (at < 0) throw new Error(`"${piece}" is not in the source title`);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + piece.length);
      const box = range.getBoundingClientRect();
      return { piece, line: Math.round(box.top + box.height / 2), right: box.right };
    });
    // Pieces on one line share a vertical centre within a few pixels; anything further apart is a new line.
    boxes.sort((a, b) => (Math.abs(a.line - b.line) > 4 ? a.line - b.line : b.right - a.right));
    return boxes.map((b) => b.piece);
  }, pieces);
}

async function englishPopupStatement(dark = false): Promise<Page> {
  await ext.browser.setSetting('uiLanguage', 'en');
  await ext.browser.setSetting('theme', dark ? 'dark' : 'light');
  const page = await ext.browser.openExtensionPage('popup.html');
  await page.getByRole('searchbox').fill('تحریم');
  await expect.poll(() => page.locator('[role="feed"] article.statement').count()).toBeGreaterThan(0);
  return page;
}

async function englishHoverCard(dark = false): Promise<Page> {
  await ext.browser.setSetting('uiLanguage', 'en');
  await ext.browser.setSetting('theme', dark ? 'dark' : 'light');
  const page = await ext.browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(ext.server.url('/en-article.html'));
  await waitForScan(page);
  const { x, y } = await markCenter(page, 'Lukashenko');
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y, { steps: 2 });
  await expect.poll(() => cardState(page).then((c) => c?.entity)).toBe('alexander-lukashenko');
  return page;
}

describe('the Persian source title in an English interface', () => {
  test('reads right to left in the popup: the meeting first, then 22, Esfand, 1401', async () => {
    const page = await englishPopupStatement();
    const cite = page.locator('article.statement .statement__source cite').first();
    expect(await readingOrder(cite, TITLE_PIECES)).toEqual(TITLE_PIECES);
    // Control: forced into left-to-right order, the same measurement sees the pieces out of order.
    await cite.evaluate((el) => {
      (el as HTMLElement).style.cssText = 'direction: ltr; unicode-bidi: bidi-override';
    });
    expect(await readingOrder(cite, TITLE_PIECES)).not.toEqual(TITLE_PIECES);
    await page.close();
  });

  test('reads right to left in the hover card: the meeting first, then 22, Esfand, 1401', async () => {
    const page = await englishHoverCard();
    const cite = page.locator('inline-context-card article.statement .statement__source cite').first();
    expect(await readingOrder(cite, TITLE_PIECES)).toEqual(TITLE_PIECES);
    await page.close();
  });
});

describe('the Persian interface', () => {
  test('"Unofficial translation:" before an English translation keeps its colon at its end, on the left', async () => {
    await ext.browser.setSetting('uiLanguage', 'fa');
    const page = await ext.browser.openExtensionPage('popup.html');
    await page.getByRole('searchbox').fill('تحریم');
    const label = page.locator('[role="feed"] .statement__translation-label').first();
    await expect.poll(() => label.count()).toBe(1);
    const box = await label.evaluate((el) => {
      // Preact may give the words and the colon text nodes of their own; measure each with a Range.
      const texts = [...el.childNodes].filter((n): n is Text => n instanceof Text);
      const measure = (needle: RegExp) => {
        for (const text of texts) {
          const at = text.data.search(needle);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + (text.data.slice(at).match(needle)?.[0].length ?? 0));
          return range.getBoundingClientRect();
        }
        throw new Error(`no ${needle} in the label`);
      };
      return {
        words: measure(/[\u0600-\u06FF][\u0600-\u06FF\s\u200c]*[\u0600-\u06FF]/).left,
        colon: measure(/:/).right,
      };
    });
    // Read right to left, the colon comes after the words: it is painted on their left.
    expect(box.colon).toBeLessThanOrEqual(box.words + 1);
    await page.close();
  });
});

/** The colours a reader sees on the first statement: its text, quote, kind label and side rule. */
function statementColours(statement: Locator) {
  return statement.evaluate((el) => {
    const cs = (sel: string) => {
      const node = sel ? el.querySelector(sel) : el;
      if (!node) throw new Error(`no ${sel}`);
      return getComputedStyle(node);
    };
    const quote = cs('.statement__quote');
    const kind = cs('.statement__kind');
    return {
      text: cs('').color,
      rule: cs('').borderInlineStartColor,
      quote: quote.color,
      quoteFont: quote.fontFamily,
      quoteSize: quote.fontSize,
      kind: kind.color,
      kindBackground: kind.backgroundColor,
      meta: cs('.statement__meta').color,
    };
  });
}

describe('one look for a statement', () => {
  test.each([
    ['light', false],
    ['dark', true],
  ])(
    'a statement in the %s theme has the same colours and type in the popup and the hover card',
    async (_, dark) => {
      const popup = await englishPopupStatement(dark);
      const inPopup = await statementColours(
        popup.locator('[role="feed"] article.statement--direct').first(),
      );
      const page = await englishHoverCard(dark);
      const inCard = await statementColours(
        page.locator('inline-context-card article.statement--direct').first(),
      );
      expect(inCard).toEqual(inPopup);
      // And the two themes really differ, so equal colours are not two defaults that happen to agree.
      expect(inCard.text).toBe(dark ? 'rgb(236, 236, 241)' : 'rgb(27, 27, 31)');
      await popup.close();
      await page.close();
    },
  );
});
