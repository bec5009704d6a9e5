/**
 * Turns a stream of DOM changes into few, small rescans. Changed subtrees are collected and flushed after the
 * page has been quiet for `debounceMs`, but at least every `maxWaitMs` while it keeps changing, so a live
 * ticker that adds a node every 100 ms causes one small rescan a second, not ten, and never a whole-page one.
 * Generic over the node type, with `parent` injected, so it is testable without a DOM.
 *
 * Bounded on hostile pages: a burst of n changed blocks costs O(n) (one timer for the whole burst, not a
 * clear-and-set per change, and a flush linear in the nodes between the roots and the top of the tree), so a
 * script that adds 20,000 sibling paragraphs at once is not a quadratic flush.
 */
import type { IntentTimers } from './hover-intent.ts';

export interface CoalescerOptions<N> extends IntentTimers {
  debounceMs: number;
  maxWaitMs: number;
  /** The node's parent, or null at the top of its tree (`node.parentNode`). */
  parent(node: N): N | null;
  /** Receives the outermost changed roots, deduplicated. */
  flush(roots: N[]): void;
  now(): number;
}

/**
 * Keeps only the roots not inside another root of the list (order kept, duplicates dropped). Each root walks up
 * until it meets another root, or a node already walked; every node walked remembers its answer, so the whole
 * call visits each node between the roots and the top of the tree once: linear, where comparing every pair of
 * roots was quadratic (20,000 sibling blocks were 200 million `contains` calls).
 */
export function outermost<N>(roots: readonly N[], parent: (n: N) => N | null): N[] {
  const isRoot = new Set(roots);
  const inside = insideAny(isRoot, parent);
  const out: N[] = [];
  const kept = new Set<N>();
  for (const r of roots) {
    const up = parent(r);
    if (kept.has(r) || (up !== null && inside(up))) continue;
    kept.add(r);
    out.push(r);
  }
  return out;
}

/**
 * A test "is `n` one of `roots` or inside one?" for many nodes in a row. Each call walks up until it meets a
 * root or a node an earlier call walked, and every node walked remembers its answer: over many calls, each node
 * between them and the top of the tree is visited once.
 */
export function insideAny<N>(roots: ReadonlySet<N>, parent: (n: N) => N | null): (n: N) => boolean {
  /** Node → whether it or one of its ancestors is a root. */
  const known = new Map<N, boolean>();
  return (start) => {
    const path: N[] = [];
    let answer = false;
    for (let n: N | null = start; n !== null; n = parent(n)) {
      const k = known.get(n);
      if (k !== undefined) {
        answer = k;
        break;
      }
      path.push(n);
      if (roots.has(n)) {
        answer = true;
        break;
      }
    }
    for (const n of path) known.set(n, answer);
    return answer;
  };
}

export class ChangeCoalescer<N> {
  private roots = new Set<N>();
  private timer: number | null = null;
  /** When the first change of the waiting burst came, and the latest one. */
  private firstAt: number | null = null;
  private lastAt = 0;

  constructor(private readonly opts: CoalescerOptions<N>) {}

  /** Number of roots waiting for the next flush. */
  get size(): number {
    return this.roots.size;
  }

  add(root: N): void {
    this.roots.add(root);
    this.lastAt = this.opts.now();
    if (this.firstAt === null) {
      this.firstAt = this.lastAt;
      this.arm(this.opts.debounceMs);
    }
    // Otherwise the armed timer is already waiting; when it fires it looks at `lastAt` and waits on if the
    // page changed since. One timer per burst instead of a clear and a set per change.
  }

  flushNow(): void {
    if (this.timer !== null) this.opts.clearTimeout(this.timer);
    this.timer = null;
    this.firstAt = null;
    if (this.roots.size === 0) return;
    const roots = outermost([...this.roots], this.opts.parent);
    this.roots.clear();
    this.opts.flush(roots);
  }

  destroy(): void {
    if (this.timer !== null) this.opts.clearTimeout(this.timer);
    this.timer = null;
    this.firstAt = null;
    this.roots.clear();
  }

  private arm(ms: number): void {
    this.timer = this.opts.setTimeout(() => this.due(), Math.max(0, ms));
  }

  /** The timer fired: flush if the page has been quiet long enough or the burst has waited its maximum. */
  private due(): void {
    this.timer = null;
    if (this.firstAt === null) return;
    const now = this.opts.now();
    const quietAt = this.lastAt + this.opts.debounceMs;
    const latest = this.firstAt + this.opts.maxWaitMs;
    if (now >= quietAt || now >= latest) this.flushNow();
    else this.arm(Math.min(quietAt, latest) - now);
  }
}
