import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Bundle } from '../../lib/data/types.ts';
import { useExtension } from './fixture.ts';
import { ROOT } from './harness.ts';
import { cardState, markCenter, openFixture, PAGES, waitForScan } from './onpage-helpers.ts';

const bundle = JSON.parse(readFileSync(join(ROOT, 'generated', 'bundle.json'), 'utf8')) as Bundle;
const lukashenkoSaid = bundle.statements.filter((s) => s.speaker === 'alexander-lukashenko').map((s) => s.fa);

const ext = useExtension({ pages: PAGES });

async function open(path: string): Promise<Page> {
  const page = await ext.browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(ext.server.url(path));
  await waitForScan(page);
  return page;
}

/** Rests the pointer on the mark whose text is `text`, as a reader would. */
async function restOn(page: Page, text: string) {
  const { x, y } = await markCenter(page, text);
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y, { steps: 2 });
}

describe('hovering a mark', () => {
  test('resting on "Lukashenko" opens a card with his own words, verbatim in Persian, right-to-left', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/en-article.html'));
    await restOn(page, 'Lukashenko');
    await expect.poll(() => cardState(page).then((c) => c?.entity)).toBe('alexander-lukashenko');
    const card = await cardState(page);
    expect(card?.quotes.length).toBeGreaterThanOrEqual(2);
    expect(card?.quotes.length).toBeLessThanOrEqual(3);
    // His statements come first, each exactly as in the source.
    expect(lukashenkoSaid).toContain(card?.quotes[0]);
    const quote = page.locator('inline-context-card').locator('blockquote').first();
    expect(await quote.getAttribute('lang')).toBe('fa');
    expect(await quote.getAttribute('dir')).toBe('rtl');
    const dialog = page.locator('inline-context-card [role="dialog"]');
    expect(await dialog.getAttribute('aria-label')).toMatch(/Lukashenko/);
    expect(await dialog.getAttribute('aria-hidden')).toBeNull();
    // The card says both calendars and which words are direct quotes.
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('13 March 2023');
    expect(text).toContain('۲۲ اسفند ۱۴۰۱');
    expect(text).toMatch(/Direct quote/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the card stays while the pointer moves into it, and closes after leaving both', async () => {
    const page = await open('/en-article.html');
    await restOn(page, 'Lukashenko');
    await expect.poll(() => cardState(page)).not.toBeNull();
    const box = await page.locator('inline-context-card [role="dialog"]').boundingBox();
    if (!box) throw new Error('card has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 8 });
    await page.waitForTimeout(800);
    expect(await cardState(page)).not.toBeNull();
    await page.mouse.move(5, 795, { steps: 4 });
    await expect.poll(() => cardState(page)).toBeNull();
    await page.close();
  });

  test('a fast sweep across the marked text never opens a card', async () => {
    const page = await open('/en-article.html');
    await page.evaluate(() => {
      const w = window as unknown as { cardSeen: boolean };
      w.cardSeen = false;
      new MutationObserver(() => {
        if (document.querySelector('inline-context-card')) w.cardSeen = true;
      }).observe(document.documentElement, { childList: true, subtree: true });
    });
    const a = await markCenter(page, 'Alexander Lukashenko');
    const b = await markCenter(page, 'President Raisi');
    // Left to right over each line of the first paragraphs, about 40 ms per step.
    for (let y = a.y; y <= b.y; y += 14) {
      await page.mouse.move(60, y);
      await page.mouse.move(700, y, { steps: 6 });
    }
    await page.mouse.move(5, 795);
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => (window as unknown as { cardSeen: boolean }).cardSeen)).toBe(false);
    await page.close();
  });

  test('Esc closes the card; a click pins it open after the pointer leaves', async () => {
    const page = await open('/en-article.html');
    await restOn(page, 'Lukashenko');
    await expect.poll(() => cardState(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => cardState(page)).toBeNull();

    const { x, y } = await markCenter(page, 'Ayatollah Ali Khamenei');
    await page.mouse.click(x, y);
    await expect.poll(() => cardState(page).then((c) => c?.entity)).toBe('ali-khamenei');
    await page.mouse.move(5, 795, { steps: 3 });
    await page.waitForTimeout(900);
    expect((await cardState(page))?.entity).toBe('ali-khamenei');
    // A click elsewhere on the page closes a pinned card.
    await page.mouse.click(5, 795);
    await expect.poll(() => cardState(page)).toBeNull();
    await page.close();
  });

  test('"Copy with citation" puts the quote, speaker, both dates and source on the clipboard', async () => {
    await ext.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: ext.server.origin,
    });
    const page = await open('/en-article.html');
    await restOn(page, 'Lukashenko');
    await expect.poll(() => cardState(page)).not.toBeNull();
    const first = (await cardState(page))?.quotes[0] ?? '';
    await page.locator('inline-context-card .statement__copy').first().click();
    await expect
      .poll(() => page.locator('inline-context-card .statement__copy').first().textContent())
      .toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`«${first}»`);
    expect(copied).toContain('Lukashenko');
    expect(copied).toContain('13 March 2023 · ۲۲ اسفند ۱۴۰۱');
    await page.close();
  });

  test('the card is in the reader language and shows the page own spelling as text', async () => {
    const page = await open('/fa-zwnj.html');
    await restOn(page, 'لوکاشنکو');
    await expect.poll(() => cardState(page).then((c) => c?.entity)).toBe('alexander-lukashenko');
    const q = await page.locator('inline-context-card .card__as-named q').textContent();
    expect(q).toBe('لوکاشنکو');
    await page.close();
  });

  test('the card follows a dark system theme and reduced motion', async () => {
    const page = await open('/en-article.html');
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await restOn(page, 'Lukashenko');
    await expect.poll(() => cardState(page)).not.toBeNull();
    const style = await page.evaluate(() => {
      const d = document.querySelector('inline-context-card')?.shadowRoot?.querySelector('[role="dialog"]');
      if (!d) return null;
      const cs = getComputedStyle(d);
      return { background: cs.backgroundColor, animation: cs.animationName };
    });
    expect(style).toEqual({ background: 'rgb(32, 33, 38)', animation: 'none' });
    await page.close();
  });
});
