/**
 * A title that describes a person named next to it names that person, whoever holds the office on the
 * page's date: "Supreme Leader Mojtaba Khamenei" (the name right after the title), "Mojtaba Khamenei
 * becomes Supreme Leader", «Моджтаба Хаменеи стал верховным лидером», "Chamenei wird Oberster Führer" (the
 * name before it, across predicative words — `predicatives`: becomes, as, «стал», "wird" — and fillers).
 * The page rules then do not link the title when that person held the office at some time but is not its
 * holder on the page's date (`resolve.ts`): on an undated timeline, "2026 – Mojtaba Khamenei becomes
 * Supreme Leader" is not Ali. A name of someone who never held the office beside a title is something else
 * (a genitive chain: «совет верховного лидера Лукашенко», 'the Leader's advice to Lukashenko').
 *
 * A name and a title side by side with nothing between are only read forwards: Persian and Turkish put the
 * object right after the subject («لوکاشنکو رهبر انقلاب را دید»), so a name before a title with no
 * predicative word between is not taken for its apposition.
 */
import { wordsBefore } from './neighbour-words.ts';
import { inSet, normWord, type ScriptLexicon } from './script-lexicon.ts';

/** Words read back from a title: a predicative and two fillers ("became the new"). */
const REACH = 4;

/**
 * The entity of the person the title at `[start, end)` describes, or undefined. `personEndingAt(offset)`
 * and `personStartingAt(offset)`: the entity of a person's name that ends or starts there.
 */
export function apposedPerson(
  text: string,
  start: number,
  end: number,
  lexicon: ScriptLexicon,
  personEndingAt: (offset: number) => string | undefined,
  personStartingAt: (offset: number) => string | undefined,
): string | undefined {
  let next = end;
  while (next < text.length && (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0xa0)) next++;
  if (next > end) {
    const after = personStartingAt(next);
    if (after) return after;
  }
  if (lexicon.predicatives.size === 0) return undefined;
  let predicative = false;
  let at = start;
  for (const w of wordsBefore(text, start, REACH)) {
    // Only spaces between the words read: "Khamenei, the Leader" is a list or a new clause as often.
    if (text.slice(w.end, at).trim() !== '') return undefined;
    if (predicative) {
      const person = personEndingAt(w.end);
      if (person) return person;
    }
    const word = normWord(w.raw, lexicon.script);
    if (inSet(word, lexicon.predicatives, lexicon)) predicative = true;
    else if (!lexicon.fillers.has(word)) return undefined;
    at = w.start;
  }
  return undefined;
}
