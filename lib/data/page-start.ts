/**
 * The part of the bundle a page needs before anything is hovered: what finding and marking read (the
 * gazetteer's names and titles, without labels and descriptions) and what ranking the page's statements reads
 * (who and what each statement concerns, not its words). The content script imports only this at start; the
 * card's data (statement texts and translations, labels, descriptions, the meeting) arrives with the late
 * stage (entrypoints/late-stage.ts). Written by `npm run data` as generated/page-start.json.
 */
import type { Bundle, SpotGazetteer, StatementRef } from './types.ts';

export interface PageStart {
  schemaVersion: number;
  gazetteer: SpotGazetteer;
  statements: StatementRef[];
}

/** Projects the bundle onto what a page needs at start (pure: the data build calls it). */
export function pageStart(bundle: Bundle): PageStart {
  const { entities, offices, arabicFalseFriends } = bundle.gazetteer;
  return {
    schemaVersion: bundle.schemaVersion,
    gazetteer: {
      entities: entities.map(({ label: _label, description: _description, ...spot }) => spot),
      offices: offices.map(({ label: _label, ...spot }) => spot),
      ...(arabicFalseFriends ? { arabicFalseFriends } : {}),
    },
    statements: bundle.statements.map(({ id, speaker, entities: e, topics }) => ({
      id,
      speaker,
      entities: e,
      topics,
    })),
  };
}
