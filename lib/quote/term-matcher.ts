/**
 * Finds the lexicon's terms (lib/quote/cues.ts syntax) among the words of a sentence. Words are folded like
 * the spotter folds page text (lib/text/fold.ts), so ZWNJ, Arabic letter forms, case and accents never matter.
 * A page word walks a trie of the terms' first words once, so a sentence costs O(letters).
 */
import { finishSteps } from '../spot/steps.ts';
import { fold, foldText } from '../text/fold.ts';
import { WordCache } from '../text/word-cache.ts';
import { CodeTrie } from './code-trie.ts';

/** One word of a sentence: folded text, its readings, and its UTF-16 range in the original sentence text. */
export interface Word {
  /** The folded word and, for Arabic-script words, the word without proclitics (و ف ب ل ک ال می). */
  forms: string[];
  start: number;
  end: number;
}

type Mode = 'prefix' | 'exact' | 'infix';

/** One occurrence of a list's term: the list id and the words [from, to) it covers. */
export interface TermHit {
  id: number;
  from: number;
  to: number;
}

/** A hit in a sentence of a block, with the UTF-16 range of its words in the block text. */
export interface BlockHit extends TermHit {
  start: number;
  end: number;
}

/** The hits of one sentence and how many words it has. */
export interface SentenceHits {
  words: number;
  /** Hits of every list but the flagged ones. */
  hits: BlockHit[];
  /** Whether a flagged list's term occurs (the caller needs only that, not where). */
  flagged: boolean;
}

interface WordPattern {
  text: string;
  mode: Mode;
  /**
   * For a term's second and later words: the pattern's id, shared by equal patterns ({@link WordInfo.follows}
   * holds the ids a page word matches).
   */
  pid?: number;
}

