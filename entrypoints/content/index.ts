import { defineContentScript } from 'wxt/utils/define-content-script';
import './highlights.css';
import { startInlineContext } from './inline-context.ts';

/**
 * The page side: marks the meeting's people and topics and shows their statements on hover. Runs in every
 * frame (same-origin article iframes included) once the page is idle. `cssInjectionMode: 'manifest'` lets the
 * browser inject highlights.css as an extension stylesheet — the ::highlight() rules reach the page without
 * adding a node to it; the card's own CSS is adopted inside its shadow root.
 */
export default defineContentScript({
  // The default news list (lib/settings/news-sites.ts) is written into the manifest by wxt.config.ts's
  // `build:manifestGenerated` hook: declared here, the list would also ship inside the script, which never
  // reads it.
  matches: [],
  runAt: 'document_idle',
  allFrames: true,
  cssInjectionMode: 'manifest',
  // WXT announces every content script start with a window.postMessage that any page script receives; the
  // CustomEvent it also dispatches is enough for a newer copy of this script to stop an older one.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    await startInlineContext(ctx);
  },
});
