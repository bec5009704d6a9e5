/** The shapes passed between the matcher, the page-level resolver and the UI. */
import type { EntityKind } from '../data/types.ts';
import type { Via } from './patterns.ts';

/** What the page is known to be: its publication date decides who a title means. */
export interface PageContext {
  /** ISO date (`YYYY-MM-DD`) the page was published, or null when unknown. */
  publishedAt: string | null;
}

export type Confidence = 'high' | 'low';

/** A mention found in one text block, before the page-level rules decide who is meant. */
export interface Candidate {
  /** Entity id; null for a shared surname or a title until {@link Spotter.resolve} decides. */
  entity: string | null;
  /** Office id, for titles. */
  office?: string;
  via: Via;
  /** The original characters: `text === input.slice(start, end)`. */
  text: string;
  /** UTF-16 offsets into the text given to `findCandidates`. */
  start: number;
  end: number;
  /** The gazetteer alias that matched. */
  alias: string;
  /** For surnames: every entity carrying it. */
  owners?: string[];
  /**
   * A name that is also a common word: a weak name («Reisi», 'its head'), or a Persian alias that Arabic
   * text uses as another word («رئيسي», 'main'). {@link Spotter.resolve} keeps it only on a page that
   * names the same entity otherwise.
   */
  weak?: true;
  /** Set by `resolve`: names are high; titles without a page date and guessed surnames are low. */
  confidence?: Confidence;
  /** A person's name written as one word ("Raisi", «رئیسی») or a bare surname: see `namesakeOf`. */
  bare?: boolean;
  /**
   * Set on a surname that follows another person's given name ("Hamid Raisi"): not linked, and it tells
   * the page rules that a namesake of these entities is on the page, so their bare surname needs a clue.
   */
  namesakeOf?: string[];
  /**
   * For titles: the person a name next to the title says it describes ("Supreme Leader Mojtaba Khamenei",
   * "Mojtaba Khamenei becomes Supreme Leader"); linked only if that person holds the office on the page's
   * date (`apposition-rule.ts`).
   */
  apposed?: string;
  /**
   * A person named as someone's relative ("the son of Ali Khamenei", «сын политика Виктор Лукашенко»): the
   * name does not make its person the subject of later bare surnames (`surname-subject.ts`).
   */
  relative?: true;
  /**
   * A topic alias that is the whole of its block, punctuation aside: a site's section label, a menu item, a
   * one-word subheading ("Навука", "YAPTIRIMLAR"). Shown only on a page that names a meeting person
   * (`resolve.ts`): on any other page it is the site's navigation, not the meeting's topic.
   */
  label?: true;
  /** Set by callers that scan several blocks (`pipeline.ts`): the block the offsets refer to. */
  block?: number;
}

/** A resolved mention, as shown to the user. */
export interface Match {
  entity: string;
  kind: EntityKind;
  /** `title` when an office title ("the Supreme Leader") was linked to its holder; otherwise `name`. */
  via: 'name' | 'title';
  confidence: Confidence;
  text: string;
  /** UTF-16 offsets into the text the candidate was found in. */
  start: number;
  end: number;
}
