/**
 * The development corpus's gold (tests/corpus/README.md): its shape, its validation, and gold spans resolved to
 * offsets in the page text. Pure: the caller reads the files and extracts the page text with the same reader
 * `npm run scan` uses, so gold offsets and match offsets are in the same string (UTF-16).
 */
import { asRead } from '../spot/dom-reader.ts';

/** The page languages of the development corpus. */
export const CORPUS_LANGS = ['fa', 'en', 'ru', 'ar', 'be', 'de', 'fr', 'tr'] as const;
export type CorpusLang = (typeof CORPUS_LANGS)[number];

/** Gold `entity` for a span that must not be linked to anyone. */
export const NONE = 'none';

export interface GoldMention {
  /** Exact, case-sensitive substring of the page text. */
  text: string;
  /** 1-based occurrences of `text` that count; all of them when absent. */
  nth?: number | number[];
  /** Entity id, or `none` for a trap. */
  entity: string;
  via?: 'name' | 'title';
  why?: string;
}

export interface GoldQuote {
  /** Exact substring of the page text: the whole sentence. */
  sentence: string;
  /** Statement ids the sentence reports; empty for a look-alike from another event. */
  statements: string[];
  form?: 'quote' | 'paraphrase';
  speakerOnPage?: string | null;
  /**
   * Who the page attributes some of the statements to, where the sentence has two speakers ("Khamenei told
   * him …, and Lukashenko replied that …"): statement id → entity or null. The others have `speakerOnPage`.
   */
  speakers?: Record<string, string | null>;
  why?: string;
}

/** Who the page attributes statement `id` of gold sentence `g` to (undefined: the gold does not say). */
export function goldSpeaker(g: GoldQuote, id: string): string | null | undefined {
  return g.speakers && Object.hasOwn(g.speakers, id) ? g.speakers[id] : g.speakerOnPage;
}

export interface SeenOn {
  phenomenon: string;
  url: string;
  lang: string;
  published: string | null;
}

export interface PageGold {
  lang: CorpusLang;
  published: string | null;
  about: 'meeting' | 'other';
  negative: boolean;
  seen: SeenOn[];
  mentions: GoldMention[];
  quotes?: GoldQuote[];
}

/** A gold mention at one place in the page text. */
export interface GoldSpan {
  entity: string;
  via: 'name' | 'title';
  text: string;
  start: number;
  end: number;
  why?: string;
}

/** A gold quote sentence at one place in the page text. */
export interface GoldSentence extends GoldQuote {
  start: number;
  end: number;
}

/** Ids the gold may refer to. */
export interface GoldVocabulary {
  entities: ReadonlySet<string>;
  statements: ReadonlySet<string>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a parsed `<slug>.json` against the documented shape and the known ids. Returns the problems found,
 * one readable line each (empty when the gold is well-formed); it does not look at the page text.
 */
export function checkGoldShape(raw: unknown, vocab: GoldVocabulary, folderLang?: string): string[] {
  const problems: string[] = [];
  if (!isObject(raw)) return ['the gold is not a JSON object'];
  const g = raw as Partial<PageGold> & Record<string, unknown>;
  if (!CORPUS_LANGS.includes(g.lang as CorpusLang))
    problems.push(`lang "${String(g.lang)}" is not one of ${CORPUS_LANGS.join(' ')}`);
  else if (folderLang && g.lang !== folderLang)
    problems.push(`lang "${g.lang}" but the page is in the ${folderLang}/ folder`);
  if (g.published !== null && !(typeof g.published === 'string' && ISO_DATE.test(g.published)))
    problems.push('published must be YYYY-MM-DD or null');
  if (g.about !== 'meeting' && g.about !== 'other') problems.push('about must be "meeting" or "other"');
  if (typeof g.negative !== 'boolean') problems.push('negative must be true or false');
  if (!Array.isArray(g.seen) || g.seen.length === 0) problems.push('seen must list at least one real page');
  else
    g.seen.forEach((s, i) => {
      if (!isObject(s) || typeof s.url !== 'string' || !/^https?:\/\//.test(s.url))
        problems.push(`seen[${i}] needs the url of a real page`);
      else if (typeof s.phenomenon !== 'string' || !s.phenomenon)
        problems.push(`seen[${i}] needs a phenomenon`);
    });
  if (!Array.isArray(g.mentions)) problems.push('mentions must be a list');
  else
    g.mentions.forEach((m, i) => {
      if (!isObject(m) || typeof m.text !== 'string' || m.text === '') {
        problems.push(`mentions[${i}] needs a text`);
        return;
      }
      if (typeof m.entity !== 'string' || (m.entity !== NONE && !vocab.entities.has(m.entity)))
        problems.push(`mentions[${i}] "${m.text}": unknown entity "${String(m.entity)}"`);
      if (m.via !== undefined && m.via !== 'name' && m.via !== 'title')
        problems.push(`mentions[${i}] "${m.text}": via must be "name" or "title"`);
      const nth = m.nth === undefined ? [] : Array.isArray(m.nth) ? m.nth : [m.nth];
      if (nth.some((n) => !Number.isInteger(n) || (n as number) < 1))
        problems.push(`mentions[${i}] "${m.text}": nth must be 1-based whole numbers`);
    });
  if (g.quotes !== undefined && !Array.isArray(g.quotes)) problems.push('quotes must be a list');
  else
    (g.quotes ?? []).forEach((q, i) => {
      if (!isObject(q) || typeof q.sentence !== 'string' || q.sentence === '') {
        problems.push(`quotes[${i}] needs a sentence`);
        return;
      }
      if (!Array.isArray(q.statements)) problems.push(`quotes[${i}] needs a statements list`);
      else
        for (const id of q.statements)
          if (!vocab.statements.has(id)) problems.push(`quotes[${i}]: unknown statement "${String(id)}"`);
      if (
        Array.isArray(q.statements) &&
        q.statements.length > 0 &&
        q.form !== 'quote' &&
        q.form !== 'paraphrase'
      )
        problems.push(`quotes[${i}]: form must be "quote" or "paraphrase"`);
      if (q.speakerOnPage != null && !vocab.entities.has(q.speakerOnPage as string))
        problems.push(`quotes[${i}]: unknown speakerOnPage "${String(q.speakerOnPage)}"`);
      if (q.speakers !== undefined && !isObject(q.speakers))
        problems.push(`quotes[${i}]: speakers must be an object`);
      else
        for (const [id, who] of Object.entries(q.speakers ?? {})) {
          if (!Array.isArray(q.statements) || !q.statements.includes(id))
            problems.push(`quotes[${i}]: speakers names "${id}", which the sentence does not report`);
          if (who !== null && !vocab.entities.has(who as string))
            problems.push(`quotes[${i}]: unknown speaker "${String(who)}" for ${id}`);
        }
    });
  return problems;
}

/** Every start offset of `needle` in `haystack` (non-overlapping, left to right). */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length))
    found.push(at);
  return found;
}

