/**
 * Topic aliases that are also ordinary words need their context: «график» is a chart as often as a
 * schedule, "trade" is also a trade union, «علم» also a flag. Such an alias (listed per language as
 * `ambiguous` in the lexicon) is a mention only when its sentence also has a word of the topic (listed as
 * `context`: "agreements", «выполнение», «توافق») or a mention that anchors it to the meeting (a meeting
 * person, Belarus, the corridor, Iran).
 *
 * The sentence is found by looking for a full stop, question or exclamation mark, or line break on
 * either side, at most {@link REACH} characters away.
 */
import { normWord, type Phrase, type ScriptLexicon, sameWord } from './script-lexicon.ts';
import { isWordCode } from './char-class.ts';
import { type Word, wordsIn } from './neighbour-words.ts';

const REACH = 320;

function endsSentence(code: number): boolean {
  return (
    code === 0x2e || // .
    code === 0x21 || // !
    code === 0x3f || // ?
    code === 0x061f || // ؟
    code === 0x06d4 || // ۔
    code === 0x0a ||
    code === 0x2026 // …
  );
}

/** The sentence around `[start, end)`, as offsets. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < REACH && !endsSentence(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < REACH && !endsSentence(text.charCodeAt(to))) to++;
  return [from, to];
}

/** True when `[start, end)` is an ambiguous alias of `topic` in this script's lists. */
export function isAmbiguousTopic(topic: string, mention: string, lexicon: ScriptLexicon): boolean {
  const entry = lexicon.topics.get(topic);
  if (!entry) return false;
  const words: string[] = [];
  let current = '';
  for (const ch of mention) {
    if (isWordCode(ch.charCodeAt(0)) || ch === '\u200c') current += ch;
    else if (current) {
      words.push(normWord(current, lexicon.script));
      current = '';
    }
  }
  if (current) words.push(normWord(current, lexicon.script));
  const key = words.join(' ');
  if (entry.ambiguous.has(key)) return true;
  // Persian and Arabic attach suffixes to the mention (علمی، تجارتِ…): the bare word decides.
  if (lexicon.script !== 'arabic') return false;
  for (const ending of ['ها', 'های', 'ی', 'ای', 'یان', ...lexicon.inflections]) {
    if (key.endsWith(ending) && entry.ambiguous.has(key.slice(0, -ending.length))) return true;
  }
  return false;
}

/** Words of `text[from, to)`, normalised, with their offsets. */
function sentenceWords(
  text: string,
  from: number,
  to: number,
  lexicon: ScriptLexicon,
): (Word & { norm: string })[] {
  return wordsIn(text, from, to).map((w) => ({ ...w, norm: normWord(w.raw, lexicon.script) }));
}

function phraseAt(words: readonly { norm: string }[], i: number, phrase: Phrase): boolean {
  if (i + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    const word = (words[i + k] as { norm: string }).norm;
    const want = phrase[k] as string;
    // Context words match as prefixes ("agree" → "agreements"); short ones only whole.
    if (want.length >= 4 ? !word.startsWith(want) : word !== want) return false;
  }
  return true;
}

/** True when `words` begin with the words of `phrase`. */
function sameWords(words: readonly { norm: string }[], phrase: Phrase, lexicon: ScriptLexicon): boolean {
  if (phrase.length > words.length) return false;
  return phrase.every((w, k) => sameWord((words[k] as { norm: string }).norm, w, lexicon));
}

/**
 * True when the ambiguous topic mention at `[start, end)` has nothing of its topic in its sentence.
 * `anchoredAt(from, to)`: whether another mention in the block anchors `[from, to)` to the meeting.
 */
export function lacksTopicContext(
  text: string,
  start: number,
  end: number,
  topic: string,
  lexicon: ScriptLexicon,
  anchoredAt: (from: number, to: number) => boolean,
): boolean {
  const entry = lexicon.topics.get(topic);
  const [from, to] = sentenceAround(text, start, end);
  const all = sentenceWords(text, from, to, lexicon);
  const first = all.findIndex((w) => w.start >= start);
  const sense = all.slice(first);
  if (first >= 0 && entry?.otherSenses.some((p) => sameWords(sense, p, lexicon))) return true;
  if (!entry?.needsContextWord && anchoredAt(from, to)) return false;
  const context = entry?.context ?? [];
  const words = all.filter((w) => w.end <= start || w.start >= end);
  for (let i = 0; i < words.length; i++) {
    for (const phrase of context) if (phraseAt(words, i, phrase)) return false;
  }
  return true;
}
