import type { StatementCues } from '../quote/cues.ts';

/**
 * The shapes of the curated data in `data/` and of the compiled bundle in `generated/`.
 * Kept free of any browser or Node API so every layer can import it.
 */

/** The three languages every label, alias and translation is given in. */
export type Lang = 'fa' | 'en' | 'ru';
export const LANGS: readonly Lang[] = ['fa', 'en', 'ru'];

export type Localized = Record<Lang, string>;
export type LocalizedList = Record<Lang, string[]>;

/**
 * The languages of the interface and of what it shows about the meeting: the data languages plus Arabic.
 * Arabic has its own translations of the statements and its own labels (data/arabic-labels.json), but the
 * gazetteer's aliases are keyed by {@link Lang}, which the spotter reads; the two lists are kept apart so
 * adding an interface language never changes what is matched on pages.
 */
export type UiLang = Lang | 'ar';
export const UI_LANGS: readonly UiLang[] = ['en', 'fa', 'ru', 'ar'];
export type UiLocalized = Record<UiLang, string>;

/** The languages every statement is translated into (the Persian text is the original). */
export type TranslationLang = Exclude<UiLang, 'fa'>;
export const TRANSLATION_LANGS: readonly TranslationLang[] = ['en', 'ru', 'ar'];

/**
 * Page languages the spotter reads beyond the interface's three. Their aliases are curated one file per
 * language (`data/aliases/<lang>.json`) and merged into the gazetteer by the data build.
 */
export type PageLang = 'ar' | 'be' | 'de' | 'fr' | 'tr';
export const PAGE_LANGS: readonly PageLang[] = ['ar', 'be', 'de', 'fr', 'tr'];

/** Every language an alias can be written for. */
export type AliasLang = Lang | PageLang;
export const ALIAS_LANGS: readonly AliasLang[] = [...LANGS, ...PAGE_LANGS];

/**
 * Aliases per language. The page languages are optional in the type so hand-built gazetteers (tests) can
 * leave them out; the data build requires them for the real one.
 */
export type AliasLists = LocalizedList & Partial<Record<PageLang, string[]>>;

export type StatementKind = 'direct' | 'reported';

/** One statement of the report, as curated in `data/statements.json`. */
export interface Statement {
  /** Stable id, e.g. `kh-04-defeat-sanctions`; never reused for another statement. */
  id: string;
  /** Entity id of the speaker (`ali-khamenei` or `alexander-lukashenko`). */
  speaker: string;
  /** `direct`: the speaker's words as quoted; `reported`: the reporter's paraphrase. */
  kind: StatementKind;
  /** 1-based paragraph of the report's body (the title line is not counted). */
  paragraph: number;
  /** Persian text, a verbatim span of the corpus (checked at build time). */
  fa: string;
  /** Unofficial English translation. */
  en: string;
  /** Unofficial Russian translation. */
  ru: string;
  /** Unofficial Arabic translation. */
  ar: string;
  /** Entities (people, places, the corridor) the statement concerns. */
  entities: string[];
  /** Topics the statement concerns. */
  topics: string[];
}

export type EntityKind = 'person' | 'place' | 'corridor' | 'topic';

export interface Entity {
  id: string;
  kind: EntityKind;
  /** True for the meeting's own people, Belarus, Iran, the corridor and the topics discussed. */
  inMeeting: boolean;
  label: Localized;
  description: Localized;
  /** Full names and unambiguous spellings: always link. */
  names: AliasLists;
  /** A surname alone: links only when no other person on the page shares it. */
  surnames: AliasLists;
  /**
   * Names that are also common words in a page language (Turkish «Reisi», 'its head'): they link only on a
   * page that names the same entity otherwise, and only capitalised when written so. From the page
   * languages' alias files.
   */
  weakNames?: Partial<Record<PageLang, string[]>>;
}

export interface OfficeHolder {
  entity: string;
  /** ISO date, inclusive. */
  from: string;
  /** ISO date, inclusive; null while in office. */
  to: string | null;
  note?: string;
}

/** A title such as "Supreme Leader": it means whoever held the office at the page's date. */
export interface Office {
  id: string;
  label: Localized;
  titles: AliasLists;
  /**
   * Titles that are also ordinary words ("Leader": any party or team has a leader). They count only with
   * their capitals as written ("the leader" is not one), after a determiner where the language has one
   * ("the Leader", not "Labour Leader"), and as a whole noun phrase ("the Leader of the House" is another
   * office). See docs/gazetteer.md, "Bare titles".
   */
  bareTitles?: Partial<Record<AliasLang, string[]>>;
  holders: OfficeHolder[];
}

export interface Gazetteer {
  entities: Entity[];
  offices: Office[];
  /**
   * Aliases of other languages that Arabic text uses as different words (رئيسي 'main', تحريم
   * 'forbidding'): they do not match in a block written in Arabic. From `data/aliases/ar.json`.
   */
  arabicFalseFriends?: string[];
}

export interface Meeting {
  id: string;
  title: UiLocalized;
  date: {
    gregorian: string;
    solarHijri: { year: number; month: number; day: number };
    weekday: string;
  };
  place: UiLocalized;
  participants: { entity: string; role: UiLocalized }[];
  source: { file: string; publisher: UiLocalized; language: Lang };
}

/** A statement with its position in the corpus, as bundled into the extension. */
export interface CompiledStatement extends Statement {
  /** UTF-16 offsets of `fa` in the corpus text: `corpus.slice(start, end) === fa`. */
  start: number;
  end: number;
}

/**
 * What the spotter reads of an entity: its kind and names. Labels and descriptions are for the interface, so
 * the page's start-up data (lib/data/page-start.ts) leaves them out; a full {@link Entity} is one too.
 */
export type SpotEntity = Omit<Entity, 'label' | 'description'>;
/** What the spotter reads of an office: its titles and holders. */
export type SpotOffice = Omit<Office, 'label'>;
/** The gazetteer as the spotter reads it (see {@link SpotEntity}). */
export interface SpotGazetteer {
  entities: SpotEntity[];
  offices: SpotOffice[];
  arabicFalseFriends?: string[];
}

/** What ranking reads of a statement: who speaks and whom and what it concerns, not its words. */
export type StatementRef = Pick<Statement, 'id' | 'speaker' | 'entities' | 'topics'>;

/** An entity as bundled: its label and description also in Arabic, from data/arabic-labels.json. */
export interface BundledEntity extends Entity {
  label: UiLocalized;
  description: UiLocalized;
}

export interface BundledGazetteer extends Gazetteer {
  entities: BundledEntity[];
}

/** The Arabic labels of the gazetteer's entities, curated apart from the aliases (data/arabic-labels.json). */
export interface ArabicLabels {
  entities: Record<string, { label: string; description: string }>;
}

/** One page language's aliases, as curated in `data/aliases/<lang>.json`. */
export interface PageLangAliases {
  lang: PageLang;
  /** Entity id → its names and surnames in this language. */
  entities: Record<string, { names: string[]; surnames?: string[]; weak?: string[] }>;
  /** Office id → its titles in this language. */
  offices: Record<string, string[]>;
  /** Arabic only: other languages' aliases that are different words in Arabic text. */
  falseFriends?: string[];
}

/** Everything the extension needs at run time, produced by `scripts/build-data.ts`. */
export interface Bundle {
  schemaVersion: number;
  meeting: Meeting;
  statements: CompiledStatement[];
  gazetteer: BundledGazetteer;
  /** The statement cue lexicon for quote linking (data/statement-cues.json), when the build had it. */
  cues?: StatementCues;
}
