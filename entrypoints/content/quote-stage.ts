/**
 * Quote provenance on the page: after a scan pass, links the pass's sentences to the statements they report
 * (lib/quote, the same linker and the same block plan as `npm run scan`), paints them with the quiet
 * `inline-context-quote` highlight, and answers where they are (hit-testing, document order, which names they
 * contain, what the popup lists). PageSession uses it only through {@link QuoteStage}'s methods; the linker and
 * the bundle's cue lexicon arrive with the late stage (entrypoints/late-stage/), on the first page that names a
 * meeting person.
 *
 * Cost: nothing happens on a page that names none of the meeting's people (the session's gate); the lexicon is
 * compiled on the first page that does, a few terms per step; compiling, preparing and scoring blocks, and building
 * the sentences' ranges run in chunks that end by a task clock, like the scan's, with a short pause
 * between them where the scan yields at once (see {@link LINK_TURN_MS}); a partial pass (a re-rendered
 * paragraph) relinks only its own blocks, each starting from the speaker the block before it left ("he added"
 * keeps its speaker). Each linking pass ends with a `performance.measure('inline-context:quotes', { detail:
 * { sentences, blocks, longestTaskMs, compileMs } })`.
 */
import type { CompiledStatement, StatementRef } from '../../lib/data/types.ts';
import { LOG_PREFIX } from '../../lib/messaging/receiver.ts';
import { runInChunks, runSteps } from '../../lib/page/chunk-runner.ts';
import { type QuoteDisplay, quoteDisplay } from '../../lib/page/quote-display.ts';
import type { TaskClock } from '../../lib/page/task-clock.ts';
import type { ProfiledTaskClock } from '../../lib/page/task-profile.ts';
import {
  type LinkCarry,
  linkPlan,
  matchesByBlock,
  type PageQuoteContext,
  type PreparedBlock,
  pageEntities,
  principalsTogether,
  type QuoteLink,
  type QuoteLinker,
  type QuoteMatch,
} from '../../lib/quote/index.ts';
import { differences } from '../../lib/quote/provenance.ts';
import { type ReportedStatement, reportedStatements } from '../../lib/quote/reported.ts';
import type { MarkMode } from '../../lib/settings/schema.ts';
import { asRead, blockPositions, type PageContext, type TextBlock } from '../../lib/spot/index.ts';
import type { QuoteCardContent } from './card-host.ts';
import { markAtPoint } from './hit-test.ts';
import { compareRanges } from './mark-store.ts';
import { renderedCheck } from './rendered.ts';
import { TIMELINE_ON, timelineMeasure } from './timeline.ts';

/** The quote highlight's name (tests and the bench read it). */
export const QUOTE_HIGHLIGHT = 'inline-context-quote';

/**
 * Linking's chunks give the page its turn with a pause this long rather than the pass's `scheduler.yield()`:
 * the pause is idle time, where V8 completes its collections in tasks of its own. Without it, on the bench's
 * 5 MB page the collector finished its work inside our chunks (a mark-compact "via stack guard", scavenges
 * for lack of room): 180–220 ms of pauses a load inside our stretches, a compile step of the cue lexicon
 * held 81 ms of collection. Linking comes after the marks are painted, so its wall time matters less than
 * its tasks' length. See docs/performance.md ("Pauses between linking's chunks").
 */
const LINK_TURN_MS = 4;
const linkTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, LINK_TURN_MS));

/** How many text nodes back a partial pass looks for the last block a pass scored before a re-read block. */
const CARRY_LOOKBACK_NODES = 500;

/** One sentence on the page that reports one or two statements. */
export interface ReportingSentence {
  /** Discriminates a sentence from a name mark wherever both travel (hover, keyboard, card). */
  readonly sentence: true;
  range: Range;
  nodes: Text[];
  /** The sentence as the page wrote it (page text: only ever rendered as text). */
  text: string;
  /** The statements it reports, best first (lib/quote `QuoteLink`, offsets dropped). */
  links: Pick<QuoteLink, 'statement' | 'form' | 'speakerOnPage' | 'share'>[];
}

