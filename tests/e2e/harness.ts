/**
 * Loads the test build of the extension (`.output/chrome-mv3-test`, made by `wxt build --mode test`) into Debian's
 * Chromium through Playwright, and serves fixture pages from a local HTTP server on 127.0.0.1.
 * `CHROME_PATH` overrides the browser binary.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** `wxt build --mode test` writes here; it differs from the store build only by the test server's matches. */
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3-test');

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page such as `popup.html` in a normal tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Sets a setting the way the options page does (storage.sync, WXT key without its area prefix). */
  setSetting(key: string, value: unknown): Promise<void>;
  close(): Promise<void>;
}

/** The browser binary: Debian's Chromium unless `CHROME_PATH` names another. */
export const CHROME_EXECUTABLE = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Command-line flags for headless Chromium here, with the extension in `extensionDir` loaded when given.
 * Without the background-networking flags Chromium keeps trying to reach a network this machine does not have.
 */
export function chromiumArgs(extensionDir?: string): string[] {
  return [
    '--headless=new',
    ...(extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.env.CHROMIUM_JS_FLAGS ? [`--js-flags=${process.env.CHROMIUM_JS_FLAGS}`] : []),
  ];
}

/** Starts Chromium with the extension in `extensionDir` (the test build by default) in a fresh profile. */
export async function launchWithExtension(extensionDir: string = EXTENSION_DIR): Promise<Browser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${extensionDir}: run \`npm test\` (it builds with --mode test) first.`,
    );
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'inline-context-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_EXECUTABLE,
    headless: true,
    args: chromiumArgs(extensionDir),
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    extensionId,
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async setSetting(key: string, value: unknown) {
      const worker = context.serviceWorkers()[0];
      if (!worker) throw new Error('no service worker');
      await worker.evaluate(
        ([k, v]) => {
          // Runs in the service worker, where `chrome` exists; this file is type-checked for Node.
          const api = (
            globalThis as unknown as { chrome: { storage: { sync: { set(o: object): Promise<void> } } } }
          ).chrome;
          return api.storage.sync.set({ [k as string]: v });
        },
        [key, value] as const,
      );
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves files under `dir` on 127.0.0.1 (random port). `routes` can answer a path itself, e.g. with
 * special headers such as a Content-Security-Policy.
 */
export async function serveFixtures(
  dir: string,
  routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {},
): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes[path];
    if (route) return route(req, res);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
