/**
 * Keeps a page's marks under the cap (lib/page/mark-cap.ts) and pages dropped ones back in. After a pass leaves
 * more than the cap (or, on a full pass, before it makes its marks: {@link MarkPager.capPass}), the blocks
 * farthest from the reader lose their marks; each such block is watched with an
 * IntersectionObserver and marked again (a partial pass over it) when it comes within half a screen of the
 * viewport. On an endless feed, memory then follows what the reader is near, not everything the tab ever showed.
 *
 * Dropping runs as a job of the page session (one after another with the passes) in steps on the pass's task
 * clock: a 5 MB page drops ~10,000 marks, and sorting, grouping, forgetting and restyling them at once was one
 * task of 40–150 ms.
 */
import { runInChunks, runSteps } from '../../lib/page/chunk-runner.ts';
import { DroppedCounts, type EntityCounts } from '../../lib/page/dropped-counts.ts';
import { blocksToDrop, type CapBlock, MARK_CAP } from '../../lib/page/mark-cap.ts';
import type { TaskClock } from '../../lib/page/task-clock.ts';
import { blockContainer, type TextBlock } from '../../lib/spot/index.ts';
import type { SessionJob } from './job-queue.ts';
import type { MarkStore, PageMark } from './mark-store.ts';
import { TIMELINE_ON, timelineMeasure } from './timeline.ts';

export interface MarkPagerDeps {
  store: MarkStore;
  /** Queues a job behind the passes (job-queue.ts). */
  enqueue(job: SessionJob): void;
  /**
   * Forgets marks everywhere they are held (store, highlights, keyboard walk, open card), in steps, then restyles
   * the page and reports its counts. Resolves to false when aborted.
   */
  drop(marks: PageMark[], clock: TaskClock, signal: AbortSignal): Promise<boolean>;
  /** Marks these blocks again (they came near the viewport). */
  remark(blocks: Element[]): void;
  /** The page's counts changed without a drop (a dropped block left the page): report them. */
  report(): void;
}

