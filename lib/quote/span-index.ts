/**
 * Which of many spans overlap a stretch of text, without looking at them all: a giant block (a 5 MB `<pre>`
 * of a live blog) holds tens of thousands of sentences, quotations and names, and asking every sentence about
 * every quotation made linking quadratic (minutes on such a block). Spans are sorted by start; a running
 * maximum of their ends bounds how far back an overlapping span can start, so nested or long spans are found
 * too. Offsets are UTF-16, ends exclusive.
 */
export class SpanIndex<T extends { start: number; end: number }> {
  private readonly spans: readonly T[];
  /** `maxEnd[i]`: the largest end among spans[0..i]. */
  private readonly maxEnd: number[];

  /** `spans` is kept, not copied, when already in order: do not change it while the index is in use. */
  constructor(spans: readonly T[]) {
    // Callers mostly pass spans already in order (quotations, matches, sentences): copy and sort only when not.
    let sorted = true;
    for (let i = 1; i < spans.length && sorted; i++)
      sorted = (spans[i - 1] as T).start <= (spans[i] as T).start;
    this.spans = sorted ? spans : [...spans].sort((a, b) => a.start - b.start);
    const maxEnd: number[] = new Array(this.spans.length);
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < this.spans.length; i++) {
      const end = (this.spans[i] as T).end;
      if (end > max) max = end;
      maxEnd[i] = max;
    }
    this.maxEnd = maxEnd;
  }

  /** Spans with `start < to` and `end > from`, in order of start. */
  overlapping(from: number, to: number): T[] {
    const { spans, maxEnd } = this;
    // First span starting at or after `to`: everything before it starts before `to`.
    const lo = this.firstStartingAt(to);
    if (lo === 0) return [];
    const out: T[] = [];
    // Walk back while some span at or before j may still reach past `from`.
    for (let j = lo - 1; j >= 0 && (maxEnd[j] as number) > from; j--) {
      const s = spans[j] as T;
      if (s.end > from) out.push(s);
    }
    return out.reverse();
  }

  /**
   * Spans lying wholly inside [from, to) (`start >= from` and `end <= to`), in order of start: what
   * `overlapping(from, to)` filtered so gives, without the walk back or a second array. Pushed to `out`.
   * Linear in the spans found only because spans start in order; the walk stops at the first starting at `to`.
   */
  inside(from: number, to: number, out: T[] = []): T[] {
    const { spans } = this;
    for (let j = this.firstStartingAt(from); j < spans.length; j++) {
      const s = spans[j] as T;
      if (s.start >= to) break;
      // (end > from only excludes an empty span at `from`, as `overlapping` does.)
      if (s.end <= to && s.end > from) out.push(s);
    }
    return out;
  }

  /** True when some span lies wholly inside [from, to): `inside(from, to).length > 0` without the array. */
  anyInside(from: number, to: number): boolean {
    const { spans } = this;
    for (let j = this.firstStartingAt(from); j < spans.length; j++) {
      const s = spans[j] as T;
      if (s.start >= to) return false;
      if (s.end <= to && s.end > from) return true;
    }
    return false;
  }

  /** True when some span overlaps [from, to): `overlapping(from, to).length > 0` without the array. */
  any(from: number, to: number): boolean {
    const lo = this.firstStartingAt(to);
    // maxEnd is non-decreasing: the spans before `lo` reach past `from` iff the last running maximum does.
    return lo > 0 && (this.maxEnd[lo - 1] as number) > from;
  }

  /** The index of the first span starting at or after `at` (spans are in order of start). */
  private firstStartingAt(at: number): number {
    const { spans } = this;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid] as T).start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
