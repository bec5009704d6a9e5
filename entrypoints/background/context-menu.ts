/** The context-menu item "Look up in the meeting's statements" on selected text. */
import type { Browser } from 'wxt/browser';
import { openSearch } from './open-search.ts';

const MENU_ID = 'lookup-selection';

/** Creates the item; called on install and update (Chrome keeps menu items across worker restarts). */
export function createContextMenu(): void {
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('contextMenuLookup'),
      contexts: ['selection'],
    });
  });
}

export function onContextMenuClick(info: Browser.contextMenus.OnClickData): void {
  if (info.menuItemId === MENU_ID && info.selectionText) void openSearch(info.selectionText);
}
