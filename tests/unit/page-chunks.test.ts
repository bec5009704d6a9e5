import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { ChangeCoalescer, outermost } from '../../lib/page/change-coalescer.ts';
import { runInChunks, textWindows } from '../../lib/page/chunk-runner.ts';

/** A fake clock where each work item costs `cost` ms. */
function fakeClock() {
  let t = 0;
  return { now: () => t, spend: (ms: number) => (t += ms) };
}

describe('runInChunks', () => {
  test('yields whenever a chunk used its budget, so no chunk is much longer than the budget', async () => {
    const clock = fakeClock();
    const chunks: number[] = [];
    let yields = 0;
    const done = await runInChunks(
      Array.from({ length: 100 }, (_, i) => i),
      () => clock.spend(3),
      {
        budgetMs: 12,
        now: clock.now,
        yieldToHost: async () => {
          yields++;
        },
        onChunk: (ms) => chunks.push(ms),
      },
    );
    expect(done).toBe(true);
    expect(yields).toBe(25);
    expect(Math.max(...chunks)).toBeLessThanOrEqual(12);
  });

  test('stops between items once aborted, and says so', async () => {
    const clock = fakeClock();
    const controller = new AbortController();
    const seen: number[] = [];
    const done = await runInChunks(
      [1, 2, 3, 4, 5, 6],
      (i) => {
        seen.push(i);
        clock.spend(10);
        if (i === 2) controller.abort();
      },
      { budgetMs: 5, now: clock.now, yieldToHost: async () => {}, signal: controller.signal },
    );
    expect(done).toBe(false);
    expect(seen).toEqual([1, 2]);
  });
});

describe('textWindows', () => {
  test('covers the text, overlapping so a name across an edge lies wholly in one window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 99 }),
        (len, at, nameLen) => {
          const windows = textWindows(len, 300, 100);
          expect(windows[0]?.start).toBe(0);
          expect(windows.at(-1)?.end).toBe(len);
          const start = Math.min(at, Math.max(0, len - nameLen));
          const end = Math.min(len, start + nameLen);
          expect(windows.some((w) => w.start <= start && end <= w.end)).toBe(true);
        },
      ),
    );
  });
});

/** Paths as nodes: "a/b" is a child of "a". */
const parentPath = (x: string): string | null => (x.includes('/') ? x.slice(0, x.lastIndexOf('/')) : null);

describe('outermost', () => {
  test('keeps only roots not inside another root', () => {
    expect(outermost(['a/b', 'c', 'a', 'a/b/c', 'c/d', 'e'], parentPath)).toEqual(['c', 'a', 'e']);
    expect(outermost(['x/y', 'x/z'], parentPath)).toEqual(['x/y', 'x/z']);
    expect(outermost(['x/y', 'x/y', 'x/y/z/w'], parentPath)).toEqual(['x/y']);
  });

  test('agrees with comparing every pair, on random trees (the reference it replaces)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 5 })),
        (paths) => {
          const roots = paths.map((p) => p.join('/'));
          const inside = (x: string, y: string) => y === x || y.startsWith(`${x}/`);
          const reference = roots.filter(
            (r, i) => roots.indexOf(r) === i && !roots.some((o) => o !== r && inside(o, r)),
          );
          expect(outermost(roots, parentPath)).toEqual(reference);
        },
      ),
    );
  });

  test('a 20,000-block burst stays under 50 ms per task: the flush is linear in the blocks, not quadratic', () => {
    // 20,000 sibling paragraphs a script appended at once, under body/html: counting the steps, not timing
    // them. The quadratic flush made ~200 million `contains` calls here (seconds in one task); a linear one
    // makes a few per block, which is well under a millisecond per thousand blocks.
    let steps = 0;
    const parent = (x: string) => {
      steps++;
      return parentPath(x);
    };
    const siblings = Array.from({ length: 20_000 }, (_, i) => `html/body/main/p${i}`);
    expect(outermost(siblings, parent)).toHaveLength(20_000);
    expect(steps).toBeLessThanOrEqual(2 * 20_000 + 10);
    // Nested the other way: 20,000 blocks each inside the one before (a hostile 20,000-deep page). Nodes are
    // numbers here, node i's parent is i - 1.
    steps = 0;
    const up = (i: number) => {
      steps++;
      return i > 0 ? i - 1 : null;
    };
    const chain = Array.from({ length: 20_000 }, (_, i) => 20_000 - i);
    expect(outermost(chain, up)).toEqual([1]);
    expect(steps).toBeLessThanOrEqual(2 * 20_000 + 10);
  });

  test('a 20,000-block burst arms one timer, not one per block', () => {
    let timers = 0;
    const flushed: string[][] = [];
    const c = new ChangeCoalescer<string>({
      debounceMs: 250,
      maxWaitMs: 1000,
      setTimeout: () => ++timers,
      clearTimeout: () => undefined,
      now: () => 0,
      parent: parentPath,
      flush: (roots) => flushed.push(roots),
    });
    for (let i = 0; i < 20_000; i++) c.add(`html/body/p${i}`);
    expect(timers).toBe(1);
    c.flushNow();
    expect(flushed[0]).toHaveLength(20_000);
  });
});

describe('ChangeCoalescer', () => {
  test('a ticker adding a node every 100 ms for a minute is flushed about once a second, not 600 times', () => {
    vi.useFakeTimers();
    try {
      const flushes: string[][] = [];
      const c = new ChangeCoalescer<string>({
        debounceMs: 250,
        maxWaitMs: 1000,
        setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
        clearTimeout: (h) => clearTimeout(h),
        now: () => Date.now(),
        parent: parentPath,
        flush: (roots) => flushes.push(roots),
      });
      for (let i = 0; i < 600; i++) {
        c.add(`line-${i}`);
        vi.advanceTimersByTime(100);
      }
      vi.advanceTimersByTime(1000);
      expect(flushes.length).toBeGreaterThanOrEqual(55);
      expect(flushes.length).toBeLessThanOrEqual(61);
      // Every line is flushed exactly once, and only the lines: never more than about ten per flush.
      expect(flushes.flat()).toHaveLength(600);
      expect(Math.max(...flushes.map((f) => f.length))).toBeLessThanOrEqual(11);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a burst is flushed once, after the page goes quiet', () => {
    vi.useFakeTimers();
    try {
      const flushes: string[][] = [];
      const c = new ChangeCoalescer<string>({
        debounceMs: 250,
        maxWaitMs: 1000,
        setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
        clearTimeout: (h) => clearTimeout(h),
        now: () => Date.now(),
        parent: parentPath,
        flush: (roots) => flushes.push(roots),
      });
      c.add('p1/b');
      c.add('p1');
      c.add('p2');
      vi.advanceTimersByTime(249);
      expect(flushes).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(flushes).toEqual([['p1', 'p2']]);
    } finally {
      vi.useRealTimers();
    }
  });
});
