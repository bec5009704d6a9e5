/**
 * Finds the lexicon's terms (lib/quote/cues.ts syntax) among the words of a sentence. Words are folded like
 * the spotter folds page text (lib/text/fold.ts), so ZWNJ, Arabic letter forms, case and accents never matter.
 * A page word walks a trie of the terms' first words once, so a sentence costs O(letters).
 */
import { fold, foldText } from '../text/fold.ts';

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

interface WordPattern {
  text: string;
  mode: Mode;
}

interface Term {
  /** Null for an infix term (checked against long words only); otherwise 0. */
  key: number | null;
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
const formsCache = new Map<string, string[]>();
const FORMS_CACHE_LIMIT = 50_000;

function formsOf(raw: string): string[] {
  let forms = formsCache.get(raw);
  if (forms === undefined) {
    const w = norm(foldText(raw));
    forms = ARABIC_SCRIPT.test(w) ? arabicForms(w) : [w];
    if (formsCache.size >= FORMS_CACHE_LIMIT) formsCache.clear();
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

function parseTerm(term: string): Term | null {
  const words: WordPattern[] = [];
  for (const raw of term.trim().split(/\s+/)) {
    const mode: Mode = raw.startsWith('=') ? 'exact' : raw.startsWith('*') ? 'infix' : 'prefix';
    const body = mode === 'prefix' ? raw : raw.slice(1);
    // Split like page words are split (hyphens, apostrophes), so "north-south" is two words on both sides.
    const parts = [...norm(fold(body).text).matchAll(WORD)].map((m) => m[0]);
    parts.forEach((text, i) => {
      // Only the first piece of an infix term may start inside a word; the rest follow it.
      const m = mode === 'infix' && i > 0 ? 'prefix' : mode;
      words.push({ text, mode: m === 'exact' || i < parts.length - 1 ? (m === 'infix' ? m : 'exact') : m });
    });
  }
  // In a multi-word term every word but the last must be whole ("new page" is not "newspaper"), except
  // that a word written as a stem keeps its prefix match when it is the last.
  const first = words[0];
  if (!first) return null;
  return { key: first.mode === 'infix' ? null : 0, words };
}

function wordMatches(p: WordPattern, w: Word): boolean {
  for (const f of w.forms) {
    if (p.mode === 'exact' ? f === p.text : p.mode === 'prefix' ? f.startsWith(p.text) : f.includes(p.text))
      return true;
  }
  return false;
}

/** A compiled set of named term lists ("concepts"): which of them occur in a run of words. */
/** A trie node over the first word of the terms: the terms whose first word ends here. */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** Terms whose first word is the path to this node. */
  terms: { id: number; term: Term }[];
}

const newNode = (): TrieNode => ({ next: new Map(), terms: [] });

export class TermMatcher {
  /** Terms by their first word, letter by letter: a page word walks down once, trying only terms it starts with. */
  private readonly root = newNode();
  private readonly infix: { id: number; term: Term }[] = [];
  /** Concept names by id. */
  readonly names: string[] = [];

  /** `lists`: concept name → its terms (every language together; `@entity` terms are skipped here). */
  constructor(lists: Iterable<[string, readonly string[]]>) {
    for (const [name, terms] of lists) {
      const id = this.names.length;
      this.names.push(name);
      for (const t of terms) {
        if (t.startsWith('@')) continue;
        const term = parseTerm(t);
        if (!term) continue;
        if (term.key === null) {
          this.infix.push({ id, term });
          continue;
        }
        let node = this.root;
        const first = (term.words[0] as WordPattern).text;
        for (let i = 0; i < first.length; i++) {
          const c = first.charCodeAt(i);
          let child = node.next.get(c);
          if (!child) {
            child = newNode();
            node.next.set(c, child);
          }
          node = child;
        }
        node.terms.push({ id, term });
      }
    }
  }

  /** Every occurrence: concept id and the words [from, to) it covers, leftmost (then longest) first. */
  spans(words: readonly Word[]): TermHit[] {
    const out: TermHit[] = [];
    this.scan(words, (id, from, to) => out.push({ id, from, to }));
    return out.sort((a, b) => a.from - b.from || b.to - a.to);
  }

  private scan(words: readonly Word[], hit: (id: number, from: number, to: number) => void): void {
    const tryTerm = (id: number, term: Term, at: number) => {
      for (let k = 0; k < term.words.length; k++) {
        const w = words[at + k];
        if (!w || !wordMatches(term.words[k] as WordPattern, w)) return;
      }
      hit(id, at, at + term.words.length);
    };
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as Word;
      for (let f = 0; f < w.forms.length; f++) {
        const form = w.forms[f] as string;
        let node: TrieNode | undefined = this.root;
        for (let k = 0; k < form.length && node; k++) {
          node = node.next.get(form.charCodeAt(k));
          if (node) for (const { id, term } of node.terms) tryTerm(id, term, i);
        }
      }
      // Infix terms are German compound parts: only long Latin words can hold one.
      const first = w.forms[0] as string;
      if (first.length >= 8 && LATIN.test(first)) for (const { id, term } of this.infix) tryTerm(id, term, i);
    }
  }
}
