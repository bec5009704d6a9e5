/**
 * Firefox with the extension loaded as a temporary add-on: Debian's Firefox ESR driven by puppeteer-core over
 * WebDriver BiDi (built into Firefox: no geckodriver, which Debian does not package, and no downloaded browser).
 * `FIREFOX_PATH` overrides the binary. What differs from Chromium, and why, is said where it happens; the whole
 * story is in docs/firefox.md.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type KeyInput, type Page } from 'puppeteer-core';
import { type Driver, type DriverPage, type PageFunction, splitChord } from './driver.ts';
import { ROOT } from './harness.ts';

/** `wxt build --mode test -b firefox` writes here. */
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv3-test');
export const FIREFOX_EXECUTABLE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id from wxt.config.ts (`browser_specific_settings.gecko.id`). */
const GECKO_ID = 'inline-context@inline-context.invalid';
/**
 * Extension pages live at `moz-extension://<uuid>/`, and Firefox picks the uuid at random per profile; the pref
 * `extensions.webextensions.uuids` fixes it before the add-on is installed, so tests know where the popup is.
 */
export const FIREFOX_EXTENSION_UUID = '3c1d2a4e-6f0b-4c5a-9e7d-8b2f1a0c9d35';

/**
 * An extension page's navigation never reports its load event over BiDi (checked with Firefox ESR 140 and
 * 153): the promise runs into its timeout although the page is there. So extension pages are opened with a
 * short timeout that is ignored, and the caller waits for an element instead.
 */
const EXTENSION_NAV_TIMEOUT_MS = 3_000;

export interface FirefoxOptions {
  /** Sends every request the browser makes, extension included, through this HTTP proxy on 127.0.0.1. */
  proxyPort?: number;
}

function isNavigationTimeout(e: unknown): boolean {
  return e instanceof Error && e.name === 'TimeoutError';
}

function wrap(page: Page, isExtensionPage: boolean): DriverPage {
  return {
    url: () => page.url(),
    evaluate: <R, A>(fn: PageFunction<A, R>, arg?: A) =>
      page.evaluate(fn as (a: unknown) => unknown, arg) as Promise<R>,
    async hover(x, y) {
      await page.mouse.move(x - 3, y);
      await page.mouse.move(x, y, { steps: 2 });
    },
    async press(keys) {
      const { modifiers, key } = splitChord(keys);
      for (const m of modifiers) await page.keyboard.down(m as KeyInput);
      await page.keyboard.press(key as KeyInput);
      for (const m of modifiers.reverse()) await page.keyboard.up(m as KeyInput);
    },
    async type(selector, text) {
      await page.waitForSelector(selector);
      await page.type(selector, text);
    },
    async click(selector) {
      await page.waitForSelector(selector);
      await page.click(selector);
    },
    async waitFor(selector) {
      await page.waitForSelector(selector);
    },
    async reload(ready) {
      await page.reload(isExtensionPage ? { timeout: EXTENSION_NAV_TIMEOUT_MS } : {}).catch((e: unknown) => {
        if (!isExtensionPage || !isNavigationTimeout(e)) throw e;
      });
      if (ready) await page.waitForSelector(ready);
    },
    close: () => page.close(),
  };
}

/** Starts Firefox ESR with the Firefox test build installed as a temporary add-on, in a fresh profile. */
export async function launchFirefox(opts: FirefoxOptions = {}): Promise<Driver> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${FIREFOX_EXTENSION_DIR}: run \`npm test\` (it runs wxt build --mode test -b firefox) first.`,
    );
  }
  const proxy: Record<string, unknown> = opts.proxyPort
    ? {
        'network.proxy.type': 1, // manual
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': opts.proxyPort,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': opts.proxyPort,
        'network.proxy.no_proxies_on': '',
        // Without this Firefox never proxies 127.0.0.1, and the fixture pages would not be recorded.
        'network.proxy.allow_hijacking_localhost': true,
      }
    : {};
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_EXECUTABLE,
    headless: true,
    // Firefox 141+ refuses WebDriver navigation to moz-extension:// pages ("unsupported operation") unless the
    // remote agent is allowed system access; the tests need the popup and options pages.
    args: ['--remote-allow-system-access'],
    // Release builds ignore the remote-settings server pref that puppeteer points at a dummy address unless this
    // variable is set; without it Firefox keeps syncing its own settings from Mozilla's servers.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // Firefox's own connectivity probes (a GET of its captive-portal page at start-up, sometimes later) are the
      // browser's requests, not the extension's: off, so the recorder hears only what the pages and we send.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      ...proxy,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const base = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
  let settingsPage: Page | undefined;

  async function openExtension(path: string, ready: string): Promise<Page> {
    const page = await browser.newPage();
    await page
      .goto(base + path.replace(/^\//, ''), { timeout: EXTENSION_NAV_TIMEOUT_MS })
      .catch((e: unknown) => {
        if (!isNavigationTimeout(e)) throw e;
      });
    await page.waitForSelector(ready);
    return page;
  }

  return {
    name: 'firefox',
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return wrap(page, false);
    },
    async openExtensionPage(path, ready) {
      return wrap(await openExtension(path, ready), true);
    },
    extensionUrl: (path) => base + path.replace(/^\//, ''),
    async setSetting(key, value) {
      // The background's console is out of BiDi's reach; an extension page has the same storage API. One page
      // is kept open for this, so each change costs no page load.
      settingsPage ??= await openExtension('options.html', 'main, form, body');
      await settingsPage.evaluate(
        (k, v) => {
          const api = (
            globalThis as unknown as { browser: { storage: { sync: { set(o: object): Promise<void> } } } }
          ).browser;
          return api.storage.sync.set({ [k]: v });
        },
        key,
        value,
      );
    },
    close: () => browser.close(),
  };
}
