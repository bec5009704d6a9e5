/**
 * The service worker: wires typed messages, the context menu, the badge, the keyboard commands and the content
 * script registrations for sites the user added. Every listener is registered synchronously on start, as MV3
 * requires for events to wake a stopped worker; every piece of state lives in storage, never only in memory.
 */
import { RateLimit } from '../../lib/messaging/rate-limit.ts';
import { createReceiver, LOG_PREFIX } from '../../lib/messaging/receiver.ts';
import { isContentScript, isExtensionPage } from '../../lib/messaging/sender-check.ts';
import { addedSitesItem, readSettings, settingsFromNewerVersion } from '../../utils/storage.ts';
import { clearTab, recordMatches, restoreBadges } from './badge.ts';
import { onCommand } from './commands.ts';
import { createContextMenu, onContextMenuClick } from './context-menu.ts';
import { injectLateStage } from './late-stage.ts';
import { openSearch } from './open-search.ts';
import { readDates } from './read-dates.ts';
import { onAddedSitesChanged, onPermissionsRemoved, scanTab, syncAddedSiteScripts } from './registrations.ts';
import { startData } from './start-data.ts';

export default defineBackground(() => {
  const origin = browser.runtime.getURL('/');
  // The card's "Search all statements" is a click by the reader; two in a row are fine, a page pushing our
  // content script to open tab after tab is not. In memory: a restarted worker starting afresh is harmless.
  const searchesFromPages = new RateLimit<number>({ burst: 2, everyMs: 5_000, now: () => Date.now() });
  const types = [
    'page:matches',
    'ui:open-search',
    'tab:scan',
    'stage:load',
    'stage:start-data',
    'stage:settings',
    'stage:read-dates',
  ] as const;
  const listener = createReceiver(types, {
    // The badge speaks for the page the reader sees: its top frame (an embedded frame reports its own counts).
    'page:matches': (m, sender) =>
      sender.tab?.id === undefined || (sender.frameId ?? 0) !== 0 || !isContentScript(sender, origin)
        ? false
        : recordMatches(sender.tab.id, m.counts),
    'ui:open-search': (m, sender) => {
      if (isExtensionPage(sender, origin)) return openSearch(m.query);
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('ui:open-search from an unknown sender.');
      if (!searchesFromPages.take(tabId)) throw new Error('ui:open-search: too many from this tab; ignored.');
      return openSearch(m.query);
    },
    // Scanning a tab is the popup's "Scan this page": only our own pages may ask for it.
    'tab:scan': (m, sender) => {
      if (!isExtensionPage(sender, origin)) throw new Error('tab:scan is only accepted from the popup.');
      return scanTab(m.tabId);
    },
    // The card's code and data, for a content script whose reader reached for a mark (late-stage.ts).
    'stage:load': (_m, sender) => {
      if (!isContentScript(sender, origin))
        throw new Error('stage:load is only accepted from a content script.');
      return injectLateStage(sender);
    },
    // What a content script reads before it can mark anything: data the worker already holds, so the script a
    // page parses carries only the engine (lib/data/page-start.ts).
    'stage:start-data': (_m, sender) => {
      if (!isContentScript(sender, origin))
        throw new Error('stage:start-data is only accepted from a content script.');
      return startData();
    },
    // The settings, read and sanitised here: a page's script carries no storage library (start-data.ts).
    'stage:settings': (_m, sender) => {
      if (!isContentScript(sender, origin))
        throw new Error('stage:settings is only accepted from a content script.');
      return readSettings();
    },
    // The dates a page's bylines and address give, read with the month names the worker holds (read-dates.ts).
    'stage:read-dates': (m, sender) => {
      if (!isContentScript(sender, origin))
        throw new Error('stage:read-dates is only accepted from a content script.');
      return readDates(m.kind, m.items, m.lang);
    },
  });
  browser.runtime.onMessage.addListener(listener);

  browser.runtime.onInstalled.addListener(() => {
    createContextMenu();
    void syncAddedSiteScripts();
    void noteNewerSettings();
  });
  browser.runtime.onStartup.addListener(() => {
    void restoreBadges();
    void noteNewerSettings();
  });
  browser.contextMenus.onClicked.addListener(onContextMenuClick);
  browser.commands.onCommand.addListener(onCommand);
  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the tab: its marks are gone until its content script reports again.
    if (change.status === 'loading' && change.url) void clearTab(tabId);
  });
  // "Always run on <site>" and removals in the options page both go through storage; keep the registrations
  // (and the access we hold) in step with it, whichever page made the change.
  addedSitesItem.watch((next, before) => void onAddedSitesChanged(before ?? [], next ?? []));
  // Access revoked in the browser's own settings: the site leaves the list.
  browser.permissions.onRemoved.addListener((removed) => void onPermissionsRemoved(removed));
});

/**
 * Settings a newer version of the extension stored (the user went back to an older one) read as their defaults
 * and are left as they are (utils/storage.ts). Said once when the browser starts or the extension is installed,
 * not on every page.
 */
async function noteNewerSettings(): Promise<void> {
  const newer = [...(await settingsFromNewerVersion())];
  if (newer.length === 0) return;
  console.warn(
    `${LOG_PREFIX} Settings saved by a newer version (${newer.join(', ')}) are left as they are; this version uses its defaults for them.`,
  );
}
