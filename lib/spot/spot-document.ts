/** All in one go: read a page, spot, resolve, and map the matches to DOM Ranges. */
import type { CompiledStatement } from '../data/types.ts';
import { blockNodeAt, blockRange } from './block-range.ts';
import type { Candidate, Match, PageContext } from './candidate.ts';
import { readTextBlocks, type TextBlock } from './dom-reader.ts';
import { publicationDate } from './publication-date.ts';
import type { Spotter } from './spotter.ts';
import { VisibilityProbe } from './visibility-probe.ts';

/** A match with the index of the text block its offsets refer to. */
export type BlockMatch = Match & { block: number };

/**
 * Candidates for every block (with `block` set), resolved at page level, as matches whose offsets are
 * into `blocks[m.block].text`. Used by {@link spotDocument} and by the `scan` CLI (which has no Ranges).
 */
export function spotBlocks(
  blocks: readonly Pick<TextBlock, 'text'>[],
  spotter: Spotter,
  ctx: PageContext,
): BlockMatch[] {
  const candidates: Candidate[] = [];
  blocks.forEach((block, index) => {
    for (const c of spotter.findCandidates(block.text)) candidates.push({ ...c, block: index });
  });
  const matches: BlockMatch[] = [];
  for (const c of spotter.resolve(candidates, ctx)) {
    const m = spotter.toMatch(c);
    if (m) matches.push({ ...m, block: c.block ?? 0 });
  }
  return matches;
}

/**
 * Spots a whole document or element: the matches with their DOM Ranges, and the ids of the statements
 * relevant to the page (most relevant first; `statements` default to the spotter's own). The context
 * defaults to the document's own publication date. Mentions inside elements hidden by style are dropped
 * before the page rules run (a hidden "Mojtaba Khamenei" must not change who a visible "Khamenei" is).
 */
export function spotDocument(
  root: Document | Element,
  spotter: Spotter,
  ctx?: PageContext,
  statements: readonly CompiledStatement[] = spotter.statements,
): { matches: (Match & { range: Range })[]; statements: string[] } {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const context = ctx ?? { publishedAt: publicationDate(doc) };
  const blocks = readTextBlocks(root, { checkStyles: false });
  const probe = new VisibilityProbe();
  const candidates: Candidate[] = [];
  blocks.forEach((block, index) => {
    for (const c of spotter.findCandidates(block.text)) {
      // Styles are checked here, per element holding a mention, rather than per block while reading.
      const element = blockNodeAt(block, c.start).parentElement;
      if (element && !probe.isVisible(element)) continue;
      candidates.push({ ...c, block: index });
    }
  });
  const matches: (Match & { range: Range })[] = [];
  for (const c of spotter.resolve(candidates, context)) {
    const m = spotter.toMatch(c);
    if (m) matches.push({ ...m, range: blockRange(blocks[c.block ?? 0] as TextBlock, m.start, m.end) });
  }
  return { matches, statements: spotter.rankStatements(matches, statements) };
}
