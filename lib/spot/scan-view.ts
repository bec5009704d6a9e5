/**
 * The text as the matcher sees it, built in one pass straight from the original text: folding
 * (`lib/text/fold.ts`, applied per code point through a cache) fused with the key-view rewrites
 * (`key-view.ts`), written into reusable typed arrays. This is the hot path on 5 MB pages; `key-view.ts`
 * over `fold()` is the readable reference it is property-tested against (tests/unit/spot-scan-view.test.ts).
 */
import { foldText } from '../text/fold.ts';
import { russianStemLength } from '../text/russian-stem.ts';
import { isArabicLetter, isCyrillicLetter, isQuoteCode } from './char-class.ts';

export interface ScanView {
  /** Key characters (UTF-16 code units); only `[0, length)` is meaningful. */
  key: Uint16Array;
  length: number;
  /** `gap[i] === 1`: a word gap (dropped space between Persian words) lies just before key char `i`. */
  gap: Uint8Array;
  /** Original UTF-16 offset where the character behind key char `i` starts. */
  origStart: Int32Array;
  /**
   * Original offset just after the character behind key char `i`; for the last character of a Russian
   * stem, after the whole word (the cut-off ending belongs to the mention: «Беларуси», not «Беларус»).
   */
  origEnd: Int32Array;
}

const SPACE = 0x20;
const DASH = 0x2d;

/** Folded form of each BMP code unit: a string, filled on first use from `foldText` itself. */
const unitFold: (string | undefined)[] = new Array(0x10000);
const pairFold = new Map<string, string>();

function foldUnit(code: number): string {
  let f = unitFold[code];
  if (f === undefined) {
    f = foldText(String.fromCharCode(code));
    unitFold[code] = f;
  }
  return f;
}

function foldPair(pair: string): string {
  let f = pairFold.get(pair);
  if (f === undefined) {
    f = foldText(pair);
    if (pairFold.size < 10_000) pairFold.set(pair, f);
  }
  return f;
}

let scratch: ScanView = alloc(1024);

function alloc(capacity: number): ScanView {
  return {
    key: new Uint16Array(capacity),
    length: 0,
    gap: new Uint8Array(capacity + 1),
    origStart: new Int32Array(capacity),
    origEnd: new Int32Array(capacity),
  };
}

function grow(view: ScanView, needed: number): ScanView {
  const bigger = alloc(Math.max(needed, view.key.length * 2));
  bigger.key.set(view.key);
  bigger.gap.set(view.gap);
  bigger.origStart.set(view.origStart);
  bigger.origEnd.set(view.origEnd);
  bigger.length = view.length;
  return bigger;
}

/**
 * `SIMPLE[code]`: the folded code of a BMP code unit that folds to exactly one ordinary character (not a
 * space, quote, Cyrillic letter or surrogate), so the hot loop can emit it directly; 0 when the unit needs
 * the general path; `UNKNOWN` until first seen.
 */
const UNKNOWN = 0xffff;
const SIMPLE = new Uint16Array(0x10000).fill(UNKNOWN);

function simpleFold(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  const f = foldUnit(code);
  if (f.length !== 1) return 0;
  const c = f.charCodeAt(0);
  return c === SPACE || isQuoteCode(c) || isCyrillicLetter(c) || c === UNKNOWN ? 0 : c;
}

/** Cuts the Cyrillic word at `key[from, k)` to its stem; returns the new `k`. */
function cutToStem(key: Uint16Array, origEnd: Int32Array, from: number, k: number): number {
  const word = String.fromCharCode.apply(null, key.subarray(from, k) as unknown as number[]);
  const wordEnd = origEnd[k - 1] as number;
  const end = from + russianStemLength(word);
  origEnd[end - 1] = wordEnd; // the stem's last letter stands for the whole word
  return end;
}

/**
 * Builds the scan view of `text`. The returned object and its arrays are reused by the next call: read it
 * before calling again.
 *
 * Written as one loop without closures on purpose: variables captured by a closure live in a heap context
 * in V8, and this loop runs once per character of every page.
 */
