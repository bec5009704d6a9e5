/**
 * A cheap first look at a text block: {@link Prefilter.mayMatch} is false only when the full matcher
 * (`alias-matcher.ts`) cannot find any mention in it, so such a block skips folding and matching
 * altogether. Most blocks of a real page mention nothing from the meeting. The full matcher still decides
 * every block the prefilter lets through.
 *
 * Why it never drops a mention. Every mention is an automaton hit of an alias key in the scan view
 * (`scan-view.ts`), and every key gets an _anchor_ here, derived from the key itself:
 * - an acronym key (every alias behind it is case-sensitive: US, США, SCO) must appear in the original
 *   text exactly as written, so its anchor is that literal, tested with one native RegExp;
 * - any other key's anchor is up to {@link MAX_ANCHOR} letters or digits of one script that the key holds
 *   in a row ({@link anchorOf}). Where the scan view holds two such characters in a row, the original text
 *   holds characters folding to them with nothing between but characters that folding removes (ZWNJ,
 *   harakat, tatweel, soft hyphen, bidi marks) or, between two Arabic-script letters, spaces and quotation
 *   marks (which the scan view drops there as a word gap). A Cyrillic stem is a prefix of its word, so its
 *   letters are in the text too. So the text is read once as a stream of letter ids, through a table
 *   filled from `foldText` itself (it cannot fold differently from the matcher), with a START symbol
 *   wherever a run of letters is broken, each symbol stepping a small Aho–Corasick automaton over the
 *   anchors (`AhoCorasick.advance`) until the first anchor ends.
 * - An anchor that starts its key, of a key that no Arabic proclitic may precede, in a script where a space
 *   always separates words (not Arabic, where a dropped space is a word gap), is searched as START +
 *   anchor: the matcher drops a hit that starts inside a word («trust» holds «rus» but not «Rus»).
 * A unit whose folding is more than one character with a letter in it (ligatures: ﷲ, ﬁ) or that is half
 * of a surrogate pair sends the block to the matcher: rare, and not worth modelling.
 *
 * Nothing else the scan reads needs a block without a hit: the context rules read the words around a
 * candidate (neighbour words, titles, given names), the page's date comes from the document or the first
 * lines of a text file (`publication-date.ts`), and quote linking reads the blocks on its own. The property
 * test `tests/unit/spot-prefilter.test.ts` checks that prefiltered and full scans agree.
 */
import { foldText } from '../text/fold.ts';
import { AhoCorasick } from './aho-corasick.ts';
import { isArabicLetter, isCyrillicLetter, isQuoteCode, isWordCode } from './char-class.ts';
import { type Pattern, takesClitic } from './patterns.ts';
import { finishSteps } from './steps.ts';

/**
 * The longest anchor. Short anchors pass too many ordinary words («trad» in "traders", «الام» in any
 * «الإمام…»); eight letters of a key's longest run rarely occur by chance.
 */
const MAX_ANCHOR = 8;
/** Stream symbol where a run of letters starts; letter ids are 1…{@link LETTER_IDS}. */
const START = 0;
const LETTER_IDS = 0x3ff;
/** Table values: a key letter is its id, with {@link ARABIC_BIT} for an Arabic-script letter. */
const ARABIC_BIT = 0x400;
const SKIP = 0x1000; // folds to nothing: ignored
const GAP = 0x1001; // folds to a space or a quotation mark: bridges two Arabic-script letters, else breaks
const BREAK = 0x1002; // any other character that is no key's letter: breaks the run
const WILD = 0x1003; // a folding with a letter among several characters, or a surrogate: ask the matcher
const UNKNOWN = 0xffff;

/** An anchor of one alias key (see {@link anchorOf}). */
export interface Anchor {
  /** Folded letters (or digits) the scan view holds in a row wherever the key is. */
  text: string;
  /** True when a hit may only start where a run of letters starts (see the module comment). */
  initial: boolean;
}

export class Prefilter {
  /**
   * Per UTF-16 unit: the letter id of its folding (with {@link ARABIC_BIT}), or SKIP/GAP/BREAK/WILD;
   * UNKNOWN until first seen.
   */
  private readonly table = new Uint16Array(0x10000).fill(UNKNOWN);
  /** Letter id of each folded key letter; past {@link LETTER_IDS} letters ids are shared (more blocks pass). */
  private readonly ids = new Map<number, number>();
  private readonly automaton = new AhoCorasick();
  /** The acronyms' literals, or null when there are none. */
  private literals: RegExp | null = null;
  /** A key with no letter or digit at all: every block goes to the matcher. */
  private always = false;

  /**
   * `groups`: the matcher's patterns grouped by key (`AliasMatcher.groups`). Compiles in one go, or not at all
   * with `compile: false` ({@link compileSteps} does it in steps for a content script's start-up).
   */
  constructor(groups: readonly (readonly Pattern[])[], compile = true) {
    if (!compile) return;
    finishSteps(this.addSteps(groups, groups.length));
    this.automaton.build();
  }

  /** A prefilter compiled in steps: `perStep` keys at a time, then the automaton's tables in their steps. */
  static *compileSteps(groups: readonly (readonly Pattern[])[], perStep: number): Generator<void, Prefilter> {
    const p = new Prefilter(groups, false);
    yield* p.addSteps(groups, perStep);
    yield;
    yield* p.automaton.buildSteps();
    return p;
  }

