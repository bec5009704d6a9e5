/**
 * Sending {@link ToContent} messages to a tab's content script. A tab without one (not a news site, turned
 * off, a browser page) makes `tabs.sendMessage` reject; that becomes an error {@link Reply}, never a throw.
 */
import {
  type ContentReplies,
  parseContentReply,
  parseReply,
  type Reply,
  type ToContent,
} from '../lib/messaging/protocol.ts';

/** Sends a message to a tab's content script; its answer is checked against the protocol's reply shapes. */
export async function sendToTab<M extends ToContent>(
  tabId: number,
  message: M,
): Promise<Reply<ContentReplies[M['type']]>> {
  try {
    const type: M['type'] = message.type;
    return parseContentReply(type, await browser.tabs.sendMessage(tabId, message));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Sends a popup → background message and checks the reply. */
export async function sendToBackground<T = unknown>(
  message: import('../lib/messaging/protocol.ts').PopupToBackground,
): Promise<Reply<T>> {
  try {
    return parseReply<T>(await browser.runtime.sendMessage(message));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
