/**
 * Who sent a message to the background. `runtime.sendMessage` reaches the background from our own pages (popup,
 * search, options) and from our content scripts, which run inside pages we do not control: a content script
 * can be driven by whatever its page makes it do, so the background trusts only its own pages with the
 * messages that act on tabs (`tab:scan`). Browser-free: the extension's origin is passed in.
 */
import type { SenderInfo } from './receiver.ts';

/**
 * True when the sender is one of the extension's own pages. Their `sender.url` is on the extension's origin
 * (`chrome-extension://<id>/`, `moz-extension://<uuid>/`); a content script's is the URL of the page it runs in.
 * A popup opened in a tab (as the end-to-end tests open it) has a `sender.tab`, so the URL decides, not the tab.
 *
 * @param extensionOrigin `runtime.getURL('/')`, with its trailing slash, so `chrome-extension://id.evil/`
 *   cannot pass for `chrome-extension://id/`.
 */
export function isExtensionPage(sender: SenderInfo, extensionOrigin: string): boolean {
  if (!extensionOrigin.endsWith('/')) return false;
  // The frame's own URL, not its tab's: a web page framed inside one of our pages is still a web page.
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** True when the sender is a content script in a tab (a page's frame), not one of our pages. */
export function isContentScript(sender: SenderInfo, extensionOrigin: string): boolean {
  return sender.tab?.id !== undefined && !isExtensionPage(sender, extensionOrigin);
}