  /** Adds each key's anchor to the automaton (or its literal, for an acronym), yielding every `perStep` keys. */
  private *addSteps(groups: readonly (readonly Pattern[])[], perStep: number): Generator<void, void> {
    const literals = new Set<string>();
    for (let i = 0; i < groups.length; i++) {
      if (i > 0 && i % perStep === 0) yield;
      const group = groups[i] as readonly Pattern[];
      let acronym = true;
      let clitic = false;
      for (const p of group) {
        acronym &&= p.caseSensitive;
        clitic ||= takesClitic(p);
      }
      if (acronym) {
        for (const p of group) literals.add(p.alias);
        continue;
      }
      const anchor = anchorOf((group[0] as Pattern).key, !clitic);
      if (!anchor) {
        this.always = true;
        continue;
      }
      let symbols = anchor.initial ? String.fromCharCode(START) : '';
      for (let k = 0; k < anchor.text.length; k++)
        symbols += String.fromCharCode(this.idOf(anchor.text.charCodeAt(k)));
      this.automaton.add(symbols, 0);
    }
    this.literals = literals.size
      ? new RegExp(
          [...literals]
            .sort((a, b) => b.length - a.length)
            .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('|'),
        )
      : null;
  }

  private idOf(code: number): number {
    let id = this.ids.get(code);
    if (id === undefined) {
      id = (this.ids.size % LETTER_IDS) + 1;
      this.ids.set(code, id);
    }
    return id;
  }

  /** What one UTF-16 unit is to the prefilter, from its folding (per unit, as `scan-view.ts` folds). */
  private classify(code: number): number {
    if (code >= 0xd800 && code <= 0xdfff) return WILD;
    const f = foldText(String.fromCharCode(code));
    if (f.length === 0) return SKIP;
    if (f.length === 1) {
      const c = f.charCodeAt(0);
      if (c === 0x20 || isQuoteCode(c)) return GAP;
      const id = this.ids.get(c);
      return id === undefined ? BREAK : id | (isArabicLetter(c) ? ARABIC_BIT : 0);
    }
    let gap = true;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (isWordCode(c)) return WILD;
      if (c !== 0x20 && !isQuoteCode(c)) gap = false;
    }
    return gap ? GAP : BREAK;
  }

  /**
   * False only when the matcher finds no mention in `text` (see the module comment). One pass over the
   * UTF-16 units, a table read and an automaton step each, stopping at the first anchor.
   */
  mayMatch(text: string): boolean {
    if (this.always) return true;
    if (this.literals?.test(text)) return true;
    const n = text.length;
    const table = this.table;
    const automaton = this.automaton;
    let node = automaton.advance(0, START);
    // `broken`: a START was written and no letter since; `gap`: spaces after an Arabic-script letter.
    let arabic = false;
    let gap = false;
    let broken = true;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      let t = table[code] as number;
      if (t === UNKNOWN) {
        t = this.classify(code);
        table[code] = t;
      }
      if (t < SKIP) {
        const isArabic = t >= ARABIC_BIT;
        // A space goes unseen only between two Arabic-script letters (the scan view's word gap).
        if (gap && !isArabic) node = automaton.advance(node, START);
        node = automaton.advance(node, t & LETTER_IDS);
        if (node < 0) return true;
        arabic = isArabic;
        gap = false;
        broken = false;
        continue;
      }
      if (t === SKIP) continue;
      if (t === WILD) return true;
      if (t === GAP && arabic && !broken) {
        gap = true;
        continue;
      }
      if (!broken) {
        node = automaton.advance(node, START);
        broken = true;
        gap = false;
        arabic = false;
      }
    }
    return false;
  }
}

const OTHER = 0;
const ARABIC = 1;
const CYRILLIC = 2;

function scriptOfCode(code: number): number {
  return isArabicLetter(code) ? ARABIC : isCyrillicLetter(code) ? CYRILLIC : OTHER;
}

/**
 * The anchor of an alias key: the last run of letters and digits of one script (a run ends at anything
 * else: a space, a dash, an apostrophe, a change of script) as long as the key's longest run or
 * {@link MAX_ANCHOR}, cut to that length. The last, where runs tie: a surname after a given name or a title,
 * the second half of a compound («فضا» of «هوا-فضا»), is the rarer word; the first made «هوا» ('air') pass
 * every block saying «هواداران» ('fans') or «هواشناسی» ('weather service'), half the blocks the prefilter let
 * through on the realistic bench page (567 → 290 of 3,350). `initial` when that run starts the key, the hit may
 * only start at a word start (`wordStartOnly`: no Arabic proclitic) and the script is not Arabic. Null when the
 * key has no letter or digit.
 */
export function anchorOf(key: string, wordStartOnly: boolean): Anchor | null {
  // One pass over the runs: the last run of MAX_ANCHOR or more, and the last of the longest (which is the
  // answer when no run is that long). No object per run: this runs for every key on every page's start-up.
  let longAt = -1;
  let longScript = OTHER;
  let bestAt = -1;
  let bestLength = 0;
  let bestScript = OTHER;
  let at = -1; // start of the current run, or -1
  let script = -1;
  for (let i = 0; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : -1;
    const s = c >= 0 && isWordCode(c) ? scriptOfCode(c) : -1;
    if (at >= 0 && s !== script) {
      const length = i - at;
      if (length >= MAX_ANCHOR) {
        longAt = at;
        longScript = script;
      }
      if (length >= bestLength) {
        bestAt = at;
        bestLength = length;
        bestScript = script;
      }
      at = -1;
    }
    if (s < 0 || at >= 0) continue;
    at = i;
    script = s;
  }
  if (bestAt < 0) return null;
  if (longAt >= 0) {
    const initial = wordStartOnly && longAt === 0 && longScript !== ARABIC;
    return { text: key.slice(longAt, longAt + MAX_ANCHOR), initial };
  }
  const initial = wordStartOnly && bestAt === 0 && bestScript !== ARABIC;
  return { text: key.slice(bestAt, bestAt + bestLength), initial };
}
