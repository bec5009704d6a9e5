/** How a cue term matches page words (data/statement-cues.json's term syntax, lib/quote/term-matcher.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
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

describe('the cue lexicon (data/statement-cues.json)', () => {
  const cues = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'data', 'statement-cues.json'), 'utf8'),
  ) as { concepts: Record<string, Record<string, string[]>> };
  const america = Object.values(cues.concepts.america ?? {}).flat();

  test('the pronoun "us" is no cue for America (folded, it would read as "US"); the spotted US still is', () => {
    expect(hits(america, 'Hard times showed us our real friends')).toEqual([]);
    expect(hits(america, 'sanctioned by America')).toEqual([[2, 3]]);
    expect(america).toContain('@united-states');
  });

  test('"United" in "the United States" is no uniting, in any language\'s list (folded: French «unité» is "unite")', () => {
    const uniting = [
      ...Object.values(cues.concepts['in-common'] ?? {}).flat(),
      ...Object.values(cues.concepts['unite-bloc'] ?? {}).flat(),
    ];
    expect(hits(uniting, 'sanctions imposed by the United States')).toEqual([]);
    expect(hits(uniting, 'countries must unite')).toContainEqual([2, 3]);
  });

  test('"the guest" descriptions are whole words in the subject\'s form: «Der Gast», not «der Gastgeber», «den Gast»', () => {
    const described = cues as unknown as { described: Record<string, Record<string, string[]>> };
    const guest = Object.values(described.described['alexander-lukashenko'] ?? {}).flat();
    expect(hits(guest, 'Der Gast versprach es')).toEqual([[0, 2]]);
    expect(hits(guest, 'der Gastgeber sagte')).toEqual([]);
    expect(hits(guest, 'er dankte den Gast')).toEqual([]);
    expect(hits(guest, 'Гость заявил')).toEqual([[0, 1]]);
    expect(hits(guest, 'поблагодарил гостя')).toEqual([]);
    // (The apostrophe parts two words: «l» and «invité».)
    expect(hits(guest, "L'invité a promis")).toEqual([[0, 2]]);
    expect(hits(guest, "l'invitée d'honneur")).toEqual([]);
  });

  test('Turkish «kâr» (profit) is a whole word: «kararlılık» (determination), «karşı» (against) are no benefit', () => {
    const benefit = cues.concepts['interest-benefit']?.tr ?? [];
    expect(hits(benefit, 'kararlılıkla yaptırımlara karşı')).toEqual([]);
    expect(hits(benefit, 'iki ülkenin kârı')).toEqual([[2, 3]]);
  });
});

describe('cue terms compiled together', () => {
  // Pieces of words as the lexicon writes them: ASCII and not, capitals, accents, Persian with ZWNJ and
  // harakat, a hyphen, an apostrophe, a letter outside the BMP, and the `=` / `*` marks.
  const piece = fc.constantFrom(
    'sanc',
    'Said',
    'a',
    '12',
    'north-south',
    "l'Iran",
    'санкц',
    'ЛЕТ',
    'ё',
    'خامنه‌ای',
    'بِال',
    'قدرت',
    'München',
    'İran',
    'ı',
    '𝐀b',
    'x`y',
    '=said',
    '=a',
    '*krieg',
  );
  const term = fc.array(piece, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));

  test('a list of terms finds what its terms find one by one (however many share a compile step)', () => {
    fc.assert(
      fc.property(
        fc.array(term, { minLength: 1, maxLength: 60 }),
        fc.array(piece, { maxLength: 12 }),
        (terms, text) => {
          const words = sentenceWords(
            `${text.map((w) => w.replace(/^[=*]/, '')).join(' ')} Wirtschaftskrieg`,
          );
          const key = (h: { from: number; to: number }) => `${h.from}-${h.to}`;
          const together = new TermMatcher([['c', terms]]).spans(words).map(key).sort();
          const alone = terms.flatMap((t) => new TermMatcher([['c', [t]]]).spans(words).map(key)).sort();
          expect(together).toEqual(alone);
        },
      ),
      { numRuns: 200 },
    );
    // (Each run compiles up to 61 matchers: ~5 s alone, more on a loaded machine.)
  }, 30_000);
});
