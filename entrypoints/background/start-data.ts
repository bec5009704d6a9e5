/**
 * The start data every content script asks for before its first scan (`stage:start-data`): the gazetteer's
 * names and titles, the context rules' word lists and who each statement concerns (lib/data/page-start.ts).
 * The worker holds it; sent as a message it is data the page's thread deserialises, not script it parses and
 * compiles, and the start script carries only the engine.
 */
import pageStartJson from '../../generated/page-start.json';
import type { PageStart } from '../../lib/data/page-start.ts';

export function startData(): PageStart {
  return pageStartJson as unknown as PageStart;
}
