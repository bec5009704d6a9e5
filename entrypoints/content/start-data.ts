/**
 * `requestStartData()`: what finding and marking read (lib/data/page-start.ts), asked of the background once per
 * frame before the first scan. The data is not in the start script: a page parses and compiles only the engine,
 * and deserialises the data from the worker's answer. Rejects with a `BackgroundError` (ask-background.ts).
 */
import { isPageStart, type PageStart } from '../../lib/data/page-start.ts';
import { askBackground } from './ask-background.ts';

export function requestStartData(): Promise<PageStart> {
  return askBackground({ type: 'stage:start-data' }, (v) => (isPageStart(v) ? v : null));
}
