/**
 * The tab the popup speaks about, and what it knows of it. The popup is normally opened from the toolbar over
 * a normal window; it looks at the active tab of the last focused *normal* window, which is that tab, and
 * stays right when the popup is shown in its own window (as the end-to-end tests do).
 */

import { decidePageState, type PageState } from '../../lib/popup/page-offer.ts';
import { NEWS_SITE_HOSTS } from '../../lib/settings/news-sites.ts';
import { sendToTab } from '../../utils/send-to-tab.ts';
import type { Settings } from '../../utils/storage.ts';

export interface TargetTab {
  id: number;
  url?: string;
}

export async function targetTab(): Promise<TargetTab | undefined> {
  const win = await browser.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => undefined);
  const [tab] = await browser.tabs.query(
    win?.id !== undefined ? { active: true, windowId: win.id } : { active: true, currentWindow: true },
  );
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

/** Asks the tab's content script for its summary; a tab without one answers nothing, which is not an error. */
export async function pageState(tab: TargetTab | undefined, settings: Settings): Promise<PageState> {
  const reply = tab ? await sendToTab(tab.id, { type: 'page:summary' }) : undefined;
  return decidePageState({
    hasTab: tab !== undefined,
    url: tab?.url,
    summary: reply?.ok ? reply.value : undefined,
    defaults: NEWS_SITE_HOSTS,
    added: settings.addedSites,
    disabled: settings.disabledSites,
  });
}
