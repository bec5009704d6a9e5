/**
 * Turns a stream of DOM changes into few, small rescans. Changed subtrees are collected and flushed after the
 * page has been quiet for `debounceMs`, but at least every `maxWaitMs` while it keeps changing, so a live
 * ticker that adds a node every 100 ms causes one small rescan a second, not ten, and never a whole-page one.
 * Generic over the node type, with `contains` injected, so it is testable without a DOM.
 */
import type { IntentTimers } from './hover-intent.ts';

export interface CoalescerOptions<N> extends IntentTimers {
  debounceMs: number;
  maxWaitMs: number;
  /** `a.contains(b)` (true when equal). */
  contains(a: N, b: N): boolean;
  /** Receives the outermost changed roots, deduplicated. */
  flush(roots: N[]): void;
  now(): number;
}

/** Keeps only the roots not inside another root of the list (order kept). */
export function outermost<N>(roots: readonly N[], contains: (a: N, b: N) => boolean): N[] {
  const out: N[] = [];
  for (const r of roots) {
    if (out.some((o) => contains(o, r))) continue;
    for (let i = out.length - 1; i >= 0; i--) {
      const o = out[i] as N;
      if (contains(r, o)) out.splice(i, 1);
    }
    out.push(r);
  }
  return out;
}

export class ChangeCoalescer<N> {
  private roots = new Set<N>();
  private timer: number | null = null;
  private firstAt: number | null = null;

  constructor(private readonly opts: CoalescerOptions<N>) {}

  /** Number of roots waiting for the next flush. */
  get size(): number {
    return this.roots.size;
  }

  add(root: N): void {
    this.roots.add(root);
    const now = this.opts.now();
    this.firstAt ??= now;
    if (this.timer !== null) this.opts.clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.opts.debounceMs, this.firstAt + this.opts.maxWaitMs - now));
    this.timer = this.opts.setTimeout(() => this.flushNow(), wait);
  }

  flushNow(): void {
    if (this.timer !== null) this.opts.clearTimeout(this.timer);
    this.timer = null;
    this.firstAt = null;
    if (this.roots.size === 0) return;
    const roots = outermost([...this.roots], this.opts.contains);
    this.roots.clear();
    this.opts.flush(roots);
  }

  destroy(): void {
    if (this.timer !== null) this.opts.clearTimeout(this.timer);
    this.timer = null;
    this.roots.clear();
  }
}
