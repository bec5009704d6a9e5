/**
 * Rules that look at the words around a mention, applied to the candidates of one text block right after
 * matching (the matcher itself stays a linear automaton; each rule reads a short window around one
 * candidate). Documented in docs/gazetteer.md, "Who is meant: the words around a mention".
 *
 * 1. No mention inside a web or e-mail address, a @handle, a #hashtag, or a hyphenated compound
 *    (`compound-rule.ts`).
 * 2. A title qualified as someone else's is not the office holder (`title-rule.ts`).
 * 3. A surname after another person's given name is that other person (`given-name-rule.ts`): kept
 *    unlinked with `namesakeOf`, so the page rules can leave the bare surname alone too.
 * 4. An ambiguous topic word needs its topic in the sentence (`topic-context-rule.ts`).
 * 5. Another country's adjective that qualifies a title ("the Russian president", «الرئيس الروسي») is
 *    part of the title, not a place mention (`country-in-title-rule.ts`).
 * 6. A place that opens the name of a newspaper or an account ("Minsk Herald") is part of that name
 *    (`masthead-rule.ts`).
 *
 * The word lists are per language (`lexicon/`), applied by the script of the alias that matched.
 */
import type { SpotEntity, SpotGazetteer } from '../data/types.ts';
import { foldText } from '../text/fold.ts';
import { apposedPerson } from './apposition-rule.ts';
import type { Candidate } from './candidate.ts';
import { scriptOf } from './char-class.ts';
import { insideAddress, insideCompound } from './compound-rule.ts';
import { countryInTitle } from './country-in-title-rule.ts';
import { givenNameOfSomeoneElse } from './given-name-rule.ts';
import type { Lexicons } from './lexicon/types.ts';
import { opensMasthead } from './masthead-rule.ts';
import { wordsAfter, wordsBefore } from './neighbour-words.ts';
import { foldedWords } from './patterns.ts';
import { pluralTitleHead } from './plural-title-rule.ts';
import { inSet, normWord, type ScriptLexicon, scriptLexicon } from './script-lexicon.ts';
import { SpanIndex } from './span-index.ts';
import { titleOfSomeoneElse } from './title-rule.ts';
import { inOtherSense, isAmbiguousTopic, lacksTopicContext } from './topic-context-rule.ts';

/** Mentions that anchor an ambiguous topic word to the meeting when they share its sentence. */
const ANCHOR_PLACES = new Set(['belarus', 'iran']);
/**
 * Places whose adjective can make a title someone else's ("the Russian president"): countries other
 * than the meeting's own. The West is a bloc with no office.
 */
const OTHER_COUNTRIES = new Set(['russia', 'united-states']);

/**
 * A bare title ("Leader") names the office only as a whole noun phrase: right after a determiner where the
 * language has them ("the Leader"; "Labour Leader", "a Leader" are not it) and with no complement after
 * it ("the Leader of the House" is another office).
 */
function wholeBareTitle(text: string, start: number, end: number, lexicon: ScriptLexicon): boolean {
  const next = wordsAfter(text, end, 1)[0];
  if (next && lexicon.complementWords.has(normWord(next.raw, lexicon.script))) return false;
  if (lexicon.determiners.size === 0) return true;
  const before = wordsBefore(text, start, 1)[0];
  return before !== undefined && lexicon.determiners.has(normWord(before.raw, lexicon.script));
}

/**
 * Arabic «رئيسي» right before a definite feminine dual («رئيسي السلطتين التشريعية والقضائية», 'the two heads
 * of the legislative and judicial powers') is the dual construct of «رئيس» governing that noun, not the
 * name. The dual «ـتين» only: a plural in «ـين» may be the object of a sentence with Raisi as subject
 * («حذر رئيسي الأمريكيين»).
 */
function beforeDefiniteDual(text: string, end: number): boolean {
  const [next] = wordsAfter(text, end, 1);
  return next !== undefined && next.start === end + 1 && /^(?:ال|لل)\p{L}+تين$/u.test(next.raw);
}

/** How many words before a name a kinship word may stand: "the younger brother of Ayatollah Ali Khamenei". */
const KINSHIP_REACH = 4;

/**
 * The candidate, marked `relative` when a kinship word stands up to {@link KINSHIP_REACH} words before it
 * in the same phrase: "his son Mojtaba Khamenei", «برادر کوچک‌تر آیت‌الله سیدعلی خامنه‌ای», «الابن الثاني
 * لخامنئي» (what `surname-subject.ts` reads).
 */
