/**
 * Which words of a statement to highlight for a query: those whose readings the query matched, found by the
 * same analysis that indexed the text, and mapped back to the original through the fold's offset map. A word
 * the query did not match is never highlighted, whichever language the text is in.
 */
import type { TranslationLang } from '../data/types.ts';
import { allReadings, analyze, analyzeArabic } from '../text/terms.ts';

export type Range = [number, number];

/**
 * UTF-16 ranges of `text` to highlight. `text` is the statement's Persian source (`fa`) or one of its
 * translations; each is analysed as it was indexed (the Persian without Arabic readings, the Arabic as Arabic).
 */
export function matchedRanges(
  text: string,
  matchedTerms: readonly string[],
  textLang: 'fa' | TranslationLang = 'fa',
): Range[] {
  const wanted = new Set(matchedTerms);
  if (wanted.size === 0) return [];
  const words = textLang === 'ar' ? analyzeArabic(text) : analyze(text);
  const readings = textLang === 'fa' ? (w: (typeof words)[number]) => w.terms : allReadings;
  return words.filter((w) => readings(w).some((t) => wanted.has(t))).map((w) => [w.start, w.end]);
}
