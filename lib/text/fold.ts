/**
 * Folding: one spelling for the many ways pages write the same word, with a map back to the original.
 *
 * Matching (the spotter) and search (MiniSearch's `processTerm`) both go through `fold`, so a query, an
 * alias and a page's text meet in the same alphabet:
 * - compatibility decomposition (NFKD) and removal of every combining mark (`\p{M}`): Arabic harakat, tanwin,
 *   superscript alef, hamza and madda above (آ→ا, أ→ا, ئ→ي→ی, ۀ→ه), Latin accents, and Cyrillic
 *   ё→е / й→и (both sides are folded, so «Хаменей» meets «Хаменеи»);
 * - Arabic yeh/alef maksura → Persian yeh (ی), Arabic kaf → Persian kaf (ک), teh marbuta → heh;
 * - Turkish dotless ı → i: Turkish capitals fold differently from English ones (I ↔ ı, İ ↔ i), so a page's
 *   «YAPTIRIM» or «IRAK» only meets «yaptırım» or «Irak» when both i's are one letter; ş ğ ç ö ü lose their
 *   marks like every Latin accent, and İ is I with a dot above, which NFKD removes;
 * - tatweel and invisible format characters removed: ZWNJ (so «خامنه‌ای» = «خامنهای»), ZWJ, soft hyphen,
 *   bidi marks, BOM;
 * - Persian and Arabic-Indic digits → ASCII; every dash/hyphen/minus → `-`; typographic apostrophes → `'`;
 * - lower case; every run of white space (including line breaks and no-break space) → one space.
 *
 * Offsets are UTF-16 code-unit offsets into the original string, the unit of DOM `Range`s and `String#slice`.
 */

/** The folded text and, for each of its UTF-16 code units, the original range it came from. */
export interface Folded {
  /** The folded text. */
  text: string;
  /** `starts[i]`: UTF-16 offset in the original where the code point that produced `text[i]` begins. */
  starts: Int32Array;
  /** `ends[i]`: UTF-16 offset in the original just after that code point. */
  ends: Int32Array;
}

const REMOVED = /^[\p{M}\u0640\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]$/u;
const WHITESPACE = /^\s$/u;
const DASHES = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u2E3A\u2E3B]$/u;

const LETTERS: Record<string, string> = {
  '\u064A': '\u06CC', // Arabic yeh → Persian yeh
  '\u0649': '\u06CC', // alef maksura → Persian yeh
  '\u0643': '\u06A9', // Arabic kaf → Persian kaf
  '\u0629': '\u0647', // teh marbuta → heh
  '\u06C1': '\u0647', // heh goal → heh
  '\u06D5': '\u0647', // ae → heh
  '\u0671': '\u0627', // alef wasla → alef
  '\u0131': 'i', // Turkish dotless ı → i (see above)
  '\u2019': "'",
  '\u2018': "'",
  '\u02BC': "'",
  '\u02BB': "'",
  '\u00B4': "'",
  '`': "'",
};

/** Folds one code point (already lower-cased and decomposed) into zero or more characters. */
function foldChar(ch: string): string {
  if (REMOVED.test(ch)) return '';
  const code = ch.charCodeAt(0);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (WHITESPACE.test(ch)) return ' ';
  if (DASHES.test(ch)) return '-';
  return LETTERS[ch] ?? ch;
}

/** Foldings of code points (see {@link foldedAt} for the keys), memoised: pages repeat few distinct characters. */
const cache = new Map<number, string>();

/** The folded form of one original code point. */
function foldCodePoint(cp: string): string {
  let out = '';
  for (const ch of cp.toLowerCase().normalize('NFKD')) out += foldChar(ch);
  // A second pass makes folding idempotent when a decomposition yields something foldable again.
  let again = '';
  for (const ch of out.normalize('NFKD')) again += foldChar(ch.toLowerCase());
  return again;
}

/** The folding of the code point of `width` units at `i` (its first unit `code`), before runs of spaces merge. */
function foldedAt(text: string, i: number, code: number, width: number): string {
  // Fast path for the ASCII letters and digits that make most of an English page.
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
    if (code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c || code === 0x0b)
      return ' ';
    return code === 0x60 ? "'" : (text[i] as string);
  }
  // Looked up by number, with no string to make and hash first: a unit by its code, two units (a surrogate
  // pair, or a high surrogate and whatever follows it) by both codes, a negative int32.
  const key = width === 1 ? code : (code << 16) | text.charCodeAt(i + 1);
  let out = cache.get(key);
  if (out === undefined) {
    out = foldCodePoint(text.slice(i, i + width));
    if (cache.size < 10_000) cache.set(key, out);
  }
  return out;
}

/**
 * Calls `put(ch, i, width)` for each character of the folded `text`, in order: `ch` comes from the code point of
 * `width` units at `i`, runs of spaces are one. The one loop behind {@link fold} and {@link foldText}.
 */
function eachFolded(text: string, put: (ch: string, i: number, width: number) => void): void {
  let lastWasSpace = false;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const folded = foldedAt(text, i, code, width);
    for (let k = 0; k < folded.length; k++) {
      const ch = folded[k] as string;
      if (ch === ' ') {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else lastWasSpace = false;
      put(ch, i, width);
    }
    i += width;
  }
}

/**
 * Folds `text` and keeps the offset map. A match `[s, e)` in `folded.text` covers the original
 * `[folded.starts[s], folded.ends[e - 1])` (see {@link toOriginalRange}).
 */
export function fold(text: string): Folded {
  // Usually the folded text is no longer than the original, but ligatures expand (ﷲ → الله, ﷺ → 18
  // letters), so the offset arrays grow on demand instead of overflowing silently.
  let starts: Int32Array = new Int32Array(text.length + 1);
  let ends: Int32Array = new Int32Array(text.length + 1);
  let out = '';
  const parts: string[] = [];
  let n = 0;
  eachFolded(text, (ch, i, width) => {
    parts.push(ch);
    if (n >= starts.length) {
      starts = grow(starts);
      ends = grow(ends);
    }
    starts[n] = i;
    ends[n] = i + width;
    n++;
    if (parts.length > 4096) {
      out += parts.join('');
      parts.length = 0;
    }
  });
  out += parts.join('');
  return { text: out, starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2 + 16);
  bigger.set(array);
  return bigger;
}

/**
 * Folds without keeping offsets: for aliases, index terms and queries (`fold(text).text` without the two
 * offset arrays and the list of parts): the spotter folds each of the gazetteer's ~1,250 aliases on every
 * page's start-up.
 */
export function foldText(text: string): string {
  let out = '';
  eachFolded(text, (ch) => {
    out += ch;
  });
  return out;
}

/**
 * Maps a half-open range of the folded text back to the original text (UTF-16 offsets).
 * An empty range maps to an empty range at the position of the next folded character.
 */
export function toOriginalRange(folded: Folded, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < folded.starts.length ? (folded.starts[start] as number) : lastEnd(folded);
    return [at, at];
  }
  return [folded.starts[start] as number, folded.ends[end - 1] as number];
}

function lastEnd(folded: Folded): number {
  return folded.ends.length ? (folded.ends[folded.ends.length - 1] as number) : 0;
}
