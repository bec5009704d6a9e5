/**
 * Terms for search: the words of a text, folded ({@link fold}) and reduced to a light stem, with their
 * original offsets. The same function serves the index, the query and the highlighting of results, so a
 * highlighted word is always one whose term the query matched.
 *
 * Persian: «تحریم‌ها», «تحریم ها» and «تحریمها» all give `تحریم`; «خامنه‌ای» and «خامنهای» give `خامنه`;
 * a detached affix (ها، های، ای، ام…) is joined to the word before it and a detached «می»/«نمی» to the word
 * after it, so ZWNJ, a plain space and nothing are treated alike. English loses a plural `s` and `'s`;
 * Russian loses common case endings. Stems are for matching only and are never shown.
 */
import { type Folded, fold } from './fold.ts';
import { russianStem } from './russian-stem.ts';

export interface Term {
  /**
   * The processed term(s), as stored in the index. A Persian word ending in «های» is ambiguous without a
   * dictionary (تحریم+های, plural; خامنه+ای): both readings are kept, and a query matches either.
   */
  terms: string[];
  /** UTF-16 offsets of the word in the original text. */
  start: number;
  end: number;
}

const PERSIAN_LETTER = /[\u0600-\u06FF]/;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** Affixes that Persian writes attached, after ZWNJ, or after a plain space. */
const DETACHED_SUFFIXES = new Set([
  'ها',
  'های',
  'هایی',
  'ای',
  'ام',
  'ات',
  'اش',
  'ایم',
  'اید',
  'اند',
  'ترین',
  'تر',
]);
const DETACHED_PREFIXES = new Set(['می', 'نمی']);

/** Attached Persian suffixes, longest first, with the shortest stem they may leave. */
const PERSIAN_SUFFIXES: readonly (readonly [string, number])[] = [
  ['هایی', 2],
  ['های', 2],
  ['ها', 2],
  ['ترین', 3],
];

function stemPersian(word: string): string[] {
  let w = word;
  for (const prefix of ['نمی', 'می']) {
    if (w.startsWith(prefix) && w.length - prefix.length >= 3) {
      w = w.slice(prefix.length);
      break;
    }
  }
  const readings: string[] = [];
  for (const [suffix, minStem] of PERSIAN_SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= minStem) {
      readings.push(w.slice(0, -suffix.length));
      break;
    }
  }
  // «‌ای» after a final heh (خامنه‌ای، هسته‌ای، اراده‌ای) is an affix, not part of the stem.
  if (w.length >= 4 && w.endsWith('های')) readings.push(w.slice(0, -2));
  if (readings.length === 0) readings.push(w);
  return readings;
}

function stemLatin(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word.replace(/'$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  return w;
}

/** Stems one folded word; a Persian word may have two readings. */
export function stems(word: string): string[] {
  if (PERSIAN_LETTER.test(word)) return stemPersian(word);
  if (/[\u0400-\u04FF]/.test(word)) return [russianStem(word)];
  return [stemLatin(word)];
}

interface RawWord {
  text: string;
  start: number;
  end: number;
}

function words(folded: Folded): RawWord[] {
  const out: RawWord[] = [];
  for (const m of folded.text.matchAll(WORD)) {
    const s = m.index;
    const e = s + m[0].length;
    out.push({ text: m[0], start: folded.starts[s] as number, end: folded.ends[e - 1] as number });
  }
  return out;
}

/** Joins detached Persian affixes to their word, so «تحریم ها» is one word like «تحریمها». */
function joinAffixes(list: RawWord[]): RawWord[] {
  const out: RawWord[] = [];
  let pendingPrefix: RawWord | null = null;
  for (const w of list) {
    const prev = out[out.length - 1];
    if (DETACHED_SUFFIXES.has(w.text) && prev && PERSIAN_LETTER.test(prev.text)) {
      out[out.length - 1] = { text: prev.text + w.text, start: prev.start, end: w.end };
      continue;
    }
    if (pendingPrefix) {
      out.push({ text: pendingPrefix.text + w.text, start: pendingPrefix.start, end: w.end });
      pendingPrefix = null;
      continue;
    }
    if (DETACHED_PREFIXES.has(w.text)) {
      pendingPrefix = w;
      continue;
    }
    out.push(w);
  }
  if (pendingPrefix) out.push(pendingPrefix);
  return out;
}

/** The words of `text` with their search terms and original offsets. */
export function analyze(text: string): Term[] {
  const out: Term[] = [];
  for (const w of joinAffixes(words(fold(text)))) {
    const terms = stems(w.text).filter((t) => t.length > 1 || /\d/.test(t));
    if (terms.length) out.push({ terms, start: w.start, end: w.end });
  }
  return out;
}

/** All index terms of `text`, flat, for MiniSearch's `tokenize`. */
export function indexTerms(text: string): string[] {
  return analyze(text).flatMap((t) => t.terms);
}
