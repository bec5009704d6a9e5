/**
 * Shared steps for the on-page suites (onpage-*, hostile-*): open a fixture page with the extension loaded,
 * wait for the content script's first scan, read what it highlighted, and find a mark on screen. Everything is
 * read from the page the way a user-facing tool could: `CSS.highlights` and the `inline-context:scan` measure.
 */
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type Browser, ROOT } from './harness.ts';

export const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');

/**
 * What the three core fixture pages must show, whatever the browser or mark mode: the words marked, and the
 * look-alikes (another surname, a city, a fruit) that must stay unmarked anywhere in a mark. One table, read by
 * cross-browser.e2e.test.ts (Chromium and Firefox, the calm default) and onpage-marks.e2e.test.ts (every mention).
 */
export const CORE_PAGES = {
  '/en-article.html': {
    marked: [
      'Alexander Lukashenko',
      'Ayatollah Ali Khamenei',
      "Iran's Supreme Leader",
      'President Raisi',
      'North-South transport corridor',
      'sanctions',
      'roadmap',
    ],
    unmarked: ['Minskoff', 'raisin', 'Raisins', 'Minsk'],
  },
  '/fa-zwnj.html': {
    marked: ['آلکساندر لوکاشنکو', 'آیت‌الله خامنه‌ای', 'لوکاشنکو', 'تحریم', 'رهبر انقلاب اسلامی'],
    unmarked: ['ایرانشهر'],
  },
  '/ru-article.html': {
    marked: ['Александр Лукашенко', 'Али Хаменеи', 'санкции', 'транспортный коридор Север-Юг'],
    unmarked: ['Лукашевич', 'Раисина', 'наноботы'],
  },
} satisfies Record<string, { marked: string[]; unmarked: string[] }>;

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

/**
 * Every mention the extension marked, painted or quiet (reachable by hover and keyboard), flattened: what was
 * found, whatever the "Marks" setting paints.
 */
export async function markedTexts(target: Page | Frame): Promise<string[]> {
  const h = await readHighlights(target);
  return [
    ...(h['inline-context-person'] ?? []),
    ...(h['inline-context-topic'] ?? []),
    ...(h['inline-context-quiet'] ?? []),
  ];
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

/**
 * Collects errors a user would see in DevTools for this page: console errors and uncaught exceptions from every
 * execution context, including the content script's isolated world (Playwright's own `console` event only
 * reports the main world, so this listens through CDP), plus the extension service worker's console errors.
 * Failed network loads are left out: they are the page's (a missing favicon), not ours.
 */
export async function collectErrors(context: BrowserContext, page: Page): Promise<string[]> {
  const errors: string[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (e) =>
    errors.push(`exception: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`),
  );
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type === 'error' || e.type === 'assert')
      errors.push(`console.${e.type}: ${e.args.map((a) => a.value ?? a.description).join(' ')}`);
  });
  cdp.on('Log.entryAdded', (e) => {
    if (e.entry.level === 'error' && e.entry.source !== 'network') errors.push(`log: ${e.entry.text}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  for (const sw of context.serviceWorkers()) {
    sw.on('console', (m) => {
      if (m.type() === 'error') errors.push(`service worker: ${m.text()}`);
    });
  }
  return errors;
}

/**
 * Records the page's DOM at DOMContentLoaded (before a `document_idle` content script can run), in the page's
 * own world, with a serializer captured before the page's scripts can replace anything. Shadow roots are
 * included, with how many style sheets they adopted, so a change to a page's styles would show too.
 */
export async function snapshotDomAtLoad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __icSerialize: () => string; __icBefore?: string };
    const ELEMENT = 1;
    const ser = (node: Node): string => {
      if (node.nodeType === 3) return `T:${(node as Text).data}`;
      if (node.nodeType === 8) return `C:${(node as Comment).data}`;
      if (node.nodeType !== ELEMENT) return '';
      const el = node as Element;
      if (el.localName === 'inline-context-card') return '';
      let out = `<${el.localName}`;
      for (const a of Array.from(el.attributes)) out += ` ${a.name}="${a.value}"`;
      out += '>';
      const shadow = el.shadowRoot;
      if (shadow)
        out += `#shadow[${shadow.adoptedStyleSheets.length}](${Array.from(shadow.childNodes).map(ser).join('')})`;
      for (const c of Array.from(el.childNodes)) out += ser(c);
      return `${out}</${el.localName}>`;
    };
    w.__icSerialize = () => `sheets:${document.adoptedStyleSheets.length}|${ser(document.documentElement)}`;
    document.addEventListener('DOMContentLoaded', () => {
      w.__icBefore = w.__icSerialize();
    });
  });
}

/** Re-takes the baseline now (after the page itself changed its DOM on purpose). */
export function rebaseDom(target: Page | Frame): Promise<void> {
  return target.evaluate(() => {
    const w = window as unknown as { __icSerialize: () => string; __icBefore?: string };
    w.__icBefore = w.__icSerialize();
  });
}

/** True when the DOM equals the DOMContentLoaded snapshot, ignoring our one host element. */
export function domUnchanged(target: Page | Frame): Promise<boolean> {
  return target.evaluate(() => {
    const w = window as unknown as { __icSerialize: () => string; __icBefore?: string };
    return w.__icBefore !== undefined && w.__icSerialize() === w.__icBefore;
  });
}

/** Opens `url` in a new tab with error collection (and optionally the DOM snapshot) set up before it loads. */
export async function openFixture(
  browser: Browser,
  url: string,
  opts: { snapshot?: boolean; scans?: number } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  const errors = await collectErrors(browser.context, page);
  if (opts.snapshot) await snapshotDomAtLoad(page);
  await page.goto(url);
  await waitForScan(page, opts.scans ?? 1);
  return { page, errors };
}

/**
 * Waits for the first quote-linking pass. The quote stage comes with the late stage, a moment after the first scan,
 * to a page that names a meeting person; a test reading the quote highlight must wait for it.
 */
export async function waitForQuotes(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('inline-context:quotes').length), {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);
}

/** The extension APIs as seen by code evaluated in the service worker. */
declare const chrome: typeof import('wxt/browser').browser;

/** Opens the popup in a popup-type window, so the article stays the active tab of the normal window. */
export async function openPopupOver(browser: Browser, article: Page): Promise<Page> {
  await article.bringToFront();
  const sw = browser.context.serviceWorkers()[0];
  if (!sw) throw new Error('no service worker');
  const [popup] = await Promise.all([
    browser.context.waitForEvent('page', (p) => p.url().includes('/popup.html')),
    sw.evaluate(() =>
      chrome.windows.create({ url: chrome.runtime.getURL('/popup.html'), type: 'popup', focused: false }),
    ),
  ]);
  await popup.waitForLoadState();
  return popup;
}

/** Sends a protocol message to the tab showing `url` from the service worker, as the popup or background would. */
export async function askTab(browser: Browser, url: string, message: object): Promise<unknown> {
  const sw = browser.context.serviceWorkers()[0];
  if (!sw) throw new Error('no service worker');
  return sw.evaluate(
    async ([u, m]) => {
      type Tabs = {
        query(q: object): Promise<{ id: number }[]>;
        sendMessage(id: number, m: object): Promise<unknown>;
      };
      const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      const [tab] = await tabs.query({ url: u });
      if (!tab) throw new Error('tab not found');
      return tabs.sendMessage(tab.id, m);
    },
    [url, message] as const,
  );
}
