/**
 * The card arrives late (entrypoints/late-stage): a page starts with only what finding and marking need, and the
 * card's code and data are injected into the frame when a reader first reaches for a mark. These tests hold
 * what a reader would notice: nothing of the card is on a page nobody hovers, and on a cold start the card
 * still opens when the hover delay ends. They assert the order of events in the test build's timeline and
 * count animation frames, never milliseconds.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExtension } from './fixture.ts';
import { cardState, markCenter, openFixture, PAGES } from './onpage-helpers.ts';

const ext = useExtension({ pages: PAGES });

/**
 * A page that marks places, the corridor and a topic but none of the meeting's people: its sentences are not
 * linked, so nothing loads the late stage before a reader reaches for a mark (a cold start).
 */
const COLD = '/en-corridor-brief.html';

/** Start time of our timeline entry `name` (test build), or null. */
function entry(page: Page, name: string): Promise<number | null> {
  return page.evaluate(
    (n) => performance.getEntriesByName(`inline-context:${n}`)[0]?.startTime ?? null,
    name,
  );
}

function count(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(`inline-context:${n}`).length, name);
}

/** Records when every animation frame's callbacks run from now on, in the page's world. */
function recordFrames(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __ran: number[] };
    w.__ran = [];
    const tick = () => {
      w.__ran.push(performance.now());
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Animation frames whose callbacks ran between two timeline times. A frame's timestamp is when it began, which
 * can be before a long task of ours that delayed it, so this counts callbacks run, stamped as they run.
 */
function framesRan(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ([a, b]) => (window as unknown as { __ran: number[] }).__ran.filter((t) => t > a && t < b).length,
    [from, to] as const,
  );
}

describe('the card arrives with the late stage', () => {
  test("a page naming none of the meeting's people, that nobody hovers, gets no card and asks for no late stage", async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url(COLD));
    // Marks are there without it.
    expect(await page.evaluate(() => CSS.highlights.get('inline-context-person')?.size ?? 0)).toBeGreaterThan(
      0,
    );
    await page.waitForTimeout(500);
    expect(await count(page, 'late-stage-requested')).toBe(0);
    expect(await page.evaluate(() => document.querySelector('inline-context-card'))).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a page naming them loads the late stage once, for its quotes, and still adds no node until a card opens', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/en-article.html'));
    await expect.poll(() => count(page, 'late-stage-ready')).toBe(1);
    await expect.poll(() => count(page, 'quotes')).toBeGreaterThan(0);
    expect(await count(page, 'late-stage-requested')).toBe(1);
    expect(await page.evaluate(() => document.querySelector('inline-context-card'))).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('on a cold start, the card is fetched when the pointer enters a mark and shows when the hover delay ends', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url(COLD));
    await recordFrames(page);
    const { x, y } = await markCenter(page, 'Belarus');
    await page.mouse.move(x - 3, y);
    await page.mouse.move(x, y, { steps: 2 });
    await expect.poll(() => cardState(page).then((c) => c?.entity)).toBe('belarus');

    const requested = await entry(page, 'late-stage-requested');
    const ready = await entry(page, 'late-stage-ready');
    const open = await entry(page, 'card-requested'); // the hover delay ended: the session asked for the card
    const shown = await entry(page, 'card-shown');
    if (requested === null || ready === null || open === null || shown === null)
      throw new Error('timeline entries missing');
    // The load began as the pointer entered the mark, before the hover delay was over, and the stage was here
    // when the delay ended: the card waited for nothing…
    expect(requested).toBeLessThan(open);
    expect(ready).toBeLessThanOrEqual(open);
    // …and was drawn in the task that ended the delay: no animation frame ran between the two.
    expect(await framesRan(page, open, shown)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the keyboard fetches the card at its first step, and a frame loads the late stage once', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url(COLD));
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect.poll(() => count(page, 'late-stage-ready')).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => cardState(page)).not.toBeNull();
    const requested = await entry(page, 'late-stage-requested');
    const open = await entry(page, 'card-requested');
    if (requested === null || open === null) throw new Error('timeline entries missing');
    expect(requested).toBeLessThan(open);
    // Close, walk on, open again: the same late stage serves every card of the frame.
    await page.keyboard.press('Escape');
    await expect.poll(() => cardState(page)).toBeNull();
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.keyboard.press('Enter');
    await expect.poll(() => cardState(page)).not.toBeNull();
    expect(await count(page, 'late-stage-requested')).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
