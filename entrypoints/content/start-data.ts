/**
 * `requestStartData()`: what finding and marking read (lib/data/page-start.ts), asked of the background once per
 * frame before the first scan. The data is not in the start script: a page parses and compiles only the engine,
 * and deserialises the data from the worker's answer.
 */
import { browser } from 'wxt/browser';
import { isPageStart, type PageStart } from '../../lib/data/page-start.ts';

/** The background did not hand over the start data (it is restarting, or answered in another shape). */
export class StartDataError extends Error {
  override name = 'StartDataError';
}

export async function requestStartData(): Promise<PageStart> {
  const reply = (await browser.runtime.sendMessage({ type: 'stage:start-data' })) as
    | { ok: true; value: unknown }
    | { ok: false; error: string }
    | undefined;
  if (!reply?.ok) throw new StartDataError(reply?.error ?? 'no answer from the background');
  if (!isPageStart(reply.value))
    throw new StartDataError('the background answered with data of another shape');
  return reply.value;
}
