/**
 * Finds the lexicon's terms (lib/quote/cues.ts syntax) among the words of a sentence. Words are folded like
 * the spotter folds page text (lib/text/fold.ts), so ZWNJ, Arabic letter forms, case and accents never matter.
 * One look-up per word (terms are bucketed by their first letters), so a sentence costs O(words).
 */
import { fold } from '../text/fold.ts';

/** One word of a sentence: folded text, its readings, and its UTF-16 range in the original sentence text. */
export interface Word {
  /** The folded word and, for Arabic-script words, the word without proclitics (و ف ب ل ک ال می). */
  forms: string[];
  start: number;
  end: number;
}

type Mode = 'prefix' | 'exact' | 'infix';

interface WordPattern {
  text: string;
  mode: Mode;
}

interface Term {
  key: string;
  words: WordPattern[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

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

/** The words of `text`, folded, with offsets into `text`. */
export function sentenceWords(text: string): Word[] {
  const folded = fold(text);
  const out: Word[] = [];
  for (const m of folded.text.matchAll(WORD)) {
    const w = norm(m[0]);
    const s = m.index;
    out.push({
      forms: ARABIC_SCRIPT.test(w) ? arabicForms(w) : [w],
      start: folded.starts[s] as number,
      end: folded.ends[s + m[0].length - 1] as number,
    });
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
  return { key: first.mode === 'infix' ? '' : first.text.slice(0, 2), words };
}

function wordMatches(p: WordPattern, w: Word): boolean {
  for (const f of w.forms) {
    if (p.mode === 'exact' ? f === p.text : p.mode === 'prefix' ? f.startsWith(p.text) : f.includes(p.text))
      return true;
  }
  return false;
}

/** A compiled set of named term lists ("concepts"): which of them occur in a run of words. */
export class TermMatcher {
  private readonly buckets = new Map<string, { id: number; term: Term }[]>();
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
        if (term.key === '') this.infix.push({ id, term });
        else {
          const list = this.buckets.get(term.key) ?? [];
          list.push({ id, term });
          this.buckets.set(term.key, list);
        }
      }
    }
  }

  /**
   * Ids of the concepts with a term in `words`; `skip[i]` marks words that must not count (inside a name or
   * a title, so "Leader of the Revolution" is not the revolution).
   */
  find(words: readonly Word[], skip?: readonly boolean[]): Set<number> {
    const found = new Set<number>();
    this.scan(
      words,
      skip,
      (id) => found.add(id),
      (id) => found.has(id),
    );
    return found;
  }

  /** Every occurrence: concept id and the words [from, to) it covers, leftmost first. */
  spans(words: readonly Word[]): { id: number; from: number; to: number }[] {
    const out: { id: number; from: number; to: number }[] = [];
    this.scan(words, undefined, (id, from, to) => out.push({ id, from, to }));
    return out.sort((a, b) => a.from - b.from || b.to - a.to);
  }

  private scan(
    words: readonly Word[],
    skip: readonly boolean[] | undefined,
    hit: (id: number, from: number, to: number) => void,
    done: (id: number) => boolean = () => false,
  ): void {
    const tryTerm = (id: number, term: Term, at: number) => {
      if (done(id)) return;
      for (let k = 0; k < term.words.length; k++) {
        const w = words[at + k];
        if (!w || skip?.[at + k] || !wordMatches(term.words[k] as WordPattern, w)) return;
      }
      hit(id, at, at + term.words.length);
    };
    for (let i = 0; i < words.length; i++) {
      if (skip?.[i]) continue;
      const w = words[i] as Word;
      const keys = new Set<string>();
      for (const f of w.forms) {
        keys.add(f.slice(0, 2));
        keys.add(f.slice(0, 1));
      }
      for (const key of keys) for (const { id, term } of this.buckets.get(key) ?? []) tryTerm(id, term, i);
      for (const { id, term } of this.infix) tryTerm(id, term, i);
    }
  }
}