/**
 * A gold text as the page text has it: as written, or with the source's line breaks read as spaces (the DOM
 * reader reads an HTML page as rendered; gold copied from the HTML source may keep its wraps).
 */
const onPage = (pageText: string, text: string): string => (pageText.includes(text) ? text : asRead(text));

/**
 * Gold mentions → spans in `pageText`. An occurrence inside a longer gold span is dropped, so "Raisi" listed for
 * every occurrence does not also claim the "Raisi" of a trap "Hamid Raisi", and "Lukashenko" inside "Alexander
 * Lukashenko" is one mention. Problems (a text not on the page, an `nth` past the last occurrence) are returned.
 */
export function resolveMentions(
  pageText: string,
  mentions: readonly GoldMention[],
): { spans: GoldSpan[]; problems: string[] } {
  const problems: string[] = [];
  const all: GoldSpan[] = [];
  for (const m of mentions) {
    const text = onPage(pageText, m.text);
    const at = occurrences(pageText, text);
    if (at.length === 0) {
      problems.push(`mention "${m.text}" is not in the page text`);
      continue;
    }
    const wanted = m.nth === undefined ? at.map((_, i) => i + 1) : Array.isArray(m.nth) ? m.nth : [m.nth];
    for (const n of wanted) {
      const start = at[n - 1];
      if (start === undefined) {
        problems.push(`mention "${m.text}" nth ${n}: the page has only ${at.length}`);
        continue;
      }
      all.push({
        entity: m.entity,
        via: m.via ?? 'name',
        text,
        start,
        end: start + text.length,
        ...(m.why ? { why: m.why } : {}),
      });
    }
  }
  const spans = all.filter(
    (s) =>
      !all.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start),
  );
  // The same span listed twice (e.g. once for all occurrences, once with nth) counts once.
  const seen = new Set<string>();
  const unique = spans.filter((s) => {
    const key = `${s.start}:${s.end}:${s.entity}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => a.start - b.start);
  return { spans: unique, problems };
}

/** Gold quote sentences → spans in `pageText` (the first occurrence of each sentence). */
export function resolveQuotes(
  pageText: string,
  quotes: readonly GoldQuote[],
): { sentences: GoldSentence[]; problems: string[] } {
  const problems: string[] = [];
  const sentences: GoldSentence[] = [];
  for (const q of quotes) {
    const sentence = onPage(pageText, q.sentence);
    const start = pageText.indexOf(sentence);
    if (start === -1) {
      problems.push(`quote sentence "${q.sentence.slice(0, 60)}…" is not in the page text`);
      continue;
    }
    sentences.push({ ...q, sentence, start, end: start + sentence.length });
  }
  return { sentences, problems };
}
