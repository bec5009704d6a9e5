/**
 * A place that opens the name of a newspaper, a news site or an account is part of that name, not a
 * mention of the place: "Minsk Herald", "Belarus Daily", «Мінская праўда», "Iran Journal". The words
 * that close such names are listed per language (`mastheads` in the lexicon). In Latin script the word
 * must be capitalised as a name is ("Minsk Herald", not "Belarus news"); Cyrillic names keep the second
 * word in lower case («Мінская праўда»), so there any case counts.
 */
import { isWordCode } from './char-class.ts';
import { isHyphen, wordsAfter } from './neighbour-words.ts';
import { inSet, normWord, type ScriptLexicon } from './script-lexicon.ts';

/** How a Russian or Belarusian adjective ends, in any case and number («-ая», «-ие», «-ой», «-ых», «-ого»). */
const ADJECTIVE_END = /(?:[яйхм]|[аоеыиі]е|го)$/;

/** True when the place mention ending at `end` is followed by a masthead word, after a space or hyphen. */
export function opensMasthead(text: string, end: number, lexicon: ScriptLexicon): boolean {
  if (lexicon.mastheads.size === 0) return false;
  let to = end;
  while (to < text.length && isWordCode(text.charCodeAt(to))) to++;
  const next = wordsAfter(text, to, 1)[0];
  if (!next) return false;
  const between = text.slice(to, next.start);
  const hyphen = between.length === 1 && isHyphen(between.charCodeAt(0));
  if (!(between === ' ' || between === '\u00a0' || hyphen)) return false;
  if (lexicon.script === 'latin') {
    const first = next.raw.charAt(0);
    if (first === first.toLowerCase()) return false;
  } else if (lexicon.script === 'cyrillic' && !hyphen && !ADJECTIVE_END.test(text.slice(to - 2, to)))
    // A Cyrillic name with a space opens with an adjective («Мінская праўда», «Белорусские новости»): a noun
    // before the word is the place and a common word («У Беларусі навіну ўспрынялі»); after a hyphen, a noun
    // too («Минск-Новости»).
    return false;
  return inSet(normWord(next.raw, lexicon.script), lexicon.mastheads, lexicon);
}
