/**
 * The service worker: wires typed messages, the context menu, the badge, the keyboard commands and the content
 * script registrations for sites the user added. Every listener is registered synchronously on start, as MV3
 * requires for events to wake a stopped worker; every piece of state lives in storage, never only in memory.
 */
import { createReceiver } from '../../lib/messaging/receiver.ts';
import { clearTab, recordMatches, restoreBadges } from './badge.ts';
import { onCommand } from './commands.ts';
import { createContextMenu, onContextMenuClick } from './context-menu.ts';
import { openSearch } from './open-search.ts';
import { scanTab, syncAddedSiteScripts } from './registrations.ts';
import { addedSitesItem } from '../../utils/storage.ts';

export default defineBackground(() => {
  const listener = createReceiver(['page:matches', 'ui:open-search', 'tab:scan'], {
    // The badge speaks for the page the reader sees: its top frame (an embedded frame reports its own counts).
    'page:matches': (m, sender) =>
      sender.tab?.id === undefined || (sender.frameId ?? 0) !== 0
        ? false
        : recordMatches(sender.tab.id, m.counts),
    'ui:open-search': (m) => openSearch(m.query),
    'tab:scan': (m) => scanTab(m.tabId),
  });
  browser.runtime.onMessage.addListener(listener);

  browser.runtime.onInstalled.addListener(() => {
    createContextMenu();
    void syncAddedSiteScripts();
  });
  browser.runtime.onStartup.addListener(() => void restoreBadges());
  browser.contextMenus.onClicked.addListener(onContextMenuClick);
  browser.commands.onCommand.addListener(onCommand);
  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the tab: its marks are gone until its content script reports again.
    if (change.status === 'loading' && change.url) void clearTab(tabId);
  });
  // "Always run on <site>" and removals in the options page both go through storage; keep the registrations
  // in step with it, whichever page made the change.
  addedSitesItem.watch(() => void syncAddedSiteScripts());
});
