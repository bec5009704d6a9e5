/**
 * What a content script receives from the background before its first scan, against WXT's in-memory browser:
 * the start data (the gazetteer, the context rules' word lists) and the settings. Chromium serialises a
 * message's answer as JSON, so the stubs send what survives `JSON.stringify`.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startData } from '../../entrypoints/background/start-data.ts';
import { BackgroundError } from '../../entrypoints/content/ask-background.ts';
import { requestSettings, watchSettings } from '../../entrypoints/content/settings-feed.ts';
import { requestStartData } from '../../entrypoints/content/start-data.ts';
import { isPageStart } from '../../lib/data/page-start.ts';
import { DEFAULTS } from '../../lib/settings/schema.ts';
import { LEXICONS, Spotter } from '../../lib/spot/index.ts';

const overJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function stubSendMessage(answer: (message: { type: string }) => unknown) {
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  const sendMessage = vi.fn(async (message: { type: string }) => overJson(answer(message)));
  b.runtime = { ...b.runtime, sendMessage };
  return sendMessage;
}

const linked = (spotter: Spotter, text: string) =>
  spotter
    .resolve(spotter.findCandidates(text), { publishedAt: '2023-03-13' })
    .map((c) => spotter.toMatch(c))
    .filter((m) => m !== null)
    .map((m) => `${m.entity}:${m.text}`);

describe('the start data a content script asks the background for', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('marks a page exactly as the engine with the word lists of lib/spot/lexicon does', async () => {
    const send = stubSendMessage(() => ({ ok: true, value: startData() }));
    const start = await requestStartData();
    expect(send).toHaveBeenCalledWith({ type: 'stage:start-data' });
    // The lists arrive as data, unchanged by the trip.
    expect(start.lexicons).toEqual(LEXICONS);
    const fromMessage = new Spotter(start.gazetteer, start.lexicons);
    const fromCode = new Spotter(start.gazetteer, LEXICONS);
    // The context rules read the lists: a deputy of the President is not the President, a namesake is not him.
    const text =
      "Iran's President Ebrahim Raisi met Alexander Lukashenko. The deputy of the President spoke later, and Hamid Raisi, a footballer, watched.";
    expect(linked(fromMessage, text)).toEqual(linked(fromCode, text));
    expect(linked(fromMessage, text)).toContain('alexander-lukashenko:Alexander Lukashenko');
    expect(linked(fromMessage, text).filter((m) => m.startsWith('ebrahim-raisi'))).toHaveLength(2);
  });

  it('refuses an answer of another shape (a worker of another version, mid-update) with a clear error', async () => {
    stubSendMessage(() => ({ ok: true, value: { schemaVersion: 1, gazetteer: { entities: [] } } }));
    await expect(requestStartData()).rejects.toThrow(BackgroundError);
    stubSendMessage(() => ({ ok: false, error: 'stage:start-data is only accepted from a content script.' }));
    await expect(requestStartData()).rejects.toThrow(/only accepted from a content script/);
  });

  it('is recognised by its shape, word lists of every page language included', () => {
    expect(isPageStart(overJson(startData()))).toBe(true);
    const { lexicons, ...noLists } = overJson(startData());
    expect(isPageStart(noLists)).toBe(false);
    const { tr: _tr, ...sevenLanguages } = lexicons;
    expect(isPageStart({ ...noLists, lexicons: sevenLanguages })).toBe(false);
    expect(isPageStart(null)).toBe(false);
  });
});

describe('the settings a content script asks the background for', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('reads a malformed field as its default and keeps the rest', async () => {
    stubSendMessage(() => ({ ok: true, value: { ...DEFAULTS, markMode: 'blink', hoverDelayMs: 600 } }));
    const settings = await requestSettings();
    expect(settings.markMode).toBe(DEFAULTS.markMode);
    expect(settings.hoverDelayMs).toBe(600);
  });

  it('asks again after a change to one of our settings in sync storage, not after any other change', async () => {
    let hoverDelayMs = 300;
    const send = stubSendMessage(() => ({ ok: true, value: { ...DEFAULTS, hoverDelayMs } }));
    const seen: number[] = [];
    const stop = watchSettings((s) => seen.push(s.hoverDelayMs));
    await fakeBrowser.storage.local.set({ hoverDelayMs: 900 });
    await fakeBrowser.storage.sync.set({ somethingElse: 1 });
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(0));
    hoverDelayMs = 900;
    await fakeBrowser.storage.sync.set({ hoverDelayMs: 900 });
    await vi.waitFor(() => expect(seen).toEqual([900]));
    stop();
    await fakeBrowser.storage.sync.set({ hoverDelayMs: 1200 });
    expect(send).toHaveBeenCalledTimes(1);
  });
});
