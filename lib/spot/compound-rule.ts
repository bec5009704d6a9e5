/**
 * No mention inside a web address, an e-mail address, a @handle, a #hashtag, an identifier_with_underscores
 * or a hyphenated compound ("Raisi-era"): the matcher's word boundaries see only letters, so these rules
 * look at the whole run of non-space characters around a mention.
 *
 * A hyphen pair of two mentions or of a mention and another country ("Iran-Belarus", «ایران-بلاروس»,
 * "Iran-Turkey", German "US-Sanktionen") is two mentions, and so is a prefix ("anti-sanctions") or the
 * combining form of a compound adjective («ирано-белорусский»). An acronym keeps its mention beside any
 * capitalised word: German must hyphenate a compound with one ("SOZ-Gipfel", "US-israelischen"), and
 * "U.S.-Israeli" is a pair. A name glued to any other word is part of that word, capitalised or not:
 * "Raisi-era", German compound nouns "Khamenei-Vertraute", "Lukaschenko-Besuch", "Iran-Krieg" (what the
 * issue asks: no mention inside a hyphenated compound unless the alias itself is hyphenated). An alias that
 * is itself hyphenated («هوا-فضا», "North-South corridor") is one mention: only the characters outside the
 * match are looked at.
 */
import { isWordCode } from './char-class.ts';
import { isHyphen } from './neighbour-words.ts';
import { inSet, normWord, type ScriptLexicon, sameWord } from './script-lexicon.ts';

/** How far to look for the ends of the run of non-space characters around a mention. */
const REACH = 256;

function isSpace(code: number): boolean {
  return (
    code <= 0x20 || code === 0xa0 || code === 0x202f || (code >= 0x2000 && code <= 0x200b) || code === 0x3000
  );
}

/** Closing punctuation a sentence may put after a web address or a handle. */
const TRAILING = /[.,;:!?)\]}»"'”’…،؛؟]+$/u;
/** Opening punctuation before one: a photo credit writes "(Khamenei.ir/AFP)". */
const LEADING = /^[([{«"'“‘]+/u;
/**
 * A host name: dotted labels ending in a lower-case top-level domain ("khamenei.ir", "president.gov.by",
 * "infoexpress.example"; generic domains run to ten letters and more).
 */
const HOST = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.[a-z]{2,10}$/u;

/** The run of non-space characters around `[start, end)`, as offsets. */
function runAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < REACH && !isSpace(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < REACH && !isSpace(text.charCodeAt(to))) to++;
  return [from, to];
}

/** True when the mention at `[start, end)` is part of a web address, an e-mail address, a handle or a hashtag. */
export function insideAddress(text: string, start: number, end: number): boolean {
  const [from, to] = runAround(text, start, end);
  if (from === start && to === end) return false;
  const run = text.slice(from, to).replace(TRAILING, '').replace(LEADING, '');
  if (run.includes('@') || run.includes('://') || /^www\./i.test(run)) return true;
  if (text.slice(from, start).includes('#')) return true;
  const host = run.split('/')[0] ?? '';
  if (HOST.test(host) && (run.includes('/') || /\.[a-z]{2,10}$/.test(host))) return true;
  return text.charCodeAt(start - 1) === 0x5f || text.charCodeAt(end) === 0x5f; // _
}

/** The word joined by a hyphen at `at` (the hyphen's offset), on the side `dir`, or null. */
function hyphenedWord(text: string, at: number, dir: -1 | 1): string | null {
  let i = at + dir;
  let j = i;
  while (j >= 0 && j < text.length && Math.abs(j - at) < 64 && isWordCode(text.charCodeAt(j))) j += dir;
  if (j === i) return null;
  if (dir < 0) [i, j] = [j + 1, i + 1];
  return text.slice(i, j);
}

/** Two to five capitals, dots allowed: "US", "U.S.", "SOZ", «ШОС». */
function isAcronym(mention: string): boolean {
  const letters = mention.replace(/\./g, '');
  return (
    letters.length >= 2 &&
    letters.length <= 5 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase()
  );
}

/** What the rule needs to know about the other mentions of the block. */
export interface Neighbours {
  /** Offsets where another mention starts. */
  starts: Set<number>;
  /** Offsets where another mention ends. */
  ends: Set<number>;
}

/**
 * True when the mention at `[start, end)` is glued by a hyphen to a word that is neither another mention,
 * another country nor a listed prefix or combining form: "Raisi-era", "Khamenei-backed".
 */
export function insideCompound(
  text: string,
  start: number,
  end: number,
  neighbours: Neighbours,
  lexicon: ScriptLexicon,
  person = false,
): boolean {
  const acronym = isAcronym(text.slice(start, end));
  const keeps = (word: string | null, mention: boolean): boolean => {
    if (word === null || mention) return true;
    // An acronym in a compound is how German must write it ("SOZ-Gipfel", "US-israelischen"), and beside
    // a capitalised word in English it is a pair ("U.S.-Israeli").
    const first = word.charAt(0);
    if (acronym && first !== first.toLowerCase()) return true;
    const norm = normWord(word, lexicon.script);
    // "pro-Lukashenka bloggers" is an adjective about the bloggers, not a mention of the man; an appositive
    // («Хаменеи-младший») is.
    const part = inSet(norm, lexicon.compoundParts, lexicon);
    return (
      (part && !(person && lexicon.prefixes.has(norm))) ||
      lexicon.countries.some((c) => c.length === 1 && sameWord(norm, c[0] as string, lexicon))
    );
  };
  if (start > 1 && isHyphen(text.charCodeAt(start - 1)) && isWordCode(text.charCodeAt(start - 2))) {
    if (!keeps(hyphenedWord(text, start - 1, -1), neighbours.ends.has(start - 1))) return true;
  }
  if (end + 1 < text.length && isHyphen(text.charCodeAt(end)) && isWordCode(text.charCodeAt(end + 1))) {
    if (!keeps(hyphenedWord(text, end, 1), neighbours.starts.has(end + 1))) return true;
  }
  return false;
}
