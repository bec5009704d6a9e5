/**
 * The words right next to a mention, for the context rules: up to a few words before or after it, in the
 * same phrase. Punctuation other than an apostrophe or a hyphen ends the phrase (a comma, a full stop, a
 * bracket, a quotation mark), so "Tehran, Turkey's …" never qualifies a title across the comma.
 *
 * Works on the original text (not the scan view) and only looks at a short window, so a rule costs the
 * same on a 5 MB page as on a tweet.
 */
import { isWordCode } from './char-class.ts';

/** A word of the original text; offsets are UTF-16 into the text given. */
export interface Word {
  /** The word as written (ZWNJ kept). */
  raw: string;
  start: number;
  end: number;
}

/** How far (UTF-16 units) to look on either side of a mention. */
const WINDOW = 72;

const ZWNJ = 0x200c;
const ZWJ = 0x200d;

/** Apostrophes and hyphens: they separate words ("Korea's", "vice-president") without ending the phrase. */
export function isJoiner(code: number): boolean {
  return (
    code === 0x27 || // '
    code === 0x2019 || // ’
    code === 0x02bc || // ʼ
    code === 0x2d || // -
    code === 0x2010 ||
    code === 0x2011
  );
}

export function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x09 || code === 0x202f || code === 0x2009;
}

function inWord(code: number): boolean {
  return isWordCode(code) || code === ZWNJ || code === ZWJ;
}

/**
 * A full stop inside an abbreviation written with dots ("U.S.", "U.S"): part of the word when it stands
 * between single letters, or right after such a letter that itself follows a dot.
 */
function dotInAbbreviation(text: string, i: number, from: number, to: number): boolean {
  const before = i - 1 >= from ? text.charCodeAt(i - 1) : 0;
  if (!isWordCode(before)) return false;
  const before2 = i - 2 >= from ? text.charCodeAt(i - 2) : 0x20;
  if (isWordCode(before2)) return false; // "Raisi." ends a sentence
  const after = i + 1 < to ? text.charCodeAt(i + 1) : 0x20;
  return isWordCode(after) || before2 === 0x2e;
}

/** The phrase's words in `text[from, to)`, split at every stop into runs. */
function runs(text: string, from: number, to: number): Word[][] {
  const out: Word[][] = [[]];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0) (out[out.length - 1] as Word[]).push({ raw: text.slice(start, end), start, end });
    start = -1;
  };
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (inWord(code) || (code === 0x2e && dotInAbbreviation(text, i, from, to))) {
      if (start < 0) start = i;
    } else if (isSpace(code) || isJoiner(code)) close(i);
    else {
      close(i);
      out.push([]);
    }
  }
  close(to);
  return out;
}

/**
 * Up to `max` words before `at` in the same phrase, nearest first. Scans backwards and stops as soon as it
 * has them (this runs for every mention, so it does no more than it must).
 */
export function wordsBefore(text: string, at: number, max = 6): Word[] {
  const out: Word[] = [];
  const from = Math.max(0, at - WINDOW);
  let end = -1; // end of the word being read (exclusive), or -1 between words
  let i = at - 1;
  for (; i >= from && out.length < max; i--) {
    const code = text.charCodeAt(i);
    if (inWord(code) || (code === 0x2e && end >= 0 && dotInAbbreviation(text, i, from, at))) {
      if (end < 0) end = i + 1;
      continue;
    }
    if (end >= 0) {
      out.push({ raw: text.slice(i + 1, end), start: i + 1, end });
      end = -1;
    }
    if (!isSpace(code) && !isJoiner(code)) return out;
  }
  // A word cut by the window's edge is not a whole word.
  if (end >= 0 && out.length < max && (i < 0 || from === 0))
    out.push({ raw: text.slice(0, end), start: 0, end });
  return out;
}

/** Up to `max` words after `at` in the same phrase, nearest first. */
export function wordsAfter(text: string, at: number, max = 6): Word[] {
  const out: Word[] = [];
  const to = Math.min(text.length, at + WINDOW);
  let start = -1;
  let i = at;
  for (; i < to && out.length < max; i++) {
    const code = text.charCodeAt(i);
    if (inWord(code) || (code === 0x2e && start >= 0 && dotInAbbreviation(text, i, at, to))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      out.push({ raw: text.slice(start, i), start, end: i });
      start = -1;
    }
    if (!isSpace(code) && !isJoiner(code)) return out;
  }
  if (start >= 0 && out.length < max && i === text.length)
    out.push({ raw: text.slice(start, i), start, end: i });
  return out;
}

/** Every word of `text[from, to)`, in order (punctuation, apostrophes and hyphens separate words). */
export function wordsIn(text: string, from: number, to: number): Word[] {
  return runs(text, from, to).flat();
}
