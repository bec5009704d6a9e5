/**
 * Only the reader acts: events a page's script dispatches (`isTrusted === false`) neither open nor pin the
 * card, nor walk the marks, nor press the card's buttons. Each test then does the same thing as a reader does
 * (Playwright's input is trusted), so it fails if the card ignored everything.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, type FixtureServer, launchWithExtension, serveFixtures } from './harness.ts';
import { cardState, markCenter, PAGES, waitForScan } from './onpage-helpers.ts';

let browser: Browser;
let server: FixtureServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), serveFixtures(PAGES)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(server.url(path));
  await waitForScan(page);
  return page;
}

/** Dispatches a synthetic mouse or pointer event at a point, from the page's own script. */
function dispatchAt(page: Page, type: string, x: number, y: number) {
  return page.evaluate(
    ([t, cx, cy]) => {
      const target = document.elementFromPoint(cx, cy) ?? document.body;
      const init = { bubbles: true, cancelable: true, composed: true, clientX: cx, clientY: cy };
      target.dispatchEvent(t.startsWith('pointer') ? new PointerEvent(t, init) : new MouseEvent(t, init));
    },
    [type, x, y] as const,
  );
}

const focusCount = (page: Page) => page.evaluate(() => CSS.highlights.get('inline-context-focus')?.size ?? 0);

describe('untrusted events', () => {
  test('a script-dispatched click does not pin the card', async () => {
    const page = await open('/en-article.html');
    const { x, y } = await markCenter(page, 'Ayatollah Ali Khamenei');
    await dispatchAt(page, 'click', x, y);
    await page.waitForTimeout(600);
    expect(await cardState(page)).toBeNull();
    // The reader's click on the same spot pins it.
    await page.mouse.click(x, y);
    await expect.poll(() => cardState(page).then((c) => c?.entity)).toBe('ali-khamenei');
    await page.close();
  });

  test('script-dispatched pointer moves and shortcut keys neither open a card nor walk the marks', async () => {
    const page = await open('/en-article.html');
    const { x, y } = await markCenter(page, 'Lukashenko');
    for (let i = 0; i < 5; i++) await dispatchAt(page, 'pointermove', x, y);
    await page.evaluate(() => {
      const init = { bubbles: true, cancelable: true, altKey: true, shiftKey: true, code: 'KeyJ', key: 'J' };
      document.body.dispatchEvent(new KeyboardEvent('keydown', init));
    });
    await page.waitForTimeout(800);
    expect(await cardState(page)).toBeNull();
    expect(await focusCount(page)).toBe(0);
    // The reader's shortcut walks to the first mark.
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect.poll(() => focusCount(page)).toBe(1);
    await page.close();
  });

  test("a script cannot press the card's buttons: close and search do nothing, the reader's click closes", async () => {
    const page = await open('/en-article.html');
    const { x, y } = await markCenter(page, 'Ayatollah Ali Khamenei');
    await page.mouse.click(x, y);
    await expect.poll(() => cardState(page)).not.toBeNull();
    const tabsBefore = browser.context.pages().length;
    await page.evaluate(() => {
      const root = document.querySelector('inline-context-card')?.shadowRoot;
      for (const sel of ['.card__search', '.card__close']) {
        const button = root?.querySelector<HTMLButtonElement>(sel);
        button?.click();
        button?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
    });
    await page.waitForTimeout(800);
    expect(await cardState(page)).not.toBeNull();
    expect(browser.context.pages().length).toBe(tabsBefore);
    await page.locator('inline-context-card .card__close').click();
    await expect.poll(() => cardState(page)).toBeNull();
    await page.close();
  });
});
