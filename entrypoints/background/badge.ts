/** The toolbar badge: how many of the meeting's entities each tab mentions, kept in `storage.session`. */
import bundleJson from '../../generated/bundle.json';
import { badgeText, meetingEntitiesMentioned, type TabCounts } from '../../lib/badge/badge-count.ts';
import type { Bundle } from '../../lib/data/types.ts';
import type { EntityCounts } from '../../lib/messaging/protocol.ts';
import { tabCountsItem } from '../../utils/tab-counts.ts';

const entities = () => (bundleJson as unknown as Bundle).gazetteer.entities;

async function paint(tabId: number, counts: EntityCounts | undefined): Promise<void> {
  const text = counts ? badgeText(meetingEntitiesMentioned(counts, entities())) : '';
  // The tab may have closed since the message was sent; a badge for a gone tab is not worth an error.
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b57d0' }).catch(() => undefined);
}

/**
 * Read-modify-write of the one storage object, one at a time: two tabs reporting together must not overwrite
 * each other's counts. Only the order of writes is held here; the state itself is in storage.
 */
let writes: Promise<unknown> = Promise.resolve();
function update<T>(change: (all: TabCounts) => Promise<T>): Promise<T> {
  const next = writes.then(() => tabCountsItem.getValue().then(change));
  writes = next.catch(() => undefined);
  return next;
}

/** Stores a tab's counts and updates its badge; returns the number shown. */
export function recordMatches(tabId: number, counts: EntityCounts): Promise<number> {
  return update(async (all) => {
    await tabCountsItem.setValue({ ...all, [String(tabId)]: counts });
    await paint(tabId, counts);
    return meetingEntitiesMentioned(counts, entities());
  });
}

/** Forgets a tab (closed, or navigated to a new document). */
export function clearTab(tabId: number): Promise<void> {
  return update(async (all) => {
    if (!(String(tabId) in all)) return;
    const { [String(tabId)]: _gone, ...rest } = all;
    await tabCountsItem.setValue(rest);
    await paint(tabId, undefined);
  });
}

/** Repaints every known tab's badge from storage (after a browser restart with restored session storage). */
export async function restoreBadges(): Promise<void> {
  const all = await tabCountsItem.getValue();
  await Promise.all(Object.entries(all).map(([id, counts]) => paint(Number(id), counts)));
}
