/** How many marks a page keeps on an endless feed, and which blocks go first (lib/page/mark-cap.ts). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { blocksToDrop, type CapBlock, MARK_CAP, MARK_CAP_KEEP } from '../../lib/page/mark-cap.ts';

/** `n` blocks of `marks` marks each, made in document order (a feed that appends). */
const feed = (n: number, marks: number): CapBlock[] =>
  Array.from({ length: n }, (_, i) => ({ marks, newest: i }));
const sum = (blocks: readonly CapBlock[], idx: Iterable<number>) => {
  let s = 0;
  for (const i of idx) s += (blocks[i] as CapBlock).marks;
  return s;
};
const held = (blocks: readonly CapBlock[], dropped: number[]) =>
  sum(blocks, blocks.keys()) - sum(blocks, dropped);

describe('blocksToDrop', () => {
  test('a page under the cap keeps every mark', () => {
    const blocks = feed(MARK_CAP / 5, 5);
    expect(blocksToDrop(blocks, 0)).toEqual([]);
  });

  test('a feed read at its bottom drops its oldest articles at the top, and keeps the newest', () => {
    // 2,000 articles of 5 marks: 10,000 marks, the reader at the last one.
    const blocks = feed(2_000, 5);
    const dropped = blocksToDrop(blocks, 1_999);
    expect(held(blocks, dropped)).toBeLessThanOrEqual(MARK_CAP_KEEP);
    expect(held(blocks, dropped)).toBeGreaterThan(MARK_CAP_KEEP - 5);
    expect(dropped).toContain(0);
    expect(dropped).not.toContain(1_999);
    expect(Math.max(...dropped)).toBeLessThan(2_000 - MARK_CAP_KEEP / 5);
  });

  test('a long page read at its top drops its far end first', () => {
    const blocks = feed(1_500, 4);
    const dropped = blocksToDrop(blocks, 0);
    expect(dropped).toContain(1_499);
    expect(dropped).not.toContain(0);
    expect(dropped).not.toContain(1);
  });

  test('marks around the reader stay, on both sides, while far ones on both sides go', () => {
    const blocks = feed(3_000, 2);
    const dropped = new Set(blocksToDrop(blocks, 1_500));
    for (const near of [1_499, 1_500, 1_501]) expect(dropped.has(near)).toBe(false);
    expect(dropped.has(0)).toBe(true);
    expect(dropped.has(2_999)).toBe(true);
  });

  test('of two blocks as far from the reader, the older one goes first', () => {
    // Equal distance 1 on both sides; the one below was marked earlier (a re-marked paragraph above it).
    const blocks: CapBlock[] = [
      { marks: 3, newest: 9 },
      { marks: 1, newest: 5 },
      { marks: 3, newest: 2 },
    ];
    expect(blocksToDrop(blocks, 1, 5, 4)).toEqual([2]);
  });

  test("the reader's own block is never dropped, even when it alone holds more than the cap (a giant <pre>)", () => {
    const blocks: CapBlock[] = [
      { marks: 2, newest: 0 },
      { marks: 9_000, newest: 1 },
      { marks: 2, newest: 2 },
    ];
    expect(blocksToDrop(blocks, 1).sort()).toEqual([0, 2]);
  });

  test('any page: what is kept is at most the target (or the reader alone), and nearer than what is dropped', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ marks: fc.integer({ min: 0, max: 40 }), newest: fc.nat(1000) }), {
          minLength: 1,
          maxLength: 300,
        }),
        fc.nat(),
        (blocks, r) => {
          const reader = r % blocks.length;
          const dropped = blocksToDrop(blocks, reader, 500, 400);
          const total = sum(blocks, blocks.keys());
          if (total <= 500) return dropped.length === 0;
          const kept = [...blocks.keys()].filter((i) => !dropped.includes(i));
          const keptHeld = held(blocks, dropped);
          const readerOnly = dropped.length === blocks.length - 1;
          expect(keptHeld <= 400 || readerOnly).toBe(true);
          expect(dropped).not.toContain(reader);
          const nearestDropped = Math.min(...dropped.map((i) => Math.abs(i - reader)));
          for (const i of kept) expect(Math.abs(i - reader)).toBeLessThanOrEqual(nearestDropped);
          return true;
        },
      ),
    );
  });

  test('any page: the same blocks, in the same order, as sorting every block by distance then age', () => {
    // The reference is the policy spelled out as a sort (what the cap did before it walked in from the ends).
    const reference = (blocks: CapBlock[], reader: number, cap: number, keep: number): number[] => {
      let total = sum(blocks, blocks.keys());
      if (total <= cap) return [];
      const order = [...blocks.keys()].filter((i) => i !== reader);
      order.sort(
        (a, b) =>
          Math.abs(b - reader) - Math.abs(a - reader) ||
          (blocks[a] as CapBlock).newest - (blocks[b] as CapBlock).newest,
      );
      const out: number[] = [];
      for (const i of order) {
        if (total <= keep) break;
        total -= (blocks[i] as CapBlock).marks;
        out.push(i);
      }
      return out;
    };
    fc.assert(
      fc.property(
        fc.array(fc.record({ marks: fc.integer({ min: 0, max: 40 }), newest: fc.nat(20) }), {
          minLength: 1,
          maxLength: 300,
        }),
        fc.nat(),
        (blocks, r) => {
          const reader = r % blocks.length;
          expect(blocksToDrop(blocks, reader, 500, 400)).toEqual(reference(blocks, reader, 500, 400));
        },
      ),
    );
  });
});
