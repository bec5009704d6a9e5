/**
 * One scan pass: reads text blocks under some roots, finds candidates, resolves them with the page's context,
 * and turns the kept ones into painted marks. Finding and resolving are the one pipeline of `npm run scan`
 * (lib/spot/pipeline.ts); this class adds only the chunking and a partial pass's anchors. Everything runs through the chunk runner, so no task of ours
 * takes much more than the chunk budget even on a 5 MB page. Every pass ends with a
 * `performance.measure('inline-context:scan', { detail: { matches, chars, longestTaskMs } })`, which tests and
 * the bench read from the page.
 */
import { runInChunks, runSteps, textWindows } from '../../lib/page/chunk-runner.ts';
import { MARK_CAP } from '../../lib/page/mark-cap.ts';
import { type MarkStyle, SECTION_HEADING } from '../../lib/page/paint-plan.ts';
import type { TaskClock } from '../../lib/page/task-clock.ts';
import {
  blockPositions,
  type Candidate,
  CandidateFinder,
  iterTextBlocks,
  type Match,
  needsPageDate,
  type PageContext,
  passAnchors,
  resolveMatchesSteps,
  type Spotter,
  type TextBlock,
} from '../../lib/spot/index.ts';
import type { HighlightPainter } from './highlight-painter.ts';
import type { MarkStore, PageMark } from './mark-store.ts';
import { newTaskClock, TIMELINE_ON, timelineMeasure } from './timeline.ts';

/** Time one chunk may take before we yield, in ms: far under the 50 ms long-task line. */
export const CHUNK_BUDGET_MS = 8;
/** Blocks longer than this (a giant `<pre>`) are scanned in overlapping windows, one per chunk. */
const WINDOW = 20_000;
/** Longer than any alias in the gazetteer, so a name across a window edge is still found. */
const WINDOW_OVERLAP = 200;
/**
 * On a full pass, once this many characters were kept, a block the quote stage will not read is dropped as soon
 * as that is known: one with no candidate after a block with none. The quote linker reads such blocks only on a
 * page of at most its `READ_WHOLE_PAGE` characters (lib/quote/linker.ts; this must not be less, a unit test
 * checks it), and the text kept before the first drop already makes the page longer than that. On a 5 MB page
 * most blocks name nobody: keeping their text and node lists to the end of the pass made every young-generation
 * collection copy them (scavenges of 12–32 ms landing in whatever item ran).
 */
export const KEEP_EVERY_BLOCK_CHARS = 200_000;
/** What a dropped block leaves: its index stays, nothing of it is read again. */
const DROPPED: TextBlock = { text: '', nodes: [], nodeStarts: [] };

/** What a pass reads: the document, changed blocks, and text a script put directly under `<body>`. */
export type ScanRoot = Document | Element | ShadowRoot | Text;

export interface ScanDeps {
  /** The compiled spotter (compiled on the first call: see PageSessionDeps). */
  spotter(): Promise<Spotter>;
  store: MarkStore;
  painter: HighlightPainter;
  /** The style a mark gets the moment it is found; the session applies the page's paint plan after the pass. */
  arrivalStyle(mark: PageMark): MarkStyle;
  /** Called with each open shadow root met, so the watcher can observe it. */
  onShadowRoot(root: ShadowRoot): void;
  /**
   * A full pass found more than the page keeps marks of (lib/page/mark-cap.ts): which blocks to leave
   * unmarked (late-pager.ts), asked before any mark is made; null when aborted.
   */
  capPass(
    matches: readonly BlockMatchRead[],
    blocks: readonly TextBlock[],
    clock: TaskClock,
    signal: AbortSignal,
  ): Promise<ReadonlySet<number> | null>;
  yieldToHost(): Promise<void>;
}

/** What a pass's `inline-context:scan` measure carries (test and development builds). */
export interface ScanOutcome {
  matches: number;
  chars: number;
  /** The longest stretch this pass ran without yielding, in ms. */
  longestTaskMs: number;
  /** The same per phase: reading and matching blocks, resolving the page, creating and painting ranges. */
  phasesMs: { find: number; resolve: number; paint: number };
}

/** A kept match as the quote linker reads it: offsets into the text of block `block` of the pass. */
export interface BlockMatchRead {
  entity: string;
  kind: Match['kind'];
  via: Match['via'];
  start: number;
  end: number;
  block: number;
}

/** What a completed pass read: its blocks, the matches it kept (offsets into their block), whether whole page. */
export interface ScanRead {
  blocks: TextBlock[];
  matches: BlockMatchRead[];
  full: boolean;
}

/**
 * One unit of work of the find loop: a whole block by its index, or a window of a long block. A number, not an
 * object, for the usual block: a 5 MB page has ~19,000 blocks, and an object and a window list per block were
 * ~4 MB of garbage, which brought the next young-generation collection nearer.
 */
type Unit = number | { block: number; from: number; to: number };

