/**
 * Character classes for word boundaries, on folded text (lower case, Persian letters, ASCII digits).
 * A lookup table per UTF-16 code unit keeps the hot loops free of regular expressions.
 */

const UNKNOWN = 0;
const OTHER = 1;
const WORD = 2;
const table = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** True for a letter or digit of any script: a match may not begin or end next to one. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  }
  let cls = table[code] as number;
  if (cls === UNKNOWN) {
    cls = WORD_CHAR.test(String.fromCharCode(code)) ? WORD : OTHER;
    table[code] = cls;
  }
  return cls === WORD;
}

/** Arabic-script letters (Persian and Arabic), excluding Arabic punctuation and digits. */
export function isArabicLetter(code: number): boolean {
  return (
    code >= 0x0620 &&
    code <= 0x06ff &&
    !(code >= 0x0660 && code <= 0x066d) &&
    code !== 0x06d4 &&
    !(code >= 0x06f0 && code <= 0x06f9)
  );
}

/** Cyrillic letters (Russian, Belarusian, Ukrainian). */
export function isCyrillicLetter(code: number): boolean {
  return code >= 0x0400 && code <= 0x04ff;
}

/** Quotation marks that pages put around names («Север — Юг», "North-South"); they separate like a space. */
export function isQuoteCode(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0xab ||
    code === 0xbb ||
    (code >= 0x201c && code <= 0x201f) ||
    code === 0x2039 ||
    code === 0x203a
  );
}

/**
 * The script an alias is written in (kept on each pattern for tools and tests; what a word may carry around
 * it follows the alias's language, see `affixes.ts`).
 */
export type Script = 'arabic' | 'cyrillic' | 'latin';

/** The script of the first letter of `text` (aliases never mix scripts). */
export function scriptOf(text: string): Script {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isArabicLetter(code)) return 'arabic';
    if (isCyrillicLetter(code)) return 'cyrillic';
    if (isWordCode(code)) return 'latin';
  }
  return 'latin';
}

/** Letters only Persian writes (پ چ ژ گ and Persian ی ک), and letters only Arabic writes (ي ك ة ى). */
const PERSIAN_ONLY = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06cc, 0x06a9]);
const ARABIC_ONLY = new Set([0x064a, 0x0643, 0x0629, 0x0649]);

/** Arabic-script letters a block needs before its letters can tell Arabic from Persian. */
const ENOUGH_LETTERS = 40;

/**
 * True when `text` reads as Arabic rather than Persian: it uses Arabic ي/ك/ة/ى, none of the letters only
 * Persian has, and is long enough to tell. Persian typed with Arabic ي/ك (older sites) still writes پ چ ژ گ
 * in any sentence of some length; a short block («آيت الله خامنه اي») stays undecided and counts as Persian.
 * Linear; the matcher asks at most once per block, and only when an Arabic false friend was hit.
 */
export function readsAsArabic(text: string): boolean {
  let arabic = false;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x0620 || code > 0x06ff) continue;
    if (PERSIAN_ONLY.has(code)) return false;
    if (ARABIC_ONLY.has(code)) arabic = true;
    if (isArabicLetter(code)) letters++;
  }
  return arabic && letters >= ENOUGH_LETTERS;
}
