/**
 * The small surface the cross-browser scenarios need from a browser with the extension loaded, so one scenario
 * runs in Chromium (Playwright over CDP) and in Firefox (puppeteer-core over WebDriver BiDi) alike. Everything
 * here is what a user does or sees: open a page, look at it (evaluate in the page's own world), point at a spot,
 * press keys, type, open an extension page, change a setting.
 */

export type BrowserName = 'chromium' | 'firefox';

/** A function run in the page's main world: it gets one serialisable argument and returns a serialisable value. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface DriverPage {
  /** The page's current address. */
  url(): string;
  /** Runs `fn(arg)` in the page's main world (as a script the page could run: no extension APIs on web pages). */
  evaluate<R, A = undefined>(fn: PageFunction<A, R>, arg?: A): Promise<R>;
  /** Moves the pointer to (x, y) in viewport coordinates, arriving from a few pixels to the left as a hand does. */
  hover(x: number, y: number): Promise<void>;
  /** Presses one key or a chord in Playwright's notation: `Enter`, `Escape`, `Tab`, `Alt+Shift+KeyJ`. */
  press(keys: string): Promise<void>;
  /** Types `text` into the element that `selector` finds, key by key. */
  type(selector: string, text: string): Promise<void>;
  /** Clicks the element that `selector` finds. */
  click(selector: string): Promise<void>;
  /** Waits until `selector` finds an element. */
  waitFor(selector: string): Promise<void>;
  /** Reloads and waits until `ready` (a selector) is there again, or the load event when none is given. */
  reload(ready?: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: BrowserName;
  /** Opens `url` in a new tab. */
  openPage(url: string): Promise<DriverPage>;
  /** Opens an extension page such as `popup.html` in a new tab and waits for `ready` (a selector). */
  openExtensionPage(path: string, ready: string): Promise<DriverPage>;
  /** The address an extension page has in this browser (`chrome-extension://…` or `moz-extension://…`). */
  extensionUrl(path: string): string;
  /** Sets a setting the way the options page does (storage.sync, WXT key without its area prefix). */
  setSetting(key: string, value: unknown): Promise<void>;
  close(): Promise<void>;
}

/** Splits `Alt+Shift+KeyJ` into modifiers held down and the key pressed. */
export function splitChord(keys: string): { modifiers: string[]; key: string } {
  const parts = keys.split('+');
  const key = parts.pop();
  if (!key) throw new Error(`No key in "${keys}"`);
  return { modifiers: parts, key };
}
