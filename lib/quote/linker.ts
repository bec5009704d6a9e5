/**
 * Quote provenance: which sentences of a page report one of the meeting's statements, as a quotation or a
 * paraphrase, and whom the page says is speaking. Pure: text blocks and the spotter's matches in, links out.
 * See docs/quotes.md for the method and its figures.
 *
 * Per sentence: the concepts of the cue lexicon it contains (data/statement-cues.json) give each statement a
 * score (the sum of that statement's concept weights); priors for the page (date, does it name both
 * principals) and the sentence (another year) and the speaker's agreement are added, and a sentence placed at
 * another event (an interview, a message, "earlier") is never linked;
 * the best statement is linked when the total reaches the lexicon's threshold, and a second one when the
 * concepts it alone explains reach the threshold too ("expressed his pleasure and said he had come to open a
 * new page"). A sentence where a second person takes the turn ("Khamenei told him …, and Lukashenko replied
 * that …") is scored clause by clause, each with its own speaker.
 */
import type { CompiledStatement, EntityKind, Gazetteer } from '../data/types.ts';
import type { PageContext } from '../spot/candidate.ts';
import {
  formOf,
  type Mention,
  markRoles,
  mayNameStranger,
  pointsBack,
  pronounSpeaks,
  pronounTurn,
  QUOTED_WORDS,
  quotedWords,
  sameClause,
  speakerIn,
  strangerSpeaks,
  type Turn,
  toldTo,
  turnIn,
} from './attribution.ts';
import type { StatementCues } from './cues.ts';
import {
  aboutPrior,
  beforeMeeting,
  datePrior,
  farFromMeeting,
  mentionsOtherYear,
  mentionsWeekday,
  namesBothPrincipals,
  namesGuest,
  namesHost,
  otherWeek,
  principalsTogether,
} from './page-prior.ts';
import { breakWithin, isSpaceCode, quotationSpans, type Span, splitSentences } from './sentences.ts';
import { SpanIndex } from './span-index.ts';
import { type BlockHit, sentenceWords, TermMatcher, type Word } from './term-matcher.ts';

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
  /**
   * Share of the statement's concept weight the sentence carries (0–1, two decimals): how much of what the
   * statement says the sentence retells. The card calls a statement "partly reported" by it.
   */
  share: number;
}

/** One block read for linking: its quotations, sentences with their words, and the people it names. */
export interface PreparedBlock {
  text: string;
  block: number;
  matches: readonly Omit<QuoteMatch, 'block'>[];
  quotes: Span[];
  /**
   * Each sentence read: how many words it has (web addresses blanked), and the lexicon's hits among them
   * (but speech verbs) with their ranges in `text`.
   */
  sentences: {
    span: Span;
    words: number;
    /** Null when the sentence cannot report a statement whatever the page (see {@link QuoteLinker.bound}). */
    hits: BlockHit[] | null;
    /** The best score any statement could reach here before priors and speaker ({@link QuoteLinker.bound}). */
    bound: number;
    /**
     * The same per speaker of the statements (`QuoteLinker.speakers` order) for a sentence that passes the
     * gate, so scoring can add the speaker term it will know then; null without the gate.
     */
    bySpeaker: number[] | null;
    /** It holds a speech verb or attribution ("said", «به گفته», "remarks"). */
    spoke: boolean;
    /**
     * The person it names as speaking (attribution.ts `speakerIn`: the first named outside its quotations, not
     * an attendee), or null: a sentence naming people only inside its quotation keeps the previous speaker.
     */
    named: string | null;
    /**
     * For a sentence the gate ruled out that names people, what finds who of them speaks, when a later sentence
     * needs to know (its `named` is then null until worked out); null otherwise.
     */
    later: LaterSpeaker | null;
    /** A second person speaking later in the sentence, from where (attribution.ts `turnIn`), or null. */
    turn: Turn | null;
    /**
     * It names no one speaking but a channel ("State television reported that…", «وذكر التلفزيون الرسمي»), and
     * no pronoun points back to a person: its words are nobody's, and the previous speaker is not carried in.
     */
    channel: boolean;
    /** The sentence places itself at another event ("Schon im Juni 2022 hatte Chamenei … empfangen"). */
    elsewhere: boolean;
  }[];
  /** Spotted people (names and titles) and those the cue lexicon's names found, by start. */
  people: Mention[];
  /**
   * For a quiet block (no sentence of it can pass the gate, so none was read) that names people: what reads
   * it to find who speaks, if a later sentence needs to know; null otherwise.
   */
  later: LaterBlock | null;
  /** Only the sentences near a mention are read (a huge page): kept to read a quiet block again. */
  onlyNearMentions?: boolean;
}

/** A block while {@link QuoteLinker.prepareSteps} reads it, sentence by sentence. */
interface BlockReading {
  text: string;
  /** `text` with its web addresses blanked: what the words are read from. */
  plain: string;
  block: number;
  matches: readonly Omit<QuoteMatch, 'block'>[];
  quotes: Span[];
  /** The sentences to read. */
  spans: Span[];
  spottedAt: SpanIndex<Mention>;
  matchesAt: SpanIndex<Omit<QuoteMatch, 'block'>>;
  quotesAt: SpanIndex<Span>;
  people: Mention[];
  sentences: PreparedBlock['sentences'];
  later: LaterBlock | null;
  onlyNearMentions: boolean;
  /**
   * Its sentences are read from one reading of the whole block (TermMatcher.readIn), or else each alone: a
   * quiet block read again for its speaker reads only its last sentences.
   */
  held: boolean;
}

/**
 * A block while {@link QuoteLinker.scoreSteps} scores it. Each sentence sees only the people, quotations and
 * matches that overlap it (what every rule of linkSentence reads), so a block of thousands of sentences costs
 * linear time, not quadratic: the indexes are built for the first sentence the gate lets through (most blocks
 * of a page have none).
 */
interface BlockScoring {
  prepared: PreparedBlock;
  page: PageQuoteContext;
  carry: LinkCarry;
  links: QuoteLink[];
  people: SpanIndex<Mention> | null;
  quotes: SpanIndex<Span> | null;
  matches: SpanIndex<Omit<QuoteMatch, 'block'>> | null;
  /**
   * The people named by the last sentence of this block that placed itself at another event, while the
   * sentences after it stay there (they name no one else); null when none does.
   */
  elsewhere: Set<string> | null;
  /** The last link of the sentence just scored, which a short follow-up may continue ({@link QuoteLinker.followUp}). */
  follow: QuoteLink | null;
}

/** A block's scoring state, its span indexes made on first need (most blocks' sentences never pass the gate). */
const scoringOf = (
  prepared: PreparedBlock,
  page: PageQuoteContext,
  carry: LinkCarry,
  links: QuoteLink[],
): BlockScoring => ({
  prepared,
  page,
  carry,
  links,
  people: null,
  quotes: null,
  matches: null,
  elsewhere: null,
  follow: null,
});

/** What the linker knows about the whole page (from {@link QuoteLinker.pageContext}). */
export interface PageQuoteContext {
  /** Added to every sentence's score: date and whether the page names both principals. */
  prior: number;
  /**
   * The page is dated away from the meeting (lib/quote/page-prior.ts `farFromMeeting`): a sentence on it that
   * dates itself to another year is about another event, never linked.
   */
  far?: boolean;
  /**
   * The page is dated more than a week from the meeting (page-prior.ts `otherWeek`): a sentence on it placed on
   * a weekday or "yesterday" is about the page's own days, never linked.
   */
  otherWeek?: boolean;
  /** The page is dated before the meeting (page-prior.ts `beforeMeeting`): nothing on it is linked. */
  before?: boolean;
  /**
   * The page never names the meeting's guest, Lukashenko or Belarus (page-prior.ts `namesGuest`): it is about
   * another visit ("Khamenei told his guest", Kazakhstan's president), and nothing on it is linked.
   */
  guestless?: boolean;
}

/** Carried from block to block: the person the page last spoke of (for "he added" and bare quotations). */
export interface LinkCarry {
  speaker: string | null;
  /**
   * The sentence that named {@link speaker} introduces their words: a heading-like line or a lead-in with a
   * colon, with a speech word ("Lukashenko's remarks", «سخنان لوکاشنکو», "He said:").
   */
  introduced?: boolean;
  /**
   * The sentence that named {@link speaker} placed itself at another event ("Raisi had told a press conference
   * that …"): a later sentence carrying that speaker in is still there.
   */
  elsewhere?: boolean;
  /**
   * The link of the previous block's last sentence, when it was linked: the next block's first sentence may be a
   * follow-up to it (QuoteLinker.followUp; wire copy puts "“We believe this can be achieved,” he said." in a
   * paragraph of its own).
   */
  follow?: QuoteLink | null;
  /**
   * Sentences after the one that set {@link speaker} whose speaker is not worked out yet (ruled out by the gate,
   * naming people), newest first: the newest of them naming a speaker is the one carried. Never changed once
   * made, so a carry may be copied.
   */
  later?: LaterCarry | null;
  /**
   * A block scored so far named the guest (Lukashenko, or Belarus: page-prior.ts `namesGuest`). On a page dated
   * away from the meeting nothing is linked before it: what comes first is the page's own event.
   */
  guestNamed?: boolean;
  /**
   * A block scored so far named the host (Khamenei, or Iran: page-prior.ts `namesHost`). On a page dated away
   * from the meeting nothing is linked before it either: Lukashenko in Sochi in September 2023 saying hard
   * times showed who a real friend is speaks of Russia, on a page whose related links name the Tehran meeting.
   */
  hostNamed?: boolean;
}

