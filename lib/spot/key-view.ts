/**
 * The "key view": the folded text as the matcher sees it, with a map back to the folded text.
 *
 * Three rewrites make one alias match the many ways pages write it, while a plain string automaton stays
 * enough for matching:
 * - a space between two Arabic-script letters is dropped and remembered as a word gap (`gap`), so an alias
 *   written with a space («آیت الله») meets pages that write a space, a ZWNJ (removed by folding) or nothing;
 * - spaces around a dash are dropped and quotation marks count as a space («Север — Юг» → `север-юг`);
 * - every Cyrillic word is cut to its stem ({@link russianStemLength}), so case forms meet one alias.
 *
 * The same function builds the keys of the aliases, so both sides always agree.
 */
import { fold } from '../text/fold.ts';
import { russianStemLength } from '../text/russian-stem.ts';
import type { Hit } from './aho-corasick.ts';
import type { AliasMatcher, ReferenceSearch } from './alias-matcher.ts';
import { isArabicLetter, isCyrillicLetter, isQuoteCode } from './char-class.ts';
import type { Pattern } from './patterns.ts';
import type { ScanView } from './scan-view.ts';

export interface KeyView {
  /** The key text the automaton runs over. */
  text: string;
  /** `folded[i]`: index in the folded text of key character `i`. */
  folded: Int32Array;
  /** `gap[i] === 1` when a word gap (a dropped space) lies just before key character `i`. */
  gap: Uint8Array;
}

const SPACE = 0x20;
const DASH = 0x2d;

/** Builds the key view of an already folded text (see `lib/text/fold.ts`). Linear in its length. */
export function keyView(folded: string): KeyView {
  const n = folded.length;
  const map = new Int32Array(n);
  const gap = new Uint8Array(n + 1);
  const text = writeKey(folded, map, gap);
  return { text, folded: map.subarray(0, text.length), gap: gap.subarray(0, text.length + 1) };
}

/**
 * The text of {@link keyView} alone: the key of an alias. It makes no typed arrays, which cost more than the
 * rest for a few letters, and it runs for each of the gazetteer's ~1,250 aliases on every page's start-up.
 */
export function keyText(folded: string): string {
  return writeKey(folded, null, null);
}

/**
 * The key view's text, filling `map` and `gap` when given (one entry per key character, so the key's length
 * is the maps' length). Written out without helper closures, with a slice per run of characters kept as they
 * are: it runs cold, once per alias, on every page's start-up.
 */
function writeKey(folded: string, map: Int32Array | null, gap: Uint8Array | null): string {
  const n = folded.length;
  let out = '';
  let k = 0;
  let last = SPACE; // the last character written (a space before the first)
  let pendingGap = false;
  let i = 0;
  while (i < n) {
    const code = folded.charCodeAt(i);
    if (code === SPACE || isQuoteCode(code)) {
      // Look past further spaces and quotes for the next real character.
      let j = i + 1;
      while (j < n && (folded.charCodeAt(j) === SPACE || isQuoteCode(folded.charCodeAt(j)))) j++;
      const next = j < n ? folded.charCodeAt(j) : SPACE;
      if (isArabicLetter(last) && isArabicLetter(next)) pendingGap = true;
      else if (last !== DASH && next !== DASH && last !== SPACE) {
        out += ' ';
        if (map) map[k] = i;
        if (pendingGap) {
          if (gap) gap[k] = 1;
          pendingGap = false;
        }
        k++;
        last = SPACE;
      }
      i = j;
      continue;
    }
    // A Cyrillic word is kept up to its stem; a run of anything else but spaces and quotes, as it is.
    let j = i + 1;
    let to: number;
    if (isCyrillicLetter(code)) {
      while (j < n && isCyrillicLetter(folded.charCodeAt(j))) j++;
      to = i + russianStemLength(folded.slice(i, j));
    } else {
      while (j < n) {
        const c = folded.charCodeAt(j);
        if (c === SPACE || isQuoteCode(c) || isCyrillicLetter(c)) break;
        j++;
      }
      to = j;
    }
    if (to > i) {
      out += folded.slice(i, to);
      if (pendingGap) {
        if (gap) gap[k] = 1;
        pendingGap = false;
      }
      if (map) for (let m = i; m < to; m++) map[k++] = m;
      else k += to - i;
      last = folded.charCodeAt(to - 1);
    }
    i = j;
  }
  if (pendingGap && gap) gap[k] = 1;
  return out;
}

/**
 * The reference {@link ScanView} of an original text, built the slow, readable way: `fold()`, then
 * {@link keyView}, then the offset maps. `scanView` must give the same (property-tested).
 */
export function referenceScanView(text: string): ScanView {
  const folded = fold(text);
  const view = keyView(folded.text);
  const n = view.text.length;
  const out: ScanView = {
    key: new Uint16Array(n),
    length: n,
    gap: new Uint8Array(view.gap),
    origStart: new Int32Array(n),
    origEnd: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    out.key[i] = view.text.charCodeAt(i);
    const f = view.folded[i] as number;
    out.origStart[i] = folded.starts[f] as number;
    let fe = f + 1;
    // The last letter of a Russian stem stands for the whole word, its cut-off ending included.
    if (
      isCyrillicLetter(folded.text.charCodeAt(f)) &&
      (i + 1 >= n || (view.folded[i + 1] as number) !== f + 1)
    ) {
      while (fe < folded.text.length && isCyrillicLetter(folded.text.charCodeAt(fe))) fe++;
    }
    out.origEnd[i] = folded.ends[fe - 1] as number;
  }
  return out;
}

/** Every occurrence of every key in the view: the automaton's raw output, for the property tests. */
export function rawHits(matcher: AliasMatcher, view: ScanView): Hit[] {
  const hits: Hit[] = [];
  matcher.automaton.search(view.key, view.length, (start, end, id) => hits.push({ start, end, id }));
  return hits;
}

/** The raw hits of `groups`' keys in `view`, by brute force: the reference of the automaton's search. */
export function naiveHits(groups: readonly Pattern[][], view: ScanView): Hit[] {
  const hits: Hit[] = [];
  for (let s = 0; s < view.length; s++) {
    groups.forEach((group, id) => {
      const key = (group[0] as Pattern).key;
      if (s + key.length > view.length) return;
      for (let i = 0; i < key.length; i++) if (view.key[s + i] !== key.charCodeAt(i)) return;
      hits.push({ start: s, end: s + key.length, id });
    });
  }
  return hits;
}

/** The reference path of `AliasMatcher.find` (property tests only). */
export const REFERENCE_SEARCH: ReferenceSearch = { view: referenceScanView, hits: naiveHits };
