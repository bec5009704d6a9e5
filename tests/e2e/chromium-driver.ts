/**
 * The cross-browser driver for Chromium: the Playwright harness (harness.ts) behind the `Driver` interface. The
 * Chromium-only suites keep using Playwright directly through `Browser`; this adapter only translates.
 */
import type { Page } from 'playwright-core';
import type { Driver, DriverPage, PageFunction } from './driver.ts';
import type { Browser } from './harness.ts';

/** A Playwright page as a cross-browser `DriverPage` (a Chromium suite that also needs CDP opens the page itself). */
export function wrap(page: Page): DriverPage {
  return {
    url: () => page.url(),
    evaluate: <R, A>(fn: PageFunction<A, R>, arg?: A) =>
      page.evaluate(fn as (a: unknown) => unknown, arg) as Promise<R>,
    async hover(x, y) {
      await page.mouse.move(x - 3, y);
      await page.mouse.move(x, y, { steps: 2 });
    },
    press: (keys) => page.keyboard.press(keys),
    type: (selector, text) => page.locator(selector).first().pressSequentially(text),
    click: (selector) => page.locator(selector).first().click(),
    waitFor: (selector) => page.locator(selector).first().waitFor(),
    async reload(ready) {
      await page.reload();
      if (ready) await page.locator(ready).first().waitFor();
    },
    close: () => page.close(),
  };
}

export function chromiumDriver(browser: Browser): Driver {
  return {
    name: 'chromium',
    async openPage(url) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1100, height: 800 });
      await page.goto(url);
      return wrap(page);
    },
    async openExtensionPage(path, ready) {
      const page = await browser.openExtensionPage(path);
      await page.locator(ready).first().waitFor();
      return wrap(page);
    },
    extensionUrl: (path) => `chrome-extension://${browser.extensionId}/${path.replace(/^\//, '')}`,
    setSetting: (key, value) => browser.setSetting(key, value),
    close: () => browser.close(),
  };
}