export class PageScanner {
  /** Names found by the last full pass, kept so a partial rescan resolves with the page's context. */
  private anchors: Candidate[] = [];
  /** The compiled spotter, once the first pass has waited for it. */
  private spotter: Spotter | null = null;
  private matches: Match[] | null = null;
  /** Counts passes, so paragraphs of different passes never share an id. */
  private passes = 0;
  /** The last pass's blocks and kept matches, until the session takes them for quote linking. */
  private read: ScanRead | null = null;

  constructor(private readonly deps: ScanDeps) {}

  /**
   * The blocks the last completed pass read and the matches it kept (offsets into their block), once: the
   * session hands them to the quote stage, and they are not kept alive after that.
   */
  takeRead(): ScanRead | null {
    const read = this.read;
    this.read = null;
    return read;
  }

  /** Every match currently on the page (for statement ranking): only entities count there, offsets are 0. */
  pageMatches(): readonly Match[] {
    this.matches ??= [...this.deps.store.all()].map(({ entity, kind, via, confidence, text }) => ({
      entity,
      kind,
      via,
      confidence,
      text,
      start: 0,
      end: 0,
    }));
    return this.matches;
  }

  /**
   * Scans `roots` (the whole document when `full`), replacing the marks inside them. `context` gives the page's
   * context (its date), asked only when what the pass resolves depends on it (`needsPageDate`): a page that names
   * nobody, or names people only by name, never reads its date. Resolves to true when the pass completed, to null
   * if `signal` aborted it (a newer one superseded it). `clock`: the pass's task clock, started by the caller when
   * the pass got the thread, so work before the scan counts in the same task.
   */
  async scan(
    roots: ScanRoot[],
    context: () => PageContext | Promise<PageContext>,
    full: boolean,
    signal: AbortSignal,
    clock = newTaskClock({
      budgetMs: CHUNK_BUDGET_MS,
      now: () => performance.now(),
      yieldToHost: this.deps.yieldToHost,
    }),
  ): Promise<true | null> {
    const { store, painter } = this.deps;
    const t0 = TIMELINE_ON ? performance.now() : 0;
    // Longest uninterrupted stretch of each phase, in ms: what a user could feel as jank.
    const longest = { find: 0, resolve: 0, paint: 0 };
    // Between phases: a new task if this one has used its budget (a small pass runs through in one).
    const between = async () => {
      await clock.maybeYield();
      return !signal.aborted;
    };
    // Chunks that keep to the pass's clock (the stretch so far counts, not only the loop's; the budget adapts).
    // Each phase's longest chunk is for the timeline's measure only.
    const chunk = (phase: keyof typeof longest) =>
      clock.chunks(
        signal,
        TIMELINE_ON
          ? (ms: number) => {
              longest[phase] = Math.max(longest[phase], ms);
            }
          : undefined,
      );

    // Compiled on the first pass, on its own clock (inline-context.ts): the wait is not this pass's work. Later
    // passes do not wait at all (a wait ends the clock's stretch, though a settled promise gives no turn).
    this.spotter ??= await clock.wait(() => this.deps.spotter());
    const spotter = this.spotter;
    if (signal.aborted) return null;

    // 1. Read blocks and find candidates, in chunks.
    const blocks: TextBlock[] = [];
    /** Per block: its section (headings counted so far) and the characters read before it, in this pass. */
    const sections: number[] = [];
    const starts: number[] = [];
    let section = 0;
    const finder = new CandidateFinder(spotter);
    let chars = 0;
    /** Characters of the blocks kept so far. */
    let kept = 0;
    const pass = ++this.passes;
    // Called once block `b` is matched: drops it if neither it nor the block before it has a candidate (the
    // last candidate found is then in an earlier block).
    const settle = (b: number) => {
      if (full && (finder.candidates.at(-1)?.block ?? -1) < b - 1 && kept > KEEP_EVERY_BLOCK_CHARS)
        blocks[b] = DROPPED;
      else kept += (blocks[b] as TextBlock).text.length;
    };
    /** Keeps block `b` with its section and offset; returns its index. */
    const keep = (b: TextBlock): number => {
      sections.push(section);
      starts.push(chars);
      chars += b.text.length;
      return blocks.push(b) - 1;
    };
    const units = function* (): Generator<Unit> {
      for (const root of roots) {
        const t = root as Text;
        // A bare text node under <body> is its own block (reading the body would be a whole-page pass; it is in
        // no heading). Otherwise the same reader as `npm run scan` and the baselines. Styles are not asked while
        // reading: a style query between the page's own work forces a recalculation, and a hidden block costs
        // nothing to paint.
        const read: Iterable<TextBlock> =
          root.nodeType === Node.TEXT_NODE
            ? t.data.trim()
              ? [{ text: t.data, nodes: [t], nodeStarts: [0] }]
              : []
            : iterTextBlocks(root as Document | Element | ShadowRoot, {
                onShadowRoot: (s) => deps.onShadowRoot(s),
              });
        for (const b of read) {
          if (b.nodes[0]?.parentElement?.closest(SECTION_HEADING)) section++;
          const i = keep(b);
          if (b.text.length > WINDOW)
            for (const w of textWindows(b.text.length, WINDOW, WINDOW_OVERLAP))
              yield { block: i, from: w.start, to: w.end };
          else yield i;
          settle(i);
        }
      }
    };
    const deps = this.deps;
    if (!(await between())) return null;
    if (TIMELINE_ON) clock.step('find');
    const done = await runInChunks(
      units(),
      (u) =>
        typeof u === 'number'
          ? finder.add(u, (blocks[u] as TextBlock).text)
          : finder.add(u.block, (blocks[u.block] as TextBlock).text, u.from, u.to),
      chunk('find'),
    );
    if (!done || !(await between())) return null;

    // 2. Resolve with the whole page's context: on a partial pass, the names the full pass saw come along
    // (with a negative block, so they give context and never become marks; `passAnchors`).
    const found = finder.candidates;
    const candidates = full ? found : [...this.anchors, ...found];
    let ctx: PageContext = { publishedAt: null };
    if (needsPageDate(candidates)) {
      if (TIMELINE_ON) clock.step('date');
      // A promise only when the background is asked (page-date.ts): the thread is the page's until it answers.
      const asked = context();
      ctx = asked instanceof Promise ? await clock.wait(asked) : asked;
      if (signal.aborted) return null;
    }
    if (TIMELINE_ON) clock.step('resolve');
    // In steps: a full pass on a 5 MB page resolves ~15,000 candidates.
    const resolved = await runSteps(resolveMatchesSteps(spotter, candidates, ctx), chunk('resolve'));
    if (!resolved) return null;
    if (full) this.anchors = passAnchors(spotter, found);

    // 3. Replace the marks inside the roots, and paint the new ones, in chunks.
    if (!(await between())) return null;
    if (TIMELINE_ON) clock.step('replace');
    const stale = full ? store.clear() : await runSteps(store.withinAnySteps(roots), clock.chunks(signal));
    if (!stale) return null;
    // In chunks: a full pass on a 5 MB page (or SPA navigation) unpaints ~15,000 marks.
    const unpainted = await runInChunks(
      stale,
      (m) => {
        if (!full) store.remove(m);
        painter.remove(m);
      },
      clock.chunks(signal),
    );
    if (!unpainted) return null;
    // More mentions than a page keeps marks of (lib/page/mark-cap.ts): the pager says which blocks stay unmarked,
    // the farthest from the reader, before any mark is made (rather than making and forgetting them).
    const unmarked =
      full && resolved.length > MARK_CAP ? await deps.capPass(resolved, blocks, clock, signal) : null;
    if (signal.aborted) return null;
    const readMatches: BlockMatchRead[] = [];
    /** Marks made (counted for the timeline's measure only). */
    let marked = 0;
    if (!(await between())) return null;
    if (TIMELINE_ON) clock.step('mark');
    const painted = await runInChunks(
      resolved,
      (m) => {
        const b = m.block;
        const block = blocks[b];
        if (!block) return;
        // Linking still reads the mention: only its mark waits until the block comes near.
        readMatches.push(m);
        if (unmarked?.has(b)) return;
        const p = blockPositions(block, m.start, m.end);
        const range = p.startNode.ownerDocument.createRange();
        range.setStart(p.startNode, p.startOffset);
        range.setEnd(p.endNode, p.endOffset);
        const place = {
          section: sections[b] ?? 0,
          paragraph: `${pass}:${b}`,
          position: (starts[b] ?? 0) + m.start,
          exact: full,
        };
        // The quote stage reads the match itself, and the mark is made from it without an intermediate copy: on a
        // 5 MB page, 15,000 fewer objects alive until linking, which every collection until then would move.
        const mark: PageMark = { ...m, id: store.newId(), range, nodes: p.nodes, place };
        if (TIMELINE_ON) marked++;
        store.add(mark);
        painter.set(mark, this.deps.arrivalStyle(mark));
      },
      chunk('paint'),
    );
    if (!painted) return null;
    this.read = { blocks, matches: readMatches, full };
    // The page's matches are read from the store when a statement ranking asks (a card, the popup), not copied
    // at every pass: on a big page that copy was a step as long as the page.
    this.matches = null;
    // What the tests and the bench read, in the builds that have a timeline; the session only asks whether the
    // pass completed.
    if (TIMELINE_ON) {
      const r = (ms: number) => Math.round(ms * 10) / 10;
      const outcome: ScanOutcome = {
        matches: marked,
        chars,
        longestTaskMs: r(clock.longestMs),
        phasesMs: { find: r(longest.find), resolve: r(longest.resolve), paint: r(longest.paint) },
      };
      timelineMeasure('inline-context:scan', { start: t0, end: performance.now(), detail: outcome });
    }
    return true;
  }

  /** Forgets the page (SPA navigation to another article). */
  reset(): void {
    this.read = null;
    this.anchors = [];
    this.matches = null;
  }
}