interface Term {
  /** The list (concept) it belongs to. */
  id: number;
  /** Its words; an infix first word is looked for in long words only (see {@link TermMatcher.candidates}). */
  words: WordPattern[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const LATIN = /^[a-zß]/;

/** Folding plus the one letter fold keeps apart that Turkish pages write either way (ı / i). */
function norm(text: string): string {
  return text.replace(/ı/g, 'i');
}

/** The readings of an Arabic-script word: itself, and without a conjunction, preposition or article. */
function arabicForms(w: string): string[] {
  const forms = [w];
  const add = (f: string) => {
    if (f.length >= 2 && !forms.includes(f)) forms.push(f);
  };
  for (const base of [w, /^[وف]/.test(w) && w.length > 3 ? w.slice(1) : '']) {
    if (!base) continue;
    add(base);
    for (const p of ['بال', 'کال', 'فال', 'وال', 'لل', 'ال', 'نمی', 'می'])
      if (base.startsWith(p) && base.length - p.length >= 2) add(base.slice(p.length));
    if (/^[بلک]/.test(base) && base.length > 4) add(base.slice(1));
  }
  return forms;
}

/** Letters, digits, marks and the invisible joiners folding removes: one page word, before folding. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: ZWNJ/ZWJ are listed as single code points on purpose (Persian words hold them), not as an emoji sequence.
const RAW_WORD = /[\p{L}\p{N}\p{M}\u200C\u200D\u0640\u00AD]+/gu;

/** Folded readings per raw word: news pages repeat few distinct words, so each is folded once. */
// Pure: bundles that import this module without matching terms (the content script's start) drop it.
const formsCache = /* @__PURE__ */ new WordCache<string[]>(5_000);

function formsOf(raw: string): string[] {
  let forms = formsCache.get(raw);
  if (forms === undefined) {
    const w = norm(foldText(raw));
    forms = ARABIC_SCRIPT.test(w) ? arabicForms(w) : [w];
    formsCache.set(raw, forms);
  }
  return forms;
}

/** The words of `text`, folded, with offsets into `text` (UTF-16). */
export function sentenceWords(text: string): Word[] {
  const out: Word[] = [];
  RAW_WORD.lastIndex = 0;
  for (let m = RAW_WORD.exec(text); m; m = RAW_WORD.exec(text)) {
    const forms = formsOf(m[0]);
    if ((forms[0] as string).length === 0) continue;
    out.push({ forms, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const SPACES = /\s+/;
const NON_ASCII = /[^\0-\x7F]/;

/** The pieces of a few term words (their bodies), as one array and where each body's pieces start. */
interface Pieces {
  pieces: string[];
  /** `first[b]`: the index of body b's first piece in `pieces` (one more entry: the end). */
  first: number[];
}

/**
 * The pieces of `bodies` ({@link WORD} runs, split like page words are split: hyphens, apostrophes, so
 * "north-south" is two words on both sides), from `text`: their folded text joined by line breaks, where
 * `origin[i]` is the offset in the joined bodies that `text[i]` came from (null: the same offset).
 */
function piecesOf(bodies: readonly string[], text: string, origin: Int32Array | null): Pieces {
  const pieces: string[] = [];
  const first: number[] = [0];
  let body = 0;
  let bodyEnd = (bodies[0] ?? '').length;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const at = origin ? (origin[m.index] as number) : m.index;
    while (at >= bodyEnd) {
      first.push(pieces.length);
      bodyEnd += 1 + (bodies[++body] as string).length;
    }
    pieces.push(m[0]);
  }
  while (first.length <= bodies.length) first.push(pieces.length);
  return { pieces, first };
}

/**
 * Parses `terms[from, to)` of list `id` (lib/quote/cues.ts syntax); `@entity` terms and terms with no word give
 * null. Each word's body (the word without its `=`/`*` mark) is folded and split into pieces; the bodies are
 * done a few at a time (one `fold` per word made two offset arrays, two views and a join per word of the
 * lexicon, ~3,800 words):
 * - ASCII bodies, about half, are only lower-cased (all `fold` does to ASCII letters and digits; the other
 *   ASCII characters it keeps or makes are no word's), all of them in one call;
 * - the others are folded in one call, joined by line breaks: folding works code point by code point and a
 *   line break folds to a space, which no word holds, so each body's pieces are those of folding it alone.
 */
function parseTerms(terms: readonly string[], from: number, to: number, id: number): (Term | null)[] {
  const modes: Mode[] = [];
  /** The bodies by kind, and `where[r]`: word r's body is `ascii[where / 2]` (even) or `other[(where - 1) / 2]`. */
  const ascii: string[] = [];
  const other: string[] = [];
  const where: number[] = [];
  /** `termRaws[t]`: the index of term t's first word (one more entry: the end). */
  const termRaws: number[] = [];
  for (let t = from; t < to; t++) {
    termRaws.push(modes.length);
    const term = terms[t] as string;
    if (term.startsWith('@')) continue;
    for (const raw of term.trim().split(SPACES)) {
      const mode: Mode = raw.startsWith('=') ? 'exact' : raw.startsWith('*') ? 'infix' : 'prefix';
      const body = mode === 'prefix' ? raw : raw.slice(1);
      modes.push(mode);
      if (NON_ASCII.test(body)) where.push(2 * other.push(body) - 1);
      else where.push(2 * ascii.push(body) - 2);
    }
  }
  termRaws.push(modes.length);
  const folded = fold(other.join('\n'));
  const kinds = [
    piecesOf(ascii, ascii.join('\n').toLowerCase(), null),
    piecesOf(other, norm(folded.text), folded.starts),
  ];
  const out: (Term | null)[] = [];
  for (let t = 0; t < to - from; t++) {
    const words: WordPattern[] = [];
    const lastRaw = (termRaws[t + 1] as number) - 1;
    for (let r = termRaws[t] as number; r <= lastRaw; r++) {
      const mode = modes[r] as Mode;
      const w = where[r] as number;
      const { pieces, first: starts } = kinds[w & 1] as Pieces;
      const b = w >> 1;
      const start = starts[b] as number;
      const last = (starts[b + 1] as number) - 1;
      for (let i = start; i <= last; i++) {
        const piece = pieces[i] as string;
        // Only the first piece of an infix term may start inside a word; the rest follow it.
        const m = mode === 'infix' && i > start ? 'prefix' : mode;
        // The pieces of one hyphenated word are whole but the last; a word is a prefix (a stem: `санкц`) unless
        // written `=word` — but a word of one or two letters before another word is a whole word: «12 лет» is not
        // «120 лет», French "a dit" is not "avait dit", "in common" is not "into common".
        const short = m === 'prefix' && r < lastRaw && i === last && piece.length <= 2;
        words.push({
          text: piece,
          mode: m === 'exact' || i < last || short ? (m === 'infix' ? m : 'exact') : m,
        });
      }
    }
    out.push(words.length === 0 ? null : { id, words });
  }
  return out;
}

function wordMatches(p: WordPattern, w: Word): boolean {
  return wordMatchesForms(p, w.forms);
}

function wordMatchesForms(p: WordPattern, forms: readonly string[]): boolean {
  for (const f of forms) {
    if (p.mode === 'exact' ? f === p.text : p.mode === 'prefix' ? f.startsWith(p.text) : f.includes(p.text))
      return true;
  }
  return false;
}

/** What one distinct page word means to a matcher, worked out the first time the word is seen. */
interface WordInfo {
  /** As {@link Word.forms}; empty first form: a run of marks or joiners only, not a word. */
  forms: string[];
  /** The first form is empty: not a word. */
  empty: boolean;
  /**
   * The terms whose first word this word matches, in the order the per-word trie walk finds them (repeats
   * kept), so the hits of a block come out exactly as {@link TermMatcher.spans} gives them per sentence.
   */
  starts: Term[];
  /**
   * The ids of the later-word patterns this word matches (see {@link WordPattern.pid}), so a multi-word term is
   * followed word by word with a look in a short list, not a string comparison per word and term.
   */
  follows: number[];
  /** {@link starts} without the deferred lists' terms (what {@link TermMatcher.read} looks at). */
  now: Term[];
  /** The deferred lists' terms among {@link starts} (what {@link TermMatcher.read} only reports to its sink). */
  deferred: Term[];
}

/** Receives the deferred list ids {@link TermMatcher.read} sees (a reused object: no closure per sentence). */
export interface DeferredSink {
  deferred(id: number): void;
}

const NO_SINK: DeferredSink = { deferred: () => {} };

/** {@link wordUnitTable}'s values. */
const UNIT_UNSEEN = 0;
const UNIT_WORD = 1;
const UNIT_HIGH_SURROGATE = 2;
const UNIT_OTHER = 3;

/**
 * Which UTF-16 code units {@link RAW_WORD} takes: {@link UNIT_WORD} a word character, {@link UNIT_HIGH_SURROGATE}
 * (the code point decides), {@link UNIT_OTHER} anything else, {@link UNIT_UNSEEN} not asked yet. One per realm,
 * each unit asked of the regex itself the first time a page has it ({@link learnUnit}), so the two cannot
 * disagree: classifying all 65,536 units up front cost 15-30 ms of a cold tab's compile, a page has a few hundred.
 */
let wordUnits: Uint8Array | null = null;
function wordUnitTable(): Uint8Array {
  if (!wordUnits) {
    wordUnits = new Uint8Array(0x10000);
    wordUnits.fill(UNIT_HIGH_SURROGATE, 0xd800, 0xdc00);
    // A lone low surrogate is no word character (a pair is read from its high half).
    wordUnits.fill(UNIT_OTHER, 0xdc00, 0xe000);
  }
  return wordUnits;
}

/** Classifies BMP code unit `c` (not a surrogate) into `table` by {@link RAW_WORD}; returns its value. */
function learnUnit(table: Uint8Array, c: number): number {
  const kind = WHOLE_RAW_WORD.test(String.fromCharCode(c)) ? UNIT_WORD : UNIT_OTHER;
  table[c] = kind;
  return kind;
}

/**
 * Terms per step of {@link TermMatcher.build} at most (a list's last step may hold fewer): ~0.05 ms warm in
 * Node, up to a few ms cold in a fresh tab (the first steps also compile the code they run).
 */
const TERMS_PER_STEP = 24;

/** Per-node arrays of the term tries start this long (the lexicon's first words make ~8,600 nodes). */
const NODES_AT_START = 1 << 14;

/** `a`, or a copy at least `n` long (doubling; the new entries -1). */
function withRoom(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  if (n <= a.length) return a;
  let length = a.length * 2;
  while (length < n) length *= 2;
  const b = new Int32Array(length).fill(-1);
  b.set(a);
  return b;
}

const WHOLE_RAW_WORD = new RegExp(`^${RAW_WORD.source}$`, 'u');
const astralWord = new Map<number, boolean>();

/** True when the surrogate pair at `i` (before `to`) is a word character (a letter outside the BMP). */
function astralWordAt(text: string, i: number, to: number): boolean {
  if (i + 1 >= to) return false;
  const low = text.charCodeAt(i + 1);
  if (low < 0xdc00 || low > 0xdfff) return false;
  const cp = text.codePointAt(i) as number;
  let is = astralWord.get(cp);
  if (is === undefined) {
    is = WHOLE_RAW_WORD.test(String.fromCodePoint(cp));
    astralWord.set(cp, is);
  }
  return is;
}

/**
 * The table of distinct words seen ({@link TermMatcher}'s trie) is cleared when it holds this many. A word held costs ~280 bytes (its string, its readings, its term lists), and a live
 * page keeps bringing new ones (a ticker's line numbers and times): at 65,536 words the table grew by ~5 MB
 * over half an hour of a ticker before it was first cleared. At 8,192 it holds ~2.3 MB at most; an article's
 * words fit, and a page with more only reads the words it meets again once more after a clear.
 */
const WORD_LIMIT = 8_192;
/**
 * Trie nodes at most, cleared when full like {@link WORD_LIMIT} (an article's ~2,000 distinct words take
 * ~7,000). A node id fits 15 bits, so a branch key (`node << 16 | unit`) stays a positive 32-bit integer. The
 * typed arrays and the node list are ~0.9 MB, made once per matcher.
 */
const NODE_LIMIT = 1 << 15;
/** {@link TermMatcher}'s `firstChar` for a node with no child, and for one whose children are all hashed. */
const NO_CHILD = -1;
const BRANCHES_ONLY = -2;
/** Branch slots: twice the most branches there can be (one per node), so a probe ends soon. */
const BRANCH_BITS = 16;
const BRANCH_MASK = (1 << BRANCH_BITS) - 1;

/**
 * Hits come out by start already; only terms of different lengths at one word can be out of order (longest
 * first is the order {@link TermMatcher.spans} gives).
 */
function sortHits(hits: BlockHit[]): BlockHit[] {
  for (let k = 1; k < hits.length; k++) {
    const x = hits[k - 1] as BlockHit;
    const y = hits[k] as BlockHit;
    if (x.from === y.from && x.to < y.to) {
      hits.sort((p, q) => p.from - q.from || q.to - p.to);
      break;
    }
  }
  return hits;
}

/** The first index below `n` whose value in `sorted` (ascending) is at least `at`, or `n`. */
function firstAtOrAfter(sorted: Int32Array, n: number, at: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A compiled set of named term lists ("concepts"): which of them occur in a run of words. */
export class TermMatcher {
  /** Terms by their first word, letter by letter: a page word walks down once, trying only terms it starts with. */
  private readonly firstWords = new CodeTrie(15);
  /**
   * The terms whose first word ends at trie node `n`, in the order they were added: a list through `termList`
   * from `termHead[n]` along `termNext` (-1 ends it; `termTail[n]` is its last, for adding). Set as each term
   * is added, so nothing is laid out once the lists are in (a counting sort by node was ~5 ms of a cold compile).
   */
  private termHead = new Int32Array(NODES_AT_START).fill(-1);
  private termTail = new Int32Array(NODES_AT_START).fill(-1);
  private readonly termNext: number[] = [];
  private readonly termList: Term[] = [];
  private readonly infix: Term[] = [];
  /** Concept names by id. */
  readonly names: string[] = [];
  private readonly units = wordUnitTable();
  /**
   * The distinct words seen, as a trie of their code units (node 0 the root): reading a word walks it, so the
   * node reached at the word's end is the word, with no hash and no second compare of its letters. A node's
   * first child is kept beside it (most nodes of a word list have one), the others in a hash table.
   * `firstChar[node]`: the unit to the first child ({@link NO_CHILD}: none; {@link BRANCHES_ONLY}: its children
   * are all in the hash table). It never holds a surrogate (those children go to the hash table), so a unit equal
   * to it is a word character of the BMP: reading a known word needs no look at the unit table (see tokenize).
   */
  private readonly firstChar = new Int32Array(NODE_LIMIT).fill(NO_CHILD);
  private readonly firstNext = new Uint16Array(NODE_LIMIT);
  /** The root's children by code unit (0: none), the commonest branch, looked up directly. */
  private readonly rootNext = new Uint16Array(0x10000);
  /** The other children: key `node << 16 | unit` (0: empty slot), and the child. */
  private readonly branchKey = new Int32Array(1 << BRANCH_BITS);
  private readonly branchNext = new Uint16Array(1 << BRANCH_BITS);
  /** The info of the word ending at a node, once seen. */
  private readonly nodeInfo: (WordInfo | undefined)[] = new Array(NODE_LIMIT);
  private nodeCount = 1;
  private wordCount = 0;
  /** The current sentence's words (reused: nothing is allocated per word). */
  private wordStart = new Int32Array(1024);
  private wordEnd = new Int32Array(1024);
  private wordInfos: WordInfo[] = [];
  /**
   * Later words of the terms, letter by letter (see {@link WordInfo.follows}); infix ones are tried in full.
   * `followPrefix[n]` / `followExact[n]`: the id of the prefix / exact pattern whose text ends at node `n`, or
   * -1 (a text has one pattern per mode).
   */
  private readonly followWords = new CodeTrie(13);
  private followPrefix = new Int32Array(NODES_AT_START).fill(-1);
  private followExact = new Int32Array(NODES_AT_START).fill(-1);
  private readonly followInfix: { pid: number; text: string }[] = [];
  /** Later-word pattern ids by mode and text. */
  private readonly patternIds = new Map<string, number>();
  /** `flags[id]`: list id is one {@link sentence} reports only as {@link SentenceHits.flagged}, not hit by hit. */
  private flags = new Uint8Array(0);
  /** Lists {@link read} only names per word (see {@link WordInfo.deferred}); {@link hitsOfLast} finds their hits. */
  private defers: ReadonlySet<number> = new Set();
  /** `told[id] === tellStamp`: {@link read} told its sink of list `id` in the current sentence. */
  private told = new Int32Array(0);
  private tellStamp = 0;
  /** The words [lastFrom, lastTo) the last {@link read} read (they stay in the scratch arrays for {@link hitsOfLast}). */
  private lastFrom = 0;
  private lastTo = 0;
  /** Their term-starting words: `starting[lastStartingFrom, lastStartingTo)`. */
  private lastStartingFrom = 0;
  private lastStartingTo = 0;
  /** The block the scratch arrays hold, if {@link readBlock} read it (null: a sentence), and its counts. */
  private blockText: string | null = null;
  private blockCount = 0;
  private blockStarting = 0;
  /** The indices of the last {@link read}'s words that start a term ({@link WordInfo.starts} not empty). */
  private starting = new Int32Array(1024);
  private startingCount = 0;

  /**
   * `lists`: concept name → its terms (every language together; `@entity` terms are skipped here).
   * `flagInSentences`: names of lists whose hits {@link sentence} only flags ({@link spans} lists them).
   * `deferInSentences`: names of lists whose hits {@link read} leaves to {@link hitsOfLast}: a caller that can
   * rule a sentence out from which of those lists may occur in it (an upper bound) never pays for their hits.
   */
  constructor(
    lists: Iterable<[string, readonly string[]]>,
    flagInSentences: readonly string[] = [],
    deferInSentences: readonly string[] = [],
  ) {
    finishSteps(this.addSteps(lists, flagInSentences, deferInSentences));
  }

  /**
   * The same matcher compiled a few terms at a time (the generator yields after every {@link TERMS_PER_STEP}
   * terms of a list): compiling the cue lexicon takes ~40 ms of CPU in a cold tab (60–100 ms on a loaded
   * machine), too long for one task of a content script (entrypoints/content/quote-stage.ts).
   */
  static *build(
    lists: Iterable<[string, readonly string[]]>,
    flagInSentences: readonly string[] = [],
    deferInSentences: readonly string[] = [],
  ): Generator<void, TermMatcher> {
    // Its reading tables (~0.9 MB of typed arrays) are a step of their own in a cold tab.
    const matcher = new TermMatcher([]);
    yield;
    yield* matcher.addSteps(lists, flagInSentences, deferInSentences);
    return matcher;
  }

  /** Adds the lists ({@link TERMS_PER_STEP} terms a step) to a matcher that has none, then lays out the tries. */
  private *addSteps(
    lists: Iterable<[string, readonly string[]]>,
    flagInSentences: readonly string[],
    deferInSentences: readonly string[],
  ): Generator<void, void> {
    for (const [name, terms] of lists) {
      const id = this.names.length;
      this.names.push(name);
      for (let from = 0; from < terms.length; from += TERMS_PER_STEP) {
        const parsed = parseTerms(terms, from, Math.min(from + TERMS_PER_STEP, terms.length), id);
        for (let t = 0; t < parsed.length; t++) {
          const term = parsed[t];
          if (!term) continue;
          this.indexLaterWords(term);
          const first = term.words[0] as WordPattern;
          if (first.mode === 'infix') this.infix.push(term);
          else {
            this.addTerm(this.firstWords.insert(first.text), term);
          }
        }
        yield;
      }
    }
    this.flags = new Uint8Array(this.names.length);
    this.told = new Int32Array(this.names.length);
    for (const n of flagInSentences) if (this.names.includes(n)) this.flags[this.names.indexOf(n)] = 1;
    this.defers = new Set(deferInSentences.map((n) => this.names.indexOf(n)));
  }

  /** Appends `term` to the terms of first-word trie node `node`. */
  private addTerm(node: number, term: Term): void {
    this.termHead = withRoom(this.termHead, node + 1);
    this.termTail = withRoom(this.termTail, node + 1);
    const t = this.termList.push(term) - 1;
    this.termNext.push(-1);
    const tail = this.termTail[node] as number;
    if (tail < 0) this.termHead[node] = t;
    else this.termNext[tail] = t;
    this.termTail[node] = t;
  }

  /** Gives each later-word pattern of `term` its id (equal patterns share one) and puts new ones in the follow trie. */
  private indexLaterWords(term: Term): void {
    for (let k = 1; k < term.words.length; k++) {
      const p = term.words[k] as WordPattern;
      const key = `${p.mode}:${p.text}`;
      let pid = this.patternIds.get(key);
      if (pid === undefined) {
        pid = this.patternIds.size;
        this.patternIds.set(key, pid);
        if (p.mode === 'infix') this.followInfix.push({ pid, text: p.text });
        else {
          const node = this.followWords.insert(p.text);
          this.followPrefix = withRoom(this.followPrefix, node + 1);
          this.followExact = withRoom(this.followExact, node + 1);
          (p.mode === 'exact' ? this.followExact : this.followPrefix)[node] = pid;
        }
      }
      p.pid = pid;
    }
  }

  /** The later-word patterns any of `forms` matches (as {@link wordMatchesForms} would say), each once. */
  private followsOf(forms: readonly string[]): number[] {
    const out: number[] = [];
    const add = (pid: number) => {
      if (!out.includes(pid)) out.push(pid);
    };
    const { followWords, followPrefix, followExact } = this;
    for (const form of forms) {
      let node = 0;
      for (let k = 0; k < form.length; k++) {
        node = followWords.child(node, form.charCodeAt(k));
        if (node < 0) break;
        const prefix = followPrefix[node] as number;
        if (prefix >= 0) add(prefix);
        if (k === form.length - 1 && (followExact[node] as number) >= 0) add(followExact[node] as number);
      }
      for (const { pid, text } of this.followInfix) if (form.includes(text)) add(pid);
    }
    return out;
  }

  /** Every occurrence: concept id and the words [from, to) it covers, leftmost (then longest) first. */
  spans(words: readonly Word[]): TermHit[] {
    const out: TermHit[] = [];
    this.scan(words, (id, from, to) => out.push({ id, from, to }));
    return out.sort((a, b) => a.from - b.from || b.to - a.to);
  }

  /**
   * The words of `text[from, to)` (one sentence) and the terms among them: what {@link spans} gives on
   * {@link sentenceWords} of that slice, the flagged lists only flagged, with each hit's range in `text`. One pass
   * over the code units with a table; each distinct word is folded and walked down the trie once per
   * matcher, then found again by a hash of its code units, so no string or object is made per word.
   */
  sentence(text: string, from: number, to: number): SentenceHits {
    const { words, flagged } = this.read(text, from, to, NO_SINK);
    return { words, hits: this.hitsOfLast(), flagged };
  }

  /**
   * {@link sentence} in two steps. This one reads the words and gives the hits of every list but the deferred
   * ones; of those it only tells `sink` each list with a term that occurs, once per sentence, making no hit.
   * Its hits are exactly {@link sentence}'s hits of the other lists, in the same order, and `sink` hears of
   * exactly the deferred lists {@link hitsOfLast} then finds hits of.
   */
  read(text: string, from: number, to: number, sink: DeferredSink): SentenceHits {
    const n = this.tokenize(text, from, to);
    // The scratch arrays now hold this sentence, not a block (see readIn).
    this.blockText = null;
    return this.readWords(0, n, 0, this.startingCount, sink);
  }

  /**
   * {@link read} on a whole block (`text[0, length)`), keeping its words for {@link readIn}: what a block
   * holds at all, read once. Its hits and the lists told to `sink` are a superset of every sentence's (a
   * sentence's words are a run of the block's: no word crosses white space or a line break, where sentences
   * end), so a caller can rule out a block from this one reading (QuoteLinker.startBlock).
   */
  readBlock(text: string, sink: DeferredSink): SentenceHits {
    this.holdBlock(text);
    return this.readWords(0, this.blockCount, 0, this.blockStarting, sink);
  }

  /** Reads the words of a whole block into the scratch arrays and remembers it for {@link readIn}. */
  private holdBlock(text: string): void {
    this.blockCount = this.tokenize(text, 0, text.length);
    this.blockText = text;
    this.blockStarting = this.startingCount;
  }

  /**
   * {@link read} of `text[from, to)`, a sentence of the block {@link readBlock} read last (`from` and `to` at
   * word boundaries, as sentences are), from the words kept: the same result without reading the letters again.
   * Reads them if the matcher holds another text since.
   */
  readIn(text: string, from: number, to: number, sink: DeferredSink): SentenceHits {
    if (this.blockText !== text) this.holdBlock(text);
    const { wordStart, starting } = this;
    const w0 = firstAtOrAfter(wordStart, this.blockCount, from);
    const w1 = firstAtOrAfter(wordStart, this.blockCount, to);
    const s0 = firstAtOrAfter(starting, this.blockStarting, w0);
    const s1 = firstAtOrAfter(starting, this.blockStarting, w1);
    return this.readWords(w0, w1, s0, s1, sink);
  }

  /**
   * The reading of words [w0, w1) of the scratch arrays, whose term-starting words are `starting[s0, s1)`: see
   * {@link read}. Hits' word indices are counted from `w0`.
   */
  private readWords(w0: number, w1: number, s0: number, s1: number, sink: DeferredSink): SentenceHits {
    this.lastFrom = w0;
    this.lastTo = w1;
    this.lastStartingFrom = s0;
    this.lastStartingTo = s1;
    const hits: BlockHit[] = [];
    let flagged = false;
    const info = this.wordInfos;
    // A list already told of needs no second look: on the dense bench page most term starts are of a concept
    // the sentence already has (French «a dit», «a abordé» start at every word beginning with "a").
    const told = this.told;
    const stamp = ++this.tellStamp;
    // Only the words that start a term (tokenize listed them): on the dense bench page 43,500 of 139,000.
    const { starting } = this;
    for (let b = s0; b < s1; b++) {
      const i = starting[b] as number;
      const word = info[i] as WordInfo;
      const deferred = word.deferred;
      for (let d = 0; d < deferred.length; d++) {
        const term = deferred[d] as Term;
        const id = term.id;
        if (told[id] !== stamp && this.follows(term, i, w1)) {
          told[id] = stamp;
          sink.deferred(id);
        }
      }
      if (word.now.length !== 0) flagged = this.hitsAt(i, w0, w1, word.now, hits, flagged);
    }
    return { words: w1 - w0, hits: sortHits(hits), flagged };
  }

  /** True when `term` occurs at word `i` of the words before `n` read, given that its first word matches there. */
  private follows(term: Term, i: number, n: number): boolean {
    const len = term.words.length;
    if (i + len > n) return false;
    const info = this.wordInfos;
    for (let k = 1; k < len; k++)
      if (!(info[i + k] as WordInfo).follows.includes((term.words[k] as WordPattern).pid as number))
        return false;
    return true;
  }

  /** Every hit (the deferred lists' too) of the sentence the last {@link read} read, as {@link sentence} gives them. */
  hitsOfLast(): BlockHit[] {
    const { lastFrom: w0, lastTo: w1 } = this;
    const hits: BlockHit[] = [];
    let flagged = false;
    const info = this.wordInfos;
    const { starting } = this;
    for (let b = this.lastStartingFrom; b < this.lastStartingTo; b++) {
      const i = starting[b] as number;
      flagged = this.hitsAt(i, w0, w1, (info[i] as WordInfo).starts, hits, flagged);
    }
    return sortHits(hits);
  }

  /** Pushes the hits of `starts` at word `i` of [w0, w1) (flagged lists only flag); returns the flag. */
  private hitsAt(
    i: number,
    w0: number,
    w1: number,
    starts: readonly Term[],
    hits: BlockHit[],
    flaggedBefore: boolean,
  ): boolean {
    let flagged = flaggedBefore;
    const { wordStart, wordEnd, flags } = this;
    for (let t = 0; t < starts.length; t++) {
      const term = starts[t] as Term;
      const id = term.id;
      const len = term.words.length;
      if ((flagged && flags[id] === 1) || !this.follows(term, i, w1)) continue;
      if (flags[id] === 1) flagged = true;
      else
        hits.push({
          id,
          from: i - w0,
          to: i - w0 + len,
          start: wordStart[i] as number,
          end: wordEnd[i + len - 1] as number,
        });
    }
    return flagged;
  }

  /** Reads the words of `text[from, to)` into the scratch arrays; returns how many. */
  private tokenize(text: string, from: number, to: number): number {
    const { units, firstChar, firstNext, nodeInfo, rootNext } = this;
    let { wordStart, wordEnd } = this;
    const infos = this.wordInfos;
    let { starting } = this;
    let b = 0;
    let n = 0;
    let i = from;
    while (i < to) {
      const c0 = text.charCodeAt(i);
      let kind = units[c0] as number;
      // (A word character, the common case, takes one compare here and one per unit below, as before the
      // table learned units; an unseen unit is the rare way round.)
      if (kind !== UNIT_WORD) {
        if (kind === UNIT_UNSEEN) kind = learnUnit(units, c0);
        if (kind === UNIT_OTHER || (kind === UNIT_HIGH_SURROGATE && !astralWordAt(text, i, to))) {
          i++;
          continue;
        }
      }
      const s = i;
      // Walk the trie of the words seen while finding the word's end: the node reached is the word.
      let node = 0;
      if (kind === UNIT_WORD) {
        node = (rootNext[c0] as number) || -1;
        i++;
      }
      while (i < to) {
        const c = text.charCodeAt(i);
        // The unit the word seen before has next: a BMP word character (firstChar holds no surrogate), so the
        // unit table need not be read. Most units of a page are in words it has already had.
        if (node >= 0 && c === firstChar[node]) {
          node = firstNext[node] as number;
          i++;
          continue;
        }
        const k = units[c];
        if (k === UNIT_WORD) i++;
        else if (k === UNIT_HIGH_SURROGATE && astralWordAt(text, i, to)) {
          if (node >= 0) node = this.child(node, c);
          i++;
          const low = text.charCodeAt(i);
          if (node >= 0) node = this.child(node, low);
          i++;
          continue;
        } else if (k === UNIT_UNSEEN && learnUnit(units, c) === UNIT_WORD) i++;
        else break;
        if (node >= 0) node = this.child(node, c);
      }
      const info = node >= 0 ? (nodeInfo[node] ?? this.add(text, s, i)) : this.add(text, s, i);
      if (info.empty) continue;
      if (n === wordStart.length) {
        this.wordStart = wordStart = withRoom(wordStart, n + 1);
        this.wordEnd = wordEnd = withRoom(wordEnd, n + 1);
        this.starting = starting = withRoom(starting, n + 1);
      }
      wordStart[n] = s;
      wordEnd[n] = i;
      infos[n] = info;
      if (info.starts.length !== 0) starting[b++] = n;
      n++;
    }
    this.startingCount = b;
    return n;
  }

  /** The child of `node` by code unit `c`, or -1. */
  private child(node: number, c: number): number {
    if (node === 0) return (this.rootNext[c] as number) || -1;
    const first = this.firstChar[node] as number;
    if (first === c) return this.firstNext[node] as number;
    if (first === NO_CHILD) return -1;
    const key = (node << 16) | c;
    const { branchKey } = this;
    let slot = Math.imul(key, 0x9e3779b1) >>> (32 - BRANCH_BITS);
    for (;;) {
      const k = branchKey[slot] as number;
      if (k === key) return this.branchNext[slot] as number;
      if (k === 0) return -1;
      slot = (slot + 1) & BRANCH_MASK;
    }
  }

  /** Adds the child of `node` by `c` (it has none); returns it. */
  private addChild(node: number, c: number): number {
    const next = this.nodeCount++;
    if (node === 0) {
      this.rootNext[c] = next;
      return next;
    }
    const first = this.firstChar[node] as number;
    if (first < 0 && (c < 0xd800 || c > 0xdfff)) {
      this.firstChar[node] = c;
      this.firstNext[node] = next;
      return next;
    }
    if (first === NO_CHILD) this.firstChar[node] = BRANCHES_ONLY;
    const key = (node << 16) | c;
    const { branchKey } = this;
    let slot = Math.imul(key, 0x9e3779b1) >>> (32 - BRANCH_BITS);
    while (branchKey[slot] !== 0) slot = (slot + 1) & BRANCH_MASK;
    branchKey[slot] = key;
    this.branchNext[slot] = next;
    return next;
  }

  /** Puts the word `text[s, e)` in the trie (clearing a full one first) and gives its info. */
  private add(text: string, s: number, e: number): WordInfo {
    if (this.wordCount >= WORD_LIMIT || this.nodeCount + (e - s) >= NODE_LIMIT) {
      this.firstChar.fill(NO_CHILD);
      this.rootNext.fill(0);
      this.branchKey.fill(0);
      this.nodeInfo.fill(undefined);
      this.nodeCount = 1;
      this.wordCount = 0;
    }
    let node = 0;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      const next = this.child(node, c);
      node = next >= 0 ? next : this.addChild(node, c);
    }
    const info = this.wordInfo(text.slice(s, e));
    this.nodeInfo[node] = info;
    this.wordCount++;
    return info;
  }

  private wordInfo(raw: string): WordInfo {
    const forms = formsOf(raw);
    const word: Word = { forms, start: 0, end: 0 };
    const starts: WordInfo['starts'] = [];
    const first = forms[0] as string;
    if (first.length === 0) return { forms, empty: true, starts, follows: [], now: starts, deferred: [] };
    this.candidates(word, (term) => {
      if (wordMatches(term.words[0] as WordPattern, word)) starts.push(term);
    });
    const now = starts.filter((s) => !this.defers.has(s.id));
    const deferred = starts.filter((s) => this.defers.has(s.id));
    const follows = this.followsOf(forms);
    return {
      forms,
      empty: false,
      starts,
      follows,
      now: now.length === starts.length ? starts : now,
      deferred,
    };
  }

  /** Calls `found` for each term the trie walk of `w` (every form) and the infix list offer, in order. */
  private candidates(w: Word, found: (term: Term) => void): void {
    const { firstWords, termHead, termNext, termList } = this;
    for (let f = 0; f < w.forms.length; f++) {
      const form = w.forms[f] as string;
      let node = 0;
      for (let k = 0; k < form.length; k++) {
        node = firstWords.child(node, form.charCodeAt(k));
        if (node < 0) break;
        for (let t = termHead[node] ?? -1; t >= 0; t = termNext[t] as number) found(termList[t] as Term);
      }
    }
    // Infix terms are German compound parts: only long Latin words can hold one.
    const first = w.forms[0] as string;
    if (first.length >= 8 && LATIN.test(first)) for (const term of this.infix) found(term);
  }

  private scan(words: readonly Word[], hit: (id: number, from: number, to: number) => void): void {
    for (let i = 0; i < words.length; i++)
      this.candidates(words[i] as Word, (term) => {
        for (let k = 0; k < term.words.length; k++) {
          const w = words[i + k];
          if (!w || !wordMatches(term.words[k] as WordPattern, w)) return;
        }
        hit(term.id, i, i + term.words.length);
      });
  }
}
