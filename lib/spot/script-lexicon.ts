/**
 * The word lists of all languages written in one script (`lexicon/`), merged and normalised once
 * for the context rules: every word folded like page text (`lib/text/fold.ts`), Cyrillic words cut to their
 * stem (so one entry finds every case form), and phrases split into words at spaces, hyphens and
 * apostrophes.
 */
import { foldText } from '../text/fold.ts';
import { russianStem } from '../text/russian-stem.ts';
import { WordCache } from '../text/word-cache.ts';
import type { Script } from './char-class.ts';
import type { Lexicons, PageLang } from './lexicon/types.ts';
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
  /** Every word of `before`, `after` and `countries`: a title with none of them nearby is left alone at once. */
  titleWords: Set<string>;
  /** The same phrase lists indexed by the word a search meets first (see {@link phrasesAt}). */
  beforeByLast: Map<string, Phrase[]>;
  countriesBeforeByLast: Map<string, Phrase[]>;
  afterByFirst: Map<string, Phrase[]>;
  countriesByFirst: Map<string, Phrase[]>;
  /** Title heads a country may precede ("Russian president"): languages with `countriesBefore`, by first word. */
  headsAfterCountryByFirst: Map<string, Phrase[]>;
  /** Title heads a country may follow ("president of Russia", «الرئيس الروسي»): every language, by last word. */
  headsBeforeCountryByLast: Map<string, Phrase[]>;
  /** Every word of the title heads: a place with none of them nearby is left alone at once. */
  headWords: Set<string>;
  headQualifiers: Set<string>;
  givenNames: Set<string>;
  notGivenNames: Set<string>;
  prepositions: Set<string>;
  compoundParts: Set<string>;
  complementWords: Set<string>;
  mastheads: Set<string>;
  determiners: Set<string>;
  prefixes: Set<string>;
  /** Words for a relative: a person named right after one is named as someone's relative. */
  kinship: Set<string>;
  /** Words between a person's name and a title that describes them ("becomes", «стал»). */
  predicatives: Set<string>;
  inflections: readonly string[];
  /** By topic id: ambiguous aliases (normalised phrases joined by a space) and context phrases. */
  topics: Map<
    string,
    {
      ambiguous: Set<string>;
      context: Phrase[];
      otherSenses: Phrase[];
      /** Every word of `otherSenses`, for a cheap first test. */
      senseWords: Set<string>;
      needsContextWord: boolean;
      /** Ambiguous aliases (normalised, joined by a space) that an anchor confirms despite `needsContextWord`. */
      anchoredToo: Set<string>;
    }
  >;
}

/** Words per generation of each cache below (~0.9 MB for both generations full). */
const NORM_CACHE_LIMIT = 5_000;

/** Normalised words seen so far, per script: pages repeat their words, and folding builds offset maps. */
const normCache: Record<Script, WordCache<string>> = {
  latin: new WordCache(NORM_CACHE_LIMIT),
  arabic: new WordCache(NORM_CACHE_LIMIT),
  cyrillic: new WordCache(NORM_CACHE_LIMIT),
};

