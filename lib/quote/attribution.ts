/**
 * Who the page says is speaking, and whether it gives the words as the speaker's own.
 *
 * Speaker: the first person named (or titled) in the sentence outside its quotation marks ("Lukashenko told
 * the Ayatollah: …", «…», — сказал Александр Лукашенко); when the sentence names nobody ("he added",
 * «وی افزود», «он подчеркнул», a bare «…»), the one the page last spoke of. Names inside the quotation are
 * what the speaker talks about, not who speaks («вместе с президентом Ирана мы выполним…»).
 *
 * Form: `quote` when the sentence presents the words as the speaker's: a quotation of at least three words,
 * or a colon right after the speaker's name or a speech verb with the words after it ("Khamenei: countries
 * under sanctions must…"). One or two quoted words are a borrowed phrase («хулиганские» санкции), not a quote.
 */
import type { Span } from './sentences.ts';

/** A spotted mention inside the block, as the linker needs it. */
export interface Mention {
  entity: string;
  start: number;
  end: number;
  /** Named as attending ("in the presence of President Raisi"), so not the one speaking. */
  attendee?: boolean;
}

const inside = (at: number, spans: readonly Span[]) => spans.some((q) => q.start <= at && at < q.end);

/** The first person mentioned in `sentence` outside quotation marks (and not as an attendee), or null. */
export function speakerIn(
  sentence: Span,
  people: readonly Mention[],
  quotes: readonly Span[],
): string | null {
  for (const m of people) {
    if (m.start < sentence.start || m.end > sentence.end) continue;
    if (inside(m.start, quotes) || m.attendee) continue;
    return m.entity;
  }
  return null;
}

const WORDS = /[\p{L}\p{N}]+/gu;

function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORDS)) n++;
  return n;
}

/**
 * `quote` or `paraphrase` for a sentence of `text`. `people` are person mentions in the block;
 * `speechBeforeColon(text)` tells whether a piece of text ends with a speech verb.
 */
export function formOf(
  text: string,
  sentence: Span,
  quotes: readonly Span[],
  people: readonly Mention[],
  endsWithSpeechVerb: (before: string) => boolean,
): 'quote' | 'paraphrase' {
  let quoted = 0;
  for (const q of quotes)
    if (q.start >= sentence.start && q.end <= sentence.end)
      quoted += wordCount(text.slice(q.start + 1, q.end - 1));
  if (quoted >= 3) return 'quote';
  // A colon followed by the words: "Khamenei: …", "Лукашенко — аятолле: …", "He stressed: …".
  for (
    let i = text.indexOf(':', sentence.start);
    i !== -1 && i < sentence.end;
    i = text.indexOf(':', i + 1)
  ) {
    if (inside(i, quotes)) continue;
    if (wordCount(text.slice(i + 1, sentence.end)) < 3) continue;
    const before = text.slice(sentence.start, i);
    const lastPerson = people.filter((m) => m.start >= sentence.start && m.end <= i).pop();
    if (lastPerson && wordCount(text.slice(lastPerson.end, i)) <= 1) return 'quote';
    if (endsWithSpeechVerb(before)) return 'quote';
  }
  return 'paraphrase';
}
