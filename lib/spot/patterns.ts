/**
 * Compiles the gazetteer into the patterns the matcher searches for: one per distinct (key, role), where the
 * key is the alias folded and put through the key view (see `key-view.ts`), and the role says what a hit
 * would mean (a full name, a shared surname, or an office title).
 */
import type { AliasLang, EntityKind, SpotGazetteer } from '../data/types.ts';
import { ALIAS_LANGS } from '../data/types.ts';
import { foldText } from '../text/fold.ts';
import { Affix, affixRules } from './affixes.ts';
import { isCyrillicLetter, isWordCode, type Script, scriptOf } from './char-class.ts';
import { keyText } from './key-view.ts';
import { finishSteps } from './steps.ts';

export type Via = 'name' | 'surname' | 'title';

export interface Pattern {
  /** The matcher's key for the alias. */
  key: string;
  /** The alias as written in the gazetteer (the first one that produced this key). */
  alias: string;
  via: Via;
  /** Entity id for names; null for surnames (see `owners`) and titles (see `office`). */
  entity: string | null;
  /** Every entity that carries this surname (`via: 'surname'`), in gazetteer order. */
  owners: string[];
  /** Office id for titles. */
  office?: string;
  /** The alias's script (Arabic, Cyrillic or Latin). */
  script: Script;
  /** Acronyms (US, SCO, США, РФ) must match their exact capitals, so the word "us" is not the US. */
  caseSensitive: boolean;
  /**
   * Folded words that must appear unchanged (index = word position in the alias), or null: Russian forms of
   * foreign names that do not decline (Лукашенко, Раиси, Хаменеи, Али), protected against look-alike case
   * forms of other words («Раиса»).
   */
  exactWords: (string | null)[] | null;
  /**
   * Affix rules (a bit set of {@link Affix}): what the alias's languages let a word carry before and after
   * it (Persian suffixes, Arabic proclitics, plurals, German and Turkish endings). The union over every
   * alias that produced this key.
   */
  rules: number;
  /**
   * True when the key is one of the gazetteer's `arabicFalseFriends` and no Arabic alias produced it: it
   * does not match in a block written in Arabic, where the same letters are another word (رئيسي 'main').
   */
  notInArabic: boolean;
  /**
   * A name that is also a common word (an entity's `weakNames`): its mentions are weak, linked only on a
   * page that names the entity otherwise (see `resolve.ts`); a capitalised one must be capitalised on the page.
   */
  weak: boolean;
  /**
   * A bare title ("Leader", an office's `bareTitles`): each capitalised word must be capitalised on the
   * page, so "the leader" of a party is not the Leader.
   */
  capitals: boolean;
}

/** The pattern may follow an Arabic proclitic (و، ب، ل…), or is the article's form after ل: its key may start inside a written word. */
export const takesClitic = (p: Pattern): boolean => (p.rules & (Affix.proclitic | Affix.afterLam)) !== 0;

/** Up to five capital letters and nothing lower case: an acronym (US, U.S., USA, SCO, INSTC, США, РФ). */
export function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return (
    letters.length > 0 &&
    letters.length <= 5 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase()
  );
}

