/**
 * `askBackground()`: one request of the content script to the background, answered with a `Reply`
 * (lib/messaging/receiver.ts). An error reply, no answer, or a value `read` refuses becomes a
 * {@link BackgroundError} naming what was asked.
 */
import { browser } from 'wxt/browser';
import type { ToBackground } from '../../lib/messaging/protocol.ts';

/** The background did not give what was asked (it is restarting, refused, or answered in another shape). */
export class BackgroundError extends Error {
  override name = 'BackgroundError';
}

export async function askBackground<T>(
  message: ToBackground,
  read: (value: unknown) => T | null,
): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as
    | { ok: true; value: unknown }
    | { ok: false; error: string }
    | undefined;
  if (!reply?.ok)
    throw new BackgroundError(`${message.type}: ${reply?.error ?? 'no answer from the background'}`);
  const value = read(reply.value);
  if (value === null) throw new BackgroundError(`${message.type}: an answer of another shape`);
  return value;
}
