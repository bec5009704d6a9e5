/**
 * Follows a living page: a MutationObserver collects the blocks that changed, the coalescer turns bursts into
 * one small rescan (debounced, with a maximum wait so a ticker that never stops still gets rescanned about
 * once a second), and single-page-app navigation triggers a full pass. Content scripts live in an isolated
 * world, so we cannot wrap `history.pushState`; instead the URL is compared on every batch of mutations (an
 * SPA always changes the DOM when it navigates), on `popstate`, and on the Navigation API's
 * `currententrychange` where there is one. (Not WXT's `wxt:locationchange`: WXT dispatches it on the page's
 * `window` under a name holding our extension id, which a page listening for that name would receive.)
 *
 * A re-render (React, a live blog) replaces a paragraph's nodes with new ones holding the same text: the marks
 * on the old nodes collapse at once. Waiting for the coalescer left the paragraph unmarked for a quarter of a
 * second on every render, so a small change that took marks away is re-marked right away instead — in the
 * observer's callback, a microtask, before the browser paints — within a per-frame budget; bigger changes, and
 * changes that took no marks away (a ticker's new line), go through the coalescer as before.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ChangeCoalescer, outermost } from '../../lib/page/change-coalescer.ts';
import { type FrameBudget, remarkNow } from '../../lib/page/remark-now.ts';
import { blockContainer } from '../../lib/spot/index.ts';
import { TIMELINE_ON, timelineMeasure } from './timeline.ts';

/** A changed block: an element, or a text node a script put directly under `<body>`. */
export type ChangedRoot = Element | Text;

export interface DomWatchOptions {
  ctx: ContentScriptContext;
  /** True for our own host element (its insertion is not a page change). */
  isOurs(node: Node): boolean;
  /** True when a node that just left the page, or text edited in place, carried marks. */
  carriedMarks(node: Node): boolean;
  /** Changed subtrees, outermost only: after the page has settled, or at once (`now`) for a small re-render. */
  onChanged(roots: ChangedRoot[], now: boolean): void;
  /** The URL changed without a page load. */
  onNavigated(url: string): void;
  /** Time spent re-marking at once, shared with the session, which measures the passes. */
  budget: FrameBudget;
}

/**
 * Time the observer callback may spend on records before leaving the rest to a later task, in ms. A script that
 * appends 20,000 paragraphs in one task hands us 20,000 records at once; going through them all in the callback
 * (which runs at the end of the page's own task) added about a second to that task on a loaded machine.
 */
const RECORDS_BUDGET_MS = 8;

/**
 * Changed blocks per pass. A pass resolves all its candidates in one step (the spotter's page context); a burst of
 * 20,000 blocks in one pass made that step alone ~80 ms on a loaded machine, so a burst is queued as several
 * passes. Each still resolves with the names the last full pass saw.
 */
const PASS_MAX_BLOCKS = 2_000;

/**
 * `hidden` too: the reader skips `[hidden]` (lib/spot/read-rules.ts), so a collapsed panel opened later must
 * be read when it opens, and its marks dropped when it closes. Only that attribute: observing `class` or
 * `style` would report most of a busy page's work.
 */
const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributeFilter: ['hidden'],
};

export class DomWatch {
  private readonly observer: MutationObserver;
  private readonly coalescer: ChangeCoalescer<ChangedRoot>;
  private readonly listening = new AbortController();
  private url = location.href;
  /** Text nodes whose data changed since the last {@link takeChangedText}. */
  private changedText = new Set<Text>();
  /** Records not yet looked at (a burst larger than one callback's budget), from `backlogAt` on. */
  private backlog: MutationRecord[] = [];
  private backlogAt = 0;
  private backlogTimer: ReturnType<typeof setTimeout> | null = null;
  /** Blocks dirtied by the records being looked at, and whether those records took marks away. */
  private dirtied = new Set<ChangedRoot>();
  private tookMarks = false;

  constructor(private readonly opts: DomWatchOptions) {
    const { ctx } = opts;
    this.coalescer = new ChangeCoalescer<ChangedRoot>({
      debounceMs: 250,
      maxWaitMs: 1000,
      // Our own timers, cleared in destroy(): WXT's ctx.setTimeout adds an abort listener per call that is never
      // removed, which on a page that changes for hours is a slow leak.
      setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
      clearTimeout: (h) => clearTimeout(h),
      now: () => performance.now(),
      // parentElement: null at the top of a shadow tree too, as `contains` does not cross into a host.
      parent: (n) => n.parentElement,
      flush: (roots) => {
        const t0 = TIMELINE_ON ? performance.now() : 0;
        const live = roots.filter((r) => r.isConnected);
        for (let i = 0; i < live.length; i += PASS_MAX_BLOCKS)
          opts.onChanged(live.slice(i, i + PASS_MAX_BLOCKS), false);
        if (TIMELINE_ON) watchMeasure(t0, roots.length);
      },
    });
    this.observer = new MutationObserver((records) => this.onRecords(records));
    this.observer.observe(document, OBSERVE);
    const signal = this.listening.signal;
    window.addEventListener('popstate', () => this.checkUrl(), { signal });
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    nav?.addEventListener('currententrychange', () => this.checkUrl(), { signal });
    ctx.onInvalidated(() => this.destroy());
  }