/** The letter-or-digit words of a folded string. */
export function foldedWords(folded: string): string[] {
  const words: string[] = [];
  let start = -1; // start of the current word, or -1
  for (let i = 0; i < folded.length; i++) {
    if (isWordCode(folded.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(folded.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(folded.slice(start));
  return words;
}

/** Foreign names ending in a vowel do not decline in Russian or Belarusian (Раиси, Раісі, Хаменэі). */
const INDECLINABLE_ENDING = /[оеиуюэі]$/;

function exactWordsOf(folded: string, kind: EntityKind | 'office'): (string | null)[] | null {
  if (kind !== 'person') return null;
  const words = foldedWords(folded);
  let any = false;
  const exact = words.map((w) => {
    const fixed = isCyrillicLetter(w.charCodeAt(0)) && INDECLINABLE_ENDING.test(w);
    any ||= fixed;
    return fixed ? w : null;
  });
  return any ? exact : null;
}

/** The Arabic article at the start of a folded key, which «لل» (ل + ال) writes without its alef. */
const ARTICLE = '\u0627\u0644';

/** Builds the deduplicated pattern list of a gazetteer. */
export function compilePatterns(gazetteer: SpotGazetteer): Pattern[] {
  return finishSteps(compilePatternsSteps(gazetteer));
}

/**
 * Aliases folded between two pauses of {@link compilePatternsSteps}. The content script gives the page a turn
 * only once a stretch of steps has taken 8 ms (inline-context.ts), so steps are small: a fixed count was too many
 * for the first, cold stretch (at 100, 11–33 ms) and more than needed later.
 */
const ALIASES_PER_STEP = 20;

/**
 * {@link compilePatterns} in steps: yields every {@link ALIASES_PER_STEP} aliases, so a content script's start-up
 * can give the page a turn (folding every alias of eight languages was ~40 ms cold in one piece).
 */
export function* compilePatternsSteps(gazetteer: SpotGazetteer): Generator<void, Pattern[], void> {
  let added = 0;
  const byRole = new Map<string, Pattern>();
  const falseFriends = new Set((gazetteer.arabicFalseFriends ?? []).map((w) => keyText(foldText(w))));
  const put = (
    key: string,
    folded: string,
    caseSensitive: boolean,
    alias: string,
    via: Via,
    kind: EntityKind | 'office',
    entity: string | null,
    office: string | undefined,
    rules: number,
    lang: AliasLang,
    weak: boolean,
    capitals: boolean,
  ) => {
    const role = `${key}\u0000${via}\u0000${via === 'surname' ? '' : (entity ?? office)}\u0000${caseSensitive ? alias : ''}\u0000${weak ? 'weak' : ''}\u0000${capitals ? 'capitals' : ''}`;
    const existing = byRole.get(role);
    if (existing) {
      if (via === 'surname' && entity && !existing.owners.includes(entity)) existing.owners.push(entity);
      existing.rules |= rules;
      if (lang === 'ar') existing.notInArabic = false;
      return;
    }
    byRole.set(role, {
      key,
      alias,
      via,
      entity: via === 'name' ? entity : null,
      owners: entity ? [entity] : [],
      ...(office ? { office } : {}),
      script: scriptOf(folded),
      caseSensitive,
      exactWords: exactWordsOf(folded, via === 'title' ? 'office' : kind),
      rules,
      notInArabic: lang !== 'ar' && falseFriends.has(key),
      weak,
      capitals,
    });
  };
  const add = (
    lang: AliasLang,
    alias: string,
    via: Via,
    kind: EntityKind | 'office',
    entity: string | null,
    office?: string,
    weak = false,
    capitals = false,
  ) => {
    added++;
    // Folded once per alias: for the key and for the pattern's script and exact words.
    const folded = foldText(alias.trim());
    const key = keyText(folded).trim();
    if (!key) return;
    const rules = affixRules(lang, kind, alias);
    const caseSensitive = isAcronym(alias);
    put(key, folded, caseSensitive, alias, via, kind, entity, office, rules, lang, weak, capitals);
    // «للمرشد الأعلى»: after the preposition ل, Arabic writes the article ال without its alef.
    if (rules & Affix.proclitic && key.startsWith(ARTICLE) && key.length > ARTICLE.length + 1) {
      const afterLam = rules | Affix.afterLam;
      put(
        key.slice(1),
        folded,
        caseSensitive,
        alias,
        via,
        kind,
        entity,
        office,
        afterLam,
        lang,
        weak,
        capitals,
      );
    }
  };
  let paused = 0;
  for (const entity of gazetteer.entities) {
    if (added - paused >= ALIASES_PER_STEP) {
      paused = added;
      yield;
    }
    for (const lang of ALIAS_LANGS) {
      for (const alias of entity.names[lang] ?? []) add(lang, alias, 'name', entity.kind, entity.id);
      for (const alias of entity.surnames[lang] ?? []) add(lang, alias, 'surname', entity.kind, entity.id);
    }
    for (const [lang, aliases] of Object.entries(entity.weakNames ?? {}) as [AliasLang, string[]][])
      for (const alias of aliases) add(lang, alias, 'name', entity.kind, entity.id, undefined, true);
  }
  for (const office of gazetteer.offices) {
    if (added - paused >= ALIASES_PER_STEP) {
      paused = added;
      yield;
    }
    for (const lang of ALIAS_LANGS)
      for (const title of office.titles[lang] ?? []) add(lang, title, 'title', 'office', null, office.id);
    for (const [lang, titles] of Object.entries(office.bareTitles ?? {}) as [AliasLang, string[]][])
      for (const title of titles) add(lang, title, 'title', 'office', null, office.id, false, true);
  }
  return [...byRole.values()];
}
