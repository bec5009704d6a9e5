/** Ranks the meeting's statements for a page from what the page mentions. */
import type { StatementRef } from '../data/types.ts';
import type { Match } from './candidate.ts';

/** A topic says most about which statement a reader wants; the speaker, mentioned on most pages, least. */
const WEIGHT = { topic: 3, entity: 2, speaker: 1 } as const;

/**
 * Statement ids, most relevant first: each entity on the page adds its weight, growing slowly with the
 * number of mentions, to every statement that concerns it. Statements with no overlap are left out; ties
 * keep the report's order.
 */
export function rankStatements(matches: readonly Match[], statements: readonly StatementRef[]): string[] {
  const counts = new Map<string, number>();
  for (const m of matches) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const scored = statements.map((s, order) => {
    let score = 0;
    for (const [entity, n] of counts) {
      const weight =
        (s.topics.includes(entity) ? WEIGHT.topic : 0) +
        (s.entities.includes(entity) ? WEIGHT.entity : 0) +
        (s.speaker === entity ? WEIGHT.speaker : 0);
      score += weight * (1 + Math.log(n));
    }
    return { id: s.id, score, order };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((s) => s.id);
}
