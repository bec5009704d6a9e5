/**
 * The part of the bundle a page needs before anything is hovered: what finding and marking read (the
 * gazetteer's names and titles, without labels and descriptions, and the context rules' word lists) and what
 * ranking the page's statements reads (who and what each statement concerns, not its words). Written by
 * `npm run data` as generated/page-start.json. It is data, not code: the background holds it and hands it to
 * each content script when it starts (`stage:start-data`), so the script a page parses carries only the
 * engine; the card's data (statement texts and translations, labels, descriptions, the meeting) arrives with
 * the late stage (entrypoints/late-stage).
 */
import type { Lexicons } from '../spot/lexicon/types.ts';
import { isRecord } from './is-record.ts';
import { ALIAS_LANGS, type Bundle, type SpotGazetteer, type StatementRef } from './types.ts';

export interface PageStart {
  schemaVersion: number;
  gazetteer: SpotGazetteer;
  /** The context rules' word lists (lib/spot/lexicon), as written there. */
  lexicons: Lexicons;
  statements: StatementRef[];
}

/** Projects the bundle and the word lists onto what a page needs at start (pure: the data build calls it). */
export function pageStart(bundle: Bundle, lexicons: Lexicons): PageStart {
  const { entities, offices, arabicFalseFriends } = bundle.gazetteer;
  return {
    schemaVersion: bundle.schemaVersion,
    gazetteer: {
      entities: entities.map(({ label: _label, description: _description, ...spot }) => spot),
      offices: offices.map(({ label: _label, ...spot }) => spot),
      ...(arabicFalseFriends ? { arabicFalseFriends } : {}),
    },
    lexicons,
    statements: bundle.statements.map(({ id, speaker, entities: e, topics }) => ({
      id,
      speaker,
      entities: e,
      topics,
    })),
  };
}

/**
 * Whether `v` has the shape of {@link PageStart}: what a content script checks before compiling the start data
 * it was sent (a worker from another version of the extension, mid-update, may answer differently).
 */
export function isPageStart(v: unknown): v is PageStart {
  if (!isRecord(v) || typeof v.schemaVersion !== 'number' || !Array.isArray(v.statements)) return false;
  const g = v.gazetteer;
  if (!isRecord(g) || !Array.isArray(g.entities) || !Array.isArray(g.offices)) return false;
  const l = v.lexicons;
  return isRecord(l) && ALIAS_LANGS.every((lang) => isRecord(l[lang]) && Array.isArray(l[lang].before));
}