function asRelative(text: string, c: Candidate, lexicon: ScriptLexicon): Candidate {
  if (lexicon.kinship.size === 0) return c;
  for (const w of wordsBefore(text, c.start, KINSHIP_REACH))
    if (inSet(normWord(w.raw, lexicon.script), lexicon.kinship, lexicon)) return { ...c, relative: true };
  return c;
}

/** Only spaces and punctuation around `[start, end)` in its block: the mention is the whole block. */
function isWholeBlock(text: string, start: number, end: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(0, start)) && !/[\p{L}\p{N}]/u.test(text.slice(end));
}

export class ContextRules {
  private readonly entities: Map<string, SpotEntity>;
  /** Per person: the words of their own full names (given names, honorifics), normalised per script. */
  private readonly ownNames = new Map<string, Set<string>>();
  /** Aliases of the offices' `bareTitles` ("the Leader"). */
  private readonly bareTitles: Set<string>;

  /** The word lists of every page language, read by the script of the alias that matched. */
  private readonly lexicons: Lexicons;

  /**
   * `rescan`: the matcher's candidates in a piece of text, for the mentions inside a phrase that turned
   * out not to be a title (a plural title's country).
   */
  constructor(
    gazetteer: SpotGazetteer,
    lexicons: Lexicons,
    private readonly rescan: (text: string) => Candidate[] = () => [],
  ) {
    this.lexicons = lexicons;
    this.entities = new Map(gazetteer.entities.map((e) => [e.id, e]));
    this.bareTitles = new Set(
      gazetteer.offices.flatMap((o) => Object.values(o.bareTitles ?? {}).flat() as string[]),
    );
    for (const e of gazetteer.entities) {
      if (e.kind !== 'person') continue;
      const own = new Set<string>();
      for (const list of Object.values(e.names) as string[][]) {
        for (const name of list) {
          const script = scriptOf(name);
          // Cyrillic names are kept folded, not stemmed: the rule compares their case forms by prefix.
          for (const w of foldedWords(foldText(name)))
            own.add(script === 'cyrillic' ? w : normWord(w, script));
        }
      }
      this.ownNames.set(e.id, own);
    }
  }