/** A sentence the gate ruled out, with what works out whom it names as speaking (QuoteLinker.laterNamed). */
export interface LaterSpeaker {
  text: string;
  span: Span;
  /** Its people, the first `spotted` of them spotted, the others the lexicon's, each group by start. */
  mine: Mention[];
  spotted: number;
  hits: readonly BlockHit[];
  /** Its quotations. */
  quoted: readonly Span[];
  /** It would set {@link LinkCarry.introduced} if it names a speaker. */
  introduces: boolean;
  /** It places itself at another event (sets {@link LinkCarry.elsewhere} if it names a speaker). */
  elsewhere: boolean;
  /** It has a speech verb, and no channel speaks it (what a stranger speaking needs: `strangerSpeaks`). */
  speaks: boolean;
  /** The spotted matches in it (a stranger is none of them). */
  known: readonly Span[];
  /** Who it names as speaking, once worked out ({@link SOMEONE_ELSE} for a stranger). */
  named?: string | null;
}

/** A quiet block naming people (PreparedBlock.later): read again only if a later sentence needs its speaker. */
export interface LaterBlock {
  text: string;
  matches: readonly Omit<QuoteMatch, 'block'>[];
  block: number;
  onlyNearMentions: boolean;
  /** Its people, as {@link PreparedBlock.people}. */
  people: readonly Mention[];
  /** It has a speech verb: a sentence naming none of its people may name a stranger speaking. */
  spoke: boolean;
  /** Its last sentence naming a speaker, once looked for (null: none). */
  speaker?: LaterSpeaker | null;
}

/** The sentences and blocks a carry left for later ({@link LinkCarry.later}), newest first. */
interface LaterCarry {
  /** A sentence, or else a quiet block. */
  sentence: LaterSpeaker | null;
  block: LaterBlock | null;
  before: LaterCarry | null;
  depth: number;
}

/** How many a carry leaves for later before it works them out (bounds what a carry holds on to). */
const LATER_MAX = 64;

/** What the linker reads from the bundle. */
type LinkerBundle = {
  statements: readonly CompiledStatement[];
  gazetteer: Gazetteer;
  cues?: StatementCues;
};

/** Test switches: both shortcuts are on unless a test turns one off to compare. */
interface LinkerOptions {
  gate?: boolean;
  preGate?: boolean;
}

/** The words as a regular-expression alternation, each matched literally. */
function alternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** Every language's terms in one list (`push(...)`, not `flatMap`: V8's flatMap took ~5 ms per compile here). */
function flat(lists: Partial<Record<string, string[]>>): string[] {
  const out: string[] = [];
  for (const l of Object.values(lists)) if (l) out.push(...l);
  return out;
}

/**
 * The matcher's lists, in id order: concepts 0…concepts-1, then the people's names, then "another event",
 * speech verbs and presence; speech verbs only flagged, concept hits deferred to the pre-gate (prepareSteps).
 * Exported for the bench, which times the linker's word reader on its own.
 */
export function matcherLists(
  cues: StatementCues,
): [lists: [string, string[]][], flagInSentences: string[], deferInSentences: string[]] {
  const conceptNames = Object.keys(cues.concepts);
  return [
    [
      ...conceptNames.map((n) => [n, flat(cues.concepts[n] ?? {})] as [string, string[]]),
      ...Object.entries(cues.people ?? {}).map(([id, lists]) => [id, flat(lists)] as [string, string[]]),
      ...Object.entries(cues.described ?? {}).map(
        ([id, lists]) => [`${id}~described`, flat(lists)] as [string, string[]],
      ),
      ['~other-event', flat(cues.otherEvent)],
      ['~speech', flat(cues.speech)],
      ['~presence', flat(cues.presence ?? {})],
      ['~source', flat(cues.source ?? {})],
      ['~according', flat(cues.according ?? {})],
    ],
    // Of speech verbs a sentence needs only whether it has one (endsWithSpeech reads those before a colon).
    ['~speech', '~according'],
    // Concept hits are found only in sentences the pre-gate lets through (prepareSteps).
    conceptNames,
  ];
}

interface ScoredStatement {
  id: string;
  speaker: string;
  /** Concept id → weight. */
  weights: Map<number, number>;
  /** Sum of the weights: what a sentence carrying every concept would score. */
  total: number;
}

/** The speaker of words whose subject is a name we do not know (attribution.ts `strangerSpeaks`). */
const SOMEONE_ELSE = '?';
const OTHER_YEAR_PENALTY = -3;
const SPEAKER_AGREES = 0.5;
const SPEAKER_DISAGREES = -1.5;
/** The same, when the speaker is only the person named in an earlier sentence ("he said"). */
const CARRIED_DISAGREES = -0.5;
/**
 * A sentence carrying its speaker from earlier with no speech word and no quotation (the page's background,
 * see linkSentence). Found on the Persian corpus (background paragraphs of analyses); across the corpus it
 * raises precision 0.968 → 0.985 and keeps recall.
 */
const SILENT_CARRIED = -1.5;
/** At most this many code units: an article or preposition between "according to" and what follows ("a", «un»). */
const SHORT_WORD = 3;
/** At least this weight, for its statement, of the concept a follow-up repeats ("feasible" 1.5, not "came" 1). */
const FOLLOW_WEIGHT = 1.5;
/** At most this many words: a follow-up to the sentence before ("We believe this is possible"). */
const FOLLOW_WORDS = 16;
/**
 * A word pointing back to what was just said (a follow-up's subject or object): a pronoun ("it", «es», «cela»,
 * «ذلك», "bunu"; French "c" is the elided «ce» of «c'est») or a demonstrative that may also determine a noun
 * ("this", «это», «das», «این», «هذا», "bu"), see {@link DETERMINES}.
 */
const POINTS_BACK =
  /^(?:this|that|it|das|dies|es|это|то|гэта|این|آن|ذلك|هذا|ذاك|cela|ça|ce|c|bu|bunu|bunun|şu)$/iu;
/** {@link POINTS_BACK} anywhere in a text (the same words, kept alike by hand). */
const POINTS_BACK_IN =
  /(?<![\p{L}\p{M}])(?:this|that|it|das|dies|es|это|то|гэта|این|آن|ذلك|هذا|ذاك|cela|ça|ce|c|bu|bunu|bunun|şu)(?![\p{L}\p{M}])/iu;
/**
 * A text's first {@link FOLLOW_WORDS} runs of non-space characters that hold a letter or digit (kept alike by
 * hand): a run holds one word or more, so the first that many words lie within.
 */
const FIRST_WORDS = /^(?:[^\p{L}\p{N}]*[\p{L}\p{N}]\S*){0,16}/u;
/** The words of {@link POINTS_BACK} that may determine a noun ("this friendship", «این دیدار»). */
const DETERMINES = /^(?:this|that|das|dies|это|гэта|این|آن|هذا|ذاك|ce|bu|şu)$/iu;
/** At most this many words: a line that reads as a heading ("Lukashenko's words"). */
const HEADING_WORDS = 6;
/**
 * True when the sentence is its block's only words, at most {@link HEADING_WORDS} of them, with no pronoun
 * pointing back to anyone: a heading or a subheading.
 */
