/**
 * axe-core finds no serious or critical violation in the popup, the search page and the options page, in
 * English and in Persian (the interface language set through the setting, as a user would).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { useExtension } from './fixture.ts';
import { ROOT } from './harness.ts';

/** The extension APIs as seen by code evaluated in the service worker. */
declare const chrome: typeof import('wxt/browser').browser;

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

const ext = useExtension();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the extension pages' CSP (script-src 'self') refuses an injected
  // <script> tag, which is as it should be.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run(document)).violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function setLanguage(lang: 'en' | 'fa') {
  await ext.browser.context
    .serviceWorkers()[0]
    ?.evaluate((l) => chrome.storage.sync.set({ uiLanguage: l }), lang);
}

describe.each(['en', 'fa'] as const)('in %s', (lang) => {
  beforeAll(() => setLanguage(lang));

  test('the popup, with results and an expanded card', async () => {
    const page = await ext.browser.openExtensionPage('popup.html');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('searchbox').fill('تحریم');
    await page.locator('.statement__toggle').first().click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  test('the search page', async () => {
    const page = await ext.browser.openExtensionPage('search.html?q=sanctions');
    // The page's own HTML already says lang="en": wait for the settings to be applied (language and direction).
    await expect
      .poll(() => page.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`))
      .toBe(`${lang} ${lang === 'fa' ? 'rtl' : 'ltr'}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  test('the options page, in the dark theme too', async () => {
    const page = await ext.browser.openExtensionPage('options.html');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(async () => {
      document.documentElement.dataset.theme = 'dark';
      // Buttons fade to the new colours (120 ms); check what the reader sees once they have, not a mid-fade
      // mix that axe would measure as low contrast.
      await new Promise(requestAnimationFrame);
      await Promise.all(document.getAnimations().map((a) => a.finished));
    });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
