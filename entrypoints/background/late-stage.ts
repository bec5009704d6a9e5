/**
 * Injects the content script's late stage (entrypoints/late-stage/api.ts) into the frame that asked for it.
 * `scripting.executeScript` runs it in the same isolated world as the content script, in Chromium and Firefox
 * alike, and resolves after it ran, so the answer tells the content script its API is there. It needs only what
 * the content script already had to run in that frame: the `scripting` permission and access to the site
 * (the news list, a site the user added, or `activeTab` after "Scan this page").
 */
import type { SenderInfo } from '../../lib/messaging/receiver.ts';

/** The built late stage (WXT emits `entrypoints/late-stage/index.ts` as this file). */
export const LATE_STAGE_FILE = '/late-stage.js';

export async function injectLateStage(sender: SenderInfo): Promise<true> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('stage:load from a sender without a tab.');
  // The asking document when the browser names it (Chromium), so a frame that navigated meanwhile is not
  // given a stage it did not ask for; else its frame.
  const target = sender.documentId
    ? { tabId, documentIds: [sender.documentId] }
    : { tabId, frameIds: [sender.frameId ?? 0] };
  await browser.scripting.executeScript({ target, files: [LATE_STAGE_FILE] });
  return true;
}