function lonelyHeading(text: string, span: Span, words: number): boolean {
  if (words > HEADING_WORDS) return false;
  for (let i = 0; i < span.start; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  for (let i = span.end; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return !pointsBack(text, span);
}

/**
 * True when text[0, end) ends, white space aside, with a full stop, perhaps inside closing quotation marks or a
 * bracket (`/[.!?…؟。]["'»”’)]*$/` on the trimmed text): a paragraph's last sentence has one, a headline or a
 * link's title does not. Read by code unit from the end: the RegExp, unanchored at its start, was tried at every
 * position of every block.
 */
export function endsWithStop(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  while (i >= 0 && isClosingCode(text.charCodeAt(i))) i--;
  return i >= 0 && isStopCode(text.charCodeAt(i));
}

/** `"`, `'`, `»`, `”`, `’` or `)`. */
function isClosingCode(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x29;
}

/** `.`, `!`, `?`, `…`, `؟` or `。`. */
function isStopCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x61f || c === 0x3002;
}

/**
 * True when the sentence is its block's only text and ends with no full stop: a headline, a subheading or the
 * title of a link in a list ("Lukaschenko: Wer in schweren Zeiten zu uns hält, ist ein echter Freund").
 */
export function standsAlone(text: string, span: Span): boolean {
  for (let i = 0; i < span.start; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  for (let i = span.end; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return !endsWithStop(text, span.end);
}

/**
 * True when a sentence naming its speaker introduces their words ({@link LinkCarry.introduced}): a speech word in a
 * heading-like line or a lead-in ending in a colon. (Spans are trimmed, so a lead-in's colon is its last character.)
 */
function introducesSpeaker(text: string, span: Span, words: number, spoke: boolean): boolean {
  return spoke && (words <= HEADING_WORDS || text[span.end - 1] === ':');
}

/** What a headline quoting its named speaker gets beside a sentence of the same concepts (linkSentence). */
const QUOTED_HEADLINE = 0.5;
/** {@link QUOTED_HEADLINE} for a sentence that stands alone (it may get it), else 0: what the gate allows for. */
function headlineRoom(text: string, span: Span): number {
  return standsAlone(text, span) ? QUOTED_HEADLINE : 0;
}

/**
 * {@link headlineRoom} for any sentence of a block: only a block that is one sentence can hold one standing
 * alone, and that sentence then ends where the block's text does, with no full stop.
 */
function blockHeadlineRoom(text: string): number {
  return endsWithStop(text, text.length) ? 0 : QUOTED_HEADLINE;
}

/** Keeps the gate on the safe side of any rounding in its sums (weights are halves; this is belt and braces). */
const EPSILON = 1e-9;
/** Share of the threshold a second statement must reach with concepts the first does not use. */
const SECOND_OWN = 0.75;

const byStart = (a: Span, b: Span) => a.start - b.start;

/**
 * `spans.sort(byStart)` (stable), called only when out of order: V8's sort copies the array to a work list
 * even when it is in order, and most blocks' people already are.
 */
function sortByStart(spans: Span[]): void {
  for (let i = 1; i < spans.length; i++)
    if ((spans[i - 1] as Span).start > (spans[i] as Span).start) {
      spans.sort(byStart);
      return;
    }
}
const URL = /(?:https?:\/\/|www\.)\S+/g;
/** A block that may hold a web address (what {@link URL} starts with, less strictly). */
const URL_HINT = /http|www\./;

/** The indexes of a quiet block's reading (QuoteLinker.quietBlock): it has no sentence to look them up for. */
const NO_SPANS = /* @__PURE__ */ new SpanIndex<never>([]);
/** A quiet block's people besides those spotted when the lexicon names no one else (never changed). */
const NO_PEOPLE: Mention[] = [];
/** No spotted matches (never changed). */
const NO_MATCHES: readonly Omit<QuoteMatch, 'block'>[] = [];

/**
 * True when a mention of `people` overlaps text[from, to): `SpanIndex.any` for a block's few spotted people,
 * without building an index for each quiet block.
 */
function overlapsAny(people: readonly Span[], from: number, to: number): boolean {
  for (let i = 0; i < people.length; i++) {
    const m = people[i] as Span;
    if (m.start < to && m.end > from) return true;
  }
  return false;
}

/**
 * One word is one concept: true when concept `c` was found (`at`: the sentence's concept hits) only at words
 * where another concept's hit `covers` it. (A concept with no hit, from a spotted mention, is never covered.)
 */
function coveredByOthers(
  c: number,
  at: readonly BlockHit[],
  covers: (hit: BlockHit, other: BlockHit) => boolean,
): boolean {
  let any = false;
  for (const h of at) {
    if (h.id !== c) continue;
    any = true;
    if (!at.some((u) => u.id !== c && covers(h, u))) return false;
  }
  return any;
}

/** A hit lying inside a longer one. */
const inLonger = (h: BlockHit, u: BlockHit) =>
  u.start <= h.start && h.end <= u.end && u.end - u.start > h.end - h.start;

/**
 * How many of the concepts in `found` statement `s` weighs, each on words of its own: a concept found only
 * inside a longer hit of another concept is that one's word.
 */
function conceptsOnOwnWords(s: ScoredStatement, found: Set<number>, at: readonly BlockHit[]): number {
  let n = 0;
  for (const c of found) if (s.weights.has(c) && !coveredByOthers(c, at, inLonger)) n++;
  return n;
}

/** The weights of statement `s` among the concepts `found`. */
function rawScore(s: ScoredStatement, found: Set<number>): number {
  let raw = 0;
  for (const c of found) raw += s.weights.get(c) ?? 0;
  return raw;
}

export class QuoteLinker {
  /**
   * One matcher for every list, so a sentence's words are looked up once: concepts get ids
   * 0…concepts-1, then the people's names, then "another event" and speech verbs.
   */
  private readonly terms: TermMatcher;
  private readonly conceptCount: number;
  private readonly personIds: string[];
  /** The first list id of the cues' `described` people (see Mention.described); they end at otherEventId. */
  private readonly firstDescribed: number;
  private readonly otherEventId: number;
  private readonly speechId: number;
  /** The list of "according to" prepositions: speech, unless the statement's own words follow (see cues.ts). */
  private readonly accordingId: number;
  /** The first words of the "according to" terms, to find a sentence that may have one without reading it. */
  private readonly accordingWord: RegExp;
  private readonly presenceId: number;
  private readonly sourceId: number;
  /** A word starting with an office of the cues' `offices` (any case): no stranger's name. */
  private readonly officeWord: RegExp;
  private readonly isOffice = (word: string): boolean => this.officeWord.test(word);
  /** Concept id → entities whose spotted mention counts as the concept (`@entity` terms). */
  private readonly entityConcepts = new Map<string, number[]>();
  private readonly statements: ScoredStatement[];
  /** Statement id → the concepts no other statement weighs: what a follow-up must repeat ({@link followUp}). */
  private readonly ownConcepts = new Map<string, number[]>();
  private readonly people: Set<string>;
  /** People whose words are the meeting's (a sentence they speak can report a statement). */
  private readonly meetingPeople: Set<string>;
  /** Who speaks the statements (the meeting's host and guest). */
  private readonly statementSpeakers: Set<string>;
  readonly threshold: number;
  /** Concept id → the statements weighing it (index into `statements`) and the weight: the gate's index. */
  private readonly byConcept: { statement: number; weight: number }[][];
  /** The statements' speakers, each once, and `speakerOf[s]`: the index of statement s's speaker there. */
  private readonly speakers: string[];
  private readonly speakerOf: Int32Array;
  /** Scratch for the gate, reused for every sentence: best possible raw score per statement. */
  private readonly sums: Float64Array;
  /** `seen[c] === stamp`: concept c already counted for the current sentence. */
  private readonly seen: Int32Array;
  private stamp = 0;
  /** Whether any concept was counted since {@link startBound}. */
  private counted = false;
  /** False only to check that the gate never changes a link (tests). */
  private readonly gate: boolean;
  /**
   * False only to check that the pre-gate never changes a link (tests): the bound from the concepts whose
   * terms' first words a sentence holds, before any concept hit is found (see prepareSteps).
   */
  private readonly preGate: boolean;
  /** What TermMatcher.read calls per word with the concepts whose terms start there: counts them. */
  private readonly conceptSink = { deferred: (c: number) => this.count(c) };
  /** The block {@link quietBlock} found quiet last has a speech verb ({@link LaterBlock.spoke}). */
  private quietSpoke = false;
  /** Scratch for {@link finishBound}: the matches inside the sentence being bounded. */
  private readonly insideScratch: Omit<QuoteMatch, 'block'>[] = [];

  /**
   * Compiles the lexicon once (~10 ms warm in Node, ~40 ms of CPU in a cold tab; {@link compile} spreads it over
   * steps); `cues` come with the bundle (`npm run data`). `terms`: the matcher {@link compile} built in steps
   * (omit it).
   */
  constructor(bundle: LinkerBundle, options: LinkerOptions = {}, terms?: TermMatcher) {
    const cues = bundle.cues;
    if (!cues) throw new Error('QuoteLinker: the bundle has no statement cues; run `npm run data`');
    this.threshold = cues.threshold;
    const conceptNames = Object.keys(cues.concepts);
    const people = [...Object.entries(cues.people ?? {}), ...Object.entries(cues.described ?? {})];
    this.conceptCount = conceptNames.length;
    this.personIds = people.map(([id]) => id);
    this.firstDescribed = this.conceptCount + Object.keys(cues.people ?? {}).length;
    this.otherEventId = conceptNames.length + people.length;
    this.speechId = this.otherEventId + 1;
    this.presenceId = this.otherEventId + 2;
    this.sourceId = this.otherEventId + 3;
    this.accordingId = this.otherEventId + 4;
    const firstWords = flat(cues.according ?? {}).map((t) => (t.split(' ')[0] as string).replace(/^=/, ''));
    this.accordingWord = firstWords.length ? new RegExp(alternation(firstWords), 'iu') : /(?!)/;
    const offices = flat(cues.offices ?? {});
    this.officeWord = offices.length ? new RegExp(`^(?:${alternation(offices)})`, 'iu') : /(?!)/;
    this.terms = terms ?? new TermMatcher(...matcherLists(cues));
    conceptNames.forEach((n, id) => {
      for (const t of flat(cues.concepts[n] ?? {})) {
        if (!t.startsWith('@')) continue;
        const list = this.entityConcepts.get(t.slice(1)) ?? [];
        if (!list.includes(id)) list.push(id);
        this.entityConcepts.set(t.slice(1), list);
      }
    });
    const index = new Map(conceptNames.map((n, i) => [n, i]));
    this.statements = bundle.statements.map((s) => {
      const entries = Object.entries(cues.statements[s.id] ?? {});
      return {
        id: s.id,
        speaker: s.speaker,
        weights: new Map(entries.map(([c, w]) => [index.get(c) as number, w] as const)),
        total: entries.reduce((sum, [, w]) => sum + w, 0),
      };
    });
    for (const st of this.statements)
      this.ownConcepts.set(
        st.id,
        [...st.weights.keys()].filter((c) => this.statements.every((o) => o === st || !o.weights.has(c))),
      );
    this.byConcept = conceptNames.map(() => []);
    this.statements.forEach((s, statement) => {
      for (const [c, weight] of s.weights) this.byConcept[c]?.push({ statement, weight });
    });
    this.sums = new Float64Array(this.statements.length);
    this.speakers = [...new Set(this.statements.map((s) => s.speaker))];
    this.speakerOf = Int32Array.from(this.statements, (s) => this.speakers.indexOf(s.speaker));
    this.seen = new Int32Array(conceptNames.length);
    this.gate = options.gate ?? true;
    this.preGate = this.gate && (options.preGate ?? true);
    const persons = bundle.gazetteer.entities.filter((e) => e.kind === 'person');
    this.people = new Set(persons.map((e) => e.id));
    this.meetingPeople = new Set(persons.filter((e) => e.inMeeting).map((e) => e.id));
    this.statementSpeakers = new Set(bundle.statements.map((s) => s.speaker));
  }

  /**
   * True when a sentence's words are told to someone who speaks no statement ({@link toldTo}), and the
   * sentence names at most one of the statements' speakers otherwise: the meeting's words passed between its
   * two speakers, so "…, he told Raisi" is the talks with the President the same day. (Not "with Raisi": the
   * guest's own words name him as the one they will work with.)
   */
  private addressedElsewhere(text: string, span: Span, people: readonly Mention[]): boolean {
    let addressed = false;
    let named: string | null = null;
    for (const m of people) {
      if (m.role === 'companion') {
        if (this.statementSpeakers.has(m.entity)) return false;
        if (toldTo(text, span, m)) addressed = true;
      } else if (!m.role && this.statementSpeakers.has(m.entity)) {
        if (named !== null && named !== m.entity) return false;
        named = m.entity;
      }
    }
    return addressed;
  }

  /**
   * {@link QuoteLinker}'s constructor a few terms per step, for a content script that must
   * not block the page while it compiles the lexicon.
   */
  static *compile(bundle: LinkerBundle, options: LinkerOptions = {}): Generator<void, QuoteLinker> {
    const cues = bundle.cues;
    if (!cues) throw new Error('QuoteLinker: the bundle has no statement cues; run `npm run data`');
    const terms = yield* TermMatcher.build(...matcherLists(cues));
    // The constructor's indexes are a step of their own: with the matcher's last one they were ~20 ms cold.
    yield;
    return new QuoteLinker(bundle, options, terms);
  }

  /**
   * The page's prior from its date and the people it names: `entities` are those of the spotter's matches
   * (every block) plus the people of the prepared blocks.
   */
  pageContext(entitiesIn: Iterable<string>, ctx: PageContext, together = true): PageQuoteContext {
    const entities = new Set(entitiesIn);
    return {
      prior: datePrior(ctx.publishedAt) + aboutPrior(entities, together),
      far: farFromMeeting(ctx.publishedAt),
      otherWeek: otherWeek(ctx.publishedAt),
      before: beforeMeeting(ctx.publishedAt),
      guestless: !namesGuest(Array.from(entities, (entity) => ({ entity }))),
    };
  }

  /** True when the text ends with a speech verb or attribution ("… he stressed", «… подчеркнул»). */
  private endsWithSpeech = (before: string): boolean => this.hasSpeech(sentenceWords(before).slice(-3));

  /** True when a speech verb starts within the first words at `at` ("who said", «الذي قال», "qui a déclaré"). */
  private speaksAt = (text: string, at: number): boolean =>
    this.hasSpeech(sentenceWords(text.slice(at, at + 48)).slice(0, 3));

  /** True when a speech verb is among the words of text[from, to). */
  private speechIn = (text: string, from: number, to: number): boolean =>
    this.hasSpeech(sentenceWords(text.slice(from, to)));

  /** True when a speech verb or attribution is among `words`. */
  private hasSpeech(words: Word[]): boolean {
    return this.terms.spans(words).some((h) => h.id === this.speechId || h.id === this.accordingId);
  }

  /** Reads one block: sentences, quotations, and people (spotted, or named in the lexicon's languages). */
  prepareBlock(
    text: string,
    matches: readonly Omit<QuoteMatch, 'block'>[],
    block = 0,
    onlyNearMentions = false,
  ): PreparedBlock {
    // The same three parts as prepareSteps without a generator: a generator object holds every local of its
    // body (this one ~1 kB), made per block; the CLI and the bench prepare every block at once.
    const reading = this.startBlock(text, matches, block, onlyNearMentions);
    const spans = reading.spans;
    for (let si = 0; si < spans.length; si++) this.readSentence(reading, spans[si] as Span);
    return this.endBlock(reading);
  }

  /**
   * {@link prepareBlock} one sentence at a time: the generator yields after each sentence and returns the
   * prepared block, so a content script can spread a giant block (a 5 MB `<pre>`) over budgeted chunks.
   */
  *prepareSteps(
    text: string,
    matches: readonly Omit<QuoteMatch, 'block'>[],
    block = 0,
    onlyNearMentions = false,
  ): Generator<void, PreparedBlock> {
    const reading = this.startBlock(text, matches, block, onlyNearMentions);
    const spans = reading.spans;
    // A quiet block was read whole (its words and bound) and has no sentence to step through: a step of its
    // own, so a run of them still gives the page its turn.
    if (spans.length === 0) yield;
    // (Indexed loops in the step generators: a for-of's iterator and its results cost objects per step.)
    for (let si = 0; si < spans.length; si++) {
      this.readSentence(reading, spans[si] as Span);
      yield;
    }
    return this.endBlock(reading);
  }

  /** What {@link prepareBlock} does before reading the sentences: quotations, spotted people, sentences. */
  private startBlock(
    text: string,
    matches: readonly Omit<QuoteMatch, 'block'>[],
    block: number,
    onlyNearMentions: boolean,
    readAll = true,
  ): BlockReading {
    const spotted: Mention[] = [];
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i] as Omit<QuoteMatch, 'block'>;
      if (this.people.has(m.entity)) spotted.push({ entity: m.entity, start: m.start, end: m.end });
    }
    // Words of a web address are not the page's words ("…/leader-countries-facing-us-sanctions"). A sentence
    // starts and ends next to white space, so blanking the block's addresses blanks each sentence's.
    // (One search for both hints: two `includes` read the block twice.)
    const plain = URL_HINT.test(text) ? text.replace(URL, (u) => ' '.repeat(u.length)) : text;
    // The block's words are read once, here; its sentences are read from them (readSentence). A block that no
    // statement can reach even with every concept and person it holds is done: nine blocks in ten of a page
    // naming the meeting's people in every paragraph (the bench's dense page) are not split into sentences
    // nor looked at further; who they name as speaking is worked out only if a later sentence carries it in.
    const found =
      this.preGate && readAll ? this.quietBlock(text, plain, matches, spotted, onlyNearMentions) : null;
    if (found) {
      const people = found.length > 0 ? spotted.concat(found) : spotted;
      return {
        text,
        plain,
        block,
        matches,
        quotes: [],
        spans: [],
        spottedAt: NO_SPANS,
        matchesAt: NO_SPANS,
        quotesAt: NO_SPANS,
        people,
        sentences: [],
        later:
          people.length > 0 || this.quietSpoke
            ? { text, matches, block, onlyNearMentions, people, spoke: this.quietSpoke }
            : null,
        onlyNearMentions,
        held: false,
      };
    }
    const quotes = quotationSpans(text);
    const people = spotted.slice();
    let spans = splitSentences(text, quotes);
    const spottedAt = new SpanIndex(spotted);
    const matchesAt = new SpanIndex(matches);
    const quotesAt = new SpanIndex(quotes);
    // On a huge page, a sentence is read only if it holds a spotted mention or a quotation.
    if (onlyNearMentions)
      spans = spans.filter(
        (span) => matchesAt.anyInside(span.start, span.end) || quotesAt.anyInside(span.start, span.end),
      );
    const sentences: PreparedBlock['sentences'] = [];
    return {
      text,
      plain,
      block,
      matches,
      quotes,
      spans,
      spottedAt,
      matchesAt,
      quotesAt,
      people,
      sentences,
      later: null,
      onlyNearMentions,
      held: this.preGate && readAll,
    };
  }

  /**
   * Reads the words of a block (`plain`: its web addresses blanked) and tells whether it is quiet: no sentence
   * of it can pass the gate, whatever it says. Returns then the people the lexicon names in it besides the
   * `spotted` ones (what reading its sentences would add to its people), else null. The block's words, hits
   * and concepts are those of all its sentences together (TermMatcher.readBlock), so a bound from all its
   * concepts, its matches and those people is at least any sentence's (the gate's sums only grow with more
   * concepts): when even that is {@link ruledOut}, no sentence passes the gate, and scoring does nothing with
   * such sentences but carry the speaker they name (LinkCarry.later). `tests/unit/quote-gate.test.ts` checks
   * the links against linking without it.
   */
  private quietBlock(
    text: string,
    plain: string,
    matches: readonly Omit<QuoteMatch, 'block'>[],
    spotted: readonly Mention[],
    onlyNearMentions: boolean,
  ): Mention[] | null {
    this.startBound();
    const { hits, flagged } = this.terms.readBlock(plain, this.conceptSink);
    let found: Mention[] | null = null;
    let last = -1;
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h] as BlockHit;
      if (hit.id < this.conceptCount) continue;
      const person = this.personIds[hit.id - this.conceptCount];
      if (person === undefined) continue;
      // A name read across a full stop may lie across two sentences, where a sentence would not find it
      // (nor what it overlaps): read them.
      if (breakWithin(text, hit.start, hit.end)) return null;
      // (As readSentence: a name overlapping one before it, or a spotted mention, adds no one.)
      if (hit.from < last) continue;
      last = hit.to;
      if (overlapsAny(spotted, hit.start, hit.end)) continue;
      // On a huge page only the sentences near a mention are read: which hold this name is theirs to say.
      if (onlyNearMentions) return null;
      if (found === null) found = [];
      found.push(this.personMention(hit, person));
      this.countConceptsOf(person);
    }
    if (this.entityConcepts.size > 0)
      for (let i = 0; i < matches.length; i++)
        this.countConceptsOf((matches[i] as Omit<QuoteMatch, 'block'>).entity);
    if (this.counted && !this.ruledOut(this.bestSum() + blockHeadlineRoom(text))) return null;
    // A sentence of it naming none of its people may still name a stranger speaking (strangerSpeaks).
    this.quietSpoke = flagged;
    return found ?? NO_PEOPLE;
  }

  /** The mention a hit of a people list makes: `described` when the list is one of the cues' `described`. */
  private personMention(hit: BlockHit, person: string): Mention {
    return hit.id >= this.firstDescribed
      ? { entity: person, start: hit.start, end: hit.end, described: true }
      : { entity: person, start: hit.start, end: hit.end };
  }

  /** Reads one sentence of a block: its words, people, hits and bound, pushed to `reading.sentences`. */
  private readSentence(reading: BlockReading, span: Span): void {
    const { text, plain, spottedAt, people, matchesAt, quotes, quotesAt, sentences } = reading;
    // The pre-gate: while reading the words, count every concept with a term starting at one of them (a
    // superset of the concepts whose terms occur), and the hits of every other list (people, presence,
    // another event; speech verbs flagged). Concept hits, and the exact bound, only if that bound passes.
    this.startBound();
    const read = reading.held
      ? this.terms.readIn(plain, span.start, span.end, this.conceptSink)
      : this.terms.read(plain, span.start, span.end, this.conceptSink);
    const { words, flagged: spoke } = read;
    const mine: Mention[] = spottedAt.inside(span.start, span.end);
    const spottedCount = mine.length;
    let last = -1;
    // (read's hits are sentence()'s hits of the lists that are not concepts, in the same order, so people
    // and presence come out as from the full list.)
    const hits = read.hits;
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h] as BlockHit;
      // (Concept ids come first: no negative index, which would be a slow property lookup.)
      if (hit.id < this.conceptCount || hit.from < last) continue;
      const person = this.personIds[hit.id - this.conceptCount];
      if (person === undefined) continue;
      last = hit.to;
      const { start, end } = hit;
      if (!spottedAt.any(start, end)) {
        const m = this.personMention(hit, person);
        people.push(m);
        mine.push(m);
      }
    }
    // Page priors are never positive (page-prior.ts), so a sentence under the threshold with the best
    // speaker term is out on any page: its concept hits are never looked for and nothing is kept for scoring.
    let bound = Number.NEGATIVE_INFINITY;
    let all: BlockHit[] | null = null;
    // The pre-gate's bound is the gate's (the sink heard of exactly the concepts of the hits hitsOfLast makes,
    // tests/unit/quote-gate.test.ts); without it the bound is summed from those hits.
    if (words >= 3 && this.preGate) {
      bound = this.finishBound(hits, span, matchesAt, mine);
      if (!this.ruledOut(bound + headlineRoom(text, span))) all = this.terms.hitsOfLast();
    } else if (words >= 3) {
      all = this.terms.hitsOfLast();
      bound = this.bound(all, span, matchesAt, mine);
      if (this.ruledOut(bound + headlineRoom(text, span))) all = null;
    }
    const quoted = mine.length > 0 && quotes.length > 0 ? quotesAt.overlapping(span.start, span.end) : quotes;
    // A sentence the gate rules out is never scored: who it names as speaking matters only to a later
    // sentence that carries its speaker in ("He added …"), which works it out then (LinkCarry.later). Most
    // sentences of a page naming the meeting's people are such, and finding their speaker was a fifth of
    // linking them.
    // A sentence the gate rules out may still name a stranger speaking (strangerSpeaks), who is then the one
    // "he added" means; one naming none of the meeting's people is left for later only if it may.
    let known: readonly Omit<QuoteMatch, 'block'>[] = NO_MATCHES;
    let speaks = false;
    if (all === null && spoke && !this.channelIn(plain, span, hits)) {
      known = matchesAt.overlapping(span.start, span.end);
      const isKnown = (s: number, e: number) => overlapsAny(known, s, e) || overlapsAny(mine, s, e);
      speaks = mayNameStranger(text, span.start, span.end, isKnown);
    }
    if (all === null && (mine.length > 0 || speaks)) {
      const introduces = introducesSpeaker(text, span, words, spoke);
      const elsewhere = this.atOtherEvent(hits);
      const later: LaterSpeaker = {
        text,
        span,
        mine,
        spotted: spottedCount,
        hits,
        quoted,
        introduces,
        elsewhere,
        speaks,
        known,
      };
      sentences.push({
        span,
        words,
        hits: null,
        bound,
        spoke,
        named: null,
        later,
        turn: null,
        channel: false,
        bySpeaker: null,
        elsewhere,
      });
      return;
    }
    if (mine.length > 0) this.markNotSpeaking(text, span, mine, spottedCount, hits);
    // Words said to someone who was only present are from another conversation: "…,” he told Raisi" is the
    // talks with the President the same day, not this meeting, where its two speakers spoke to each other.
    if (all && mine.length > 0 && this.addressedElsewhere(text, span, mine)) all = null;
    // Who speaks is known now (the attendees are marked): the score step needs no look at the people of a
    // sentence the gate skips.
    let named: string | null = null;
    let turn: Turn | null = null;
    if (mine.length > 0 && all === null) named = this.unscoredSpeaker(text, span, mine, quoted);
    else if (mine.length > 0) {
      named = speakerIn(text, span, mine, quoted, this.speaksAt, this.speechIn);
      // (Only a sentence the gate lets through is ever scored clause by clause.)
      if (named !== null)
        turn =
          (mine.length > 1 ? turnIn(text, span, mine, quoted, named, this.speaksAt, this.speechIn) : null) ??
          pronounTurn(text, span, mine, quoted, named, this.speechIn);
      // "He said … Raisi": a pronoun speaks and the names after it are spoken of.
      if (named !== null && turn === null && pronounSpeaks(text, span, mine, quoted, this.speechIn))
        named = null;
    }
    const channel = named === null && this.channelIn(plain, span, hits);
    const bySpeaker = all && this.gate ? this.boundsBySpeaker() : null;
    const elsewhere = this.atOtherEvent(hits);
    sentences.push({
      span,
      words,
      hits: all,
      bound,
      spoke,
      named,
      later: null,
      turn,
      channel,
      bySpeaker,
      elsewhere,
    });
  }

  /**
   * Marks who in a sentence is not speaking: an attendee ("present at" the meeting, in the same clause), the
   * one met or spoken with and a channel's owner (attribution.ts `markRoles`); then puts the lexicon's people
   * (after the first `spotted`) in order of start with the spotted ones.
   */
  private markNotSpeaking(
    text: string,
    span: Span,
    mine: Mention[],
    spotted: number,
    hits: readonly BlockHit[],
  ): void {
    // Someone "present at" the meeting, named in the same clause, is an attendee, not the speaker.
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h] as BlockHit;
      if (hit.id !== this.presenceId) continue;
      const { start, end } = hit;
      // The person nearest the word: "Raisi, who was also present, …", «رئیسی … حضور داشت».
      let nearest: Mention | null = null;
      let gap = Number.POSITIVE_INFINITY;
      for (const m of mine) {
        const d = m.end <= start ? start - m.end : m.start - end;
        if (d >= 0 && d < gap && sameClause(text, m, start, end)) {
          gap = d;
          nearest = m;
        }
      }
      // Every mention of that person in the clause ("Hojatoleslam Raisi, the President, was present").
      if (nearest)
        for (const m of mine)
          if (m.entity === nearest.entity && sameClause(text, m, start, end)) m.role = 'attendee';
    }
    // The one met or spoken with, and the channel the words came through, are not speaking either.
    if (mine.length > 0) markRoles(text, span, mine, hits, this.sourceId, this.isOffice);
    if (mine.length > spotted) sortByStart(mine);
  }

  /**
   * Who a sentence the gate ruled out names as speaking (see readSentence), worked out the first time a later
   * sentence carries its speaker in.
   */
  private laterNamed(later: LaterSpeaker): string | null {
    if (later.named !== undefined) return later.named;
    const { text, span, mine, quoted } = later;
    if (mine.length > 0) this.markNotSpeaking(text, span, mine, later.spotted, later.hits);
    const named = mine.length > 0 ? this.unscoredSpeaker(text, span, mine, quoted) : null;
    later.named =
      named === null && later.speaks && this.strangerIn(text, span, quoted, later.known, mine)
        ? SOMEONE_ELSE
        : named;
    return later.named;
  }

  /**
   * Who a sentence that will not be scored names as speaking, for the carry (its people's roles marked): the
   * first named, unless a pronoun speaks it ("He said … Raisi": the names after it are spoken of) and the
   * sentence does not turn to that name after the pronoun's clause.
   */
  private unscoredSpeaker(text: string, span: Span, mine: Mention[], quoted: readonly Span[]): string | null {
    const named = speakerIn(text, span, mine, quoted, this.speaksAt, this.speechIn);
    if (
      named !== null &&
      pronounSpeaks(text, span, mine, quoted, this.speechIn) &&
      !pronounTurn(text, span, mine, quoted, named, this.speechIn)
    )
      return null;
    return named;
  }

  /** The carry with the speakers it left for later worked out: the newest one naming a speaker. */
  private settle(carry: LinkCarry): void {
    for (let l = carry.later; l; l = l.before) {
      const speaker = l.sentence ?? this.blockSpeaker(l.block as LaterBlock);
      if (speaker && this.laterNamed(speaker) !== null) {
        carry.speaker = speaker.named as string;
        carry.introduced = speaker.introduces;
        carry.elsewhere = speaker.elsewhere;
        break;
      }
    }
    carry.later = null;
  }

  /** Leaves a sentence the gate ruled out, or a quiet block, to the carry, to be worked out if needed. */
  private leaveForLater(carry: LinkCarry, sentence: LaterSpeaker | null, block: LaterBlock | null): void {
    if ((carry.later?.depth ?? 0) >= LATER_MAX) this.settle(carry);
    const before = carry.later ?? null;
    carry.later = { sentence, block, before, depth: (before?.depth ?? 0) + 1 };
  }

  /**
   * The last sentence of a quiet block naming a speaker, or null: the block read as if it were not quiet (each
   * of its sentences is then ruled out, so each names its speaker for later).
   */
  private blockSpeaker(later: LaterBlock): LaterSpeaker | null {
    if (later.speaker !== undefined) return later.speaker;
    // A block naming none of the meeting's people (left only for its speech verb) names a speaker only if a
    // stranger may speak in it: looked at before it is read again.
    if (
      later.people.length === 0 &&
      !mayNameStranger(later.text, 0, later.text.length, (s, e) => overlapsAny(later.matches, s, e))
    ) {
      later.speaker = null;
      return null;
    }
    const reading = this.startBlock(later.text, later.matches, later.block, later.onlyNearMentions, false);
    // The last first: a sentence is read alone (readSentence keeps nothing from one sentence to the next), and
    // the one wanted is nearly always the block's last naming anyone.
    let speaker: LaterSpeaker | null = null;
    const { spans, sentences, matchesAt } = reading;
    const people = new SpanIndex(later.people);
    const known = (s: number, e: number) => matchesAt.any(s, e) || people.any(s, e);
    for (let si = spans.length - 1; si >= 0 && !speaker; si--) {
      const span = spans[si] as Span;
      // (A sentence with no one of the block in it names none of them: the quiet reading found them all.)
      // (Unless a stranger may speak in it: strangerSpeaks.)
      if (
        !people.anyInside(span.start, span.end) &&
        !(later.spoke && mayNameStranger(later.text, span.start, span.end, known))
      )
        continue;
      this.readSentence(reading, span);
      const s = sentences[sentences.length - 1] as PreparedBlock['sentences'][number];
      if (s.later && this.laterNamed(s.later) !== null) speaker = s.later;
    }
    later.speaker = speaker;
    return speaker;
  }

  /** The prepared block, once every sentence is read. */
  private endBlock(reading: BlockReading): PreparedBlock {
    const { text, block, matches, quotes, sentences, people, later, onlyNearMentions } = reading;
    sortByStart(people);
    return { text, block, matches, quotes, sentences, people, later, onlyNearMentions };
  }

  /** Links the sentences of a prepared block; `carry` is updated with the last person spoken of. */
  scoreBlock(prepared: PreparedBlock, page: PageQuoteContext, carry: LinkCarry): QuoteLink[] {
    // scoreSteps without a generator (see prepareBlock).
    const scoring = this.startScoring(prepared, page, carry, []);
    const { sentences, later } = scoring.prepared;
    for (let si = 0; si < sentences.length; si++) this.scoreSentence(scoring, si);
    this.endScoring(scoring, later);
    return scoring.links;
  }

  /**
   * The block's scoring state, with the follow-up the carry holds. A quiet block after a block whose last
   * sentence was linked is read after all, sentence by sentence: its first may be a follow-up to that link,
   * which no bound foresees ("We believe this can be achieved," the website quotes him as saying.).
   */
  private startScoring(
    prepared: PreparedBlock,
    page: PageQuoteContext,
    carry: LinkCarry,
    links: QuoteLink[],
  ): BlockScoring {
    const follow = carry.follow ?? null;
    carry.follow = null;
    let block = prepared;
    // (Only if its first words have one pointing back, which a follow-up needs.)
    if (
      follow &&
      prepared.sentences.length === 0 &&
      POINTS_BACK_IN.test((FIRST_WORDS.exec(prepared.text) as RegExpExecArray)[0])
    ) {
      const reading = this.startBlock(
        prepared.text,
        prepared.matches,
        prepared.block,
        prepared.onlyNearMentions ?? false,
        false,
      );
      for (const span of reading.spans) this.readSentence(reading, span);
      block = this.endBlock(reading);
    }
    const scoring = scoringOf(block, page, carry, links);
    if (page.far && !carry.guestNamed && (namesGuest(block.people) || namesGuest(block.matches)))
      carry.guestNamed = true;
    if (page.far && !carry.hostNamed && (namesHost(block.people) || namesHost(block.matches)))
      carry.hostNamed = true;
    // (Its first sentence only: on a huge page, read only near mentions, the first read may be a later one.)
    const first = block.sentences[0];
    scoring.follow =
      first && first.span.start === block.text.length - block.text.trimStart().length ? follow : null;
    return scoring;
  }

  /**
   * After a block's last sentence: its quiet reading left for later, and the link of its last sentence for a
   * follow-up (not of a sentence before one that was not read: a huge page reads only near mentions).
   */
  private endScoring(scoring: BlockScoring, later: LaterBlock | null): void {
    if (later) this.leaveForLater(scoring.carry, null, later);
    const { follow, prepared } = scoring;
    scoring.carry.follow = follow && prepared.text.trimEnd().length <= follow.end ? follow : null;
  }

  /** {@link scoreBlock} one sentence at a time (yields after each), pushing the links to `links`. */
  *scoreSteps(
    prepared: PreparedBlock,
    page: PageQuoteContext,
    carry: LinkCarry,
    links: QuoteLink[],
  ): Generator<void, void> {
    const scoring = this.startScoring(prepared, page, carry, links);
    const { sentences, later } = scoring.prepared;
    for (let si = 0; si < sentences.length; si++) {
      this.scoreSentence(scoring, si);
      yield;
    }
    this.endScoring(scoring, later);
  }

  /** Scores sentence `si` of a block, pushing its links and updating the carry. */
  private scoreSentence(scoring: BlockScoring, si: number): void {
    const { prepared, page, carry } = scoring;
    const { span, words, hits, bound, spoke, named, later, turn, channel, bySpeaker, elsewhere } = prepared
      .sentences[si] as PreparedBlock['sentences'][number];
    const follow = scoring.follow;
    scoring.follow = null;
    const linkedBefore = scoring.links.length;
    // A background paragraph: after a sentence placed at another event, the sentences that name no one else
    // are still there ("Schon im Juni 2022 hatte Chamenei Maduro empfangen. … Auch bei jener Begegnung
    // verwies der Ayatollah auf …"); naming someone else (the guest) comes back to this meeting.
    if (elsewhere || scoring.elsewhere) {
      scoring.people ??= new SpanIndex(prepared.people);
      const who = scoring.people.overlapping(span.start, span.end);
      if (elsewhere) scoring.elsewhere = new Set(who.map((m) => m.entity));
      else if (who.some((m) => !(scoring.elsewhere as Set<string>).has(m.entity))) scoring.elsewhere = null;
    }
    // The gate: skip a sentence no statement can link, even counting every concept it names and the
    // best speaker term (linkSentence's score is the weights of a subset of them, plus the page prior,
    // other-year and silent-sentence penalties ≤ 0 and a speaker term ≤ SPEAKER_AGREES): links never change.
    // With the speaker known now, the bound per speaker of the statements gives the exact best speaker term:
    // a sentence whose speaker disagrees with every statement it could reach is not scored either.
    // (A channel reporting with no one named is nobody's: the last speaker is not carried in; nor is a
    // heading that names no one, says no one spoke and points back to no one: it opens a new section, often
    // the other speaker's — «"GERÇEK DOSTLARIMIZI GÖRDÜK"» above Lukashenko's paragraphs, after Khamenei's —
    // unless a lead-in introduced the speaker: "Khamenei said:" and a list of short items.)
    // (A sentence naming its own speaker reads nothing of the carry, unless a pronoun speaks its first clause.)
    if (hits && carry.later && (named === null || turn?.carried)) this.settle(carry);
    const carried =
      channel || (!spoke && !carry.introduced && lonelyHeading(prepared.text, span, words))
        ? null
        : carry.speaker;
    // Words whose subject is a name we do not know are that stranger's ("ISW News believes that …"). (Only a
    // sentence the gate lets through is looked at, and the carry keeps its speaker: a sentence the gate rules
    // out must leave the same carry as if it had been scored.)
    const stranger =
      hits !== null &&
      named === null &&
      !channel &&
      spoke &&
      this.strangerIn(prepared.text, span, prepared.quotes, prepared.matches, prepared.people);
    const speaker = stranger ? SOMEONE_ELSE : (named ?? carried);
    // Carried in from a sentence placed at another event, in a block before ("Raisi had told the joint press
    // conference that …", then a paragraph with no one named): still there. (Within a block see `elsewhere`.)
    const carriedElsewhere = named === null && !stranger && carried !== null && carry.elsewhere === true;
    // A turn after a first clause whose subject is a pronoun: that clause is the carried speaker's.
    const firstSpeaker = turn?.carried ? carried : speaker;
    const firstNamed = turn?.carried ? null : named;
    const room = headlineRoom(prepared.text, span);
    if (
      hits &&
      !page.before &&
      !page.guestless &&
      scoring.elsewhere === null &&
      (!page.far || (carry.guestNamed === true && carry.hostNamed === true)) &&
      !carriedElsewhere &&
      bound + page.prior + SPEAKER_AGREES + room >= this.threshold - EPSILON &&
      (this.speakerCanReach(bySpeaker, firstSpeaker, firstNamed !== null, page.prior + room) ||
        (turn !== null && this.speakerCanReach(bySpeaker, turn.speaker, true, page.prior)))
    ) {
      scoring.people ??= new SpanIndex(prepared.people);
      scoring.quotes ??= new SpanIndex(prepared.quotes);
      scoring.matches ??= new SpanIndex(prepared.matches);
      const { people, quotes, matches } = scoring;
      const local: PreparedBlock = {
        ...prepared,
        people: people.overlapping(span.start, span.end),
        quotes: quotes.overlapping(span.start, span.end),
        matches: matches.overlapping(span.start, span.end),
      };
      if (!turn)
        scoring.links.push(
          ...this.linkSentence(local, span, words, hits, spoke, speaker, named, carry, page),
        );
      else {
        // Each speaker's clause on its own: the first speaker's words before the turn, the second's after.
        const before = { start: span.start, end: turn.at };
        const after = { start: turn.at, end: span.end };
        const first = this.linkSentence(
          local,
          span,
          words,
          hits,
          spoke,
          firstSpeaker,
          firstNamed,
          carry,
          page,
          before,
        );
        const second = this.linkSentence(
          local,
          span,
          words,
          hits,
          spoke,
          turn.speaker,
          turn.speaker,
          carry,
          page,
          after,
        );
        scoring.links.push(
          ...first,
          ...second.filter((l) => !first.some((f) => f.statement === l.statement)),
        );
      }
    }
    if (scoring.links.length > linkedBefore)
      scoring.follow = scoring.links[scoring.links.length - 1] as QuoteLink;
    else if (follow && !elsewhere && !carriedElsewhere && scoring.elsewhere === null) {
      // (A sentence the gate ruled out has its own speaker worked out only now: "Lukashenko said this was possible.")
      const own = named ?? (later ? this.laterNamed(later) : null);
      const link = this.followUp(prepared, span, words, follow, own ?? speaker);
      if (link) scoring.links.push(link);
    }
    if (named || stranger) {
      // "He added" in the next sentence is the one who spoke last.
      carry.speaker = turn?.speaker ?? named ?? SOMEONE_ELSE;
      carry.introduced = introducesSpeaker(prepared.text, span, words, spoke);
      carry.elsewhere = elsewhere;
      carry.later = null;
    } else if (later) this.leaveForLater(carry, later, null);
  }

  /**
   * The gate's bound: the best raw score any statement could get from this sentence if every concept its
   * hits and mentions name counted (linkSentence drops those inside a name), or −∞ when it cannot be linked
   * at all (no concept, or a word placing it at another event). Concept → statements is an inverted index
   * built once, so this costs a few additions per hit; on a page whose every paragraph names the meeting's
   * people it spares most sentences the scoring (tests/unit/quote-gate.test.ts checks gated against ungated).
   */
  private bound(
    hits: readonly BlockHit[],
    sentence: Span,
    matchesAt: SpanIndex<Omit<QuoteMatch, 'block'>>,
    people: readonly Mention[],
  ): number {
    if (!this.gate) return Number.POSITIVE_INFINITY;
    this.startBound();
    for (let i = 0; i < hits.length; i++) {
      const id = (hits[i] as BlockHit).id;
      if (id < this.conceptCount) this.count(id);
    }
    return this.finishBound(hits, sentence, matchesAt, people);
  }

  /**
   * The sentence's bound per speaker of the statements, from the sums the gate just made (every statement's
   * best raw score here): the best of each speaker's statements.
   */
  private boundsBySpeaker(): number[] {
    const out = new Array<number>(this.speakers.length).fill(Number.NEGATIVE_INFINITY);
    const { sums, speakerOf } = this;
    for (let i = 0; i < sums.length; i++) {
      const g = speakerOf[i] as number;
      if ((sums[i] as number) > (out[g] as number)) out[g] = sums[i] as number;
    }
    return out;
  }

  /**
   * True unless the bounds per speaker (see {@link boundsBySpeaker}) with the page prior and the exact speaker
   * term of {@link speakerTerm} stay under the threshold for every statement: linkSentence's score for a
   * statement is at most its bound, plus the prior and penalties (never positive) and that term.
   */
  private speakerCanReach(
    bySpeaker: number[] | null,
    speaker: string | null,
    speakerNamed: boolean,
    prior: number,
  ): boolean {
    if (!bySpeaker) return true;
    for (let g = 0; g < bySpeaker.length; g++) {
      const term = this.speakerTerm(this.speakers[g] as string, speaker, speakerNamed);
      if ((bySpeaker[g] as number) + prior + term >= this.threshold - EPSILON) return true;
    }
    return false;
  }

  /** True when a sentence bounded by `bound` stays under the threshold on any page, with the best speaker term. */
  private ruledOut(bound: number): boolean {
    return bound + SPEAKER_AGREES < this.threshold - EPSILON;
  }

  /** True when a hit places the sentence at another event ("in June", "in an interview", «ранее»). */
  private atOtherEvent(hits: readonly BlockHit[]): boolean {
    for (let i = 0; i < hits.length; i++) if ((hits[i] as BlockHit).id === this.otherEventId) return true;
    return false;
  }

  /** Starts summing a sentence's bound (see {@link bound}): nothing counted yet. */
  private startBound(): void {
    this.stamp++;
    this.sums.fill(0);
    this.counted = false;
  }

  /** Counts concept `c` for the sentence being bounded, once: every statement weighing it gains its weight. */
  private count(c: number): void {
    const { seen, sums } = this;
    if (seen[c] === this.stamp) return;
    seen[c] = this.stamp;
    this.counted = true;
    const list = this.byConcept[c];
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      const { statement, weight } = list[i] as { statement: number; weight: number };
      sums[statement] = (sums[statement] as number) + weight;
    }
  }

  /**
   * Ends a bound: the concepts of the spotted mentions inside the sentence (`@entity` terms) count too; −∞
   * when nothing was counted or a hit places the sentence at another event, else the best sum.
   */
  private finishBound(
    hits: readonly BlockHit[],
    sentence: Span,
    matchesAt: SpanIndex<Omit<QuoteMatch, 'block'>>,
    people: readonly Mention[],
  ): number {
    if (this.atOtherEvent(hits)) return Number.NEGATIVE_INFINITY;
    if (this.entityConcepts.size > 0) {
      // (A reused array: this runs for every sentence read.)
      const inside = this.insideScratch;
      inside.length = 0;
      matchesAt.inside(sentence.start, sentence.end, inside);
      for (let i = 0; i < inside.length; i++)
        this.countEntity(inside[i] as Omit<QuoteMatch, 'block'>, sentence);
      for (const m of people) this.countEntity(m, sentence);
    }
    return this.counted ? this.bestSum() : Number.NEGATIVE_INFINITY;
  }

  /** The best of the sums counted since {@link startBound}. */
  private bestSum(): number {
    let best = Number.NEGATIVE_INFINITY;
    const { sums } = this;
    for (let i = 0; i < sums.length; i++) if ((sums[i] as number) > best) best = sums[i] as number;
    return best;
  }

  private countEntity(m: { entity: string; start: number; end: number }, sentence: Span): void {
    if (m.start < sentence.start || m.end > sentence.end) return;
    this.countConceptsOf(m.entity);
  }

  /** Counts the concepts a spotted mention of `entity` stands for (`@entity` terms). */
  private countConceptsOf(entity: string): void {
    const concepts = this.entityConcepts.get(entity);
    if (concepts) for (const c of concepts) this.count(c);
  }

  /**
   * True when the sentence's first speech verb outside its quotations has a stranger for its subject
   * (attribution.ts `strangerSpeaks`); `known` and `people` are spotted matches and people (any in the block).
   */
  private strangerIn(
    text: string,
    span: Span,
    quotes: readonly Span[],
    known: readonly Span[],
    people: readonly Span[],
  ): boolean {
    const isKnown = (s: number, e: number) => overlapsAny(known, s, e) || overlapsAny(people, s, e);
    // (Most sentences have no word that could be a stranger's name: their speech verbs are not looked for.)
    if (!mayNameStranger(text, span.start, span.end, isKnown)) return false;
    const words = sentenceWords(text.slice(span.start, span.end));
    for (const h of this.terms.spans(words)) {
      if (h.id !== this.speechId && h.id !== this.accordingId) continue;
      const at = span.start + (words[h.from] as Word).start;
      if (quotes.some((q) => q.start <= at && at < q.end)) continue;
      const end = span.start + (words[h.to - 1] as Word).end;
      return strangerSpeaks(text, span, at, end, isKnown, this.isOffice);
    }
    return false;
  }

  /**
   * True when a channel reports the sentence's words ("State television reported that…") and no pronoun points
   * back to a person (what makes a sentence naming no one speaking nobody's).
   */
  private channelIn(plain: string, span: Span, hits: readonly BlockHit[]): boolean {
    return hits.some((h) => h.id === this.sourceId) && !pointsBack(plain, span);
  }

  /**
   * True when the sentence's only speech words are "according to" prepositions each followed by a concept's
   * word, maybe after a short article: "in accordance with" a timetable, not a source ("… واتفق الطرفان على
   * تشكيل لجنة لمتابعة تنفيذ الاتفاقيات وفق جدول زمني محدد", "selon un calendrier précis"). (Not the
   * postpositions "zufolge" and "göre", whose source comes before them: they stay speech verbs.)
   */
  private onlyHowItIsDone(sentence: string): boolean {
    // (Most sentences with a speech word have no "according to": they are not read again.)
    if (!this.accordingWord.test(sentence)) return false;
    const words = sentenceWords(sentence);
    const hits = this.terms.spans(words);
    let according = false;
    for (const h of hits) {
      if (h.id === this.speechId) return false;
      if (h.id !== this.accordingId) continue;
      according = true;
      let next = h.to;
      const short = words[next];
      if (short && short.end - short.start <= SHORT_WORD) next++;
      if (!hits.some((c) => c.id < this.conceptCount && (c.from === h.to || c.from === next))) return false;
    }
    return according;
  }

  /**
   * A short sentence right after one linked to a statement, in the same block, by the same speaker, that points
   * back to it ("this", «das», «این کار», «ذلك») and repeats a concept only that statement has: it continues the
   * statement ("… to destroy the weapon of sanctions. We believe this is possible.", «Das sei durchaus machbar,
   * versicherte er.»). Alone it is far under the threshold (kh-04's "feasible" weighs 1.5); its score is the
   * threshold. The gate plays no part: the link before it and a read of its own words decide.
   */
  private followUp(
    prepared: PreparedBlock,
    span: Span,
    words: number,
    follow: QuoteLink,
    speaker: string | null,
  ): QuoteLink | null {
    if (words > FOLLOW_WORDS || follow.speakerOnPage === null || speaker !== follow.speakerOnPage)
      return null;
    const text = prepared.text.slice(span.start, span.end);
    const statement = this.statements.find((s) => s.id === follow.statement);
    const own = this.ownConcepts.get(follow.statement);
    if (!statement || !own) return null;
    const read = sentenceWords(text);
    const found = new Set<number>();
    const conceptAt = new Set<number>();
    for (const h of this.terms.spans(read))
      if (h.id < this.conceptCount) {
        found.add(h.id);
        conceptAt.add(h.from);
      }
    if (!own.some((c) => found.has(c) && (statement.weights.get(c) ?? 0) >= FOLLOW_WEIGHT)) return null;
    // A pronoun, not the determiner of a concept's word: "this friendship", «این دیدار» ("this meeting") name
    // something else.
    let pointsBack = false;
    for (let i = 0; i < read.length && !pointsBack; i++) {
      const w = read[i] as Word;
      const word = text.slice(w.start, w.end);
      pointsBack = POINTS_BACK.test(word) && !(DETERMINES.test(word) && conceptAt.has(i + 1));
    }
    if (!pointsBack) return null;
    let raw = 0;
    for (const c of found) raw += statement.weights.get(c) ?? 0;
    return {
      ...follow,
      block: prepared.block,
      start: span.start,
      end: span.end,
      text,
      form: formOf(prepared.text, span, prepared.quotes, prepared.people, this.endsWithSpeech),
      score: this.threshold,
      share: Math.round(Math.min(1, raw / statement.total) * 100) / 100,
    };
  }

  /** The speaker term of {@link linkSentence}'s score for a statement whose speaker is `own`. */
  private speakerTerm(own: string, speaker: string | null, speakerNamed: boolean): number {
    if (!speaker || !this.meetingPeople.has(speaker)) return 0;
    return speaker === own ? SPEAKER_AGREES : speakerNamed ? SPEAKER_DISAGREES : CARRIED_DISAGREES;
  }

  private linkSentence(
    prepared: PreparedBlock,
    sentence: Span,
    wordCount: number,
    hits: readonly BlockHit[],
    spoke: boolean,
    speaker: string | null,
    named: string | null,
    carry: LinkCarry,
    page: PageQuoteContext,
    clause: Span = sentence,
  ): QuoteLink[] {
    const speakerNamed = named !== null;
    if (wordCount < 3) return [];
    const { text, matches, quotes, people } = prepared;
    // Words inside a person's name or a title do not count ("Leader of the Revolution" is not the revolution).
    const names: { start: number; end: number; entity: string }[] = [
      ...people,
      ...matches.filter((m) => m.via === 'title'),
    ].filter((m) => m.start < sentence.end && m.end > sentence.start);
    const inName = (h: BlockHit) => names.some((m) => m.start < h.end && m.end > h.start);
    const found = new Set<number>();
    // The words each concept was found at (a second statement's own concepts must stand on words of their own).
    const at: BlockHit[] = [];
    let otherEvent = false;
    for (const h of hits) {
      if (h.id === this.otherEventId) otherEvent = true;
      else if (h.start < clause.start || h.end > clause.end) continue;
      else if (h.id < this.conceptCount && !(names.length && inName(h))) {
        found.add(h.id);
        at.push(h);
      }
    }
    for (const m of [...matches, ...people]) {
      if (m.start < clause.start || m.end > clause.end) continue;
      for (const id of this.entityConcepts.get(m.entity) ?? []) found.add(id);
    }
    // A sentence the page places at another event (an interview, a message, "earlier") is never linked.
    if (found.size === 0 || otherEvent) return [];
    // A non-meeting person speaking (Mojtaba Khamenei) never reports the meeting's statements.
    if (speaker && (speaker === SOMEONE_ELSE || this.people.has(speaker)) && !this.meetingPeople.has(speaker))
      return [];
    // The rules below only lower the score (another year, a silent sentence) or drop the sentence: when no
    // statement reaches the threshold without them, none does with them, so their text reads are spared.
    const weighed = this.statements.map((s) => ({
      s,
      raw: rawScore(s, found),
      spoken: this.speakerTerm(s.speaker, speaker, speakerNamed),
    }));
    // A headline quoting a named speaker in their own words ("Lukaşenko: \"Yaptırımlar bir fırsata
    // dönüşebilir\"") says in a few words what a sentence says in many: fewer of the statement's concepts fit in
    // it. (Only the statements of the speaker it names: a related video's title quoting Raisi on sanctions as an
    // opportunity is the press conference, not Lukashenko's lu-03.)
    const alone = standsAlone(text, sentence);
    const headline = speakerNamed && alone && quotedWords(text, clause, quotes) >= QUOTED_WORDS;
    // Two of the statement's concepts at least, on words of their own: a name and one phrase is a headline
    // about anything said with that phrase ("Lukaschenko bei Xi: „Ein neues Kapitel der Freundschaft“", a
    // related link), and «Länder» inside «beider Länder» ("both countries") is not also kh-07's "countries"
    // ("Chamenei empfängt Putin: Langfristige Zusammenarbeit «im Interesse beider Länder»").
    if (headline)
      for (const w of weighed)
        if (w.s.speaker === speaker && conceptsOnOwnWords(w.s, found, at) >= 2) w.spoken += QUOTED_HEADLINE;
    if (!weighed.some(({ raw, spoken }) => raw + page.prior + spoken >= this.threshold)) return [];
    const sentenceText = text.slice(sentence.start, sentence.end);
    let prior = page.prior;
    if (page.otherWeek && mentionsWeekday(sentenceText)) return [];
    // A headline on a page of another time has no paragraph around it to place it at the meeting: only naming
    // both principals does ("Loukachenko à Téhéran : Khamenei exhorte …" in a 2023-12 page's related links, not
    // its own headline "Khamenei appelle Cuba à une « coalition » …").
    if (page.far && alone && !namesBothPrincipals(names)) return [];
    if (mentionsOtherYear(sentenceText)) {
      // A page of another time and a sentence of another year: another event ("at the 2024 talks, …").
      if (page.far) return [];
      prior += OTHER_YEAR_PENALTY;
    }
    // A sentence that names nobody, says nobody spoke and quotes nothing is the page's own background
    // ("Both countries are under sanctions…", "Critics say the two are drawn together by isolation…"), unless
    // the person it carries was introduced by a heading or a lead-in ("Lukashenko's words", "He said:").
    // (Three words in quotation marks inside a longer sentence, no one speaking, are the page's own use of a
    // phrase: «Until it does, the "weapon of sanctions" will stay loaded.»; not a quoted line standing alone,
    // «"GERÇEK DOSTLARIMIZI GÖRDÜK"».)
    const form = formOf(text, clause, quotes, people, this.endsWithSpeech);
    if (
      !speakerNamed &&
      !carry.introduced &&
      (form === 'paraphrase' ||
        (wordCount >= 2 * QUOTED_WORDS && quotedWords(text, clause, quotes) === QUOTED_WORDS)) &&
      (!spoke || this.onlyHowItIsDone(sentenceText))
    )
      prior += SILENT_CARRIED;

    const scored = weighed
      .map(({ s, raw, spoken }) => ({ s, raw, score: raw + prior + spoken }))
      .sort((a, b) => b.score - a.score);
    const best = scored[0];
    if (!best || best.score < this.threshold) return [];
    const chosen = [best];
    // A second statement in the same sentence has the same speaker (one sentence, one speaker) and must be
    // explained by concepts the first does not use.
    for (const other of scored.slice(1)) {
      if (other.score < this.threshold) break;
      if (other.s.speaker !== best.s.speaker) continue;
      let own = 0;
      for (const c of found) {
        if (best.s.weights.has(c)) continue;
        // One word is one concept: a word the first statement's concepts were found at does not explain the
        // second («аб'ядноўвае», "has in common" for kh-03, is not also "unite" for kh-04).
        const firstsWord = (h: BlockHit, u: BlockHit) =>
          best.s.weights.has(u.id) && u.start < h.end && h.start < u.end;
        if (coveredByOthers(c, at, firstsWord)) continue;
        own += other.s.weights.get(c) ?? 0;
      }
      if (own >= SECOND_OWN * this.threshold) {
        chosen.push(other);
        break;
      }
    }
    return chosen.map(({ s, score, raw }) => ({
      statement: s.id,
      block: prepared.block,
      start: sentence.start,
      end: sentence.end,
      text: sentenceText,
      form,
      speakerOnPage: speaker,
      score: Math.round(score * 100) / 100,
      share: s.total > 0 ? Math.round(Math.min(1, raw / s.total) * 100) / 100 : 0,
    }));
  }
}

