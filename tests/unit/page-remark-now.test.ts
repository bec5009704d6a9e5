/** Which changes are re-marked at once (before the next paint) and which wait for the queued pass. */
import { describe, expect, test } from 'vitest';
import { FrameBudget, REMARK_NOW_MAX_BLOCKS, remarkNow } from '../../lib/page/remark-now.ts';

const len = (s: string) => s.length;

describe('remarkNow', () => {
  test('a re-rendered paragraph that carried marks is re-marked at once', () => {
    const budget = new FrameBudget(4, 16, () => 0);
    expect(remarkNow(['Lukashenko met Khamenei.'], true, len, budget)).toBe(true);
  });

  test("a ticker's new line took no marks away: it waits for the queued pass", () => {
    const budget = new FrameBudget(4, 16, () => 0);
    expect(remarkNow(['12: Lukashenko lands in Minsk'], false, len, budget)).toBe(false);
  });

  test('big changes are queued: too many blocks, or too much text', () => {
    const budget = new FrameBudget(4, 16, () => 0);
    expect(remarkNow(Array(REMARK_NOW_MAX_BLOCKS + 1).fill('x'), true, len, budget)).toBe(false);
    expect(remarkNow(['x'.repeat(5_000)], true, len, budget)).toBe(false);
  });

  test('once a frame has used its budget, changes are queued until the next frame', () => {
    let now = 0;
    const budget = new FrameBudget(4, 16, () => now);
    expect(remarkNow(['a'], true, len, budget)).toBe(true);
    budget.spend(3);
    expect(remarkNow(['a'], true, len, budget)).toBe(true);
    budget.spend(2);
    expect(remarkNow(['a'], true, len, budget)).toBe(false);
    now = 16;
    expect(remarkNow(['a'], true, len, budget)).toBe(true);
  });
});
