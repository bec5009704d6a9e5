/**
 * Word boundaries per script, checked on the key view (see `key-view.ts`) around a raw automaton hit.
 * A mention starts and ends at a word boundary: a non-letter, the end of the text, or a dropped space
 * between Persian words. Persian may attach a suffix (ها، های، ی…), English a plural -s; Russian case endings
 * are already cut off by the key view.
 */
import { isWordCode, type Script } from './char-class.ts';
import type { ScanView } from './scan-view.ts';

/** True when a mention may start at key position `s`. */
export function startsWord(view: ScanView, s: number): boolean {
  return s === 0 || view.gap[s] === 1 || !isWordCode(view.key[s - 1] as number);
}

/** True when a mention may end at key position `e` (exclusive). */
export function endsWord(view: ScanView, e: number): boolean {
  return e >= view.length || view.gap[e] === 1 || !isWordCode(view.key[e] as number);
}

function startsWith(view: ScanView, s: string, at: number): boolean {
  if (at + s.length > view.length) return false;
  for (let i = 0; i < s.length; i++) if (view.key[at + i] !== s.charCodeAt(i)) return false;
  return true;
}

/**
 * Persian suffixes written attached or after a ZWNJ (folding removed it). Detached ones (after a space, like
 * «را» or «های» with a space) need no rule: the space is a word gap. «ای» only follows a final «ه» or «ی»
 * (هسته‌ای): after a consonant, «علمای» is «علما» (clerics), not «علم» (science); «یی» only follows a vowel.
 */
const SUFFIXES_ANY = ['هایی', 'های', 'ها', 'یهای', 'یها', 'یان', 'ی', 'ام', 'اش'];
const SUFFIXES_AFTER_HEH = ['ای', ...SUFFIXES_ANY];
const SUFFIXES_AFTER_VOWEL = ['یی', ...SUFFIXES_ANY];
const ENGLISH_PLURALS = ['es', 's'];

const HEH = 0x0647;
const YEH = 0x06cc;
const ALEF = 0x0627;
const WAW = 0x0648;

function suffixesFor(script: Script, last: number, plural: boolean): readonly string[] {
  if (script === 'arabic') {
    if (last === HEH || last === YEH) return SUFFIXES_AFTER_HEH;
    if (last === ALEF || last === WAW) return SUFFIXES_AFTER_VOWEL;
    return SUFFIXES_ANY;
  }
  return script === 'latin' && plural ? ENGLISH_PLURALS : [];
}

/**
 * Where a mention ending at key position `e` really ends: `e` itself at a word boundary, after an allowed
 * suffix, or -1 when the hit is inside a longer word («نانوا» for «نانو», "Miranda" for "Iran").
 */
export function mentionEnd(view: ScanView, e: number, script: Script, plural: boolean): number {
  if (endsWord(view, e)) return e;
  const suffixes = suffixesFor(script, view.key[e - 1] as number, plural);
  for (const suffix of suffixes) {
    if (!startsWith(view, suffix, e)) continue;
    const end = e + suffix.length;
    let attached = true;
    for (let i = e + 1; i < end; i++) if (view.gap[i] === 1) attached = false;
    if (attached && endsWord(view, end)) return end;
  }
  return -1;
}
