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
  names: LocalizedList;
  /** A surname alone: links only when no other person on the page shares it. */
  surnames: LocalizedList;
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
  titles: LocalizedList;
  holders: OfficeHolder[];
}

export interface Gazetteer {
  entities: Entity[];
  offices: Office[];
}

export interface Meeting {
  id: string;
  title: Localized;
  date: {
    gregorian: string;
    solarHijri: { year: number; month: number; day: number };
    weekday: string;
  };
  place: Localized;
  participants: { entity: string; role: Localized }[];
  source: { file: string; publisher: Localized; language: Lang };
}

/** A statement with its position in the corpus, as bundled into the extension. */
export interface CompiledStatement extends Statement {
  /** UTF-16 offsets of `fa` in the corpus text: `corpus.slice(start, end) === fa`. */
  start: number;
  end: number;
}

/** Everything the extension needs at run time, produced by `scripts/build-data.ts`. */
export interface Bundle {
  schemaVersion: number;
  meeting: Meeting;
  statements: CompiledStatement[];
  gazetteer: Gazetteer;
  /** The statement cue lexicon for quote linking (data/statement-cues.json), when the build had it. */
  cues?: StatementCues;
}
