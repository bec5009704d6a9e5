/**
 * Finds the gazetteer's aliases in one text block: fold → key view → automaton → word boundaries and
 * checks → leftmost-longest choice → offsets mapped back to the original text.
 */
import type { Gazetteer } from '../data/types.ts';
import { type Folded, fold } from '../text/fold.ts';
import { AhoCorasick, type Hit } from './aho-corasick.ts';
import { mentionEnd, startsWord } from './boundaries.ts';
import type { Candidate } from './candidate.ts';
import { isCyrillicLetter } from './char-class.ts';
import { type KeyView, keyView } from './key-view.ts';
import { compilePatterns, foldedWords, type Pattern } from './patterns.ts';

/** Order in which roles sharing one key are tried: a full name beats a title beats a bare surname. */
const VIA_ORDER = { name: 0, title: 1, surname: 2 } as const;

interface Accepted {
  start: number;
  end: number;
  pattern: Pattern;
}

export class AliasMatcher {
  readonly patterns: Pattern[];
  /** Patterns grouped by key; the automaton's ids index this array. */
  readonly groups: Pattern[][];
  private readonly automaton = new AhoCorasick();

  constructor(gazetteer: Gazetteer) {
    this.patterns = compilePatterns(gazetteer);
    const byKey = new Map<string, Pattern[]>();
    for (const p of this.patterns) {
      const group = byKey.get(p.key);
      if (group) group.push(p);
      else byKey.set(p.key, [p]);
    }
    this.groups = [...byKey.values()].map((g) => g.sort((a, b) => VIA_ORDER[a.via] - VIA_ORDER[b.via]));
    this.groups.forEach((group, id) => {
      this.automaton.add((group[0] as Pattern).key, id);
    });
    this.automaton.build();
  }

  /** Every occurrence of every key in the key view (the automaton's raw output). */
  rawHits(view: KeyView): Hit[] {
    return this.automaton.findAll(view.text);
  }

  /** The same as {@link rawHits} by brute force: the reference the property tests compare against. */
  naiveHits(view: KeyView): Hit[] {
    const hits: Hit[] = [];
    for (let s = 0; s < view.text.length; s++) {
      this.groups.forEach((group, id) => {
        const key = (group[0] as Pattern).key;
        if (view.text.startsWith(key, s)) hits.push({ start: s, end: s + key.length, id });
      });
    }
    return hits;
  }

  /** Mentions in `text` (offsets are UTF-16 into `text`). Linear in the text's length. */
  find(text: string, naive = false): Candidate[] {
    const folded = fold(text);
    const view = keyView(folded.text);
    const accepted: Accepted[] = [];
    const consider = (start: number, end: number, id: number): void => {
      if (!startsWord(view, start)) return;
      for (const pattern of this.groups[id] as Pattern[]) {
        const stop = mentionEnd(view, end, pattern.script, pattern.plural);
        if (stop < 0) continue;
        if (this.verify(pattern, text, folded, view, start, stop)) {
          accepted.push({ start, end: stop, pattern });
          return;
        }
      }
    };
    if (naive) for (const h of this.naiveHits(view)) consider(h.start, h.end, h.id);
    else this.automaton.search(view.text, consider);
    return leftmostLongest(accepted).map((a) => toCandidate(a, text, folded, view));
  }

  /** Checks that need the original text: acronym capitals and Russian names that do not decline. */
  private verify(
    p: Pattern,
    text: string,
    folded: Folded,
    view: KeyView,
    start: number,
    end: number,
  ): boolean {
    if (!p.caseSensitive && !p.exactWords) return true;
    const [fs, fe] = foldedRange(folded, view, start, end);
    if (p.caseSensitive) {
      const [os, oe] = [folded.starts[fs] as number, folded.ends[fe - 1] as number];
      if (text.slice(os, oe) !== p.alias) return false;
    }
    if (p.exactWords) {
      const words = foldedWords(folded.text.slice(fs, fe));
      if (words.length !== p.exactWords.length) return false;
      for (let i = 0; i < words.length; i++) {
        const want = p.exactWords[i];
        if (want != null && words[i] !== want) return false;
      }
    }
    return true;
  }
}

/** The folded range `[start, end)` of a key range, a Russian word's cut-off ending included. */
function foldedRange(folded: Folded, view: KeyView, start: number, end: number): [number, number] {
  const fs = view.folded[start] as number;
  let fe = (view.folded[end - 1] as number) + 1;
  if (isCyrillicLetter(folded.text.charCodeAt(fe - 1))) {
    while (fe < folded.text.length && isCyrillicLetter(folded.text.charCodeAt(fe))) fe++;
  }
  return [fs, fe];
}

/** Keeps, from left to right, the longest mention at each place; overlapping shorter ones are dropped. */
function leftmostLongest(accepted: Accepted[]): Accepted[] {
  accepted.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Accepted[] = [];
  let until = 0;
  for (const a of accepted) {
    if (a.start < until) continue;
    kept.push(a);
    until = a.end;
  }
  return kept;
}

function toCandidate(a: Accepted, text: string, folded: Folded, view: KeyView): Candidate {
  const [fs, fe] = foldedRange(folded, view, a.start, a.end);
  const start = folded.starts[fs] as number;
  const end = folded.ends[fe - 1] as number;
  const p = a.pattern;
  return {
    entity: p.entity,
    ...(p.office ? { office: p.office } : {}),
    via: p.via,
    text: text.slice(start, end),
    start,
    end,
    alias: p.alias,
    ...(p.via === 'surname' ? { owners: [...p.owners] } : {}),
  };
}
