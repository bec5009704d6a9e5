/**
 * The late stage's two ends against WXT's in-memory browser: the content script's `loadLateStage()` (one load
 * per frame, a failure logged once and retried at the next call) and the background's injection into exactly
 * the frame that asked.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LateStage } from '../../entrypoints/late-stage/api.ts';
import { LOG_PREFIX } from '../../lib/messaging/receiver.ts';

const VERSION = '9.9.9';
type Answer = () => Promise<unknown>;

/** Stubs `runtime`: the manifest's version, and `sendMessage` answered by `answer`. */
function stubRuntime(answer: Answer) {
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  const sendMessage = vi.fn(answer);
  b.runtime = { ...b.runtime, getManifest: () => ({ version: VERSION }), sendMessage };
  return sendMessage;
}

/** What the injected script does: publish a stage into this world. */
async function publish(): Promise<LateStage> {
  const { publishLateStage } = await import('../../entrypoints/late-stage/api.ts');
  const stage = { messages: {} } as unknown as LateStage;
  publishLateStage(VERSION, stage);
  return stage;
}

/** A fresh copy of the loader (its once-per-frame state lives in the module). */
async function freshLoader() {
  vi.resetModules();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for(`inline-context:late-stage:${VERSION}`)];
  return import('../../entrypoints/content/late-stage-loader.ts');
}

describe('loadLateStage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('asks the background once per frame and hands over what the injected script published', async () => {
    const { loadLateStage, lateStageNow } = await freshLoader();
    let published: LateStage | null = null;
    const send = stubRuntime(async () => {
      published = await publish();
      return { ok: true, value: true };
    });
    expect(lateStageNow()).toBeNull();
    const [a, b] = await Promise.all([loadLateStage(), loadLateStage()]);
    expect(a).toBe(published);
    expect(b).toBe(a);
    expect(await loadLateStage()).toBe(a);
    expect(lateStageNow()).toBe(a);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'stage:load' });
  });

  it('logs a failed load once, with our prefix, and tries again at the next call', async () => {
    const { loadLateStage, LateStageError } = await freshLoader();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const send = stubRuntime(async () => ({ ok: false, error: 'Cannot access contents of the page.' }));
    await expect(loadLateStage()).rejects.toBeInstanceOf(LateStageError);
    await expect(loadLateStage()).rejects.toBeInstanceOf(LateStageError);
    expect(send).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(new RegExp(`^\\${LOG_PREFIX} .*marks still work`));
    // The background answers again (a restarted worker): the card loads.
    send.mockImplementation(async () => {
      await publish();
      return { ok: true, value: true };
    });
    await expect(loadLateStage()).resolves.toBeTruthy();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('a background that never answers (no listener) is a failed load, not a hang or a throw', async () => {
    const { loadLateStage } = await freshLoader();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    stubRuntime(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(loadLateStage()).rejects.toThrow(/Receiving end/);
  });
});

describe('injectLateStage (background)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects late-stage.js into the asking document, or else the asking frame, of the asking tab', async () => {
    const executeScript = vi.fn(async () => [{ result: undefined }]);
    (fakeBrowser as unknown as Record<string, unknown>).scripting = { executeScript };
    const { injectLateStage, LATE_STAGE_FILE } = await import('../../entrypoints/background/late-stage.ts');
    await injectLateStage({ tab: { id: 7 }, frameId: 3 });
    await injectLateStage({ tab: { id: 7 }, frameId: 3, documentId: 'doc-1' });
    expect(executeScript).toHaveBeenNthCalledWith(1, {
      target: { tabId: 7, frameIds: [3] },
      files: [LATE_STAGE_FILE],
    });
    expect(executeScript).toHaveBeenNthCalledWith(2, {
      target: { tabId: 7, documentIds: ['doc-1'] },
      files: [LATE_STAGE_FILE],
    });
    await expect(injectLateStage({ frameId: 0 })).rejects.toThrow(/without a tab/);
  });
});
