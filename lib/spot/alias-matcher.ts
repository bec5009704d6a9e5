/**
 * Finds the gazetteer's aliases in one text block: scan view (folding + key rewrites) → automaton → word
 * boundaries and checks → leftmost-longest choice → original offsets.
 */
import type { SpotGazetteer } from '../data/types.ts';
import { foldText } from '../text/fold.ts';
import { AhoCorasick, type Hit } from './aho-corasick.ts';
import { mentionEnd, mentionStarts, startsAtWord, startsWord } from './boundaries.ts';
import type { Candidate } from './candidate.ts';
import { isWordCode, readsAsArabic } from './char-class.ts';
import { compilePatterns, compilePatternsSteps, foldedWords, type Pattern, takesClitic } from './patterns.ts';
import { Prefilter } from './prefilter.ts';
import { type ScanView, scanView } from './scan-view.ts';
import { finishSteps } from './steps.ts';

/** Order in which roles sharing one key are tried: a full name beats a title beats a bare surname. */
const VIA_ORDER = { name: 0, title: 1, surname: 2 } as const;

/**
 * Keys put into a trie per compile step (about 1,250 in all for the real gazetteer). Small: a content script
 * yields by time, not per step (inline-context.ts).
 */
const GROUPS_PER_STEP = 50;

interface Accepted {
  start: number;
  end: number;
  pattern: Pattern;
  /** The pattern group (automaton id), for a deterministic order. */
  id: number;
  /** A weak mention: a weak name, or a false friend in Arabic text (see `Candidate.weak`). */
  weak: boolean;
}

/**
 * The slow, readable way to the same mentions, which the property tests compare {@link AliasMatcher.find}
 * against: a view built by `fold()` and `keyView()`, and raw hits found by trying every key at every position
 * (key-view.ts's `REFERENCE_SEARCH`).
 */
export interface ReferenceSearch {
  view(text: string): ScanView;
  hits(groups: readonly Pattern[][], view: ScanView): Hit[];
}

export class AliasMatcher {
  readonly patterns: Pattern[];
  /** Patterns grouped by key; the automaton's ids index this array. */
  readonly groups: Pattern[][];
  /** `clitic[id] === 1` when a pattern of group `id` may start after an Arabic proclitic. */
  private readonly clitic: Uint8Array;
  /** The keys' automaton (read by the property tests, key-view.ts `rawHits`). */
  readonly automaton = new AhoCorasick();
  /**
   * Lets a block that cannot hold any key skip folding and matching (`prefilter.ts`). Set to null to scan
   * every block in full: the property tests and `npm run scan -- --no-prefilter` compare both ways.
   */
  prefilter: Prefilter | null;

  /**
   * Compiles in steps with `pause()` between them (patterns; the keys, a few hundred at a time; the automata's
   * tries and tables, themselves in steps), so a content script never blocks the page for the whole compile.
   * The whole `Spotter.create` for the real gazetteer, cold in a fresh Chromium page: 81–113 ms of steps
   * (minimum–median of 12, a busy machine), the longest step 11–17 ms; 153–265 ms and 23–38 ms in the same runs
   * with a Map per trie node and each alias folded twice.
   */
  static async create(gazetteer: SpotGazetteer, pause: () => Promise<void>): Promise<AliasMatcher> {
    const patterns = compilePatternsSteps(gazetteer);
    let step = patterns.next();
    for (; !step.done; step = patterns.next()) await pause();
    await pause();
    const matcher = new AliasMatcher(gazetteer, step.value, false);
    for (const _ of matcher.indexSteps()) await pause();
    return matcher;
  }

  /** Compiles in one go; `patterns` and `build` let {@link AliasMatcher.create} split the work. */
  constructor(gazetteer: SpotGazetteer, patterns: Pattern[] = compilePatterns(gazetteer), build = true) {
    this.patterns = patterns;
    const byKey = new Map<string, Pattern[]>();
    for (const p of this.patterns) {
      const group = byKey.get(p.key);
      if (group) group.push(p);
      else byKey.set(p.key, [p]);
    }
    this.groups = [...byKey.values()].map((g) => g.sort((a, b) => VIA_ORDER[a.via] - VIA_ORDER[b.via]));
    this.clitic = new Uint8Array(this.groups.length);
    this.prefilter = null;
    if (build) finishSteps(this.indexSteps());
  }

  /**
   * Puts every group's key into the automaton, {@link GROUPS_PER_STEP} keys per step, builds its tables in
   * steps, then compiles the prefilter the same way. Call once, from the constructor or {@link create}.
   */
  private *indexSteps(): Generator<void, void, void> {
    for (let id = 0; id < this.groups.length; id++) {
      if (id > 0 && id % GROUPS_PER_STEP === 0) yield;
      const group = this.groups[id] as Pattern[];
      this.automaton.add((group[0] as Pattern).key, id);
      if (group.some(takesClitic)) this.clitic[id] = 1;
    }
    yield;
    yield* this.automaton.buildSteps();
    this.prefilter = yield* Prefilter.compileSteps(this.groups, GROUPS_PER_STEP);
  }

