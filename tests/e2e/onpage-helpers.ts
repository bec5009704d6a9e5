/**
 * Shared steps for the on-page suites (onpage-*, hostile-*): open a fixture page with the extension loaded,
 * wait for the content script's first scan, read what it highlighted, and find a mark on screen. Everything is
 * read from the page the way a user-facing tool could: `CSS.highlights` and the `inline-context:scan` measure.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from './harness.ts';

export const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');

/** Waits until the content script finished at least `n` scan passes in this frame. */
export async function waitForScan(target: Page | Frame, n = 1): Promise<void> {
  await expect
    .poll(() => target.evaluate(() => performance.getEntriesByName('inline-context:scan').length), {
      timeout: 15_000,
    })
    .toBeGreaterThanOrEqual(n);
}

/** Highlight name → texts of its ranges, for every highlight whose name starts with `inline-context`. */
export function readHighlights(target: Page | Frame): Promise<Record<string, string[]>> {
  return target.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('inline-context')) continue;
      out[name] = [...h].map((r) => (r as Range).toString());
    }
    return out;
  });
}

/** All highlighted texts (people and topics), flattened. */
export async function markedTexts(target: Page | Frame): Promise<string[]> {
  const h = await readHighlights(target);
  return [...(h['inline-context-person'] ?? []), ...(h['inline-context-topic'] ?? [])];
}

/** Centre of the first highlighted range whose text is `text`, in viewport coordinates. */
export async function markCenter(page: Page, text: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((wanted) => {
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('inline-context')) continue;
      for (const r of h) {
        if ((r as Range).toString() !== wanted) continue;
        const rect = (r as Range).getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  if (!p) throw new Error(`No mark "${text}" on the page`);
  return p;
}

/** The card's shadow root content, read from the page: null when no card is open. */
export function cardState(
  page: Page,
): Promise<{ entity: string | null; quotes: string[]; label: string | null; html: string } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('inline-context-card');
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    return {
      entity: dialog.getAttribute('data-entity'),
      label: dialog.getAttribute('aria-label'),
      quotes: [...dialog.querySelectorAll('blockquote')].map((q) => q.textContent ?? ''),
      html: dialog.innerHTML,
    };
  });
}

/** Collects console errors of the page and of the extension's service worker. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}
