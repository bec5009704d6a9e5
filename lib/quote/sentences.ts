/**
 * Sentences of one text block, for every page script (Latin, Cyrillic, Arabic), and the quotations inside
 * them. Offsets are UTF-16 into the block text.
 *
 * A block is already one unit (a headline, a list item, a paragraph); inside it a sentence ends at `.` `!`
 * `?` `؟` `…` (or a run of them) followed by white space, and always at a line break (plain-text pages are
 * one block with one line per item). It does not end:
 * - inside a quotation that closes later in the block («…. …», — сказал он is one sentence);
 * - before a lower-case letter ("e.g. this", «т.е. это»), or after an initial or a known abbreviation
 *   ("U.S.", "A. Lukashenko", «г.», "Dr."), or inside a number ("13.03.2023" has no space).
 */
import { SpanIndex } from './span-index.ts';

export interface Span {
  start: number;
  end: number;
}

/** Opening quotation marks and the closers each accepts (German „…“ and English “…” share “). */
const CLOSERS: Record<string, string> = {
  '«': '»',
  '“': '”',
  '„': '“”',
  '‹': '›',
  '‘': '’',
  '»': '«', // Danish/German-style reversed guillemets
};

/**
 * Where a sentence may end: a terminator or a line break (searched natively, not per character in JS; the same
 * set as {@link isTerminatorCode} and the line breaks, {@link breakWithin}).
 */
const BREAK = /[.!?؟…\n\r]/g;
const QUOTE_MARK = /["«»“”„‹›‘’]/g;
const SPACE = /\s/;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * `SPACE.test(text[i])` from the code unit: JavaScript's white space and line terminators (`\s`). The checks
 * at each full stop ran a RegExp on a one-character string, which for a Persian or Cyrillic character is a new
 * string each time.
 */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A sentence terminator: `.` `!` `?` `؟` `…`. */
export const isTerminatorCode = (c: number): boolean =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x2026;

/**
 * True when text[from, to) holds a terminator or line break: where {@link BREAK} may end a sentence, so a stretch
 * without one lies inside one sentence.
 */
export function breakWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isTerminatorCode(c) || c === 0x0a || c === 0x0d) return true;
  }
  return false;
}

/** A closing mark that may follow a terminator: `»` `”` `“` `"` `’` `)` `]` `›`. */
export const isClosingCode = (c: number): boolean =>
  c === 0xbb ||
  c === 0x201d ||
  c === 0x201c ||
  c === 0x22 ||
  c === 0x2019 ||
  c === 0x29 ||
  c === 0x5d ||
  c === 0x203a;

/**
 * Per code unit, whether {@link LOWER} (bit 1) and {@link LETTER} (bit 2) take it, filled on first sight
 * (bit 4: known). Made on first use: this module's neighbours are in the start script.
 */
let unitClass: Uint8Array | null = null;
function classOf(c: number): number {
  unitClass ??= new Uint8Array(0x10000);
  let v = unitClass[c] as number;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = 4 | (LOWER.test(ch) ? 1 : 0) | (LETTER.test(ch) ? 2 : 0);
    unitClass[c] = v;
  }
  return v;
}

/**
 * Words after which a period does not end a sentence (folded to lower case, without the period). Initials
 * (one letter) are handled separately.
 */
const ABBREVIATIONS = new Set([
  // en
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'jr',
  'sr',
  'vs',
  'no',
  'approx',
  // ru, be
  'г',
  'гг',
  'им',
  'ул',
  'тыс',
  'млн',
  'млрд',
  'руб',
  'см',
  'стр',
  'проф',
  'акад',
  'ген',
  'др',
  // de
  'nr',
  'bzw',
  'ca',
  'vgl',
  'dt',
  // fr
  'mme',
  'mlle',
  'm',
  // tr
  'sn',
  'dr',
  'prof',
]);