/**
 * Pages up to this many characters (an article, a live blog) are read whole; on larger ones only the blocks
 * near a spotted mention are.
 */
export const READ_WHOLE_PAGE = 200_000;

/**
 * Links every sentence of a page that reports a statement. `matches` are the page's resolved matches with
 * their block index (what `spotBlocks` returns). An article-sized page ({@link READ_WHOLE_PAGE}) is read
 * whole, since the spotter may not know the page's language (the lexicon's own names then stand in for its
 * people); on a larger page only the sentences holding a spotted mention or a quotation, and the block right
 * after one naming a person ("«…», — he added."), are read, so linking costs little on the rest of a huge page.
 */
export function linkQuotes(
  blocks: readonly { text: string }[],
  matches: readonly QuoteMatch[],
  ctx: PageContext,
  linker: QuoteLinker,
): QuoteLink[] {
  const byBlock = matchesByBlock(matches);
  const prepared = linkPlan(blocks, byBlock).map(({ block, onlyNearMentions }) =>
    linker.prepareBlock(
      (blocks[block] as { text: string }).text,
      byBlock.get(block) ?? [],
      block,
      onlyNearMentions,
    ),
  );
  const page = linker.pageContext(pageEntities(matches, prepared), ctx, principalsTogether(prepared));
  const carry: LinkCarry = { speaker: null };
  return prepared.flatMap((p) => linker.scoreBlock(p, page, carry));
}

