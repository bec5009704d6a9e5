/**
 * What the toolbar badge says about a tab: how many of the meeting's entities (people, places, the corridor,
 * the topics discussed) the page mentions, from the counts the content script reports in `page:matches`.
 */
import type { Entity } from '../data/types.ts';
import type { EntityCounts } from '../messaging/protocol.ts';

/** Number of distinct meeting entities with at least one mark; ids outside the meeting are ignored. */
export function meetingEntitiesMentioned(counts: EntityCounts, entities: readonly Entity[]): number {
  return entities.filter((e) => e.inMeeting && (counts[e.id] ?? 0) > 0).length;
}

/** Badge text: empty for none (Chrome hides an empty badge), capped so it fits the badge's four characters. */
export const badgeText = (n: number): string => (n <= 0 ? '' : n > 99 ? '99+' : String(n));

/** Per-tab state kept in `storage.session`, keyed by tab id as a string. */
export type TabCounts = Record<string, EntityCounts>;
