/**
 * The word lists of all languages written in one script (`lexicon/index.ts`), merged and normalised once
 * for the context rules: every word folded like page text (`lib/text/fold.ts`), Cyrillic words cut to their
 * stem (so one entry finds every case form), and phrases split into words at spaces, hyphens and
 * apostrophes.
 */
import { foldText } from '../text/fold.ts';
import { russianStem } from '../text/russian-stem.ts';
import type { Script } from './char-class.ts';
import { LANGS_OF_SCRIPT, LEXICONS } from './lexicon/index.ts';
import { isJoiner } from './neighbour-words.ts';

/** A phrase as normalised words, in reading order. */
export type Phrase = readonly string[];

export interface ScriptLexicon {
  script: Script;
  fillers: Set<string>;
  fillersBefore: Set<string>;
  before: Phrase[];
  after: Phrase[];
  countries: Phrase[];
  /** Countries that may qualify a title from before it (languages with `countriesBefore`). */
  countriesBefore: Phrase[];
  givenNames: Set<string>;
  notGivenNames: Set<string>;
  compoundParts: Set<string>;
  inflections: readonly string[];
  /** By topic id: ambiguous aliases (normalised phrases joined by a space) and context phrases. */
  topics: Map<
    string,
    { ambiguous: Set<string>; context: Phrase[]; otherSenses: Phrase[]; needsContextWord: boolean }
  >;
}

/** A word as the rules compare it: folded; for Cyrillic, its stem. */
export function normWord(word: string, script: Script): string {
  const folded = foldText(word).replace(/\s+/g, '');
  return script === 'cyrillic' ? russianStem(folded) : folded;
}

/** A phrase as normalised words (split at spaces, hyphens and apostrophes). */
export function normPhrase(phrase: string, script: Script): Phrase {
  const words: string[] = [];
  let current = '';
  for (const ch of phrase) {
    const code = ch.charCodeAt(0);
    if (ch.trim() === '' || isJoiner(code)) {
      if (current) words.push(normWord(current, script));
      current = '';
    } else current += ch;
  }
  if (current) words.push(normWord(current, script));
  return words.filter((w) => w.length > 0);
}

function compile(script: Script): ScriptLexicon {
  const lexicons = LANGS_OF_SCRIPT[script].map((lang) => LEXICONS[lang]);
  const words = (pick: (l: (typeof lexicons)[number]) => string[]) =>
    new Set(lexicons.flatMap((l) => pick(l).flatMap((w) => normPhrase(w, script))));
  const phrases = (pick: (l: (typeof lexicons)[number]) => string[]) =>
    lexicons.flatMap((l) => pick(l).map((p) => normPhrase(p, script))).filter((p) => p.length > 0);
  const topics = new Map<
    string,
    { ambiguous: Set<string>; context: Phrase[]; otherSenses: Phrase[]; needsContextWord: boolean }
  >();
  for (const l of lexicons) {
    for (const [id, t] of Object.entries(l.topics)) {
      const entry = topics.get(id) ?? {
        ambiguous: new Set<string>(),
        context: [],
        otherSenses: [],
        needsContextWord: false,
      };
      for (const a of t.ambiguous) entry.ambiguous.add(normPhrase(a, script).join(' '));
      for (const c of t.context) entry.context.push(normPhrase(c, script));
      for (const o of t.otherSenses ?? []) entry.otherSenses.push(normPhrase(o, script));
      entry.needsContextWord ||= t.needsContextWord === true;
      topics.set(id, entry);
    }
  }
  return {
    script,
    fillers: words((l) => l.fillers),
    fillersBefore: words((l) => l.fillersBefore),
    before: phrases((l) => l.before),
    after: phrases((l) => l.after),
    countries: phrases((l) => l.countries),
    countriesBefore: phrases((l) => (l.countriesBefore ? l.countries : [])),
    givenNames: words((l) => l.givenNames),
    notGivenNames: words((l) => l.notGivenNames),
    compoundParts: words((l) => l.compoundParts),
    inflections: [...new Set(lexicons.flatMap((l) => l.inflections.map((i) => foldText(i))))],
    topics,
  };
}

const cache = new Map<Script, ScriptLexicon>();

/** The merged lists for one script (compiled on first use). */
export function scriptLexicon(script: Script): ScriptLexicon {
  let lexicon = cache.get(script);
  if (!lexicon) {
    lexicon = compile(script);
    cache.set(script, lexicon);
  }
  return lexicon;
}

/** True when page word `word` (normalised) is `entry`, or `entry` with one of the script's endings. */
export function sameWord(word: string, entry: string, lexicon: ScriptLexicon): boolean {
  if (word === entry) return true;
  if (entry.length < 3 || !word.startsWith(entry)) return false;
  return lexicon.inflections.includes(word.slice(entry.length));
}

/** True when `word` is in `set`, directly or with one of the script's endings taken off. */
export function inSet(word: string, set: Set<string>, lexicon: ScriptLexicon): boolean {
  if (set.has(word)) return true;
  for (const ending of lexicon.inflections) {
    if (word.length - ending.length >= 3 && word.endsWith(ending) && set.has(word.slice(0, -ending.length)))
      return true;
  }
  return false;
}
