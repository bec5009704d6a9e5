/**
 * One page as one string: the text blocks joined with a single line feed (`\n`) between blocks, and the
 * matches with offsets into that string. This is what `npm run scan` reports for `.html` files, and what
 * the baselines record: `pageText.slice(m.start, m.end) === m.text` for every match.
 */
import { linkQuotes, type QuoteLink, type QuoteLinker } from '../quote/linker.ts';
import type { Match, PageContext } from './candidate.ts';
import { spotBlocks } from './pipeline.ts';
import type { Spotter } from './spotter.ts';

/** The separator put between blocks in the page text. */
export const BLOCK_SEPARATOR = '\n';

export interface PageSpots {
  /** The page text (blocks joined by {@link BLOCK_SEPARATOR}). */
  text: string;
  /** Matches, offsets into `text` (UTF-16). */
  matches: Match[];
  /** Relevant statement ids, most relevant first. */
  statements: string[];
  /** Sentences linked to statements, offsets into `text` (only when a {@link QuoteLinker} was given). */
  quotes?: PageQuote[];
}

/** A quote link with offsets into the page text (`text.slice(start, end)` is the sentence). */
export type PageQuote = Omit<QuoteLink, 'block'>;

/**
 * Spots already extracted blocks (from `readTextBlocks`, or one block for a plain-text file), and links the
 * sentences that report a statement when `linker` is given.
 */
export function spotPage(
  blocks: readonly { text: string }[],
  spotter: Spotter,
  ctx: PageContext,
  linker?: QuoteLinker,
): PageSpots {
  const offsets: number[] = [];
  let length = 0;
  for (const b of blocks) {
    offsets.push(length);
    length += b.text.length + BLOCK_SEPARATOR.length;
  }
  const blockMatches = spotBlocks(blocks, spotter, ctx);
  const matches: Match[] = blockMatches.map(({ block, ...m }) => {
    const shift = offsets[block] ?? 0;
    return { ...m, start: m.start + shift, end: m.end + shift };
  });
  const spots: PageSpots = {
    text: blocks.map((b) => b.text).join(BLOCK_SEPARATOR),
    matches,
    statements: spotter.rankStatements(matches, spotter.statements),
  };
  if (linker)
    spots.quotes = linkQuotes(blocks, blockMatches, ctx, linker).map(({ block, ...q }) => {
      const shift = offsets[block] ?? 0;
      return { ...q, start: q.start + shift, end: q.end + shift };
    });
  return spots;
}