  /**
   * The candidates of one text block that survive the rules, in order. Namesakes ("Hamid Raisi") stay in
   * the list with no entity and `namesakeOf` set; one-word person names get `bare`.
   */
  apply(text: string, candidates: Candidate[]): Candidate[] {
    if (candidates.length === 0) return candidates;
    const spans = new SpanIndex(candidates);
    const starts = new Set(candidates.map((c) => c.start));
    const ends = new Set(candidates.map((c) => c.end));
    const kept: Candidate[] = [];
    const ambiguous: Candidate[] = [];
    for (const c of candidates) {
      const lexicon = scriptLexicon(scriptOf(c.alias), this.lexicons);
      if (insideAddress(text, c.start, c.end)) continue;
      const person = c.via === 'surname' || this.entities.get(c.entity ?? '')?.kind === 'person';
      if (insideCompound(text, c.start, c.end, { starts, ends }, lexicon, person)) continue;
      if (c.via === 'title') {
        const plural = lexicon.script === 'cyrillic' ? pluralTitleHead(c.text, c.alias) : 0;
        if (plural > 0) {
          // «Президенты Белоруссии и Ирана»: several people; the country inside is still a mention.
          const from = c.start + plural;
          for (const inner of this.rescan(text.slice(from, c.end)))
            if (inner.entity && this.entities.get(inner.entity)?.kind === 'place')
              kept.push({ ...inner, start: inner.start + from, end: inner.end + from });
          continue;
        }
        // Words before the title are outside it, so "inside a mention" is inside another one.
        const inMention = (from: number, to: number) => spans.covers(from, to);
        if (titleOfSomeoneElse(text, c.start, c.end, lexicon, inMention)) continue;
        if (this.bareTitles.has(c.alias) && !wholeBareTitle(text, c.start, c.end, lexicon)) continue;
        const named = this.peopleAt(candidates);
        const apposed = apposedPerson(
          text,
          c.start,
          c.end,
          lexicon,
          (at) => named.byEnd.get(at),
          (at) => named.byStart.get(at),
        );
        if (apposed) {
          kept.push({ ...c, apposed });
          continue;
        }
      } else if (this.isPersonName(c)) {
        if (c.weak && lexicon.script === 'arabic' && beforeDefiniteDual(text, c.end)) continue;
        const own = new Set<string>();
        for (const id of c.entity ? [c.entity] : (c.owners ?? [])) {
          for (const w of this.ownNames.get(id) ?? []) own.add(w);
        }
        const ids = c.entity ? [c.entity] : (c.owners ?? []);
        const given = givenNameOfSomeoneElse(text, c.start, c.end, lexicon.script, lexicon, own, (at) =>
          ends.has(at),
        );
        if (given === 'listed') kept.push(asRelative(text, { ...c, entity: null, namesakeOf: ids }, lexicon));
        if (given) continue;
        kept.push(asRelative(text, { ...c, bare: true }, lexicon));
        continue;
      } else if (person) {
        kept.push(asRelative(text, c, lexicon));
        continue;
      } else if (c.entity && this.entities.get(c.entity)?.kind !== 'person') {
        if (OTHER_COUNTRIES.has(c.entity) && countryInTitle(text, c.start, c.end, c.alias, lexicon)) continue;
        if (this.entities.get(c.entity)?.kind === 'place' && opensMasthead(text, c.end, lexicon)) continue;
        if (inOtherSense(text, c.start, c.end, c.entity, lexicon)) {
          // A place's namesake ("Mińsk Mazowiecki", "Dinamo Minsk"): kept unlinked, so the page rules know
          // the word has another owner on this page (`resolve.ts`).
          if (this.entities.get(c.entity)?.kind === 'place')
            kept.push({ ...c, entity: null, namesakeOf: [c.entity] });
          continue;
        }
        const kind = this.entities.get(c.entity)?.kind;
        const t = kind === 'topic' && isWholeBlock(text, c.start, c.end) ? { ...c, label: true as const } : c;
        if (isAmbiguousTopic(c.entity, c.text, lexicon)) ambiguous.push(t);
        kept.push(t);
        continue;
      }
      kept.push(c);
    }
    if (ambiguous.length === 0) return kept;
    const anchors = new SpanIndex(kept.filter((c) => this.anchors(c)));
    const dropped = new Set(
      ambiguous.filter((c) =>
        lacksTopicContext(
          text,
          c.start,
          c.end,
          c.entity as string,
          scriptLexicon(scriptOf(c.alias), this.lexicons),
          (from, to) => anchors.anyWithin(from, to),
        ),
      ),
    );
    return kept.filter((c) => !dropped.has(c));
  }

  /** The block's person names by start and end offset, for titles beside them (built once per block). */
  private people: { of: Candidate[]; byStart: Map<number, string>; byEnd: Map<number, string> } | null = null;

  private peopleAt(candidates: Candidate[]): { byStart: Map<number, string>; byEnd: Map<number, string> } {
    if (this.people?.of === candidates) return this.people;
    const byStart = new Map<number, string>();
    const byEnd = new Map<number, string>();
    for (const c of candidates) {
      if (!c.entity || this.entities.get(c.entity)?.kind !== 'person') continue;
      byStart.set(c.start, c.entity);
      byEnd.set(c.end, c.entity);
    }
    this.people = { of: candidates, byStart, byEnd };
    return this.people;
  }

  /** Aliases already known to be one word (asked once per mention, so remembered). */
  private readonly oneWord = new Map<string, boolean>();

  /** A person's one-word name or a shared surname: the names a given name can change. */
  private isPersonName(c: Candidate): boolean {
    if (c.via === 'surname') return true;
    if (!c.entity || this.entities.get(c.entity)?.kind !== 'person') return false;
    let one = this.oneWord.get(c.alias);
    if (one === undefined) {
      one = foldedWords(foldText(c.alias)).length === 1;
      this.oneWord.set(c.alias, one);
    }
    return one;
  }

  /** A mention that ties a sentence to the meeting: a meeting person (or their title), Belarus, Iran, the corridor. */
  private anchors(c: Candidate): boolean {
    if (c.via === 'title' || c.via === 'surname') return true;
    const e = c.entity ? this.entities.get(c.entity) : undefined;
    if (!e) return false;
    return (e.kind === 'person' && e.inMeeting) || e.kind === 'corridor' || ANCHOR_PLACES.has(e.id);
  }
}
