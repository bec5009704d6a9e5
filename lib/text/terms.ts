/**
 * Terms for search: the words of a text, folded ({@link fold}) and reduced to a light stem, with their
 * original offsets. The same function serves the index, the query and the highlighting of results, so a
 * highlighted word is always one whose term the query matched.
 *
 * Persian: «تحریم‌ها», «تحریم ها» and «تحریمها» all give `تحریم`; «خامنه‌ای» and «خامنهای» give `خامنه`;
 * a detached affix (ها، های، ای، ام…) is joined to the word before it and a detached «می»/«نمی» to the word
 * after it, so ZWNJ, a plain space and nothing are treated alike. English loses a plural `s` and `'s`;
 * Russian loses common case endings. Stems are for matching only and are never shown.
 *
 * Arabic: an Arabic-script word also gets its Arabic readings ({@link arabicReadings}: without proclitics
 * و ب ل ف ال…, without a plural or feminine ending). They are kept apart from `terms` because they are only
 * right for Arabic text: in the Persian source a leading ب or و belongs to the word («برای», «وجود»), so
 * the Persian field is indexed without them and queries look for them only in the fields that hold Arabic.
 * The Arabic translations are analysed by {@link analyzeArabic}, without the Persian affix rules.
 */
import { arabicReadings } from './arabic-terms.ts';
import { type Folded, fold } from './fold.ts';
import { russianStem } from './russian-stem.ts';

export interface Term {
  /**
   * The processed term(s), as stored in the index. A Persian word ending in «های» is ambiguous without a
   * dictionary (تحریم+های, plural; خامنه+ای): both readings are kept, and a query matches either.
   */
  terms: string[];
  /**
   * Arabic-script words only (else empty): the word and its readings without proclitics, for the fields
   * that hold Arabic. Matched like `terms` (also as a prefix while typing).
   */
  arabic: string[];
  /** Arabic-script words only: the stems of `arabic` without a plural or feminine ending; matched whole. */
  arabicStems: string[];
  /** UTF-16 offsets of the word in the original text. */
  start: number;
  end: number;
}

const PERSIAN_LETTER = /[\u0600-\u06FF]/;
/** The standalone hamza, which writers drop or keep at will («إجراء» / «اجرا», «هيئة» / «هيأة»). */
const HAMZA = /\u0621/g;
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

/**
 * The words of a folded text. A word's end reaches over the characters folding removed after its last letter
 * (harakat, tatweel, ZWNJ), up to the next character kept: a highlight that stopped before a final kasra would
 * split the letter from its mark, and the mark would be drawn alone on a dotted circle.
 */
function words(folded: Folded, originalLength: number): RawWord[] {
  const out: RawWord[] = [];
  for (const m of folded.text.matchAll(WORD)) {
    const s = m.index;
    const e = s + m[0].length;
    const text = m[0].replace(HAMZA, '');
    const end = e < folded.starts.length ? (folded.starts[e] as number) : originalLength;
    if (text) out.push({ text, start: folded.starts[s] as number, end });
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

const keep = (t: string) => t.length > 1 || /\d/.test(t);

function arabicOf(word: string): Pick<Term, 'arabic' | 'arabicStems'> {
  if (!PERSIAN_LETTER.test(word)) return { arabic: [], arabicStems: [] };
  const { bare, stems } = arabicReadings(word);
  return { arabic: bare.filter(keep), arabicStems: stems };
}

/**
 * The words of `text` with their search terms and original offsets: the analysis of queries and of every
 * field but the Arabic translation.
 */
export function analyze(text: string): Term[] {
  const out: Term[] = [];
  for (const w of joinAffixes(words(fold(text), text.length))) {
    const terms = stems(w.text).filter(keep);
    if (terms.length) out.push({ terms, ...arabicOf(w.text), start: w.start, end: w.end });
  }
  return out;
}

/**
 * The words of an Arabic text: no Persian affix joining or stemming (a detached «أم» "or" is not the
 * Persian «ام», a leading «مي» is not the Persian «می»), only the Arabic readings.
 */
export function analyzeArabic(text: string): Term[] {
  const out: Term[] = [];
  for (const w of words(fold(text), text.length)) {
    if (!keep(w.text)) continue;
    const arabic = arabicOf(w.text);
    const terms = arabic.arabic.length ? [w.text] : stems(w.text).filter(keep);
    if (terms.length) out.push({ terms, ...arabic, start: w.start, end: w.end });
  }
  return out;
}

/** Every reading of a word: what its index terms are, and what a highlight compares with. */
export const allReadings = (t: Term): string[] => [...new Set([...t.terms, ...t.arabic, ...t.arabicStems])];

/**
 * All index terms of one field of a statement, flat, for MiniSearch's `tokenize`. The Persian source gets
 * its Persian readings only; the Arabic translation is read as Arabic; the other fields (translations in
 * Latin or Cyrillic script, names and labels in every language) get every reading.
 */
export function indexTerms(text: string, field?: string): string[] {
  if (field === 'fa') return analyze(text).flatMap((t) => t.terms);
  return (field === 'ar' ? analyzeArabic(text) : analyze(text)).flatMap(allReadings);
}
