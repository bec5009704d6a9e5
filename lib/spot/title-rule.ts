/**
 * A title is a noun phrase: what stands next to it can make it someone else's office. Not the office
 * holder, so not linked:
 * - a head whose complement the title is, or a modifier that moves it in time: "deputy", "adviser to the",
 *   "office of the", "former", "late", "next" before it; "'s office", "-elect" after it (English);
 *   «معاون رئیس‌جمهور», «دفتر رهبر انقلاب» / «رئیس‌جمهور سابق» (Persian ezafe); «советник президента
 *   Ирана», «бывший президент» (Russian); «مستشار المرشد» / «الرئيس السابق» (Arabic idafa);
 *   «Cumhurbaşkanı Yardımcısı» (Turkish izafet);
 * - another country on either side: "North Korea's supreme leader", "president of Turkey", «رئیس‌جمهور
 *   ترکیه», «президент Турции», «الرئيس التركي», "türkischer Präsident", "président turc", «Türkiye
 *   Cumhurbaşkanı». Iran or Belarus next to a title is not in these lists, so "Iran's president" stays.
 *
 * Only the words of the same phrase are looked at (see `neighbour-words.ts`), skipping up to three fillers
 * (articles, "of", a possessive "s").
 */
import { type Word, wordsAfter, wordsBefore } from './neighbour-words.ts';
import { inSet, normWord, type Phrase, phrasesAt, type ScriptLexicon, sameWord } from './script-lexicon.ts';

const MAX_FILLERS = 3;

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x02bc;
}

/** Index of the first word that is not a filler (at most {@link MAX_FILLERS} skipped). */
function skipFillers(words: readonly string[], fillers: Set<string>, also?: Set<string>): number {
  let i = 0;
  while (
    i < words.length &&
    i < MAX_FILLERS &&
    (fillers.has(words[i] as string) || also?.has(words[i] as string))
  )
    i++;
  return i;
}

/** True when the phrase ends at `words[from]` reading backwards (`words` nearest first). */
function endsWith(words: readonly string[], from: number, phrase: Phrase, lexicon: ScriptLexicon): boolean {
  if (from + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    if (!sameWord(words[from + k] as string, phrase[phrase.length - 1 - k] as string, lexicon)) return false;
  }
  return true;
}

/** True when the phrase starts at `words[from]` reading forwards. */
function startsWith(words: readonly string[], from: number, phrase: Phrase, lexicon: ScriptLexicon): boolean {
  if (from + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    if (!sameWord(words[from + k] as string, phrase[k] as string, lexicon)) return false;
  }
  return true;
}

/**
 * Arabic writes "and" on the next word («ومستشار المرشد»): a listed word after it is still that word.
 */
const norm = (words: Word[], lexicon: ScriptLexicon) =>
  words.map((w) => {
    const n = normWord(w.raw, lexicon.script);
    if (lexicon.script !== 'arabic' || !/^[وف]/.test(n) || n.length < 4) return n;
    const bare = n.slice(1);
    return lexicon.titleWords.has(bare) ? bare : n;
  });

/**
 * True when the title at `[start, end)` names someone other than its office holder: a deputy, an
 * adviser, a former holder, another country's.
 */
export function titleOfSomeoneElse(
  text: string,
  start: number,
  end: number,
  lexicon: ScriptLexicon,
  inMention: (from: number, to: number) => boolean = () => false,
): boolean {
  // The office's own country between a head and the title ("the Office of the Iranian Supreme Leader")
  // belongs to the title's phrase: skipped like a filler.
  const beforeWords = wordsBefore(text, start).filter((w, i) => i > 2 || !inMention(w.start, w.end));
  const before = norm(beforeWords, lexicon);
  const afterWords = wordsAfter(text, end);
  const after = norm(afterWords, lexicon);
  // Most titles have no listed word next to them: answer those without trying every phrase.
  const known = (w: string) => inSet(w, lexicon.titleWords, lexicon);
  if (!before.some(known) && !after.some(known)) return false;
  if (before.length > 0) {
    const i = skipFillers(before, lexicon.fillers, lexicon.fillersBefore);
    // A head right before the title, or before "of the"/"to the".
    for (const at of i === 0 ? [0] : [i, 0]) {
      const w = before[at];
      if (w && phrasesAt(lexicon.beforeByLast, w, lexicon).some((p) => endsWith(before, at, p, lexicon)))
        return true;
    }
    // A country before a title qualifies it as an adjective or a possessive ("Turkish", "Turkey's",
    // «Türkiye'nin»): only endings after an apostrophe are skipped, so "in Russia the President" stays.
    let j = 0;
    while (j < before.length && j < 2 && isApostrophe(text.charCodeAt((beforeWords[j] as Word).start - 1)))
      j++;
    const w = before[j];
    if (
      w &&
      phrasesAt(lexicon.countriesBeforeByLast, w, lexicon).some((p) => endsWith(before, j, p, lexicon))
    )
      return true;
  }
  if (after.length > 0) {
    const i = skipFillers(after, lexicon.fillers);
    for (const at of i === 0 ? [0] : [i, 0]) {
      // The phrase may end in fillers ("… the Supreme Leader of the"): nothing after them to read.
      const w = after[at];
      if (w === undefined) continue;
      const starts = (p: Phrase) => startsWith(after, at, p, lexicon);
      if (phrasesAt(lexicon.afterByFirst, w, lexicon).some(starts)) return true;
      if (phrasesAt(lexicon.countriesByFirst, w, lexicon).some(starts)) return true;
    }
    // After a possessive, the head may follow an adjective or two: "the Supreme Leader's English-language
    // account", "the President's new office".
    if (after[0] === 's' && isApostrophe(text.charCodeAt((afterWords[0] as Word).start - 1))) {
      for (let j = 2; j <= 3 && j < after.length; j++) {
        const w = after[j] as string;
        if (phrasesAt(lexicon.afterByFirst, w, lexicon).some((p) => startsWith(after, j, p, lexicon)))
          return true;
      }
    }
  }
  return false;
}
