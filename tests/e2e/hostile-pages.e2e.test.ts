/**
 * Hostile and broken pages (issue 4, point 5). On every page: the page's DOM after our run equals the DOM at
 * DOMContentLoaded apart from our one host element, no error reaches the console from the extension, and the
 * page's own code keeps working.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExtension } from './fixture.ts';
import { cardState, domUnchanged, markCenter, openFixture, PAGES, waitForScan } from './onpage-helpers.ts';

const ext = useExtension({
  pages: PAGES,
  routes: {
    '/favicon.ico': (_req, res) => void res.writeHead(204).end(),
    '/hostile/csp.html': (_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'",
      });
      res.end(readFileSync(join(PAGES, 'hostile', 'csp.html')));
    },
  },
});

/** Highlighted texts, read through `cssName` (a page may have replaced `window.CSS` in its own world). */
function marked(target: Page | Frame, cssName = 'CSS'): Promise<string[]> {
  return target.evaluate((name) => {
    const css = (window as unknown as Record<string, typeof CSS | undefined>)[name];
    if (!css) throw new Error(`window.${name} is not the CSS namespace`);
    const out: string[] = [];
    for (const [key, h] of css.highlights) {
      if (key === 'inline-context-person' || key === 'inline-context-topic' || key === 'inline-context-quiet')
        for (const r of h) out.push((r as Range).toString());
    }
    return out;
  }, cssName);
}

/** The page's own button still works (with our card closed: an open card may cover it, as a card should). */
async function clickWorks(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('#btn').click();
  await page.locator('#btn').click();
  expect(await page.locator('#clicks').textContent()).toBe('2');
}

async function hoverOpens(page: Page, text: string, entity: string): Promise<void> {
  const { x, y } = await markCenter(page, text);
  await page.mouse.move(x - 2, y);
  await page.mouse.move(x, y, { steps: 2 });
  await expect.poll(() => cardState(page).then((c) => c?.entity)).toBe(entity);
}

