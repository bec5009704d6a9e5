/**
 * The one browser-launch fixture of the end-to-end suites: `useExtension()` registers the beforeAll/afterAll
 * hooks that start a browser with the test build loaded and (when asked) a fixture server, and returns getters
 * for them. Chromium suites use `ext.browser` (Playwright, for what only Chromium offers: service worker, CDP);
 * every suite can use `ext.driver`, the small interface that Chromium and Firefox share (driver.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { chromiumDriver } from './chromium-driver.ts';
import type { BrowserName, Driver } from './driver.ts';
import { type FirefoxOptions, launchFirefox } from './firefox-driver.ts';
import { type Browser, type FixtureServer, launchWithExtension, serveFixtures } from './harness.ts';

export interface ExtensionOptions {
  /** Which browser; Chromium by default. */
  browser?: BrowserName;
  /** Serve the files in this folder on 127.0.0.1 (see `serveFixtures`). */
  pages?: string;
  /** Paths the fixture server answers itself. */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
  /** Settings stored before any test runs (storage.sync keys, as the options page writes them). */
  settings?: Record<string, unknown>;
  /** Firefox only: launch options such as a recording proxy (its port is read when the hooks run). */
  firefox?: () => FirefoxOptions;
}

export interface ExtensionFixture {
  /** The Playwright harness (Chromium only). */
  readonly browser: Browser;
  /** The cross-browser driver. */
  readonly driver: Driver;
  /** The fixture server (only when `pages` was given). */
  readonly server: FixtureServer;
}

/** Registers the hooks; read the getters only inside tests and hooks declared after this call. */
export function useExtension(opts: ExtensionOptions = {}): ExtensionFixture {
  const name = opts.browser ?? 'chromium';
  let browser: Browser | undefined;
  let driver: Driver | undefined;
  let server: FixtureServer | undefined;

  beforeAll(async () => {
    const launch = async () => {
      if (name === 'firefox') {
        driver = await launchFirefox(opts.firefox?.());
      } else {
        browser = await launchWithExtension();
        driver = chromiumDriver(browser);
      }
    };
    const serve = async () => {
      if (opts.pages) server = await serveFixtures(opts.pages, opts.routes);
    };
    await Promise.all([launch(), serve()]);
    for (const [key, value] of Object.entries(opts.settings ?? {})) await driver?.setSetting(key, value);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useExtension(): no ${what} (${name})`);
    return value;
  };
  return {
    get browser() {
      return need(browser, 'Playwright browser: Chromium suites only');
    },
    get driver() {
      return need(driver, 'driver');
    },
    get server() {
      return need(server, 'fixture server: pass `pages`');
    },
  };
}