/** What one scan pass read: its blocks and the matches it kept, with their block index. */
export interface PassRead {
  blocks: readonly TextBlock[];
  matches: readonly QuoteMatch[];
  full: boolean;
}

export interface QuoteStageDeps {
  /**
   * The linker, compiled from the cue lexicon a few terms per step (`QuoteLinker.compile`) on the first call,
   * at once on later ones: it comes with the late stage (entrypoints/late-stage/), so a page that names none of
   * the meeting's people never loads it.
   */
  linker(): Generator<void, QuoteLinker>;
  /** Who speaks each statement (the start data), for announcements. */
  statements: readonly StatementRef[];
}

export class QuoteStage {
  private linker: QuoteLinker | null = null;
  private page: PageQuoteContext | null = null;
  private readonly sentences = new Set<ReportingSentence>();
  private readonly byNode = new Map<Text, ReportingSentence[]>();
  private ordered: ReportingSentence[] | null = null;
  private readonly highlight = new Highlight();
  private display: QuoteDisplay = { painted: true, reachable: true, jumpable: true };
  /**
   * What "he added" refers to after each block a pass scored, keyed by the block's last text node: a partial
   * pass starts a re-read block from the block before it, as a full pass (and the CLI) would.
   */
  private readonly carried = new WeakMap<Text, LinkCarry>();

  constructor(private readonly deps: QuoteStageDeps) {
    // Below the name marks: a name inside a reporting sentence keeps its own look and its own card.
    this.highlight.priority = -1;
    CSS.highlights.set(QUOTE_HIGHLIGHT, this.highlight);
  }

  /** Follows the "Marks" setting and the reader's show/hide (lib/page/quote-display.ts). */
  setDisplay(mode: MarkMode, wanted: boolean): void {
    const next = quoteDisplay(mode, wanted);
    if (next.painted === this.display.painted) {
      this.display = next;
      return;
    }
    this.display = next;
    this.highlight.clear();
    if (next.painted) for (const s of this.sentences) this.highlight.add(s.range);
  }

