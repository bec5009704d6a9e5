/**
 * Keyboard commands. `_execute_action` (open the popup) is handled by the browser itself; `toggle-marks` asks
 * the active tab's content script to show or hide its marks.
 */
import { LOG_PREFIX } from '../../lib/messaging/receiver.ts';
import { sendToTab } from '../../utils/send-to-tab.ts';

export function onCommand(command: string): void {
  if (command !== 'toggle-marks') return;
  void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(async ([tab]) => {
    if (tab?.id === undefined) return;
    const reply = await sendToTab(tab.id, { type: 'page:toggle-marks' });
    // No content script on this page (not a news site, or turned off): nothing to toggle, nothing to break.
    if (!reply.ok) console.info(`${LOG_PREFIX} toggle-marks: ${reply.error}`);
  });
}
