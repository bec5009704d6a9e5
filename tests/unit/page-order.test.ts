import { describe, expect, test } from 'vitest';
import bundleJson from '../../generated/bundle.json';
import type { Bundle } from '../../lib/data/types.ts';
import { statementsFor } from '../../lib/page/card-statements.ts';
import { stepIndex } from '../../lib/page/mark-order.ts';

const bundle = bundleJson as unknown as Bundle;

describe('walking the marks', () => {
  const marks = ['belarus', 'lukashenko', 'khamenei', 'lukashenko', 'sanctions'];

  test('next and previous wrap around the page', () => {
    expect(stepIndex(marks, -1, 1)).toBe(0);
    expect(stepIndex(marks, -1, -1)).toBe(4);
    expect(stepIndex(marks, 4, 1)).toBe(0);
    expect(stepIndex(marks, 0, -1)).toBe(4);
  });

  test('can follow one entity only (the popup "next mention")', () => {
    const luka = (m: string) => m === 'lukashenko';
    expect(stepIndex(marks, -1, 1, luka)).toBe(1);
    expect(stepIndex(marks, 1, 1, luka)).toBe(3);
    expect(stepIndex(marks, 3, 1, luka)).toBe(1);
    expect(stepIndex(marks, -1, 1, (m) => m === 'raisi')).toBe(-1);
    expect(stepIndex([], -1, 1)).toBe(-1);
  });
});

describe('statements on a card', () => {
  test('a person card starts with their own words, then what concerns them; at most three', () => {
    const s = statementsFor('alexander-lukashenko', bundle.statements, []);
    expect(s).toHaveLength(3);
    expect(s.every((x) => x.speaker === 'alexander-lukashenko')).toBe(true);
  });

  test("the page's ranking orders them", () => {
    const ranking = ['lu-04-real-friends', 'lu-02-new-page'];
    const s = statementsFor('alexander-lukashenko', bundle.statements, ranking);
    expect(s.map((x) => x.id).slice(0, 2)).toEqual(ranking);
  });

  test('a topic card shows statements about the topic', () => {
    const s = statementsFor('sanctions', bundle.statements, []);
    expect(s.length).toBeGreaterThan(0);
    expect(s.every((x) => x.topics.includes('sanctions'))).toBe(true);
  });

  test('an entity no statement concerns gets an empty list', () => {
    expect(statementsFor('mojtaba-khamenei', bundle.statements, [])).toEqual([]);
  });
});
