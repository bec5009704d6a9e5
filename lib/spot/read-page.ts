/**
 * A saved page (HTML or plain text) through the whole pipeline, given a DOM parser: publication date, text
 * blocks, spotting, page rules, ranking. Shared by `npm run scan` and the baseline tests, so both report the
 * same thing. The parser is passed in (linkedom in Node) to keep this module free of any DOM dependency.
 */
import type { QuoteLinker } from '../quote/linker.ts';
import type { PageContext } from './candidate.ts';
import { DateReader } from './date-text.ts';
import { readTextBlocks } from './dom-reader.ts';
import { MONTH_NAMES } from './month-names.ts';
import { type PageSpots, spotPage } from './page-text.ts';
import { plainTextDate, publicationDate } from './publication-date.ts';
import type { Spotter } from './spotter.ts';

export interface ScannedPage extends PageSpots {
  publishedAt: string | null;
}

export interface ScanOptions {
  /** ISO day that overrides the page's own date (`npm run scan -- --published`). */
  published?: string;
  /** Links the page's sentences to the statements (lib/quote); without it, `quotes` is empty. */
  linker?: QuoteLinker;
}

/**
 * Spots an HTML page parsed by `parse`, and links quotes when `opts.linker` is given. Offsets are into the joined
 * page text (see `page-text.ts`). `opts.published` (ISO day) overrides the date the page gives.
 */
export function scanHtml(
  html: string,
  parse: (html: string) => Document,
  spotter: Spotter,
  opts: ScanOptions = {},
): ScannedPage {
  const doc = parse(html);
  const ctx: PageContext = { publishedAt: opts.published ?? publicationDate(doc, monthReader()) };
  return { publishedAt: ctx.publishedAt, ...spotPage(readTextBlocks(doc), spotter, ctx, opts.linker) };
}

/**
 * Spots a plain-text file as one block: offsets are UTF-16 into `text` itself. Its date is `opts.published`
 * (ISO day) when given, else a byline or dateline among its first lines (`plainTextDate`), else none.
 */
export function scanPlainText(text: string, spotter: Spotter, opts: ScanOptions = {}): ScannedPage {
  const publishedAt = opts.published ?? plainTextDate(text, monthReader());
  return { publishedAt, ...spotPage([{ text }], spotter, { publishedAt }, opts.linker) };
}

let reader: DateReader | undefined;

/** The CLI's and the tests' date reader, with the month names of `month-names.ts` (built on first use). */
function monthReader(): DateReader {
  reader ??= new DateReader(MONTH_NAMES);
  return reader;
}
