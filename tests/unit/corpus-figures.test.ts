/**
 * The development corpus (tests/corpus) is well-formed, and the engine's accuracy on it does not fall below the
 * committed figures (tests/corpus/figures.json, written by `npm run eval -- --update-figures`). The figures are
 * deterministic counts, not timings: a change that loses a name, hits a trap or links a title to the wrong
 * person fails here with the language and the figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_LANGS } from '../../lib/eval/gold.ts';
import { type Figures, figuresByLang } from '../../lib/eval/report.ts';
import { CORPUS_DIR, corpusGoldFiles, runCorpus } from '../../scripts/eval/corpus.ts';

const run = runCorpus(corpusGoldFiles());
const now = figuresByLang(run.results, CORPUS_LANGS);
const floor = JSON.parse(readFileSync(join(CORPUS_DIR, 'figures.json'), 'utf8')) as Record<string, Figures>;

describe('the development corpus', () => {
  it('has at least 200 pages, 30 each in Persian, English and Russian, 12 in each other language', () => {
    expect(run.results.length + run.problems.length).toBeGreaterThanOrEqual(200);
    for (const lang of CORPUS_LANGS) {
      const n = run.results.filter((r) => r.lang === lang).length;
      expect(n, lang).toBeGreaterThanOrEqual(['fa', 'en', 'ru'].includes(lang) ? 30 : 12);
    }
  });

  it('is a third hard negatives', () => {
    expect(run.results.filter((r) => r.negative).length * 3).toBeGreaterThanOrEqual(run.results.length - 1);
  });

  it('every gold file is well-formed and every gold text is on its page', () => {
    expect(run.problems.map((p) => `${p.page}: ${p.problems.join('; ')}`)).toEqual([]);
  });
});

describe.each(Object.keys(floor))('accuracy on %s pages does not fall', (lang) => {
  const was = floor[lang] as Figures;
  const is = now[lang] as Figures;
  const atLeast = (a: number | null, b: number | null) => (b === null ? true : (a ?? 0) >= b);

  it('name recall and precision', () => {
    expect(atLeast(is.nameRecall, was.nameRecall), `name recall ${is.nameRecall} < ${was.nameRecall}`).toBe(
      true,
    );
    expect(
      atLeast(is.namePrecision, was.namePrecision),
      `name precision ${is.namePrecision} < ${was.namePrecision}`,
    ).toBe(true);
  });

  it('titles linked to their holder, and never to anyone else', () => {
    expect(is.titles.right).toBeGreaterThanOrEqual(was.titles.right);
    expect(is.titles.wrong + is.titles.wrongLinks).toBeLessThanOrEqual(
      was.titles.wrong + was.titles.wrongLinks,
    );
  });

  it('topic recall and precision', () => {
    expect(
      atLeast(is.topicRecall, was.topicRecall),
      `topic recall ${is.topicRecall} < ${was.topicRecall}`,
    ).toBe(true);
    expect(
      atLeast(is.topicPrecision, was.topicPrecision),
      `topic precision ${is.topicPrecision} < ${was.topicPrecision}`,
    ).toBe(true);
  });

  it('traps hit and dates read', () => {
    expect(is.trapHits).toBeLessThanOrEqual(was.trapHits);
    expect(is.datesRight).toBeGreaterThanOrEqual(was.datesRight);
  });

  it('quote links', () => {
    expect(atLeast(is.quotes.precision, was.quotes.precision)).toBe(true);
    expect(atLeast(is.quotes.recallQuote, was.quotes.recallQuote)).toBe(true);
    expect(atLeast(is.quotes.recallParaphrase, was.quotes.recallParaphrase)).toBe(true);
    expect(is.quotes.otherEvent).toBeLessThanOrEqual(was.quotes.otherEvent);
  });

  it("quote links' speakers: no more wrong ones, and every mismatch the floor reports", () => {
    const wrong = (f: Figures) => (f.quotes.speakerGold ?? 0) - (f.quotes.speakerRight ?? 0);
    expect(wrong(is), `wrong speakers ${wrong(is)} > ${wrong(was)}`).toBeLessThanOrEqual(wrong(was));
    expect(is.quotes.mismatchReported).toBeGreaterThanOrEqual(was.quotes.mismatchReported);
  });
});