  /**
   * Links the sentences of one pass's blocks, replacing what earlier passes linked in them (all of them on a
   * full pass). `entities`: the entities marked on the whole page (a partial pass sees only its blocks).
   * `clock`: the linking job's task clock (lib/page/task-clock.ts): a chunk ends when the task, not the loop, has
   * used its budget, and the budget shrinks when the machine is loaded, as the scan's chunks do.
   * Resolves to whether the set of sentences changed, or null when `signal` aborted it.
   */
  async link(
    read: PassRead,
    ctx: PageContext,
    entities: Iterable<string>,
    signal: AbortSignal,
    clock: TaskClock,
  ): Promise<boolean | null> {
    const t0 = performance.now();
    // The thread time linking takes (test builds' clock: the bench sets it beside the pass's).
    const busy = () => (TIMELINE_ON ? (clock as ProfiledTaskClock).busyMs : 0);
    const busy0 = busy();
    let compileBusyMs = 0;
    // Our longest task while linking: every stretch of the clock from here on (work before a loop counts).
    let longest = 0;
    const stretchEnds = () => {
      longest = Math.max(longest, clock.spent());
    };
    const chunk = clock.chunks(
      signal,
      (ms: number) => {
        longest = Math.max(longest, ms);
      },
      linkTurn,
    );
    let compileMs = 0;
    if (!this.linker) {
      // The late stage's module has just been loaded: a pause first, as between chunks, so the collection it
      // may have started completes in idle time, not inside the first step (a 5 MB load had 80 ms of it there).
      await clock.wait(linkTurn);
      if (signal.aborted) return null;
      // Compiling the cue lexicon takes tens of milliseconds: in steps, in the pass's chunks.
      const c0 = performance.now();
      let compiled: QuoteLinker | null;
      try {
        clock.step('quotes:compile');
        compiled = await runSteps(this.deps.linker(), chunk);
      } catch (err) {
        console.error(`${LOG_PREFIX} Could not compile the quote lexicon: ${(err as Error).message}`);
        return null;
      }
      if (!compiled) return null;
      this.linker = compiled;
      compileMs = performance.now() - c0;
      compileBusyMs = busy() - busy0;
    }
    const linker = this.linker;
    const byBlock = matchesByBlock(read.matches);
    const prepared: PreparedBlock[] = [];
    const plan = linkPlan(read.blocks, byBlock);
    // One unit of work per sentence (the linker's step generators), so even a giant block yields in time.
    const prepareUnits = function* (): Generator<void> {
      for (const { block, onlyNearMentions } of plan) {
        const b = read.blocks[block] as TextBlock;
        prepared.push(yield* linker.prepareSteps(b.text, byBlock.get(block) ?? [], block, onlyNearMentions));
      }
    };
    clock.step('quotes:prepare');
    const preparedAll = await runInChunks(prepareUnits(), () => {}, chunk);
    if (!preparedAll) return null;
    // The page prior as the CLI computes it on a full pass; a partial pass keeps the page's (its few blocks
    // would misjudge the page), or computes one from the whole page's marks if none was linked yet.
    if (read.full || !this.page) {
      const seen = pageEntities(read.matches, prepared);
      if (!read.full) for (const e of entities) seen.add(e);
      // (A partial pass sees a few blocks: whether the principals meet in one is the page's question.)
      this.page = linker.pageContext(seen, ctx, !read.full || principalsTogether(prepared));
    }
    const page = this.page;
    // "He added" reaches back across blocks: a partial pass starts each of its blocks from the block before it.
    const carry: LinkCarry = { speaker: null };
    const links: QuoteLink[] = [];
    const carried = this.carried;
    const carryBefore = (node: Text) => this.carryBefore(node);
    const scoreUnits = function* (): Generator<void> {
      for (const p of prepared) {
        const nodes = (read.blocks[p.block] as TextBlock).nodes;
        const first = nodes[0];
        if (!read.full && first) Object.assign(carry, carryBefore(first));
        yield* linker.scoreSteps(p, page, carry, links);
        const last = nodes[nodes.length - 1];
        if (last) carried.set(last, { ...carry });
      }
    };
    clock.step('quotes:score');
    const scored = await runInChunks(scoreUnits(), () => {}, chunk);
    if (!scored) return null;

    // The sentences' ranges in chunks too (hundreds on a long page), then swapped in at once: no frame paints a
    // half-updated set.
    const found: ReportingSentence[] = [];
    const grouped = groupBySentence(links);
    clock.step('quotes:ranges');
    const ranged = await runInChunks(
      grouped,
      (s) => {
        const block = read.blocks[s.block] as TextBlock;
        const p = blockPositions(block, s.start, s.end);
        // Passes do not wait for linking (page-session.ts): text a re-render took away since this pass read it
        // is not linked; the pass that read its new nodes links those.
        if (p.nodes.some((n) => !n.isConnected)) return;
        const range = p.startNode.ownerDocument.createRange();
        range.setStart(p.startNode, p.startOffset);
        range.setEnd(p.endNode, p.endOffset);
        found.push({ sentence: true, range, nodes: p.nodes, text: s.text, links: s.links });
      },
      chunk,
    );
    if (!ranged) return null;

    clock.step('quotes:apply');
    const before = this.sentences.size;
    let removed = 0;
    if (read.full) {
      removed = before;
      this.clear();
    } else {
      const reread = new Set(read.blocks.flatMap((b) => b.nodes));
      removed = this.removeWhere((s) => s.nodes.some((n) => reread.has(n)));
    }
    for (const s of found) this.add(s);
    stretchEnds();
    const added = this.sentences.size - (before - removed);
    timelineMeasure('inline-context:quotes', {
      start: t0,
      end: performance.now(),
      detail: {
        sentences: this.sentences.size,
        blocks: prepared.length,
        longestTaskMs: Math.round(longest * 10) / 10,
        // Compiling the cue lexicon on the page's first linking pass, wall time over its chunks (0 later).
        compileMs: Math.round(compileMs * 10) / 10,
        // Thread time: the whole linking pass (its stretches, the page's turns left out), and its compile.
        busyMs: Math.round((busy() - busy0) * 10) / 10,
        compileBusyMs: Math.round(compileBusyMs * 10) / 10,
        // The job's thread time per step so far (the pass's steps, then linking's `quotes:*`).
        busySteps: TIMELINE_ON ? (clock as ProfiledTaskClock).stepTotals : {},
        // The pass's longest stretch, what it was made of and its longest item (lib/page/task-clock.ts): when
        // linking made it, which step did.
        passLongestMs: Math.round(clock.longestMs * 10) / 10,
        passLongestSteps: clock.longestSteps,
        passLongestItemMs: clock.longestItemMs,
      },
    });
    return removed > 0 || added > 0;
  }

