import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishLateStage } from './api.ts';
import { createLateStage } from './stage.ts';

/**
 * The late stage (./api.ts): injected by the background into one frame, the first time the content script
 * there needs the card. Publishes its API into the isolated world it shares with the content script.
 */
export default defineUnlistedScript(() => {
  publishLateStage(browser.runtime.getManifest().version, createLateStage());
});