/**
 * Quotation spans of a block: [opening mark, closing mark + 1). Pairs are matched with a stack; a mark that
 * never closes is ignored, so one stray « does not swallow the rest of the block. Straight `"` opens after
 * a space or the block start and closes otherwise.
 */
export function quotationSpans(text: string): Span[] {
  const spans: Span[] = [];
  const stack: { ch: string; at: number }[] = [];
  // German and Danish »…«: the block's first guillemet is » with a word right after it (French sets a space
  // inside its guillemets, and one that opens a continued paragraph, "» Le …", is followed by one too). The
  // scan below meets the marks in order, so the first guillemet it meets is the block's.
  let reversed: boolean | null = null;
  // Visit only the quotation marks (a native search), never every character of the block.
  QUOTE_MARK.lastIndex = 0;
  // (`test` moves lastIndex past the one-unit match and makes no match array, unlike `exec`.)
  while (QUOTE_MARK.test(text)) {
    const i = QUOTE_MARK.lastIndex - 1;
    const ch = text[i] as string;
    if (reversed === null && (ch === '«' || ch === '»'))
      reversed = ch === '»' && i + 1 < text.length && !SPACE.test(text[i + 1] as string);
    const top = stack[stack.length - 1];
    if (ch === '"') {
      const prev = i > 0 ? (text[i - 1] as string) : ' ';
      const opens = SPACE.test(prev) || /[([«“„:—–-]/.test(prev);
      if (top?.ch === '"' && !opens) {
        stack.pop();
        spans.push({ start: top.at, end: i + 1 });
      } else if (opens) stack.push({ ch, at: i });
      continue;
    }
    if (top && top.ch !== '"' && (CLOSERS[top.ch] ?? '').includes(ch)) {
      stack.pop();
      spans.push({ start: top.at, end: i + 1 });
      continue;
    }
    // ’ is also an apostrophe: it only closes (above), and ‘ only opens after a space.
    if (ch === '‘' && i > 0 && !SPACE.test(text[i - 1] as string)) continue;
    // » opens only where « never appears (reversed guillemets); otherwise it is a stray closer.
    if (ch === '»' && !reversed) continue;
    if (CLOSERS[ch] !== undefined) stack.push({ ch, at: i });
  }
  // Nested quotations come out inner first; callers want document order.
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Letters in the longest {@link ABBREVIATIONS} entry: a longer word before a dot is none of them. Worked out on
 * first use, not at module scope: the start script bundles this module's neighbours, and a top-level call
 * would keep the list in it.
 */
let longestAbbreviation = 0;
function longestAbbreviationLength(): number {
  if (longestAbbreviation === 0)
    for (const a of ABBREVIATIONS) longestAbbreviation = Math.max(longestAbbreviation, a.length);
  return longestAbbreviation;
}

/** True when the word ending just before `dot` is an initial or a known abbreviation. */
function abbreviationBefore(text: string, dot: number): boolean {
  let s = dot;
  // (Called at most sentence ends: a long word before the dot is no abbreviation, so stop looking back early.)
  const longest = longestAbbreviationLength();
  while (s > 0 && (classOf(text.charCodeAt(s - 1)) & 2) !== 0) {
    s--;
    if (dot - s > longest) return false;
  }
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  // An initial ("A. Lukashenko") or a dotted abbreviation ("U.S.", «т.е.»): one letter before the dot.
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  if (word.length === 1 && s > 0 && text[s - 1] === '.') return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentences of a block, trimmed of surrounding white space, in order. */
export function splitSentences(text: string, quotes: readonly Span[] = quotationSpans(text)): Span[] {
  // Inside a quotation that closes in this block, a terminator does not end the sentence.
  const index = quotes.length > 0 ? new SpanIndex(quotes) : null;
  const out: Span[] = [];
  let start = 0;
  BREAK.lastIndex = 0;
  while (BREAK.test(text)) {
    const i = BREAK.lastIndex - 1;
    const ch = text[i] as string;
    if (i < start) continue;
    if (ch === '\n' || ch === '\r') {
      pushSentence(text, start, i, out);
      start = i + 1;
      continue;
    }
    // A stop right before a quotation's closing mark ends the sentence after the mark when a new sentence
    // follows («…بریم.» وی افزود, "…for nations." Then he, French « … réalisable. » Il), not when a dash brings
    // the attribution («…!» — сказал).
    let closing = -1;
    if (index && insideQuote(index, i)) {
      closing = quoteClosedAt(index, text, i);
      if (closing < 0) continue;
    }
    let j = i + 1;
    while (j < text.length && isTerminatorCode(text.charCodeAt(j))) j++;
    // The closing mark, whichever it is (German »…« closes with «), after any space French sets before it.
    if (closing >= j) j = closing + 1;
    while (j < text.length && isClosingCode(text.charCodeAt(j))) j++;
    const end = j;
    j = afterFootnoteMarks(text, j);
    if (j < text.length && !isSpaceCode(text.charCodeAt(j))) continue;
    let k = j;
    while (k < text.length) {
      const c = text.charCodeAt(k);
      if (c !== 0x20 && c !== 0xa0 && c !== 0x09) break;
      k++;
    }
    // (A lone surrogate is no lower-case letter for LOWER either.)
    if (k < text.length && text.charCodeAt(k) !== 0x0a && (classOf(text.charCodeAt(k)) & 1) !== 0) continue;
    if (ch === '.' && end === i + 1 && abbreviationBefore(text, i)) continue;
    pushSentence(text, start, j, out);
    start = j;
  }
  pushSentence(text, start, text.length, out);
  return out;
}

/**
 * Where the footnote marks right after a sentence's end stop (".[6] ", ".[2][3] ": think tanks' and
 * encyclopedias' references), or `j` when there are none: the marks belong to the sentence before them.
 */
function afterFootnoteMarks(text: string, j: number): number {
  let k = j;
  while (text.charCodeAt(k) === 0x5b) {
    let d = k + 1;
    while (d < text.length && d - k <= 3 && text.charCodeAt(d) >= 0x30 && text.charCodeAt(d) <= 0x39) d++;
    if (d === k + 1 || text.charCodeAt(d) !== 0x5d) break;
    k = d + 1;
  }
  return k;
}

/**
 * Where its closing mark stands when the terminator at `i` is the last character of a quotation of `index`
 * (only stops and white space after it: « … réalisable. ») and no dash follows the mark; else -1. (The split
 * loop itself then asks for white space and no lower-case letter.)
 */
function quoteClosedAt(index: SpanIndex<Span>, text: string, i: number): number {
  for (const q of index.overlapping(i, i + 1)) {
    let m = i + 1;
    while (m < q.end - 1) {
      const c = text.charCodeAt(m);
      if (!isSpaceCode(c) && !isTerminatorCode(c)) break;
      m++;
    }
    if (m !== q.end - 1) continue;
    let k = q.end;
    while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
    const c = text.charCodeAt(k);
    return isDashCode(c) ? -1 : q.end - 1;
  }
  return -1;
}

/** A dash or hyphen that brings an attribution after a quotation: — – ‒ -. */
const isDashCode = (c: number) => c === 0x2014 || c === 0x2013 || c === 0x2012 || c === 0x2d;

/** True when `i` lies inside a quotation of `index` (not on its marks). */
function insideQuote(index: SpanIndex<Span>, i: number): boolean {
  for (const q of index.overlapping(i, i + 1)) if (q.start < i && i < q.end - 1) return true;
  return false;
}

/** Pushes text[start, end) trimmed of white space to `out` if it holds a letter or a digit. */
function pushSentence(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  // Code unit by code unit, stopping at the first (nearly always the first unit): no copy of the sentence.
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    const unit = c >= 0xd800 && c < 0xdc00 && k + 1 < e ? text.slice(k, k + 2) : (text[k] as string);
    if (LETTER_OR_DIGIT.test(unit)) {
      out.push({ start: s, end: e });
      return;
    }
  }
}
