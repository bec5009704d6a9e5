/**
 * A surname after a given name that is not the person's own is someone else: "Hamid Raisi", «حمید
 * رئیسی», «Хамид Раиси», "Mohammad Khamenei". Applies to a person's one-word aliases ("Raisi",
 * "Lukashenko", «رئیسی») and to shared surnames ("Khamenei").
 *
 * A given name is the word right before the surname, with only a space between, that is not one of the
 * person's own names (taken from the gazetteer's full names, in any case form: "Ebrahim", «Эбрахимом»,
 * "Seyyed"), not a country and not another mention:
 * - Latin script, inside a sentence: a capitalised word that is not a title or honorific
 *   (`notGivenNames`). At the start of a sentence every word is capitalised ("When Raisi"), so there only
 *   a listed given name counts (`givenNames`: "Hamid"); in a headline written in title case ("Iran's
 *   Raisi Meets Belarus' Lukashenko") likewise.
 * - Cyrillic: only a listed given name («Хамид»): Russian word order puts capitalised places before a
 *   name («В Москве Лукашенко», «Визит Лукашенко»).
 * - Persian and Arabic have no capitals: the word must be in the given-name list (`givenNames`).
 */

import { foldText } from '../text/fold.ts';
import type { Script } from './char-class.ts';
import { type Word, wordsAfter, wordsBefore } from './neighbour-words.ts';
import { inSet, normWord, type ScriptLexicon } from './script-lexicon.ts';

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function capitalised(word: string): boolean {
  return isUpper(word.charAt(0)) && word.length > 1 && !isUpper(word.slice(1));
}

/**
 * A headline in title case: most longer words around the mention start with a capital. Counted on the
 * words of the same phrase on both sides (at most six each), so a long paragraph costs nothing more.
 */
function looksLikeTitleCase(text: string, start: number, end: number): boolean {
  const words = [...wordsBefore(text, start), ...wordsAfter(text, end)].filter((w) => w.raw.length >= 4);
  if (words.length < 2) return false;
  const caps = words.filter((w) => isUpper(w.raw.charAt(0))).length;
  return caps / words.length >= 0.75;
}

/**
 * Whether the person's name at `[start, end)` follows a given name that is not theirs: `'listed'` when
 * that name is in the given-name lists (strong enough to tell the page rules a namesake is on the page),
 * `'capitalised'` when it is only a capitalised word inside a sentence (the mention is dropped, but a
 * place name in the locative, «у Самаркандзе Лукашэнка», must not unlink the person page-wide), or
 * false. `ownNames`: the person's own names (`normWord`; Cyrillic ones folded, unstemmed);
 * `isMentionEnd(offset)`: another mention ends there.
 */
export function givenNameOfSomeoneElse(
  text: string,
  start: number,
  end: number,
  script: Script,
  lexicon: ScriptLexicon,
  ownNames: Set<string>,
  isMentionEnd: (offset: number) => boolean,
): GivenName {
  const [prev] = wordsBefore(text, start, 1);
  if (!prev) return false;
  // Only a space between: "Iran's Raisi" leaves the possessive "s", "vice-Raisi" a hyphen.
  const between = text.slice(prev.end, start);
  if (between.trim() !== '' || between.length === 0) return false;
  if (isMentionEnd(prev.end)) return false;
  const word = normWord(prev.raw, script);
  if (isOwnName(prev.raw, word, script, ownNames))
    return givenNameBeforeMiddle(text, prev, script, lexicon, ownNames);
  if (inSet(word, lexicon.givenNames, lexicon)) return 'listed';
  // Cyrillic word order puts anything before a name («В Москве Лукашенко заявил», «у Самаркандзе
  // Лукашэнка»): a capitalised word there is as often a place in the locative as a given name, so only
  // listed given names count, as in Persian and Arabic.
  if (script !== 'latin') return false;
  if (!capitalised(prev.raw) || prev.raw.length < 2) return false;
  if (inSet(word, lexicon.notGivenNames, lexicon)) return false;
  if (lexicon.countries.some((c) => c.length === 1 && c[0] === word)) return false;
  if (afterPreposition(text, prev.start, script, lexicon)) return false;
  return !startsSentence(text, prev.start) && !looksLikeTitleCase(text, start, end) ? 'capitalised' : false;
}

export type GivenName = 'listed' | 'capitalised' | false;

/**
 * A family's shared middle name («حسینی», "Hosseini") is one of the person's own names, but a listed given
 * name before it that is not theirs makes a relative: «بدری حسینی خامنه‌ای», "Badri Hosseini Khamenei",
 * the Leader's sister. Only a listed given name counts, one word further back.
 */
function givenNameBeforeMiddle(
  text: string,
  middle: Word,
  script: Script,
  lexicon: ScriptLexicon,
  ownNames: Set<string>,
): GivenName {
  const [prev] = wordsBefore(text, middle.start, 1);
  if (!prev || text.slice(prev.end, middle.start).trim() !== '') return false;
  const word = normWord(prev.raw, script);
  if (isOwnName(prev.raw, word, script, ownNames)) return false;
  return inSet(word, lexicon.givenNames, lexicon) ? 'listed' : false;
}

/** True when the word ending just before `at` (one space between) is a listed preposition: «у», "in", «в». */
function afterPreposition(text: string, at: number, script: Script, lexicon: ScriptLexicon): boolean {
  const [before] = wordsBefore(text, at, 1);
  if (!before || text.slice(before.end, at).trim() !== '') return false;
  return lexicon.prepositions.has(normWord(before.raw, script));
}

/**
 * One of the person's own names. Cyrillic names decline («Эбрахим», «Эбрахима», «Эбрахимом») and the
 * stemmer does not cut foreign names consistently, so there the page word may also extend the name.
 */
function isOwnName(raw: string, word: string, script: Script, ownNames: Set<string>): boolean {
  if (ownNames.has(word)) return true;
  if (script !== 'cyrillic') return false;
  const folded = foldText(raw);
  for (const own of ownNames)
    if (own.length >= 3 && folded.startsWith(own) && folded.length - own.length <= 3) return true;
  return false;
}

/** True when the word at `at` opens a sentence: nothing but spaces, quotes or a dash since the last full stop. */
function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i < 200; i--) {
    const ch = text.charAt(i);
    if (/[\s"«»“”„'‘’()[\]—–-]/u.test(ch)) continue;
    return /[.!?…:;\n؟]/u.test(ch);
  }
  return true;
}
