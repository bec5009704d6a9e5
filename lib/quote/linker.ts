/**
 * Quote provenance: which sentences of a page report one of the meeting's statements, as a quotation or a
 * paraphrase, and whom the page says is speaking. Pure: text blocks and the spotter's matches in, links out.
 * See docs/quotes.md for the method and its figures.
 *
 * Per sentence: the concepts of the cue lexicon it contains (data/statement-cues.json) give each statement a
 * score (the sum of that statement's concept weights); priors for the page (date, does it name both
 * principals) and the sentence (another year, an interview or message) and the speaker's agreement are added;
 * the best statement is linked when the total reaches the lexicon's threshold, and a second one when the
 * concepts it alone explains reach the threshold too ("expressed his pleasure and said he had come to open a
 * new page").
 */
import type { CompiledStatement, EntityKind, Gazetteer } from '../data/types.ts';
import type { PageContext } from '../spot/candidate.ts';
import { foldText } from '../text/fold.ts';
import { formOf, type Mention, speakerIn } from './attribution.ts';
import type { StatementCues } from './cues.ts';
import { aboutPrior, datePrior, mentionsOtherYear } from './page-prior.ts';
import { quotationSpans, type Span, splitSentences } from './sentences.ts';
import { sentenceWords, TermMatcher } from './term-matcher.ts';

/** A spotted match as the linker reads it; offsets are into the text of block `block`. */
export interface QuoteMatch {
  entity: string;
  kind: EntityKind;
  via: 'name' | 'title';
  start: number;
  end: number;
  block: number;
}

/** One sentence linked to one statement. Offsets are UTF-16 into the block's text. */
export interface QuoteLink {
  statement: string;
  block: number;
  start: number;
  end: number;
  /** The sentence as on the page: `blocks[block].text.slice(start, end)`. */
  text: string;
  form: 'quote' | 'paraphrase';
  /** Who the page attributes the sentence to (an entity id), or null when it names nobody. */
  speakerOnPage: string | null;
  /** Cue score with priors; at least the lexicon's threshold. */
  score: number;
}

/** What the linker knows about the whole page (from {@link QuoteLinker.pageContext}). */
export interface PageQuoteContext {
  /** Added to every sentence's score: date and whether the page names both principals. */
  prior: number;
}

/** Carried from block to block: the person the page last spoke of (for "he added" and bare quotations). */
export interface LinkCarry {
  speaker: string | null;
}

interface ScoredStatement {
  id: string;
  speaker: string;
  /** Concept id → weight. */
  weights: Map<number, number>;
}

const OTHER_EVENT_PENALTY = -2;
const OTHER_YEAR_PENALTY = -3;
const SPEAKER_AGREES = 0.5;
const SPEAKER_DISAGREES = -1;

export class QuoteLinker {
  private readonly concepts: TermMatcher;
  private readonly otherEvent: TermMatcher;
  private readonly speech: TermMatcher;
  /** Concept id → entities whose spotted mention counts as the concept (`@entity` terms). */
  private readonly entityConcepts = new Map<string, number[]>();
  private readonly statements: ScoredStatement[];
  private readonly people: Set<string>;
  /** People whose words are the meeting's (a sentence they speak can report a statement). */
  private readonly meetingPeople: Set<string>;
  readonly threshold: number;

  /** Compiles the lexicon once (a few milliseconds); `cues` come with the bundle (`npm run data`). */
  constructor(bundle: {
    statements: readonly CompiledStatement[];
    gazetteer: Gazetteer;
    cues?: StatementCues;
  }) {
    const cues = bundle.cues;
    if (!cues) throw new Error('QuoteLinker: the bundle has no statement cues; run `npm run data`');
    this.threshold = cues.threshold;
    const names = Object.keys(cues.concepts);
    const flat = (lists: Partial<Record<string, string[]>>) => Object.values(lists).flatMap((l) => l ?? []);
    this.concepts = new TermMatcher(names.map((n) => [n, flat(cues.concepts[n] ?? {})]));
    names.forEach((n, id) => {
      for (const t of flat(cues.concepts[n] ?? {})) {
        if (!t.startsWith('@')) continue;
        const list = this.entityConcepts.get(t.slice(1)) ?? [];
        if (!list.includes(id)) list.push(id);
        this.entityConcepts.set(t.slice(1), list);
      }
    });
    this.otherEvent = new TermMatcher([['other', flat(cues.otherEvent)]]);
    this.speech = new TermMatcher([['speech', flat(cues.speech)]]);
    const index = new Map(names.map((n, i) => [n, i]));
    this.statements = bundle.statements.map((s) => ({
      id: s.id,
      speaker: s.speaker,
      weights: new Map(
        Object.entries(cues.statements[s.id] ?? {}).map(([c, w]) => [index.get(c) as number, w] as const),
      ),
    }));
    const persons = bundle.gazetteer.entities.filter((e) => e.kind === 'person');
    this.people = new Set(persons.map((e) => e.id));
    this.meetingPeople = new Set(persons.filter((e) => e.inMeeting).map((e) => e.id));
  }

