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

import { isWordCode } from './char-class.ts';
import { type Word, wordsIn } from './neighbour-words.ts';
import { normWord, type Phrase, type ScriptLexicon } from './script-lexicon.ts';

const REACH = 320;
/** How far around a mention its `otherSenses` phrases are looked for. */
const SENSE_REACH = 64;

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
  if (!entry || entry.ambiguous.size === 0) return false;
  return ambiguousKey(entry.ambiguous, mention, lexicon) !== null;
}

/** The entry of `keys` the mention is (its words normalised, joined by a space), or null. */
function ambiguousKey(keys: Set<string>, mention: string, lexicon: ScriptLexicon): string | null {
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
  if (keys.has(key)) return key;
  // Persian and Arabic attach suffixes to the mention (علمی، تجارتِ…): the bare word decides.
  if (lexicon.script !== 'arabic') return null;
  for (const ending of ['ها', 'های', 'ی', 'ای', 'یان', ...lexicon.inflections]) {
    if (key.endsWith(ending) && keys.has(key.slice(0, -ending.length))) return key.slice(0, -ending.length);
  }
  return null;
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

/**
 * True when the mention at `[start, end)` is part of one of the entity's `otherSenses` phrases, wherever
 * the mention stands in the phrase ("trade union", «بانک تجارت», «شمال غرب»).
 */
export function inOtherSense(
  text: string,
  start: number,
  end: number,
  entity: string,
  lexicon: ScriptLexicon,
): boolean {
  const entry = lexicon.topics.get(entity);
  if (!entry || entry.otherSenses.length === 0) return false;
  // Most mentions are in no such phrase: look further only when the mention's first word is in one.
  // The whole word: an Arabic mention leaves its article outside («الغربية» in «الضفة الغربية»).
  let from = start;
  while (from > 0 && isWordCode(text.charCodeAt(from - 1))) from--;
  const first = wordsIn(text, from, end)[0];
  if (!first || !entry.senseWords.has(normWord(first.raw, lexicon.script))) return false;
  // A phrase is a few words: a window of them around the mention is enough (not the whole sentence).
  const words = sentenceWords(
    text,
    Math.max(0, start - SENSE_REACH),
    Math.min(text.length, end + SENSE_REACH),
    lexicon,
  );
  const at = words.findIndex((w) => w.end > start);
  if (at < 0) return false;
  for (const phrase of entry.otherSenses) {
    for (let k = 0; k < phrase.length; k++) {
      if (at - k >= 0 && phraseAt(words, at - k, phrase)) return true;
    }
  }
  return false;
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
  const anchorEnough =
    !entry?.needsContextWord ||
    (entry.anchoredToo.size > 0 && ambiguousKey(entry.anchoredToo, text.slice(start, end), lexicon) !== null);
  if (anchorEnough && anchoredAt(from, to)) return false;
  const context = entry?.context ?? [];
  const words = all.filter((w) => w.end <= start || w.start >= end);
  for (let i = 0; i < words.length; i++) {
    for (const phrase of context) if (phraseAt(words, i, phrase)) return false;
  }
  return true;
}
