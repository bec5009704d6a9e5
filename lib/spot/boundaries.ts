/**
 * Word boundaries, checked on the key view (see `key-view.ts`) around a raw automaton hit. A mention starts
 * and ends at a word boundary: a non-letter, the end of the text, or a dropped space between Persian words.
 * Around that, a pattern's affix rules (`affixes.ts`) let a word carry what its language attaches: Persian
 * and Arabic suffixes, Arabic proclitics, English/French plurals, German endings, Turkish case suffixes.
 * Russian and Belarusian case endings are already cut off by the key view.
 */
import {
  Affix,
  isProclitic,
  isTurkishSuffix,
  PROCLITIC_MAX,
  suffixesFor,
  TURKISH_SUFFIX_MAX,
} from './affixes.ts';
import { isArabicLetter, isWordCode } from './char-class.ts';
import type { ScanView } from './scan-view.ts';

const APOSTROPHE = 0x27;

/** True when a mention may start at key position `s`. */
export function startsWord(view: ScanView, s: number): boolean {
  return s === 0 || view.gap[s] === 1 || !isWordCode(view.key[s - 1] as number);
}

/** True when a mention may end at key position `e` (exclusive). */
export function endsWord(view: ScanView, e: number): boolean {
  return e >= view.length || view.gap[e] === 1 || !isWordCode(view.key[e] as number);
}

/**
 * True when a mention of a pattern with affix `rules` may start at `s`: at a word start or, for Arabic, right
 * after a proclitic that itself starts the word («و» + «الرئيس», «ل» + «خامنئي»). Any other letters before
 * `s` make it a different word («المغرب» is not «الغرب»).
 */
export function mentionStarts(view: ScanView, s: number, rules: number): boolean {
  const atWord = startsWord(view, s);
  if (rules & Affix.afterLam) return !atWord && procliticBefore(view, s, true);
  if (atWord) return true;
  return (rules & Affix.proclitic) !== 0 && procliticBefore(view, s, false);
}

/** {@link mentionStarts} when `s` is already known to start a word: only «لل» patterns need more. */
export function startsAtWord(rules: number): boolean {
  return (rules & Affix.afterLam) === 0;
}

function procliticBefore(view: ScanView, s: number, afterLam: boolean): boolean {
  let w = s;
  while (w > 0 && s - w < PROCLITIC_MAX && view.gap[w] !== 1 && isArabicLetter(view.key[w - 1] as number))
    w--;
  if (w === s || !startsWord(view, w)) return false;
  return isProclitic(String.fromCharCode(...view.key.subarray(w, s)), afterLam);
}

function startsWith(view: ScanView, s: string, at: number): boolean {
  if (at + s.length > view.length) return false;
  for (let i = 0; i < s.length; i++) if (view.key[at + i] !== s.charCodeAt(i)) return false;
  return true;
}

/** End of a listed Turkish suffix chain that starts at `from` and ends the word, or -1. */
function turkishSuffixEnd(view: ScanView, from: number): number {
  let j = from;
  while (j < view.length && j - from <= TURKISH_SUFFIX_MAX && isWordCode(view.key[j] as number)) j++;
  if (j === from || !endsWord(view, j)) return -1;
  return isTurkishSuffix(String.fromCharCode(...view.key.subarray(from, j))) ? j : -1;
}

/**
 * Where a mention ending at key position `e` really ends: after a Turkish apostrophe suffix, at `e` itself
 * at a word boundary, after an allowed suffix, or -1 when the hit is inside a longer word («نانوا» for
 * «نانو», "Miranda" for "Iran", "Handeln" for "Handel").
 */
export function mentionEnd(view: ScanView, e: number, rules: number): number {
  if (rules & Affix.turkishApostrophe && view.key[e] === APOSTROPHE) {
    const end = turkishSuffixEnd(view, e + 1);
    if (end > 0) return end;
  }
  if (endsWord(view, e)) return e;
  for (const suffix of suffixesFor(rules, view.key[e - 1] as number)) {
    if (!startsWith(view, suffix, e)) continue;
    const end = e + suffix.length;
    let attached = true;
    for (let i = e + 1; i < end; i++) if (view.gap[i] === 1) attached = false;
    if (attached && endsWord(view, end)) return end;
  }
  if (rules & Affix.turkish) return turkishSuffixEnd(view, e);
  return -1;
}
