/**
 * Compiles the gazetteer into the patterns the matcher searches for: one per distinct (key, role), where the
 * key is the alias folded and put through the key view (see `key-view.ts`), and the role says what a hit
 * would mean (a full name, a shared surname, or an office title).
 */
import type { EntityKind, Gazetteer } from '../data/types.ts';
import { LANGS } from '../data/types.ts';
import { foldText } from '../text/fold.ts';
import { isCyrillicLetter, isWordCode, type Script, scriptOf } from './char-class.ts';
import { keyView } from './key-view.ts';

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
  script: Script;
  /** Acronyms (US, SCO, США, РФ) must match their exact capitals, so the word "us" is not the US. */
  caseSensitive: boolean;
  /**
   * Folded words that must appear unchanged (index = word position in the alias), or null: Russian forms of
   * foreign names that do not decline (Лукашенко, Раиси, Хаменеи, Али), protected against look-alike case
   * forms of other words («Раиса»).
   */
  exactWords: (string | null)[] | null;
  /** English plural `-s`/`-es` allowed after the alias (topics and places: sanctions, Iranians). */
  plural: boolean;
}

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
  let current = '';
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (isWordCode(code)) current += folded[i];
    else if (current) {
      words.push(current);
      current = '';
    }
  }
  if (current) words.push(current);
  return words;
}

const INDECLINABLE_ENDING = /[оеиуюэ]$/;

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

/** Builds the deduplicated pattern list of a gazetteer. */
export function compilePatterns(gazetteer: Gazetteer): Pattern[] {
  const byRole = new Map<string, Pattern>();
  const add = (
    alias: string,
    via: Via,
    kind: EntityKind | 'office',
    entity: string | null,
    office?: string,
  ) => {
    const folded = foldText(alias.trim());
    const key = keyView(folded).text.trim();
    if (!key) return;
    const caseSensitive = isAcronym(alias);
    const role = `${key}\u0000${via}\u0000${via === 'surname' ? '' : (entity ?? office)}\u0000${caseSensitive ? alias : ''}`;
    const existing = byRole.get(role);
    if (existing) {
      if (via === 'surname' && entity && !existing.owners.includes(entity)) existing.owners.push(entity);
      return;
    }
    const script = scriptOf(folded);
    byRole.set(role, {
      key,
      alias,
      via,
      entity: via === 'name' ? entity : null,
      owners: entity ? [entity] : [],
      ...(office ? { office } : {}),
      script,
      caseSensitive,
      exactWords: exactWordsOf(folded, via === 'title' ? 'office' : kind),
      plural: script === 'latin' && (kind === 'topic' || kind === 'place'),
    });
  };
  for (const entity of gazetteer.entities) {
    for (const lang of LANGS) {
      for (const alias of entity.names[lang]) add(alias, 'name', entity.kind, entity.id);
      for (const alias of entity.surnames[lang]) add(alias, 'surname', entity.kind, entity.id);
    }
  }
  for (const office of gazetteer.offices) {
    for (const lang of LANGS)
      for (const title of office.titles[lang]) add(title, 'title', 'office', null, office.id);
  }
  return [...byRole.values()];
}
