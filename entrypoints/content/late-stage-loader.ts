/**
 * `loadLateStage()`: the content script's way to the late stage (entrypoints/late-stage/api.ts). The first call
 * asks the background to inject `late-stage.js` into this frame (`stage:load`); the script publishes its API
 * into this isolated world before the background's answer arrives, so the answer is the signal to take it.
 * One load per frame: later calls share the same promise. A failed load (the background restarting, access to
 * the site withdrawn) is logged once and rejects; the marks keep working, and the next call tries again.
 */
import { browser } from 'wxt/browser';
import { LOG_PREFIX } from '../../lib/messaging/receiver.ts';
import { type LateStage, publishedLateStage } from '../late-stage/api.ts';
import { askBackground, BackgroundError } from './ask-background.ts';
import { timelineMark } from './timeline.ts';

/** The late stage could not be loaded into this frame. */
export class LateStageError extends Error {
  override name = 'LateStageError';
}

let loading: Promise<LateStage> | null = null;
let loaded: LateStage | null = null;
let logged = false;

/** The late stage if it is already here (no waiting), else null. */
export function lateStageNow(): LateStage | null {
  return loaded;
}

/** Resolves to the late stage's API, injecting it into this frame on the first call. */
export function loadLateStage(): Promise<LateStage> {
  loading ??= inject().then(
    (stage) => {
      loaded = stage;
      timelineMark('inline-context:late-stage-ready');
      return stage;
    },
    (error: unknown) => {
      loading = null;
      if (!logged) {
        logged = true;
        console.warn(
          `${LOG_PREFIX} The card could not be loaded on this page (marks still work): ${(error as Error).message}`,
        );
      }
      throw error;
    },
  );
  return loading;
}

async function inject(): Promise<LateStage> {
  const version = browser.runtime.getManifest().version;
  const here = publishedLateStage(version);
  if (here) return here;
  timelineMark('inline-context:late-stage-requested');
  await askBackground({ type: 'stage:load' }, (v) => (v === true ? v : null)).catch((error: Error) => {
    throw error instanceof BackgroundError ? new LateStageError(error.message) : error;
  });
  const stage = publishedLateStage(version);
  if (!stage) throw new LateStageError('the late stage ran but left no API in this frame');
  return stage;
}
