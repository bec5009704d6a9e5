/**
 * Another country's adjective inside a title is part of the title, not a mention of the country: in "the
 * Russian president", "US-Präsident", "président russe", «الرئيس الروسي», «Rusya Devlet Başkanı» the page
 * names a person by an office; the adjective only says which one. The corpus gold reads titles so
 * (tests/corpus/README.md: "adjectives count unless they are part of a title"). A country written as a
 * noun is still a mention — a genitive, a possessive or an "of" complement refers to the country itself:
 * "Russia's president", "the president of Russia", «президент России», «رئیس‌جمهور روسیه».
 *
 * A country qualifies a title head (`titleHeads` in the lexicon) from the side where its language puts
 * adjectives: before the head in languages with `countriesBefore` (English, German, Russian, Belarusian,
 * Turkish: "Russian president", "ABD Başkanı"), after it in all (a lower-case adjective in French, an
 * Arabic nisba with the article). Up to two qualifiers ("new", "supreme", «الأعلى») may stand between. A
 * plural head ("US officials", "Western leaders") is a group, not an office: English plurals do not count.
 * The meeting's own countries are not asked (see `context-rules.ts`): "the Belarusian ruler" still marks
 * Belarus, as the gold reads it, and their offices' titles are gazetteer aliases.
 *
 * Cost: two short word reads per place mention (`neighbour-words.ts`); a place with no head word next to
 * it is answered before any phrase is tried.
 */
import { isWordCode } from './char-class.ts';
import { type Word, wordsAfter, wordsBefore } from './neighbour-words.ts';
import { inSet, normWord, type Phrase, phrasesAt, type ScriptLexicon, sameWord } from './script-lexicon.ts';

/** Qualifiers that may stand between a country and its head ("the Russian new president"). */
const MAX_QUALIFIERS = 2;

/** A page word is the head's word: English plurals are groups ("leaders"), not an office. */
function headWord(word: string, entry: string, lexicon: ScriptLexicon): boolean {
  if (word === entry) return true;
  if (lexicon.script === 'latin' && (word === `${entry}s` || word === `${entry}es`)) return false;
  return sameWord(word, entry, lexicon);
}

function startsAt(words: readonly string[], from: number, phrase: Phrase, lexicon: ScriptLexicon): boolean {
  if (from + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++)
    if (!headWord(words[from + k] as string, phrase[k] as string, lexicon)) return false;
  return true;
}

/** `words` nearest first, read backwards: the phrase ends at `words[from]`. */
function endsAt(words: readonly string[], from: number, phrase: Phrase, lexicon: ScriptLexicon): boolean {
  if (from + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++)
    if (!headWord(words[from + k] as string, phrase[phrase.length - 1 - k] as string, lexicon)) return false;
  return true;
}

/**
 * True when a head phrase starts (`forward`) or ends (reading backwards) within the first words, after
 * qualifiers only (a filler such as "of" makes the country a complement, not a modifier).
 */
function headNear(
  words: readonly string[],
  index: Map<string, Phrase[]>,
  lexicon: ScriptLexicon,
  forward: boolean,
): boolean {
  let qualifiers = 0;
  for (let i = 0; i < words.length && i <= MAX_QUALIFIERS; i++) {
    const w = words[i] as string;
    const found = phrasesAt(index, w, lexicon).some((p) =>
      forward ? startsAt(words, i, p, lexicon) : endsAt(words, i, p, lexicon),
    );
    if (found) return true;
    if (inSet(w, lexicon.headQualifiers, lexicon) && ++qualifiers <= MAX_QUALIFIERS) continue;
    return false;
  }
  return false;
}

/** Arabic writes "and" and "so" on the next word («والرئيس الأمريكي»): the head is the word after them. */
const CONJUNCTION = /^[وف](?=ال)/;

const norm = (words: Word[], lexicon: ScriptLexicon) =>
  words.map((w) => {
    const n = normWord(w.raw, lexicon.script);
    return lexicon.script === 'arabic' ? n.replace(CONJUNCTION, '') : n;
  });

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x02bc;
}

/** First letter of a word in lower case: a French, German or Russian adjective ("russe", «российский»). */
function lowerCase(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toUpperCase();
}

/**
 * True when the place mention at `[start, end)` (matched through `alias`) is an adjective or an attributive
 * noun inside another country's title ("Russian" in "the Russian president", "US" in "US-Präsident",
 * «الروسي» in «الرئيس الروسي»). A country in the genitive or possessive is a noun that names the country
 * and stays a mention: "Russia's president", "president of Russia", «президент России», «رئیس‌جمهور
 * روسیه», "Russlands Präsident", «Rusya'nın lideri».
 */
export function countryInTitle(
  text: string,
  start: number,
  end: number,
  alias: string,
  lexicon: ScriptLexicon,
): boolean {
  let from = start;
  while (from > 0 && isWordCode(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && isWordCode(text.charCodeAt(to))) to++;
  const word = text.slice(from, to);
  // Before the head, as a modifier: not a possessive ("Russia's", Turkish «Rusya'nın») nor a German
  // genitive -s ("Russlands"; the alias itself does not end so).
  const possessive =
    isApostrophe(text.charCodeAt(to)) ||
    /['’ʼ]/.test(text.slice(start, end)) ||
    (lexicon.script === 'latin' && /s$/i.test(word) && !/s$/i.test(alias));
  if (!possessive) {
    const after = norm(wordsAfter(text, to, MAX_QUALIFIERS + 3), lexicon);
    if (
      after.slice(0, MAX_QUALIFIERS + 1).some((w) => inSet(w, lexicon.headWords, lexicon)) &&
      headNear(after, lexicon.headsAfterCountryByFirst, lexicon, true)
    )
      return true;
  }
  // After the head, only an adjective agreeing with it: lower-case in Latin and Cyrillic scripts («président
  // russe», «президент российский»), an Arabic nisba with the article («الرئيس الروسي»). A noun there is a
  // genitive or an "of" complement and names the country.
  const adjective =
    lexicon.script === 'arabic' ? /^[وفبلك]?ال/.test(word) && /[يی]$/.test(word) : lowerCase(word);
  if (!adjective) return false;
  const before = norm(wordsBefore(text, from, MAX_QUALIFIERS + 3), lexicon);
  return (
    before.slice(0, MAX_QUALIFIERS + 1).some((w) => inSet(w, lexicon.headWords, lexicon)) &&
    headNear(before, lexicon.headsBeforeCountryByLast, lexicon, false)
  );
}
