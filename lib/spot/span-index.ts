/**
 * Questions about a block's mentions asked once per candidate ("is this word inside another mention?",
 * "is there an anchor in this sentence?"), answered by binary search over spans sorted by start, so the
 * context rules stay O(n log n) on a one-block page with thousands of mentions.
 */
export class SpanIndex {
  private readonly starts: number[];
  private readonly ends: number[];

  /** `spans` must not overlap (the matcher's leftmost-longest output does not). */
  constructor(spans: readonly { start: number; end: number }[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.ends = sorted.map((s) => s.end);
  }

  /** Index of the last span starting at or before `at`, or -1. */
  private lastAtOrBefore(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** True when one span contains all of `[from, to)`. */
  covers(from: number, to: number): boolean {
    const i = this.lastAtOrBefore(from);
    return i >= 0 && (this.ends[i] as number) >= to;
  }

  /** True when some span lies entirely inside `[from, to)`. */
  anyWithin(from: number, to: number): boolean {
    let i = this.lastAtOrBefore(from);
    if (i < 0 || (this.starts[i] as number) < from) i++;
    return i < this.starts.length && (this.ends[i] as number) <= to;
  }
}