  /**
   * Mentions in `text` (offsets are UTF-16 into `text`). Linear in the text's length. With `reference`
   * (key-view.ts's `REFERENCE_SEARCH`), the slow reference view and a brute-force search instead, for the
   * property tests; passed in, so the content script does not carry them.
   */
  find(text: string, reference?: ReferenceSearch): Candidate[] {
    if (!reference && this.prefilter && !this.prefilter.mayMatch(text)) return [];
    const view = reference ? reference.view(text) : scanView(text);
    const accepted: Accepted[] = [];
    let arabic: boolean | undefined; // does the block read as Arabic? Asked once, at the first false friend
    const consider = (start: number, end: number, id: number): void => {
      // Most raw hits are inside a word; only an Arabic proclitic can start a mention there, so the whole
      // group is skipped at once unless one of its patterns takes proclitics.
      const atWord = startsWord(view, start);
      if (!atWord && this.clitic[id] === 0) return;
      for (const pattern of this.groups[id] as Pattern[]) {
        if (!(atWord ? startsAtWord(pattern.rules) : mentionStarts(view, start, pattern.rules))) continue;
        const stop = mentionEnd(view, end, pattern.rules);
        if (stop < 0) continue;
        if (verify(pattern, text, view, start, end)) {
          let weak = pattern.weak;
          if (pattern.notInArabic) {
            if (arabic === undefined) arabic = readsAsArabic(text);
            weak ||= arabic;
          }
          accepted.push({ start, end: stop, pattern, id, weak });
          return;
        }
      }
    };
    if (reference) for (const h of reference.hits(this.groups, view)) consider(h.start, h.end, h.id);
    else this.automaton.search(view.key, view.length, consider);
    return leftmostLongest(accepted).map((a) => toCandidate(a, text, view));
  }
}

/** True when every capitalised word of `alias` is capitalised in `original` too. */
function capitalsKept(alias: string, original: string): boolean {
  const want = alias.split(/\s+/);
  const got = original.split(/\s+/);
  if (want.length !== got.length) return false;
  for (let i = 0; i < want.length; i++) {
    if (isUpperCase((want[i] as string).charAt(0)) && !isUpperCase((got[i] as string).charAt(0)))
      return false;
  }
  return true;
}

/**
 * Checks that need the original text: acronym capitals and Russian names that do not decline. `end` is the
 * hit's end before any suffix, so "ABD'nin" is checked as "ABD".
 */
function verify(p: Pattern, text: string, view: ScanView, start: number, end: number): boolean {
  const from = view.origStart[start] as number;
  if (p.weak && isUpperCase(p.alias.charAt(0)) && !isUpperCase(text.charAt(from))) return false;
  if (isUpperCase(text.charAt(from)) && isUpperCase(text.charAt(from + 1)) && acronymOfOther(p, text, from))
    return false;
  if (!p.caseSensitive && !p.exactWords && !p.capitals) return true;
  const original = text.slice(view.origStart[start] as number, view.origEnd[end - 1] as number);
  if (p.capitals && !capitalsKept(p.alias, original)) return false;
  if (p.caseSensitive && original !== p.alias) return false;
  if (p.exactWords) {
    const words = foldedWords(foldText(original));
    if (words.length !== p.exactWords.length) return false;
    for (let i = 0; i < words.length; i++) {
      const want = p.exactWords[i];
      if (want != null && words[i] !== want) return false;
    }
  }
  return true;
}

/**
 * True when the page word at `from` is an acronym (two to five capitals, nothing lower case) shorter than
 * the one-word alias it matched through a shared stem: «НАН» (the Belarusian Academy of Sciences) is not
 * «нано», though both cut to «нан».
 */
function acronymOfOther(p: Pattern, text: string, from: number): boolean {
  if (p.caseSensitive) return false;
  let to = from;
  while (to < text.length && to - from <= 5 && isWordCode(text.charCodeAt(to))) to++;
  const word = text.slice(from, to);
  if (word.length < 2 || word.length > 5 || word !== word.toUpperCase()) return false;
  const alias = p.alias.trim();
  return !/\s/.test(alias) && alias.length > word.length;
}

function isUpperCase(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** Keeps, from left to right, the longest mention at each place; overlapping shorter ones are dropped. */
function leftmostLongest(accepted: Accepted[]): Accepted[] {
  if (accepted.length < 2) return accepted;
  // Ties (same span) go to the longer alias ("real friends" over "real friend" + plural -s), so the
  // automaton's and the reference's different hit orders give the same answer.
  accepted.sort(
    (a, b) =>
      a.start - b.start || b.end - a.end || b.pattern.key.length - a.pattern.key.length || a.id - b.id,
  );
  const kept: Accepted[] = [];
  let until = 0;
  for (const a of accepted) {
    if (a.start < until) continue;
    kept.push(a);
    until = a.end;
  }
  return kept;
}

function toCandidate(a: Accepted, text: string, view: ScanView): Candidate {
  const start = view.origStart[a.start] as number;
  const end = view.origEnd[a.end - 1] as number;
  const p = a.pattern;
  const textOf = text.slice(start, end);
  // Two literals rather than conditional spreads: spreads cost a temporary object each, and this runs for
  // every mention (a tenth of the matcher's time on the bench page). Key order stays as before.
  const c: Candidate = p.office
    ? { entity: p.entity, office: p.office, via: p.via, text: textOf, start, end, alias: p.alias }
    : { entity: p.entity, via: p.via, text: textOf, start, end, alias: p.alias };
  if (p.via === 'surname') c.owners = [...p.owners];
  if (a.weak) c.weak = true;
  return c;
}