describe('hostile pages', () => {
  test("Content-Security-Policy default-src 'none': marks, a styled card, HTML-like text stays text", async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/hostile/csp.html'), {
      snapshot: true,
    });
    expect(await marked(page)).toEqual(
      expect.arrayContaining(['Alexander Lukashenko', 'Ayatollah Ali Khamenei']),
    );
    await hoverOpens(page, 'Alexander Lukashenko', 'alexander-lukashenko');
    // The card's stylesheet is adopted, not a <style> element the policy would block: the card is laid out.
    const cardStyle = await page.evaluate(() => {
      const d = document.querySelector('inline-context-card')?.shadowRoot?.querySelector('[role="dialog"]');
      return d ? { position: getComputedStyle(d).position, width: d.getBoundingClientRect().width } : null;
    });
    expect(cardStyle?.position).toBe('fixed');
    expect(cardStyle?.width).toBeGreaterThan(250);
    expect(await domUnchanged(page)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a React-style page that re-renders the text under the marks keeps working, and marks follow the text', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/hostile/react.html'));
    await expect
      .poll(() => page.locator('#count').textContent().then(Number), { timeout: 10_000 })
      .toBeGreaterThan(10);
    await page.evaluate(() => (window as unknown as { stopRendering(): void }).stopRendering());
    // After the page settles, every mark covers a name again (no collapsed or stale ranges), whichever
    // spelling the last render left.
    await expect
      .poll(
        async () => {
          const texts = await marked(page);
          return (
            texts.length > 0 && texts.every((t) => /Lukashenk[oa]|Khamenei|Raisi|sanctions|trade/.test(t))
          );
        },
        { timeout: 5000 },
      )
      .toBe(true);
    const lastLine = await page.locator('#app p').nth(1).textContent();
    const names = await marked(page);
    expect(names).toContain(lastLine?.includes('Raisi') ? 'President Raisi' : 'Ayatollah Ali Khamenei');
    expect(await page.evaluate(() => (window as unknown as { renderErrors: string[] }).renderErrors)).toEqual(
      [],
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test('3000 levels of nesting: the name at the bottom is marked, the page still responds', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/hostile/deep.html'), {
      snapshot: true,
    });
    expect(await marked(page)).toEqual(
      expect.arrayContaining(['Alexander Lukashenko', 'Ayatollah Ali Khamenei']),
    );
    expect(await domUnchanged(page)).toBe(true);
    await clickWorks(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('open shadow roots and same-origin iframes are read too', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/hostile/shadow-frames.html'), {
      snapshot: true,
    });
    await expect
      .poll(() => marked(page))
      .toEqual(expect.arrayContaining(['Ayatollah Ali Khamenei', 'Alexander Lukashenko']));
    const inShadow = await page.evaluate(() => {
      const root = document.getElementById('widget')?.shadowRoot;
      for (const [, h] of CSS.highlights)
        for (const r of h) if ((r as Range).startContainer.getRootNode() === root) return true;
      return false;
    });
    expect(inShadow).toBe(true);
    // Hovering a mark inside the shadow root opens its card too.
    const p = await page.evaluate(() => {
      const root = document.getElementById('widget')?.shadowRoot;
      for (const [, h] of CSS.highlights)
        for (const r of h)
          if (
            (r as Range).startContainer.getRootNode() === root &&
            (r as Range).toString() === 'Alexander Lukashenko'
          ) {
            const b = (r as Range).getBoundingClientRect();
            return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
          }
      return null;
    });
    if (!p) throw new Error('no mark in the shadow root');
    await page.mouse.move(p.x - 2, p.y);
    await page.mouse.move(p.x, p.y, { steps: 2 });
    await expect.poll(() => cardState(page).then((c) => c?.entity)).toBe('alexander-lukashenko');
    const frame = page.frames().find((f) => f.url().endsWith('/hostile/frame.html'));
    if (!frame) throw new Error('frame not loaded');
    await waitForScan(frame);
    expect(await marked(frame)).toEqual(expect.arrayContaining(['President Raisi', 'Alexander Lukashenko']));
    expect(await domUnchanged(frame)).toBe(true);
    expect(await domUnchanged(page)).toBe(true);
    await clickWorks(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('form fields, editors and SVG text are left alone; mixed-direction text is marked; HTML-like text is never markup', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/hostile/fields-svg-bidi.html'), {
      snapshot: true,
    });
    const texts = await marked(page);
    expect(texts).toEqual(
      expect.arrayContaining([
        'لوکاشنکو',
        'Lukashenko',
        'Alexander Lukashenko',
        'آیت‌الله خامنه‌ای',
        'Khamenei',
      ]),
    );
    const outside = await page.evaluate(() => {
      const off = ['ta', 'in', 'sel', 'editor', 'svg'].map((id) => document.getElementById(id));
      let n = 0;
      for (const [, h] of CSS.highlights)
        for (const r of h) if (off.some((el) => el?.contains((r as Range).startContainer))) n++;
      return n;
    });
    expect(outside).toBe(0);
    // The mark inside "<b>Khamenei</b>" (page text that looks like HTML) opens a card that contains no page markup.
    await hoverOpens(page, 'Khamenei', 'ali-khamenei');
    const card = await cardState(page);
    expect(card?.html).not.toMatch(/<img|<script|onerror/);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    // A Persian name inside an English paragraph opens its card too.
    await page.keyboard.press('Escape');
    await hoverOpens(page, 'لوکاشنکو', 'alexander-lukashenko');
    expect(await domUnchanged(page)).toBe(true);
    await clickWorks(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a page that replaced attachShadow, MutationObserver and CSS in its own world does not affect us', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/hostile/overrides.html'), {
      snapshot: true,
    });
    expect(await marked(page, '__realCSS')).toEqual(
      expect.arrayContaining(['Alexander Lukashenko', 'Ayatollah Ali Khamenei']),
    );
    // Our MutationObserver still sees the page's later paragraph.
    // The page changes its own DOM; the baseline is re-taken in the same task, before we can react.
    await page.evaluate(() => {
      const w = window as unknown as { addLater(): void; __icSerialize(): string; __icBefore: string };
      w.addLater();
      w.__icBefore = w.__icSerialize();
    });
    await expect.poll(() => marked(page, '__realCSS'), { timeout: 5000 }).toContain('President Raisi');
    // And our shadow root is attached although the page's attachShadow throws.
    const { x, y } = await page.evaluate(() => {
      const css = (window as unknown as { __realCSS: typeof CSS }).__realCSS;
      for (const [, h] of css.highlights)
        for (const r of h)
          if ((r as Range).toString() === 'Alexander Lukashenko') {
            const b = (r as Range).getBoundingClientRect();
            return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
          }
      return { x: 0, y: 0 };
    });
    await page.mouse.move(x - 2, y);
    await page.mouse.move(x, y, { steps: 2 });
    await expect.poll(() => cardState(page).then((c) => c?.entity)).toBe('alexander-lukashenko');
    expect(await domUnchanged(page)).toBe(true);
    await clickWorks(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});