/** The matches of each block, by block index. */
export function matchesByBlock(matches: readonly QuoteMatch[]): Map<number, QuoteMatch[]> {
  const byBlock = new Map<number, QuoteMatch[]>();
  for (const m of matches) {
    const list = byBlock.get(m.block) ?? [];
    list.push(m);
    byBlock.set(m.block, list);
  }
  return byBlock;
}

/**
 * Which blocks {@link linkQuotes} reads, in order, and how: every block of an article-sized page
 * ({@link READ_WHOLE_PAGE}); on a larger page the blocks with a spotted mention (only their sentences holding a
 * mention or a quotation) and, whole, the block right after one naming a person. Exported so a content script
 * can prepare the same blocks in chunks and get the same links as the CLI.
 */
export function linkPlan(
  blocks: readonly { text: string }[],
  byBlock: ReadonlyMap<number, readonly QuoteMatch[]>,
): { block: number; onlyNearMentions: boolean }[] {
  let length = 0;
  for (const b of blocks) length += b.text.length;
  const whole = length <= READ_WHOLE_PAGE;
  const plan: { block: number; onlyNearMentions: boolean }[] = [];
  let previousHadPerson = false;
  blocks.forEach((_b, i) => {
    const own = byBlock.get(i) ?? [];
    if (whole) plan.push({ block: i, onlyNearMentions: false });
    // After a block naming a person, the next one is read whole ("«…», — he added.").
    else if (own.length > 0 || previousHadPerson)
      plan.push({ block: i, onlyNearMentions: !previousHadPerson });
    previousHadPerson = own.some((m) => m.kind === 'person');
  });
  return plan;
}

/** The entities the page prior looks at: the spotter's matches and the people of the prepared blocks. */
export function pageEntities(
  matches: readonly { entity: string }[],
  prepared: readonly PreparedBlock[],
): Set<string> {
  const entities = new Set(matches.map((m) => m.entity));
  for (const p of prepared) for (const m of p.people) if (!m.described) entities.add(m.entity);
  return entities;
}