/** A word as the rules compare it: folded; for Cyrillic, its stem. */
export function normWord(word: string, script: Script): string {
  const cache = normCache[script];
  let norm = cache.get(word);
  if (norm === undefined) {
    const folded = foldText(word).replace(/\s+/g, '');
    norm = script === 'cyrillic' ? russianStem(folded) : folded;
    cache.set(word, norm);
  }
  return norm;
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

/**
 * The languages whose lists apply to a mention written in a script. The spotter does not know a page's
 * language (pages lie about it, and quote other languages), only the script of the alias that matched, so
 * it applies the lists of every language written in that script: "former" and «ancien» both before a
 * Latin-script title.
 */
export const LANGS_OF_SCRIPT: Record<Script, readonly PageLang[]> = {
  latin: ['en', 'de', 'fr', 'tr'],
  arabic: ['fa', 'ar'],
  cyrillic: ['ru', 'be'],
};

function compile(all: Lexicons, script: Script): ScriptLexicon {
  const lexicons = LANGS_OF_SCRIPT[script].map((lang) => all[lang]);
  const words = (pick: (l: (typeof lexicons)[number]) => string[]) =>
    new Set(lexicons.flatMap((l) => pick(l).flatMap((w) => normPhrase(w, script))));
  const phrases = (pick: (l: (typeof lexicons)[number]) => string[]) =>
    lexicons.flatMap((l) => pick(l).map((p) => normPhrase(p, script))).filter((p) => p.length > 0);
  const topics: ScriptLexicon['topics'] = new Map();
  for (const l of lexicons) {
    for (const [id, t] of Object.entries(l.topics)) {
      const entry = topics.get(id) ?? {
        ambiguous: new Set<string>(),
        context: [],
        otherSenses: [],
        senseWords: new Set<string>(),
        needsContextWord: false,
        anchoredToo: new Set<string>(),
      };
      for (const a of t.ambiguous) entry.ambiguous.add(normPhrase(a, script).join(' '));
      for (const c of t.context) entry.context.push(normPhrase(c, script));
      for (const o of t.otherSenses ?? []) {
        const phrase = normPhrase(o, script);
        entry.otherSenses.push(phrase);
        for (const w of phrase) entry.senseWords.add(w);
      }
      entry.needsContextWord ||= t.needsContextWord === true;
      for (const a of t.anchoredToo ?? []) entry.anchoredToo.add(normPhrase(a, script).join(' '));
      topics.set(id, entry);
    }
  }
  const before = phrases((l) => l.before);
  const after = phrases((l) => l.after);
  const countries = phrases((l) => l.countries);
  const countriesBefore = phrases((l) => (l.countriesBefore ? l.countries : []));
  const heads = phrases((l) => l.titleHeads);
  const headsAfterCountry = phrases((l) => (l.countriesBefore ? l.titleHeads : []));
  return {
    script,
    fillers: words((l) => l.fillers),
    fillersBefore: words((l) => l.fillersBefore),
    before,
    after,
    countries,
    countriesBefore,
    titleWords: new Set([...before, ...after, ...countries].flat()),
    beforeByLast: indexBy(before, (p) => p[p.length - 1] as string),
    countriesBeforeByLast: indexBy(countriesBefore, (p) => p[p.length - 1] as string),
    afterByFirst: indexBy(after, (p) => p[0] as string),
    countriesByFirst: indexBy(countries, (p) => p[0] as string),
    headsAfterCountryByFirst: indexBy(headsAfterCountry, (p) => p[0] as string),
    headsBeforeCountryByLast: indexBy(heads, (p) => p[p.length - 1] as string),
    headWords: new Set(heads.flat()),
    headQualifiers: words((l) => l.headQualifiers),
    givenNames: words((l) => l.givenNames),
    notGivenNames: words((l) => l.notGivenNames),
    prepositions: words((l) => l.prepositions ?? []),
    compoundParts: words((l) => l.compoundParts),
    complementWords: words((l) => l.complementWords ?? []),
    mastheads: words((l) => l.mastheads ?? []),
    determiners: words((l) => l.determiners ?? []),
    prefixes: words((l) => l.prefixes ?? []),
    kinship: words((l) => l.kinship ?? []),
    predicatives: words((l) => l.predicatives ?? []),
    inflections: [...new Set(lexicons.flatMap((l) => l.inflections.map((i) => foldText(i))))],
    topics,
  };
}

function indexBy(list: Phrase[], key: (p: Phrase) => string): Map<string, Phrase[]> {
  const map = new Map<string, Phrase[]>();
  for (const p of list) {
    const k = key(p);
    const bucket = map.get(k);
    if (bucket) bucket.push(p);
    else map.set(k, [p]);
  }
  return map;
}

/** The phrases of an index whose key is `word`, or `word` without one of the script's endings. */
export function phrasesAt(index: Map<string, Phrase[]>, word: string, lexicon: ScriptLexicon): Phrase[] {
  const found = index.get(word) ?? [];
  let more: Phrase[] | undefined;
  for (const ending of lexicon.inflections) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) {
      const bucket = index.get(word.slice(0, -ending.length));
      if (bucket) more = [...(more ?? found), ...bucket];
    }
  }
  return more ?? found;
}

const compiled = new WeakMap<Lexicons, Map<Script, ScriptLexicon>>();

/** The merged lists of `lexicons` for one script (compiled on first use, once per set of lists). */
export function scriptLexicon(script: Script, lexicons: Lexicons): ScriptLexicon {
  let byScript = compiled.get(lexicons);
  if (!byScript) {
    byScript = new Map();
    compiled.set(lexicons, byScript);
  }
  let lexicon = byScript.get(script);
  if (!lexicon) {
    lexicon = compile(lexicons, script);
    byScript.set(script, lexicon);
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