  /** The carry a pass left after the nearest scored block before `node` (nobody when none is found). */
  private carryBefore(node: Text): LinkCarry {
    const doc = node.ownerDocument;
    const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
    walker.currentNode = node;
    for (let i = 0; i < CARRY_LOOKBACK_NODES; i++) {
      const previous = walker.previousNode();
      if (!previous) break;
      const found = this.carried.get(previous as Text);
      if (found)
        return {
          speaker: found.speaker,
          introduced: found.introduced ?? false,
          elsewhere: found.elsewhere ?? false,
          follow: found.follow ?? null,
          later: found.later ?? null,
          guestNamed: found.guestNamed ?? false,
          hostNamed: found.hostNamed ?? false,
        };
    }
    return {
      speaker: null,
      introduced: false,
      elsewhere: false,
      follow: null,
      later: null,
      guestNamed: false,
      hostNamed: false,
    };
  }

  /** Drops sentences whose text left the page or was edited (`edited`: text nodes the watcher saw change). */
  dropStale(edited: ReadonlySet<Text>): ReportingSentence[] {
    const gone: ReportingSentence[] = [];
    this.removeWhere((s) => {
      const stale =
        s.nodes.some((n) => !n.isConnected) ||
        (s.nodes.some((n) => edited.has(n)) && asRead(s.range.toString()) !== asRead(s.text));
      if (stale) gone.push(s);
      return stale;
    });
    return gone;
  }

  /** Forgets every sentence (a new page view, the extension turned off here). */
  clear(): void {
    this.sentences.clear();
    this.byNode.clear();
    this.highlight.clear();
    this.ordered = null;
  }

  get size(): number {
    return this.sentences.size;
  }

  /** The reporting sentence under viewport point (x, y) when hover and tap reach sentences, else null. */
  at(x: number, y: number, shadowRoots: ShadowRoot[]): ReportingSentence | null {
    if (!this.display.reachable || this.sentences.size === 0) return null;
    return markAtPoint(x, y, this, [QUOTE_HIGHLIGHT], shadowRoots);
  }

  /** Sentences the keyboard walk visits (none in "names only"), in document order. */
  walkable(): ReportingSentence[] {
    return this.display.reachable ? this.visible() : [];
  }

  /** Sentences reporting `statement` (any when absent) that the popup's jump reaches, in document order. */
  jumpable(statement?: string): ReportingSentence[] {
    if (!this.display.jumpable) return [];
    return this.visible().filter(
      (s) => statement === undefined || s.links.some((l) => l.statement === statement),
    );
  }

  /** True when a name mark lies inside a reporting sentence (its name then stays calm: paint-plan `inQuote`). */
  covers(mark: { range: Range; nodes: readonly Text[] }): boolean {
    const first = mark.nodes[0];
    if (!first) return false;
    for (const s of this.onNode(first)) {
      try {
        if (
          s.range.compareBoundaryPoints(Range.START_TO_START, mark.range) <= 0 &&
          s.range.compareBoundaryPoints(Range.END_TO_END, mark.range) >= 0
        )
          return true;
      } catch {
        // Ranges in different trees never contain each other.
      }
    }
    return false;
  }

