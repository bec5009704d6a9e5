/** The popup's counts on a page over the mark cap: mentions in dropped paragraphs still count (lib/page/dropped-counts.ts). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DroppedCounts } from '../../lib/page/dropped-counts.ts';

describe('DroppedCounts', () => {
  test('a feed over the cap still says how often it names each person, not only what is held near the reader', () => {
    const dropped = new DroppedCounts<string>();
    // The oldest articles at the top lost their marks; the reader is at the bottom, where 2 marks are held.
    dropped.add('article-1', ['alexander-lukashenko', 'ali-khamenei']);
    dropped.add('article-2', ['alexander-lukashenko']);
    expect(dropped.withHeld({ 'alexander-lukashenko': 2 })).toEqual({
      'alexander-lukashenko': 4,
      'ali-khamenei': 1,
    });
  });

  test('a paragraph marked again (the reader scrolled back) is counted once, by its marks', () => {
    const dropped = new DroppedCounts<string>();
    dropped.add('article-1', ['ebrahim-raisi', 'ebrahim-raisi']);
    expect(dropped.withHeld({})).toEqual({ 'ebrahim-raisi': 2 });
    expect(dropped.remove('article-1')).toBe(true);
    // Its two marks are held again.
    expect(dropped.withHeld({ 'ebrahim-raisi': 2 })).toEqual({ 'ebrahim-raisi': 2 });
    expect(dropped.remove('article-1')).toBe(false);
  });

  test('a paragraph that left the page no longer counts', () => {
    const dropped = new DroppedCounts<string>();
    dropped.add('gone', ['belarus']);
    dropped.remove('gone');
    expect(dropped.withHeld({})).toEqual({});
    expect(dropped.size).toBe(0);
  });

  test('any sequence: the totals are the sum over the blocks still counted', () => {
    const ids = ['a', 'b', 'c'];
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ add: fc.nat(5), entities: fc.array(fc.constantFrom(...ids), { maxLength: 4 }) }),
            fc.record({ remove: fc.nat(5) }),
          ),
        ),
        (ops) => {
          const dropped = new DroppedCounts<number>();
          const model = new Map<number, string[]>();
          for (const op of ops) {
            if ('add' in op) {
              dropped.add(op.add, op.entities);
              model.set(op.add, [...(model.get(op.add) ?? []), ...op.entities]);
            } else {
              dropped.remove(op.remove);
              model.delete(op.remove);
            }
          }
          const expected: Record<string, number> = {};
          for (const es of model.values()) for (const e of es) expected[e] = (expected[e] ?? 0) + 1;
          expect(dropped.withHeld({})).toEqual(expected);
        },
      ),
    );
  });
});