export function scanView(text: string): ScanView {
  const n = text.length;
  let v = scratch;
  if (v.key.length < n + 8) v = scratch = grow(v, n + 8);
  let key = v.key;
  let gap = v.gap;
  let origStart = v.origStart;
  let origEnd = v.origEnd;
  let k = 0;
  let pendingGap = 0;
  // A run of spaces/quotes is decided when the next real character arrives (see key-view.ts).
  let spaceAt = -1;
  let spaceEnd = -1;
  // Key index of the first letter of the Cyrillic word being emitted, or -1.
  let cyrStart = -1;
  let lastSpace = false; // fold() collapses runs of white space; so must we

  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let m = SIMPLE[code] as number;
    if (m === UNKNOWN) {
      m = simpleFold(code);
      SIMPLE[code] = m;
    }
    if (m !== 0) {
      // Hot path: one ordinary folded character (Latin or Persian letter, digit, punctuation).
      lastSpace = false;
      if (cyrStart >= 0) {
        k = cutToStem(key, origEnd, cyrStart, k);
        cyrStart = -1;
      }
      if (spaceAt >= 0) {
        const prev = k > 0 ? (key[k - 1] as number) : SPACE;
        if (isArabicLetter(prev) && isArabicLetter(m)) pendingGap = 1;
        else if (prev !== DASH && m !== DASH && prev !== SPACE) {
          key[k] = SPACE;
          origStart[k] = spaceAt;
          origEnd[k] = spaceEnd;
          gap[k] = pendingGap;
          pendingGap = 0;
          k++;
        }
        spaceAt = -1;
      }
      key[k] = m;
      origStart[k] = i;
      origEnd[k] = i + 1;
      gap[k] = pendingGap;
      pendingGap = 0;
      k++;
      // The rest of the word, hand-inlined: after an ordinary character no space, stem or gap is pending,
      // so further ordinary characters need none of the checks above (most of a page is such runs).
      while (i + 1 < n) {
        const c = SIMPLE[text.charCodeAt(i + 1)] as number;
        if (c === 0 || c === UNKNOWN) break;
        i++;
        key[k] = c;
        origStart[k] = i;
        origEnd[k] = i + 1;
        gap[k] = 0;
        k++;
      }
      continue;
    }
    if (code === SPACE) {
      // Second hottest: the space between words.
      if (lastSpace) continue;
      lastSpace = true;
      if (cyrStart >= 0) {
        k = cutToStem(key, origEnd, cyrStart, k);
        cyrStart = -1;
      }
      if (spaceAt < 0) {
        spaceAt = i;
        spaceEnd = i + 1;
      }
      continue;
    }
    let folded: string;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      folded = foldPair(text.slice(i, i + 2));
      width = 2;
    } else folded = foldUnit(code);
    if (k + folded.length + (n - i) + 4 > key.length) {
      // Ligatures expand (ﷺ → 18 letters): keep room for them and one character per remaining unit.
      v.length = k;
      v = scratch = grow(v, k + folded.length + (n - i) + 8);
      ({ key, gap, origStart, origEnd } = v);
    }
    // General path: spaces, quotes, Cyrillic letters, removed and expanding characters.
    for (let j = 0; j < folded.length; j++) {
      const c = folded.charCodeAt(j);
      if (c === SPACE) {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      if (c === SPACE || isQuoteCode(c)) {
        if (cyrStart >= 0) {
          k = cutToStem(key, origEnd, cyrStart, k);
          cyrStart = -1;
        }
        if (spaceAt < 0) {
          spaceAt = i;
          spaceEnd = i + width;
        }
        continue;
      }
      const cyr = isCyrillicLetter(c);
      if (cyrStart >= 0 && !cyr) {
        k = cutToStem(key, origEnd, cyrStart, k);
        cyrStart = -1;
      }
      if (spaceAt >= 0) {
        const prev = k > 0 ? (key[k - 1] as number) : SPACE;
        if (isArabicLetter(prev) && isArabicLetter(c)) pendingGap = 1;
        else if (prev !== DASH && c !== DASH && prev !== SPACE) {
          key[k] = SPACE;
          origStart[k] = spaceAt;
          origEnd[k] = spaceEnd;
          gap[k] = pendingGap;
          pendingGap = 0;
          k++;
        }
        spaceAt = -1;
      }
      if (cyr && cyrStart < 0) cyrStart = k;
      key[k] = c;
      origStart[k] = i;
      origEnd[k] = i + width;
      gap[k] = pendingGap;
      pendingGap = 0;
      k++;
    }
    i += width - 1;
  }
  if (cyrStart >= 0) k = cutToStem(key, origEnd, cyrStart, k);
  if (spaceAt >= 0) {
    const prev = k > 0 ? (key[k - 1] as number) : SPACE;
    if (prev !== DASH && prev !== SPACE) {
      key[k] = SPACE;
      origStart[k] = spaceAt;
      origEnd[k] = spaceEnd;
      gap[k] = pendingGap;
      pendingGap = 0;
      k++;
    }
  }
  gap[k] = pendingGap;
  v.length = k;
  return v;
}