  /**
   * What the card's provenance mode shows for a sentence: how the page gives it and, per statement, what
   * differs from the source (lib/quote/provenance.ts).
   */
  provenance(
    s: ReportingSentence,
    statements: readonly CompiledStatement[],
  ): Pick<QuoteCardContent, 'sentence' | 'form' | 'speakerOnPage' | 'items'> {
    const first = s.links[0];
    const items: QuoteCardContent['items'] = [];
    for (const l of s.links) {
      const statement = statements.find((x) => x.id === l.statement);
      if (statement) items.push({ statement, differences: differences(l, statement) });
    }
    return {
      sentence: s,
      form: first?.form ?? 'paraphrase',
      speakerOnPage: first?.speakerOnPage ?? null,
      items,
    };
  }

  /** Entity id of who spoke the sentence's first statement in the source (for announcements). */
  sourceSpeaker(s: ReportingSentence): string | null {
    const id = s.links[0]?.statement;
    return this.deps.statements.find((x) => x.id === id)?.speaker ?? null;
  }

  /** The statements the page reports, for the popup (in the order the page first reports them). */
  reported(): ReportedStatement[] {
    return reportedStatements(this.inDocumentOrder());
  }

  destroy(): void {
    this.clear();
    if (CSS.highlights.get(QUOTE_HIGHLIGHT) === this.highlight) CSS.highlights.delete(QUOTE_HIGHLIGHT);
  }

  // The hit-test index markAtPoint reads (the same shape as MarkStore's).

  /** Sentences that touch a text node. */
  onNode(node: Node): readonly ReportingSentence[] {
    return node.nodeType === Node.TEXT_NODE ? (this.byNode.get(node as Text) ?? []) : [];
  }

  /** The sentence whose range is exactly `range`. */
  byRange(range: AbstractRange): ReportingSentence | undefined {
    return this.onNode(range.startContainer).find(
      (s) =>
        s.range.startOffset === range.startOffset &&
        s.range.endContainer === range.endContainer &&
        s.range.endOffset === range.endOffset,
    );
  }

  private inDocumentOrder(): ReportingSentence[] {
    this.ordered ??= [...this.sentences].sort((a, b) => compareRanges(a.range, b.range));
    return this.ordered;
  }

  /** In document order, only those on screen (not in a closed <details> or a hidden menu; rendered.ts). */
  private visible(): ReportingSentence[] {
    const rendered = renderedCheck();
    return this.inDocumentOrder().filter((s) => rendered(s.range));
  }

  private add(s: ReportingSentence): void {
    this.sentences.add(s);
    for (const n of s.nodes) {
      const list = this.byNode.get(n);
      if (list) list.push(s);
      else this.byNode.set(n, [s]);
    }
    if (this.display.painted) this.highlight.add(s.range);
    this.ordered = null;
  }

  private removeWhere(pred: (s: ReportingSentence) => boolean): number {
    let n = 0;
    for (const s of [...this.sentences]) {
      if (!pred(s)) continue;
      n++;
      this.sentences.delete(s);
      this.highlight.delete(s.range);
      for (const node of s.nodes) {
        const list = this.byNode.get(node)?.filter((x) => x !== s);
        if (list?.length) this.byNode.set(node, list);
        else this.byNode.delete(node);
      }
    }
    if (n) this.ordered = null;
    return n;
  }
}

/** Links of the same sentence (one sentence can report two statements) become one sentence with two links. */
function groupBySentence(
  links: readonly QuoteLink[],
): { block: number; start: number; end: number; text: string; links: ReportingSentence['links'] }[] {
  const out = new Map<string, ReturnType<typeof groupBySentence>[number]>();
  for (const l of links) {
    const key = `${l.block}:${l.start}:${l.end}`;
    let s = out.get(key);
    if (!s) {
      s = { block: l.block, start: l.start, end: l.end, text: l.text, links: [] };
      out.set(key, s);
    }
    s.links.push({ statement: l.statement, form: l.form, speakerOnPage: l.speakerOnPage, share: l.share });
  }
  return [...out.values()];
}
