/**
 * The statement cue lexicon (data/statement-cues.json): its shape, its validation at build time, and the
 * term syntax. A concept is a meaning ("the weapon of sanctions", "a new page") with the words reporters use
 * for it in each page language; a statement weighs the concepts that identify it.
 */
import { isRecord } from '../data/is-record.ts';

/** The page languages the lexicon is written for. */
export const CUE_LANGS = ['fa', 'en', 'ru', 'ar', 'be', 'de', 'fr', 'tr'] as const;
export type CueLang = (typeof CUE_LANGS)[number];

/** As curated in data/statement-cues.json (and bundled unchanged). */
export interface StatementCues {
  /** Sum of concept weights a sentence needs to report a statement. */
  threshold: number;
  /** Concept id → terms per language. */
  concepts: Record<string, Partial<Record<CueLang, string[]>>>;
  /** Statement id → concept id → weight. */
  statements: Record<string, Record<string, number>>;
  /** Words that place a sentence at another event (an interview, a message, "earlier"). */
  otherEvent: Partial<Record<CueLang, string[]>>;
  /** Speech verbs and attribution phrases ("said", «по словам», «گفت»). */
  speech: Partial<Record<CueLang, string[]>>;
  /**
   * Prepositions that name the words' source after them ("according to", «بحسب», «وفق», "selon", "laut"): said
   * as speech, but the same words also say how a thing is done ("according to a timetable", «وفق جدول زمني»).
   */
  according?: Partial<Record<CueLang, string[]>>;
  /** Words saying someone attended ("in the presence of", «حضور داشت»): an attendee is not the speaker. */
  presence: Partial<Record<CueLang, string[]>>;
  /**
   * Words naming the channel the words came through ("office", «сайт», «مكتب», "television", "agency"): the
   * person they belong to ("Khamenei's office", «сайт Хаменеи») is the source, not the speaker, when someone
   * else is named; a sentence naming only a channel ("State television reported…") has no speaker on the page.
   */
  source?: Partial<Record<CueLang, string[]>>;
  /**
   * Office words a page may capitalise on their own ("— заўважыў Прэзідэнт.", «адзначыў Кіраўнік дзяржавы»),
   * matched by a word's start, any case: no stranger's name, whose words would not be the meeting's
   * (attribution.ts `strangerSpeaks`). Only scripts with capitals need them. (The spotter's lexicons hold
   * the same offices as `titleHeads`; the late stage, where linking runs, does not ship those lexicons, so the
   * few words it needs are here. Keep the two alike when an office is added.)
   */
  offices?: Partial<Record<CueLang, string[]>>;
  /**
   * Person entity → names and unambiguous titles in every page language: who speaks, and whether the page
   * names the principals, where the spotter has no aliases for the page's language.
   */
  people: Record<string, Partial<Record<CueLang, string[]>>>;
  /**
   * Person entity → descriptions that mean this person on a page of the meeting but someone else on a page of
   * another visit ("the guest", «гость», «الضيف», "der Gast"): they say who speaks (attribution.ts), never that
   * the page names the person (the page prior, the guest and host rules, `Mention.described`).
   */
  described?: Record<string, Partial<Record<CueLang, string[]>>>;
}

function checkTermLists(where: string, lists: unknown, problems: string[]): void {
  if (!isRecord(lists)) {
    problems.push(`${where}: must map languages to lists of terms.`);
    return;
  }
  for (const [lang, terms] of Object.entries(lists)) {
    if (!CUE_LANGS.includes(lang as CueLang)) problems.push(`${where}: unknown language "${lang}".`);
    if (!Array.isArray(terms) || terms.some((t) => typeof t !== 'string' || t.trim() === ''))
      problems.push(`${where}.${lang}: must be a list of non-empty terms.`);
  }
}

/**
 * Checks the lexicon against the statement and entity ids; returns one readable line per problem (empty
 * when it is well-formed). Every statement must have cues, so a new statement cannot silently go unlinked.
 */
export function checkCues(raw: unknown, statementIds: ReadonlySet<string>, entityIds: ReadonlySet<string>) {
  const problems: string[] = [];
  if (!isRecord(raw)) return ['statement-cues: not a JSON object.'];
  if (typeof raw.threshold !== 'number' || !(raw.threshold > 0))
    problems.push('statement-cues: `threshold` must be a positive number.');
  const concepts = isRecord(raw.concepts) ? raw.concepts : {};
  if (!isRecord(raw.concepts)) problems.push('statement-cues: `concepts` must be an object.');
  for (const [id, lists] of Object.entries(concepts)) {
    checkTermLists(`statement-cues: concept "${id}"`, lists, problems);
    for (const terms of Object.values(isRecord(lists) ? lists : {}))
      for (const t of Array.isArray(terms) ? terms : [])
        if (typeof t === 'string' && t.startsWith('@') && !entityIds.has(t.slice(1)))
          problems.push(`statement-cues: concept "${id}" names unknown entity "${t}".`);
  }
  checkTermLists('statement-cues: otherEvent', raw.otherEvent, problems);
  checkTermLists('statement-cues: speech', raw.speech, problems);
  checkTermLists('statement-cues: presence', raw.presence, problems);
  if (raw.according !== undefined) checkTermLists('statement-cues: according', raw.according, problems);
  if (raw.source !== undefined) checkTermLists('statement-cues: source', raw.source, problems);
  if (raw.offices !== undefined) checkTermLists('statement-cues: offices', raw.offices, problems);
  for (const [id, lists] of Object.entries(isRecord(raw.people) ? raw.people : {})) {
    if (!entityIds.has(id)) problems.push(`statement-cues: people names unknown entity "${id}".`);
    checkTermLists(`statement-cues: people "${id}"`, lists, problems);
  }
  if (!isRecord(raw.people)) problems.push('statement-cues: `people` must be an object.');
  for (const [id, lists] of Object.entries(isRecord(raw.described) ? raw.described : {})) {
    if (!entityIds.has(id)) problems.push(`statement-cues: described names unknown entity "${id}".`);
    checkTermLists(`statement-cues: described "${id}"`, lists, problems);
  }
  const statements = isRecord(raw.statements) ? raw.statements : {};
  for (const [id, weights] of Object.entries(statements)) {
    if (!statementIds.has(id)) problems.push(`statement-cues: unknown statement "${id}".`);
    if (!isRecord(weights)) {
      problems.push(`statement-cues: statement "${id}" must map concepts to weights.`);
      continue;
    }
    for (const [concept, w] of Object.entries(weights)) {
      if (!(concept in concepts)) problems.push(`statement-cues: "${id}" uses unknown concept "${concept}".`);
      if (typeof w !== 'number' || !(w > 0)) problems.push(`statement-cues: "${id}".${concept} must be > 0.`);
    }
  }
  for (const id of statementIds)
    if (!(id in statements)) problems.push(`statement-cues: statement "${id}" has no cues.`);
  return problems;
}
