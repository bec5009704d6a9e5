/**
 * A surname after a given name that is not the person's own is someone else: "Hamid Raisi", «حمید
 * رئیسی», «Хамид Раиси», "Mohammad Khamenei". Applies to a person's one-word aliases ("Raisi",
 * "Lukashenko", «رئیسی») and to shared surnames ("Khamenei").
 *
 * A given name is the word right before the surname, with only a space between:
 * - Latin and Cyrillic: a capitalised word that is not a title, honorific or sentence-opening word
 *   (`notGivenNames`), not a country, not another mention, and not one of the person's own names (taken
 *   from the gazetteer's full names: "Ebrahim", "Ibrahim", "Seyyed"). In a headline written in title case
 *   ("Iran's Raisi Meets Belarus' Lukashenko") every word is capitalised, so the rule stays out of it.
 * - Persian and Arabic have no capitals: the word must be in the given-name list (`givenNames`).
 */
import type { Script } from './char-class.ts';
import { wordsAfter, wordsBefore } from './neighbour-words.ts';
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
 * True when the person's name at `[start, end)` follows a given name that is not theirs. `ownNames`:
 * the person's own names, normalised (`normWord`); `isMentionEnd(offset)`: another mention ends there.
 */
export function givenNameOfSomeoneElse(
  text: string,
  start: number,
  end: number,
  script: Script,
  lexicon: ScriptLexicon,
  ownNames: Set<string>,
  isMentionEnd: (offset: number) => boolean,
): boolean {
  const [prev] = wordsBefore(text, start, 1);
  if (!prev) return false;
  // Only a space between: "Iran's Raisi" leaves the possessive "s", "vice-Raisi" a hyphen.
  const between = text.slice(prev.end, start);
  if (between.trim() !== '' || between.length === 0) return false;
  if (isMentionEnd(prev.end)) return false;
  const word = normWord(prev.raw, script);
  if (ownNames.has(word)) return false;
  if (script === 'arabic') return inSet(word, lexicon.givenNames, lexicon);
  if (!capitalised(prev.raw) || prev.raw.length < 2) return false;
  if (inSet(word, lexicon.notGivenNames, lexicon)) return false;
  if (lexicon.countries.some((c) => c.length === 1 && c[0] === word)) return false;
  return !looksLikeTitleCase(text, start, end);
}