  /** The page's prior from its date and the people it names (all of its matches, every block). */
  pageContext(matches: readonly { entity: string }[], ctx: PageContext): PageQuoteContext {
    const entities = new Set(matches.map((m) => m.entity));
    return { prior: datePrior(ctx.publishedAt) + aboutPrior(entities) };
  }

  /** True when the text ends with a speech verb or attribution ("… he stressed", «… подчеркнул»). */
  private endsWithSpeech = (before: string): boolean => {
    const words = sentenceWords(before);
    const tail = words.slice(-3);
    return tail.length > 0 && this.speech.find(tail).size > 0;
  };

  /**
   * Links the sentences of one block. `matches` are the block's own (offsets into `text`); `carry` is updated
   * with the last person spoken of, for the next block. `block` is copied into the links.
   */
  linkBlock(
    text: string,
    matches: readonly Omit<QuoteMatch, 'block'>[],
    page: PageQuoteContext,
    carry: LinkCarry,
    block = 0,
  ): QuoteLink[] {
    const quotes = quotationSpans(text);
    const people: Mention[] = matches.filter((m) => this.people.has(m.entity));
    const links: QuoteLink[] = [];
    for (const sentence of splitSentences(text, quotes)) {
      // A sentence naming people only inside its quotation keeps the previous speaker.
      const named = speakerIn(sentence, people, quotes);
      const speaker = named ?? carry.speaker;
      links.push(...this.linkSentence(text, sentence, quotes, matches, people, speaker, page, block));
      if (named) carry.speaker = named;
    }
    return links;
  }

  private linkSentence(
    text: string,
    sentence: Span,
    quotes: readonly Span[],
    matches: readonly Omit<QuoteMatch, 'block'>[],
    people: readonly Mention[],
    speaker: string | null,
    page: PageQuoteContext,
    block: number,
  ): QuoteLink[] {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const words = sentenceWords(sentenceText);
    if (words.length < 3) return [];
    // Words inside a person's name or a title do not count ("Leader of the Revolution" is not the revolution).
    const names = matches
      .filter((m) => m.start < sentence.end && m.end > sentence.start)
      .filter((m) => m.kind === 'person' || m.via === 'title');
    const skip = words.map((w) =>
      names.some((m) => m.start < sentence.start + w.end && m.end > sentence.start + w.start),
    );
    const found = this.concepts.find(words, skip);
    for (const m of matches) {
      if (m.start < sentence.start || m.end > sentence.end) continue;
      for (const id of this.entityConcepts.get(m.entity) ?? []) found.add(id);
    }
    if (found.size === 0) return [];
    // A non-meeting person speaking (Mojtaba Khamenei) never reports the meeting's statements.
    if (speaker && this.people.has(speaker) && !this.meetingPeople.has(speaker)) return [];
    let prior = page.prior;
    if (this.otherEvent.find(words).size > 0) prior += OTHER_EVENT_PENALTY;
    if (mentionsOtherYear(foldText(sentenceText))) prior += OTHER_YEAR_PENALTY;

    const scored = this.statements
      .map((s) => {
        let raw = 0;
        for (const c of found) raw += s.weights.get(c) ?? 0;
        let score = raw + prior;
        if (speaker && this.meetingPeople.has(speaker))
          score += speaker === s.speaker ? SPEAKER_AGREES : SPEAKER_DISAGREES;
        return { s, raw, score };
      })
      .sort((a, b) => b.score - a.score);
    const best = scored[0];
    if (!best || best.score < this.threshold) return [];
    const chosen = [best];
    const second = scored[1];
    if (second && second.score >= this.threshold) {
      // The second statement must be explained by concepts the first does not use.
      let own = 0;
      for (const c of found) if (!best.s.weights.has(c)) own += second.s.weights.get(c) ?? 0;
      if (own >= this.threshold) chosen.push(second);
    }
    const form = formOf(text, sentence, quotes, people, this.endsWithSpeech);
    return chosen.map(({ s, score }) => ({
      statement: s.id,
      block,
      start: sentence.start,
      end: sentence.end,
      text: sentenceText,
      form,
      speakerOnPage: speaker,
      score: Math.round(score * 100) / 100,
    }));
  }
}

/**
 * Links every sentence of a page that reports a statement. `matches` are the page's resolved matches with
 * their block index (what `spotBlocks` returns). Only blocks with a spotted mention, and the block right
 * after one naming a person ("«…», — he added."), are read: linking costs nothing on the rest of a page.
 */
export function linkQuotes(
  blocks: readonly { text: string }[],
  matches: readonly QuoteMatch[],
  ctx: PageContext,
  linker: QuoteLinker,
): QuoteLink[] {
  const byBlock = new Map<number, QuoteMatch[]>();
  for (const m of matches) {
    const list = byBlock.get(m.block) ?? [];
    list.push(m);
    byBlock.set(m.block, list);
  }
  const page = linker.pageContext(matches, ctx);
  const carry: LinkCarry = { speaker: null };
  const links: QuoteLink[] = [];
  let previousHadPerson = false;
  blocks.forEach((b, i) => {
    const own = byBlock.get(i) ?? [];
    if (own.length > 0 || previousHadPerson) links.push(...linker.linkBlock(b.text, own, page, carry, i));
    previousHadPerson = own.some((m) => m.kind === 'person');
  });
  return links;
}
