/**
 * A saved page (HTML or plain text) through the whole pipeline, given a DOM parser: publication date, text
 * blocks, spotting, page rules, ranking. Shared by `npm run scan` and the baseline tests, so both report the
 * same thing. The parser is passed in (linkedom in Node) to keep this module free of any DOM dependency.
 */
import type { QuoteLinker } from '../quote/linker.ts';
import type { PageContext } from './candidate.ts';
import { readTextBlocks } from './dom-reader.ts';
import { type PageSpots, spotPage } from './page-text.ts';
import { publicationDate } from './publication-date.ts';
import type { Spotter } from './spotter.ts';

export interface ScannedPage extends PageSpots {
  publishedAt: string | null;
}

/**
 * Spots an HTML page parsed by `parse` (and links quotes when `linker` is given). Offsets are into the
 * joined page text (see `page-text.ts`).
 */
export function scanHtml(
  html: string,
  parse: (html: string) => Document,
  spotter: Spotter,
  linker?: QuoteLinker,
): ScannedPage {
  const doc = parse(html);
  const ctx: PageContext = { publishedAt: publicationDate(doc) };
  return { publishedAt: ctx.publishedAt, ...spotPage(readTextBlocks(doc), spotter, ctx, linker) };
}

/** Spots a plain-text file as one block: offsets are UTF-16 into `text` itself. Plain text has no date. */
export function scanPlainText(text: string, spotter: Spotter, linker?: QuoteLinker): ScannedPage {
  return { publishedAt: null, ...spotPage([{ text }], spotter, { publishedAt: null }, linker) };
}
