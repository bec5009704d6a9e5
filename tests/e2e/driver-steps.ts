/**
 * The on-page steps of onpage-helpers.ts, written against the cross-browser `DriverPage`: what was marked, where a
 * mark is on screen, what the card shows. Everything is read from the page's own world (`CSS.highlights`, our
 * card element's open shadow root), as in the Chromium suites.
 */
import type { DriverPage } from './driver.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Highlight name → texts of its ranges, for every `inline-context*` highlight. */
export function highlights(page: DriverPage): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('inline-context')) continue;
      out[name] = [...h].map((r) => (r as Range).toString());
    }
    return out;
  });
}

/** Every mention found, painted (person, topic) or quiet, whatever the "Marks" setting paints. */
export async function marked(page: DriverPage): Promise<string[]> {
  const h = await highlights(page);
  return [
    ...(h['inline-context-person'] ?? []),
    ...(h['inline-context-topic'] ?? []),
    ...(h['inline-context-quiet'] ?? []),
  ];
}

/**
 * Waits until the content script finished its first scan pass (its `inline-context:scan` performance measure,
 * visible from the page in Chromium and Firefox alike, as the Chromium suites wait), then returns the marks.
 */
export async function waitForMarks(page: DriverPage, timeoutMs = 15_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  while ((await page.evaluate(() => performance.getEntriesByName('inline-context:scan').length)) === 0) {
    if (Date.now() > deadline) throw new Error(`No scan pass finished on ${page.url()}`);
    await sleep(200);
  }
  return marked(page);
}

/**
 * Centre of a highlighted range whose text is `text` (in `highlight`, or any of ours), scrolled into view first,
 * in viewport coordinates; `nth` picks a later one.
 */
export async function markCenter(
  page: DriverPage,
  text: string,
  highlight?: string,
  nth = 0,
): Promise<{ x: number; y: number }> {
  const at = await page.evaluate(
    ([wanted, only, index]) => {
      const found: Range[] = [];
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('inline-context') || (only && name !== only)) continue;
        for (const r of h) if ((r as Range).toString() === wanted) found.push(r as Range);
      }
      const r = found[index];
      if (!r) return null;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = r.getClientRects()[0];
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
    },
    [text, highlight ?? '', nth] as [string, string, number],
  );
  if (!at) throw new Error(`No mark "${text}"${highlight ? ` in ${highlight}` : ''} on ${page.url()}`);
  return at;
}

/** The open card (entity id and the quotes it shows), or null. */
export function card(page: DriverPage): Promise<{ entity: string | null; quotes: string[] } | null> {
  return page.evaluate(() => {
    const dialog = document
      .querySelector('inline-context-card')
      ?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    return {
      entity: dialog.getAttribute('data-entity'),
      quotes: [...dialog.querySelectorAll('blockquote')].map((q) => q.textContent ?? ''),
    };
  });
}

/** The text of the mark the keyboard walk is on. */
export function focusedMark(page: DriverPage): Promise<string[]> {
  return page.evaluate(() =>
    [...(CSS.highlights.get('inline-context-focus') ?? [])].map((r) => (r as Range).toString()),
  );
}
