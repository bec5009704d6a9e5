/** SpanIndex (lib/quote/span-index.ts) against the plain filter it replaces, on random nested and long spans. */
import { describe, expect, it } from 'vitest';
import { SpanIndex } from '../../lib/quote/span-index.ts';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('SpanIndex', () => {
  it('finds exactly the spans a plain filter finds, in order of start', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = random(seed);
      const spans = Array.from({ length: Math.floor(r() * 40) }, (_, id) => {
        const start = Math.floor(r() * 500);
        // Mostly short (names), sometimes long (a quotation over several sentences).
        const end = start + 1 + Math.floor(r() < 0.1 ? r() * 300 : r() * 20);
        return { start, end, id };
      });
      const index = new SpanIndex(spans);
      for (let q = 0; q < 20; q++) {
        const from = Math.floor(r() * 520);
        const to = from + Math.floor(r() * 60);
        const want = spans
          .filter((s) => s.start < to && s.end > from)
          .sort((a, b) => a.start - b.start || a.id - b.id)
          .map((s) => s.id);
        const got = index.overlapping(from, to).map((s) => s.id);
        expect(
          [...got].sort((a, b) => a - b),
          `seed ${seed}`,
        ).toEqual([...want].sort((a, b) => a - b));
        const starts = index.overlapping(from, to).map((s) => s.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }
    }
  });

  it('inside, anyInside and any agree with overlapping filtered, on the same random spans (empty ones too)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = random(seed);
      const spans = Array.from({ length: Math.floor(r() * 40) }, (_, id) => {
        const start = Math.floor(r() * 500);
        const end = start + Math.floor(r() < 0.1 ? r() * 300 : r() * 20);
        return { start, end, id };
      });
      const index = new SpanIndex(spans);
      for (let q = 0; q < 20; q++) {
        const from = Math.floor(r() * 520);
        const to = from + Math.floor(r() * 60);
        const overlapping = index.overlapping(from, to);
        expect(index.any(from, to), `seed ${seed}`).toBe(overlapping.length > 0);
        const inside = overlapping.filter((s) => s.start >= from && s.end <= to);
        expect(index.inside(from, to), `seed ${seed}`).toEqual(inside);
        expect(index.anyInside(from, to), `seed ${seed}`).toBe(inside.length > 0);
      }
    }
  });

  it('an empty index finds nothing', () => {
    expect(new SpanIndex([]).overlapping(0, 100)).toEqual([]);
    expect(new SpanIndex([]).inside(0, 100)).toEqual([]);
    expect(new SpanIndex([]).any(0, 100)).toBe(false);
    expect(new SpanIndex([]).anyInside(0, 100)).toBe(false);
  });
});
