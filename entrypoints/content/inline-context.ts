/**
 * Wires the page side together: compiles the spotter, starts a {@link PageSession} on this frame's document,
 * feeds it the settings as they change and answers the message protocol through it. Everything is created
 * inside `startInlineContext` (called from the entrypoint's `main`) and torn down through WXT's context when the
 * extension reloads.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageStart } from '../../lib/data/page-start.ts';
import { LOG_PREFIX } from '../../lib/messaging/receiver.ts';
import type { Settings } from '../../lib/settings/schema.ts';
import { Spotter } from '../../lib/spot/index.ts';
import { canHighlight } from './highlight-painter.ts';
import { CHUNK_BUDGET_MS } from './page-scanner.ts';
import { PageSession } from './page-session.ts';
import { listenForMessages } from './protocol-answers.ts';
import { requestSettings, watchSettings } from './settings-feed.ts';
import { requestStartData } from './start-data.ts';
import { finishTaskClock, newTaskClock, TIMELINE_ON, timelineMark, timelineMeasure } from './timeline.ts';

/** Starts the page side on this frame's document. */
export async function startInlineContext(ctx: ContentScriptContext): Promise<void> {
  // When the browser ran us (document_idle), for the bench: the gap from navigation is the browser's, not ours.
  timelineMark('inline-context:start');
  if (!canHighlight()) {
    console.info(`${LOG_PREFIX} This browser has no CSS Custom Highlight API; marks are off on this page.`);
    return;
  }
  // Only what finding and marking need, from the background; the card and its data arrive with the late stage
  // (late-card.ts).
  let start: PageStart;
  let settings: Settings;
  const asked = TIMELINE_ON ? performance.now() : 0;
  try {
    [start, settings] = await Promise.all([requestStartData(), requestSettings()]);
    // The wait on the background (the bench reads it): a round trip, or the worker's start when it was stopped.
    timelineMeasure('inline-context:start-data', { start: asked });
  } catch (error) {
    if (!ctx.isInvalid) console.warn(`${LOG_PREFIX} No marks on this page: ${(error as Error).message}`);
    return;
  }
  if (ctx.isInvalid) return;

  const yieldToHost = (): Promise<void> => {
    const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (typeof s?.yield === 'function') return s.yield();
    // A plain timer: it only resolves a promise, and passes stop on their abort signal once the context goes.
    // (ctx.setTimeout would leave an abort listener per chunk for the life of the page.)
    return new Promise((resolve) => setTimeout(resolve, 0));
  };
  // Compiled when a pass first needs it: never on a site the reader turned off.
  let compiled: Promise<Spotter> | undefined;
  const spotter = () => {
    compiled ??= compileSpotter(start, yieldToHost);
    return compiled;
  };
  const session = new PageSession({ ctx, start, spotter, settings, yieldToHost });
  listenForMessages(
    ctx,
    {
      summary: () => session.summary(),
      nextMark: (direction, entity) => session.step(direction, entity),
      nextQuote: (direction, statement) => session.stepQuote(direction, statement),
      setMarks: (on) => session.setMarks(on),
      toggleMarks: () => session.toggleMarks(),
    },
    window === window.top,
  );
  const unwatch = watchSettings((next) => session.applySettings(next));
  ctx.onInvalidated(() => {
    unwatch();
    session.destroy();
  });
  session.start();
}

/**
 * Compiling the aliases is the largest thing a page does before it finds anything (~90 ms on a quiet machine),
 * asked for by the first pass (page-scanner.ts), so a page of a site turned off never compiles. It runs in small
 * steps (a few aliases, a few hundred trie nodes) on a task clock like the scan's, which gives the page a turn
 * once a stretch of them has used the chunk budget: counted steps alone made the first stretch, when none of the
 * code has run yet, three times as long as the others. Test and development builds record the longest stretch
 * (`inline-context:compile`).
 */
async function compileSpotter(start: PageStart, yieldToHost: () => Promise<void>): Promise<Spotter> {
  const compileStart = TIMELINE_ON ? performance.now() : 0;
  const clock = newTaskClock({ budgetMs: CHUNK_BUDGET_MS, now: () => performance.now(), yieldToHost });
  const spotter = await Spotter.create(start.gazetteer, start.lexicons, [], () => clock.maybeYield());
  if (TIMELINE_ON) {
    finishTaskClock(clock);
    timelineMeasure('inline-context:compile', {
      start: compileStart,
      detail: { longestStepMs: Math.round(clock.longestMs * 10) / 10 },
    });
  }
  return spotter;
}
