/** The toolbar badge: how many of the meeting's entities each tab mentions, kept in `storage.session`. */
import bundleJson from '../../generated/bundle.json';
import type { Bundle } from '../../lib/data/types.ts';
import { badgeText, meetingEntitiesMentioned } from '../../lib/messaging/page-counts.ts';
import type { EntityCounts } from '../../lib/messaging/protocol.ts';
import { tabCountsItem } from '../../utils/tab-counts.ts';

const entities = () => (bundleJson as unknown as Bundle).gazetteer.entities;

async function paint(tabId: number, counts: EntityCounts | undefined): Promise<void> {
  const text = counts ? badgeText(meetingEntitiesMentioned(counts, entities())) : '';
  // The tab may have closed since the message was sent; a badge for a gone tab is not worth an error.
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b57d0' }).catch(() => undefined);
}

/** Stores a tab's counts and updates its badge; returns the number shown. */
export async function recordMatches(tabId: number, counts: EntityCounts): Promise<number> {
  const all = await tabCountsItem.getValue();
  await tabCountsItem.setValue({ ...all, [String(tabId)]: counts });
  await paint(tabId, counts);
  return meetingEntitiesMentioned(counts, entities());
}

/** Forgets a tab (closed, or navigated to a new document). */
export async function clearTab(tabId: number): Promise<void> {
  const all = await tabCountsItem.getValue();
  if (!(String(tabId) in all)) return;
  const { [String(tabId)]: _gone, ...rest } = all;
  await tabCountsItem.setValue(rest);
  await paint(tabId, undefined);
}

/** Repaints every known tab's badge from storage (after a browser restart with restored session storage). */
export async function restoreBadges(): Promise<void> {
  const all = await tabCountsItem.getValue();
  await Promise.all(Object.entries(all).map(([id, counts]) => paint(Number(id), counts)));
}
