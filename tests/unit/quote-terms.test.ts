/** How a cue term matches page words (data/statement-cues.json's term syntax, lib/quote/term-matcher.ts). */
import { describe, expect, test } from 'vitest';
import { sentenceWords, TermMatcher } from '../../lib/quote/term-matcher.ts';

const hits = (terms: string[], text: string) =>
  new TermMatcher([['concept', terms]]).spans(sentenceWords(text)).map((h) => [h.from, h.to]);

describe('cue terms', () => {
  test('a word is a stem: «санкц» matches «санкциями»', () => {
    expect(hits(['санкц'], 'против санкциями')).toEqual([[1, 2]]);
  });

  test('a word of one or two letters before another word is whole: "12 лет" is not "120 лет"', () => {
    expect(hits(['12 лет'], 'за 12 лет')).toEqual([[1, 3]]);
    expect(hits(['12 лет'], 'за 120 лет')).toEqual([]);
    expect(hits(['a dit'], 'il a dit')).toEqual([[1, 3]]);
    expect(hits(['a dit'], 'il avait dit')).toEqual([]);
    expect(hits(['in common'], 'into common use')).toEqual([]);
  });

  test('a longer word before another word keeps its stem match: «экономическ войн» in «экономической войны»', () => {
    expect(hits(['экономическ войн'], 'ведут экономической войны')).toEqual([[1, 3]]);
  });

  test('the last word, however short, stays a stem', () => {
    expect(hits(['север юг'], 'коридор север юга')).toEqual([[1, 3]]);
  });
});
