/**
 * One page as one string: the text blocks joined with a single line feed (`\n`) between blocks, and the
 * matches with offsets into that string. This is what `npm run scan` reports for `.html` files, and what
 * the baselines record: `pageText.slice(m.start, m.end) === m.text` for every match.
 */
import type { Match, PageContext } from './candidate.ts';
import { spotBlocks } from './spot-document.ts';
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
}

/** Spots already extracted blocks (from `readTextBlocks`, or one block for a plain-text file). */
export function spotPage(blocks: readonly { text: string }[], spotter: Spotter, ctx: PageContext): PageSpots {
  const offsets: number[] = [];
  let length = 0;
  for (const b of blocks) {
    offsets.push(length);
    length += b.text.length + BLOCK_SEPARATOR.length;
  }
  const matches: Match[] = spotBlocks(blocks, spotter, ctx).map(({ block, ...m }) => {
    const shift = offsets[block] ?? 0;
    return { ...m, start: m.start + shift, end: m.end + shift };
  });
  return {
    text: blocks.map((b) => b.text).join(BLOCK_SEPARATOR),
    matches,
    statements: spotter.rankStatements(matches, spotter.statements),
  };
}