export class MarkPager {
  /** Blocks whose marks were dropped, watched until they come near the viewport or leave the page. */
  private readonly paged = new Set<Element>();
  /** The mentions each dropped block held: the popup's counts include them (lib/page/dropped-counts.ts). */
  private readonly dropped = new DroppedCounts<Element>();
  private readonly observer: IntersectionObserver;
  /** A check waiting for the next frame to be laid out (see {@link schedule}). */
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly deps: MarkPagerDeps) {
    this.observer = new IntersectionObserver((entries) => this.onNear(entries), {
      rootMargin: '50% 0px',
    });
  }

  /** How many dropped blocks are waiting to be marked again (for tests and the bench). */
  get waiting(): number {
    return this.paged.size;
  }

  /** The page's counts per entity: the marks held plus the mentions in blocks whose marks were dropped. */
  counts(held: EntityCounts): EntityCounts {
    return this.dropped.withHeld(held);
  }

  /**
   * A pass is marking these blocks again (the page changed them): they are no longer dropped, so their
   * mentions are counted by their new marks, not twice.
   */
  remarking(roots: readonly Node[]): void {
    if (this.paged.size === 0) return;
    for (const r of roots) if (r instanceof Element && this.paged.has(r)) this.unwatch(r);
  }

  /**
   * After a pass: checks the cap once the next frame has been laid out. Where the reader is comes from layout
   * boxes; read right after a burst of new paragraphs, the first box forced the browser to lay out the whole
   * page in our task (~100 ms for 20,000 paragraphs on a loaded machine). After the frame the layout is done —
   * by the page's own rendering, as it would be anyway — and reading boxes is cheap. A hidden tab has no
   * frames: a timer checks within a second all the same.
   */
  schedule(): void {
    if (this.timer !== null) return;
    const run = () => {
      this.cancel();
      if (this.deps.store.size > MARK_CAP || this.paged.size > 0)
        this.deps.enqueue((clock, signal) => this.enforce(clock, signal));
    };
    this.frame = requestAnimationFrame(() => {
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = setTimeout(run, 0);
    });
    this.timer = setTimeout(run, 1000);
  }

  /** Forgets watched blocks that left the page, then drops the farthest marks if over the cap. */
  async enforce(clock: TaskClock, signal: AbortSignal): Promise<void> {
    const chunks = clock.chunks(signal);
    clock.step('cap:unwatch');
    let left = 0;
    const unwatched = await runInChunks(
      [...this.paged],
      (el) => {
        if (el.isConnected) return;
        this.unwatch(el);
        left++;
      },
      chunks,
    );
    const { store } = this.deps;
    if (!unwatched) return;
    if (store.size <= MARK_CAP) {
      if (left > 0) this.deps.report();
      return;
    }
    const t0 = performance.now();
    clock.step('cap:order');
    const ordered = await runSteps(store.inDocumentOrderSteps(), chunks);
    if (!ordered) return;
    clock.step('cap:group');
    const groups = await runSteps(blocksOf(ordered), chunks);
    if (!groups) return;
    clock.step('cap:reader');
    // A block's first mark stands for the block.
    const reader = readerBlock(groups.length, (i) => groups[i]?.marks[0]?.range.getBoundingClientRect());
    clock.step('cap:choose');
    const drop = blocksToDrop(
      groups.map((g): CapBlock => ({ marks: g.marks.length, newest: g.newest })),
      reader,
    );
    clock.step('cap:watch');
    const gone: PageMark[] = [];
    const watched = await runInChunks(
      drop,
      (i) => {
        const marks = (groups[i] as Group).marks;
        if (this.watchDropped(marks[0]?.nodes[0], () => marks.map((m) => m.entity)))
          for (const m of marks) gone.push(m);
      },
      chunks,
    );
    if (!watched) return;
    if (gone.length && !(await this.deps.drop(gone, clock, signal))) return;
    if (TIMELINE_ON)
      timelineMeasure('inline-context:cap', {
        start: t0,
        detail: {
          blocks: groups.length,
          reader,
          dropped: gone.length,
          held: store.size,
          waiting: this.paged.size,
          // The cap runs in several tasks: its longest stretch, and what that stretch was made of.
          longestTaskMs: Math.round(clock.longestMs * 10) / 10,
          longestSteps: clock.longestSteps,
          longestItemMs: clock.longestItemMs,
        },
      });
  }

  /**
   * A full pass found more than {@link MARK_CAP} mentions: the blocks (indices into `blocks`) to leave unmarked,
   * chosen as {@link enforce} would choose them after the pass, and watched from now on like the blocks it drops.
   * Choosing before the marks exist spares making, painting, then forgetting them: on the 5 MB bench page,
   * 14,750 marks made to drop 10,750 of them at once after the pass, whose objects every young-generation
   * collection meanwhile copied. Each block's mentions count in the page's counts (`counts`). In steps on the
   * pass's clock; null when aborted.
   */
  async capPass(
    matches: readonly { block: number; entity: string }[],
    blocks: readonly TextBlock[],
    clock: TaskClock,
    signal: AbortSignal,
  ): Promise<ReadonlySet<number> | null> {
    const chunks = clock.chunks(signal);
    clock.step('cap:group');
    const byBlock = new Map<number, PassGroup>();
    const grouped = await runInChunks(
      matches,
      (m) => {
        const g = byBlock.get(m.block);
        if (g) g.entities.push(m.entity);
        else byBlock.set(m.block, { block: m.block, entities: [m.entity] });
      },
      chunks,
    );
    if (!grouped) return null;
    const groups = [...byBlock.values()].sort((a, b) => a.block - b.block);
    const firstNode = (i: number) => blocks[(groups[i] as PassGroup).block]?.nodes[0];
    clock.step('cap:reader');
    // The pass runs after the page's own layout, and our highlights change none: reading boxes is cheap (a few).
    const reader = readerBlock(groups.length, (i) => {
      const first = firstNode(i);
      return first ? blockContainer(first)?.getBoundingClientRect() : undefined;
    });
    clock.step('cap:choose');
    // A later block of a pass is a newer one, as a later mark has a larger id.
    const drop = blocksToDrop(
      groups.map((g): CapBlock => ({ marks: g.entities.length, newest: g.block })),
      reader,
    );
    clock.step('cap:watch');
    const unmarked = new Set<number>();
    const watched = await runInChunks(
      drop,
      (i) => {
        const g = groups[i] as PassGroup;
        if (this.watchDropped(firstNode(i), () => g.entities)) unmarked.add(g.block);
      },
      chunks,
    );
    return watched ? unmarked : null;
  }

  /**
   * Watches the block that begins with text node `first` until it comes near, its mentions (`entities`) counted
   * meanwhile; false when it has no element of its own to watch, and then its marks stay: text straight under
   * `<body>` (its block element is the body, always "near": marking it again would re-mark the whole page, which
   * the cap would drop again, frame after frame), or a block no longer in the document.
   */
  private watchDropped(first: Text | undefined, entities: () => string[]): boolean {
    const block = first ? blockContainer(first) : null;
    const doc = block?.ownerDocument;
    if (!block?.isConnected || block === doc?.body || block === doc?.documentElement) return false;
    if (!this.paged.has(block)) {
      this.paged.add(block);
      this.observer.observe(block);
    }
    this.dropped.add(block, entities());
    return true;
  }

  /** Stops watching every dropped block (a full pass marks the whole page again, or marking stopped). */
  clear(): void {
    this.cancel();
    this.observer.disconnect();
    this.paged.clear();
    this.dropped.clear();
  }

  private unwatch(block: Element): void {
    this.observer.unobserve(block);
    this.paged.delete(block);
    this.dropped.remove(block);
  }

  private cancel(): void {
    cancelAnimationFrame(this.frame);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private onNear(entries: IntersectionObserverEntry[]): void {
    const near: Element[] = [];
    for (const e of entries) {
      if (!e.isIntersecting || !this.paged.has(e.target)) continue;
      this.unwatch(e.target);
      near.push(e.target);
    }
    if (near.length) this.deps.remark(near);
  }
}

/** One block of a pass, before its marks exist: the entities of its mentions (`capPass`). */
interface PassGroup {
  block: number;
  entities: string[];
}

/** One paragraph's marks, for the cap: in document order, and the id of its newest mark (ids grow). */
interface Group {
  marks: PageMark[];
  newest: number;
}

/** Marks grouped by the paragraph they were found in, groups in document order of their first mark; a step per mark. */
function* blocksOf(marks: readonly PageMark[]): Generator<void, Group[]> {
  const byParagraph = new Map<string, Group>();
  for (const m of marks) {
    const g = byParagraph.get(m.place.paragraph);
    if (g) {
      g.marks.push(m);
      g.newest = Math.max(g.newest, m.id);
    } else byParagraph.set(m.place.paragraph, { marks: [m], newest: m.id });
    yield;
  }
  return [...byParagraph.values()];
}

/**
 * The first of `count` blocks in document order whose box ends below the top of the viewport: where the reader
 * is. A binary search on layout boxes (one layout, then a few reads); a block in hidden text has an empty box at 0
 * and may mislead it by a few blocks, which only shifts what counts as near.
 */
function readerBlock(count: number, boxOf: (i: number) => DOMRect | undefined): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const box = boxOf(mid);
    if (box && box.bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
