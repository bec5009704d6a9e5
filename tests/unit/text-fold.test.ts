import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldText, toOriginalRange } from '../../lib/text/fold.ts';

// Text that looks like the pages we read: Persian (with ZWNJ, Arabic ي/ك, harakat, tatweel), Russian
// (ё, й), English with accents, dashes, quotes, odd white space and astral characters.
const pieces = [
  'خامنه‌ای',
  'خامنهای',
  'آیت الله',
  'لوكاشنكو',
  'علي',
  'مُحَمَّد',
  'ـــ',
  '۱۴۰۱',
  '٢٠٢٣',
  'تحریم‌های',
  'Белоруссией',
  'ёлка',
  'Хаменей',
  'Lukashenko’s',
  'Khameneï',
  'North–South',
  'Север — Юг',
  '«',
  '»',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00A0',
  '\u200C',
  '\u200F',
  '\uFEFF',
  '\u00AD',
  'ﷲ',
  'ﻻ',
  'Ⅻ',
  'ß',
  'İ',
  'ı',
  'IRAK',
  "Lukaşenko'nun",
  'والرئيس',
  'Лукашэнкі',
  'ў',
  '😀',
  'a',
  'B',
  '-',
  '—',
  "'",
  'x\u0301',
];
const pageText = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 30 })
  .map((a) => a.join(''));
const anyText = fc.oneof(pageText, fc.string({ unit: 'binary', maxLength: 40 }));

describe('fold (property tests)', () => {
  it('maps every folded character to a non-empty, increasing range inside the original', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const f = fold(text);
        expect(f.starts.length).toBe(f.text.length);
        for (let i = 0; i < f.text.length; i++) {
          const s = f.starts[i] as number;
          const e = f.ends[i] as number;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(text.length);
          expect(e).toBeGreaterThan(s);
          if (i > 0) expect(s).toBeGreaterThanOrEqual(f.starts[i - 1] as number);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: folding folded text changes nothing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = foldText(text);
        expect(foldText(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('folds text alone (foldText) exactly as it folds text with its offset map', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(foldText(text)).toBe(fold(text).text);
      }),
      { numRuns: 500 },
    );
  });

  it('maps any folded span back to original characters that fold to the same span', () => {
    fc.assert(
      fc.property(pageText, fc.nat(), fc.nat(), (text, a, b) => {
        const f = fold(text);
        fc.pre(f.text.length > 0);
        // A match starts and ends on whole original characters: a ligature (ﻻ → لا) is matched whole or
        // not at all, so spans are drawn between positions where a new original character begins.
        const cuts = [0];
        for (let i = 1; i < f.text.length; i++) if (f.starts[i] !== f.starts[i - 1]) cuts.push(i);
        cuts.push(f.text.length);
        const si = a % (cuts.length - 1);
        const s = cuts[si] as number;
        const e = cuts[si + 1 + (b % (cuts.length - 1 - si))] as number;
        const slice = f.text.slice(s, e);
        // A span with a space at its edge may lose or gain it when refolded on its own; compare trimmed.
        const [os, oe] = toOriginalRange(f, s, e);
        expect(foldText(text.slice(os, oe)).trim()).toBe(slice.trim());
      }),
      { numRuns: 500 },
    );
  });
});

describe('fold (examples)', () => {
  it('makes ZWNJ, Arabic letters and ё/й spellings meet', () => {
    expect(foldText('خامنه‌ای')).toBe(foldText('خامنهای'));
    expect(foldText('لوكاشنكو')).toBe(foldText('لوکاشنکو'));
    expect(foldText('Хаменей')).toBe(foldText('Хаменеи'));
    expect(foldText('North–South')).toBe('north-south');
  });
});

describe('fold: Turkish letters', () => {
  it('folds dotless ı, dotted İ and the Turkish marks, so capitals meet lower case', () => {
    expect(foldText('YAPTIRIM')).toBe(foldText('yaptırım'));
    expect(foldText('İRAN')).toBe('iran');
    expect(foldText('Lukaşenko Hamaney Güney')).toBe('lukasenko hamaney guney');
  });
});