  /** Also watch an open shadow root (observers do not cross shadow boundaries). */
  observe(root: ShadowRoot): void {
    this.observer.observe(root, OBSERVE);
  }

  /** Text nodes edited in place since the last call: marks on them may no longer cover their name. */
  takeChangedText(): Set<Text> {
    const out = this.changedText;
    this.changedText = new Set();
    return out;
  }

  destroy(): void {
    this.observer.disconnect();
    this.coalescer.destroy();
    this.listening.abort();
    if (this.backlogTimer !== null) clearTimeout(this.backlogTimer);
    this.backlogTimer = null;
    this.backlog = [];
    this.backlogAt = 0;
  }

  private onRecords(records: MutationRecord[]): void {
    if (this.backlog.length === 0) this.backlog = records;
    else for (const r of records) this.backlog.push(r);
    this.drain(true);
    this.checkUrl();
  }

  /**
   * Looks at waiting records for up to {@link RECORDS_BUDGET_MS}, then leaves the rest to the next task.
   * `inCallback`: called from the observer, before the browser paints, where a small re-render may be re-marked.
   */
  private drain(inCallback: boolean): void {
    this.backlogTimer = null;
    const t0 = performance.now();
    const all = this.backlog;
    const from = this.backlogAt;
    let i = from;
    while (i < all.length) {
      const end = Math.min(all.length, i + 100);
      for (; i < end; i++) this.handle(all[i] as MutationRecord);
      if (performance.now() - t0 > RECORDS_BUDGET_MS) break;
    }
    const finished = i >= all.length;
    this.settle(inCallback && finished && this.backlogAt === 0);
    if (TIMELINE_ON) watchMeasure(t0, i - from);
    if (finished) {
      this.backlog = [];
      this.backlogAt = 0;
      return;
    }
    this.backlogAt = i;
    // Our own timer, cleared in destroy(): one per slice of a large burst, not one per record.
    this.backlogTimer = setTimeout(() => this.drain(false), 0);
  }

  /** Re-marks the blocks just dirtied at once if that is small and worth it; otherwise queues them. */
  private settle(mayRemarkNow: boolean): void {
    const blocks = [...this.dirtied];
    const now =
      mayRemarkNow && remarkNow(blocks, this.tookMarks, (b) => b.textContent?.length ?? 0, this.opts.budget);
    this.dirtied.clear();
    this.tookMarks = false;
    if (blocks.length === 0) return;
    if (now)
      this.opts.onChanged(
        outermost(blocks, (n) => n.parentElement),
        true,
      );
    else for (const b of blocks) this.coalescer.add(b);
  }

  private handle(r: MutationRecord): void {
    if (this.opts.isOurs(r.target)) return;
    if (r.type === 'attributes') {
      // Rescanning the element itself reads it if it was revealed and drops its marks if it was hidden.
      this.dirty(r.target, false);
      return;
    }
    if (r.type === 'characterData') {
      this.changedText.add(r.target as Text);
      if (!this.tookMarks && this.opts.carriedMarks(r.target)) this.tookMarks = true;
      this.dirty(r.target, false);
      return;
    }
    for (const n of r.addedNodes) if (!this.opts.isOurs(n)) this.dirty(n, false);
    let removed = false;
    for (const n of r.removedNodes) {
      if (this.opts.isOurs(n)) continue;
      removed = true;
      if (!this.tookMarks && this.opts.carriedMarks(n)) this.tookMarks = true;
    }
    // Removed nodes take their marks with them (each pass drops marks whose text went away); the block they
    // left may now read differently ("Alexander <b>x</b> Lukashenko"), so it is rescanned too.
    if (removed) this.dirty(r.target, true);
  }

  /**
   * Notes the block around `node`. Never the body or the root element: on a page that appends ticker lines
   * to the body, that would be a whole-page pass every second; an element added there is queued by itself,
   * and so is a bare text node a script put directly under `<body>`.
   */
  private dirty(node: Node, removal: boolean): void {
    let block: ChangedRoot | null = blockContainer(node);
    if (!block) return;
    if (block.tagName === 'BODY' || block.tagName === 'HTML') {
      if (removal) return;
      if (node.nodeType === Node.ELEMENT_NODE) block = node as Element;
      else if (node.nodeType === Node.TEXT_NODE && node.parentNode === document.body) block = node as Text;
      else return;
    }
    this.dirtied.add(block);
  }

  private checkUrl(): void {
    if (location.href === this.url) return;
    this.url = location.href;
    this.opts.onNavigated(this.url);
  }
}

/**
 * `inline-context:watch` (test and development builds): one stretch of the watcher's own work — a slice of
 * records, or a flush of the coalescer (`items`: records or blocks) — when it took 1 ms or more, so a page that
 * changes all day does not fill its timeline with entries for nothing.
 */
function watchMeasure(start: number, items: number): void {
  const ms = performance.now() - start;
  if (ms >= 1)
    timelineMeasure('inline-context:watch', { start, detail: { ms: Math.round(ms * 10) / 10, items } });
}
