/**
 * What other parts of the extension and other input devices rely on: the content script's answers to the
 * protocol (popup and background ask through chrome.tabs.sendMessage), a tap on a touch screen, and a card
 * that stays visible over a fullscreen element.
 */
import { describe, expect, test } from 'vitest';
import { useExtension } from './fixture.ts';
import { askTab, cardState, markCenter, openFixture, PAGES, waitForScan } from './onpage-helpers.ts';

const ext = useExtension({ pages: PAGES });

const ask = (url: string, message: object) => askTab(ext.browser, url, message);

describe('the protocol', () => {
  test('page:summary reports the counts and the ranked statements; page:next-mark walks one entity', async () => {
    const url = ext.server.url('/en-article.html');
    const { page } = await openFixture(ext.browser, url);
    const summary = (await ask(url, { type: 'page:summary' })) as {
      ok: boolean;
      value: { marking: boolean; counts: Record<string, number>; statements: string[] };
    };
    expect(summary.ok).toBe(true);
    expect(summary.value.marking).toBe(true);
    // Every mention, painted or not: the headline's title "Belarus leader", his full name twice, the surname twice.
    expect(summary.value.counts['alexander-lukashenko']).toBe(5);
    expect(summary.value.statements.length).toBeGreaterThan(0);

    const next = (await ask(url, { type: 'page:next-mark', entity: 'ali-khamenei', direction: 1 })) as {
      ok: boolean;
      value: { index: number; total: number };
    };
    expect(next).toMatchObject({ ok: true, value: { index: 0, entity: 'ali-khamenei' } });
    const focus = await page.evaluate(() =>
      [...(CSS.highlights.get('inline-context-focus') ?? [])].map((r) => (r as Range).toString()),
    );
    expect(focus).toEqual(["Iran's Supreme Leader"]);

    expect(await ask(url, { type: 'page:toggle-marks' })).toEqual({ ok: true, value: { marking: false } });
    // Hidden: nothing of ours is painted (the highlights leave the page's registry, or are empty).
    expect(await page.evaluate(() => CSS.highlights.get('inline-context-person')?.size ?? 0)).toBe(0);
    expect(await ask(url, { type: 'page:set-marks', on: true })).toEqual({
      ok: true,
      value: { marking: true },
    });
    expect(await page.evaluate(() => CSS.highlights.get('inline-context-person')?.size)).toBeGreaterThan(0);
    // A malformed message gets no answer from us (another listener may take it), and nothing throws.
    expect(await ask(url, { type: 'page:next-mark', direction: 7 })).toBeUndefined();
    await page.close();
  });
});

test('with an embedded frame, the page itself answers (a tab-wide message reaches every frame)', async () => {
  const url = ext.server.url('/hostile/shadow-frames.html');
  const { page } = await openFixture(ext.browser, url);
  const frame = page.frames().find((f) => f.url().endsWith('/hostile/frame.html'));
  if (!frame) throw new Error('frame not loaded');
  await waitForScan(frame);
  for (let i = 0; i < 5; i++) {
    const summary = (await ask(url, { type: 'page:summary' })) as {
      value: { url: string; counts: Record<string, number> };
    };
    expect(summary.value.url).toBe(url);
    // President Raisi is only named inside the frame.
    expect(summary.value.counts['ebrahim-raisi']).toBeUndefined();
  }
  await page.close();
});

describe('other input', () => {
  test('a tap on a mark opens its card on a touch screen', async () => {
    const { page } = await openFixture(ext.browser, ext.server.url('/en-article.html'));
    const cdp = await ext.browser.context.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const { x, y } = await markCenter(page, 'Ayatollah Ali Khamenei');
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => cardState(page).then((c) => c?.entity), { timeout: 3000 }).toBe('ali-khamenei');
    await page.close();
  });

  test('over a fullscreen element, the card is shown inside it', async () => {
    const { page } = await openFixture(ext.browser, ext.server.url('/fullscreen.html'));
    await page.click('#go');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe('stage');
    await page.waitForTimeout(300);
    const { x, y } = await markCenter(page, 'Alexander Lukashenko');
    await page.mouse.move(x - 2, y);
    await page.mouse.move(x, y, { steps: 2 });
    await expect.poll(() => cardState(page).then((c) => c?.entity)).toBe('alexander-lukashenko');
    expect(await page.evaluate(() => document.querySelector('inline-context-card')?.parentElement?.id)).toBe(
      'stage',
    );
    await page.close();
  });
});
