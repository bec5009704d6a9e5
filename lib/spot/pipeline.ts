/**
 * The one spotting pipeline: text blocks (from `dom-reader.ts`, or one block for a plain-text file) → find
 * (candidates per block, `Spotter.findCandidates`) → resolve (the page rules over all of a page's candidates)
 * → matches whose offsets are into their block's text. `npm run scan`, the eval, the baselines, the content
 * script and the bench all go through these functions, so none of them can drift from the others: the content
 * script only adds chunking (it feeds {@link CandidateFinder} a block or a window at a time, between yields)
 * and a partial pass's anchors; the CLI joins the blocks into one page text (`page-text.ts`).
 */
import type { Candidate, Match, PageContext } from './candidate.ts';
import { subjectCarriers } from './resolve.ts';
import type { Spotter } from './spotter.ts';
import { finishSteps } from './steps.ts';

/** A match with the index of the text block its offsets refer to. */
export type BlockMatch = Match & { block: number };

/**
 * The find step, fed one block (or one window of a long block) at a time: collects candidates with `block`
 * set and offsets into the whole block's text. Windows of one block may overlap (a content script cuts a
 * giant `<pre>` into overlapping windows so that a name across a window edge is still found); a mention found
 * in two windows is kept once.
 */
export class CandidateFinder {
  readonly candidates: Candidate[] = [];
  /** `block:start` of mentions found in windows, to drop the second sighting in an overlap. */
  private readonly seen = new Set<string>();

  constructor(private readonly spotter: Spotter) {}

  /** Finds the candidates of `text[from, to)`, the whole of block `block` by default. */
  add(block: number, text: string, from = 0, to = text.length): void {
    const whole = from === 0 && to === text.length;
    for (const c of this.spotter.findCandidates(whole ? text : text.slice(from, to))) {
      const start = c.start + from;
      if (!whole) {
        const key = `${block}:${start}`;
        if (this.seen.has(key)) continue;
        this.seen.add(key);
      }
      this.candidates.push({ ...c, start, end: c.end + from, block });
    }
  }
}

/** The find step over whole blocks: every block's candidates, in order, with `block` set. */
export function findInBlocks(blocks: readonly { text: string }[], spotter: Spotter): Candidate[] {
  const finder = new CandidateFinder(spotter);
  for (let i = 0; i < blocks.length; i++) finder.add(i, (blocks[i] as { text: string }).text);
  return finder.candidates;
}

/**
 * The resolve step: the page rules over all of a page's candidates (see `resolve.ts`), then the kept ones as
 * matches. Candidates with a negative `block` only give context (a content script's anchors from an earlier
 * full pass) and never become matches.
 */
export function resolveMatches(spotter: Spotter, candidates: Candidate[], ctx: PageContext): BlockMatch[] {
  return finishSteps(resolveMatchesSteps(spotter, candidates, ctx));
}

/**
 * {@link resolveMatches} as steps, one `yield` per candidate and loop: the content script resolves a whole
 * page's candidates (15,000 on a 5 MB page) in chunks of its task clock; the result is the same.
 */
export function* resolveMatchesSteps(
  spotter: Spotter,
  candidates: Candidate[],
  ctx: PageContext,
): Generator<void, BlockMatch[]> {
  const matches: BlockMatch[] = [];
  for (const c of yield* spotter.resolveSteps(candidates, ctx)) {
    const block = c.block ?? 0;
    if (block < 0) continue;
    const m = spotter.toMatch(c) as BlockMatch | null;
    // The block added to the fresh match, not `{ ...m, block }`: V8 gives every object such a spread makes a
    // hidden class of its own (2,811 for the 2,811 matches of the bench's dense 1 MB page), so every later read
    // of a match (the quote linker's, the marks') was a megamorphic look-up; added, they share one class.
    if (m) {
      matches.push(m);
      m.block = block;
    }
    yield;
  }
  return matches;
}

/**
 * What a full pass leaves a later partial pass (a paragraph added or changed after the first scan) to resolve
 * with the page's context: one name candidate per entity (who the page names: dated titles, the Mojtaba
 * rule, what a page shows), then the full mentions bare surnames refer to as the page ended
 * (`surname-subject.ts`), so a paragraph appended to the page reads "Khamenei" as a full pass would. All
 * have a negative `block`: context, never marks. Put them before the partial pass's own candidates.
 */
export function passAnchors(spotter: Spotter, found: readonly Candidate[]): Candidate[] {
  const byEntity = new Map<string, Candidate>();
  for (const c of found) {
    if (c.via === 'surname' || !c.entity || byEntity.has(`${c.via}:${c.entity}`)) continue;
    byEntity.set(`${c.via}:${c.entity}`, { ...c, block: -1 });
  }
  return [...byEntity.values(), ...subjectCarriers(spotter.gazetteer, found)];
}

/** Find and resolve over a whole page's blocks: matches with offsets into `blocks[m.block].text`. */
export function spotBlocks(
  blocks: readonly { text: string }[],
  spotter: Spotter,
  ctx: PageContext,
): BlockMatch[] {
  return resolveMatches(spotter, findInBlocks(blocks, spotter), ctx);
}
