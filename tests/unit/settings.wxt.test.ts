/**
 * Stored settings against WXT's in-memory browser: whatever is in storage (missing, corrupted, out of range,
 * written by an older version), the extension reads a usable setting and never throws.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULTS } from '../../lib/settings/schema.ts';

/** Fresh storage items for each test: @wxt-dev/storage runs migrations when an item is defined. */
async function load() {
  vi.resetModules();
  return import('../../utils/storage.ts');
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings in storage', () => {
  it('are the defaults when nothing is stored', async () => {
    const { readSettings } = await load();
    expect(await readSettings()).toEqual(DEFAULTS);
  });

  it('fall back to their defaults when the stored values are corrupted or out of range', async () => {
    await fakeBrowser.storage.sync.set({
      markMode: 'everything',
      hoverDelayMs: 1e9,
      uiLanguage: 42,
      theme: { dark: true },
      addedSites: 'example.org',
      disabledSites: null,
    });
    const { readSettings } = await load();
    expect(await readSettings()).toEqual(DEFAULTS);
  });

  it('keep the valid entries of a partly corrupted site list', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: [7, 'BBC.com', 'not a host!', 'bbc.com', null] });
    const { readSettings } = await load();
    expect((await readSettings()).disabledSites).toEqual(['bbc.com']);
  });

  it('reject a hover delay below the minimum and a non-number one', async () => {
    await fakeBrowser.storage.sync.set({ hoverDelayMs: 5 });
    expect((await (await load()).readSettings()).hoverDelayMs).toBe(DEFAULTS.hoverDelayMs);
    await fakeBrowser.storage.sync.set({ hoverDelayMs: '600' });
    expect((await (await load()).readSettings()).hoverDelayMs).toBe(DEFAULTS.hoverDelayMs);
    await fakeBrowser.storage.sync.set({ hoverDelayMs: 600 });
    expect((await (await load()).readSettings()).hoverDelayMs).toBe(600);
  });

  it('turn site lists stored by version 1 (addresses) into sites', async () => {
    await fakeBrowser.storage.sync.set({
      addedSites: ['https://www.Example.org/news/1', 'news.example.net'],
      addedSites$: { v: 1 },
    });
    const { addedSitesItem, readSettings } = await load();
    expect((await readSettings()).addedSites).toEqual(['example.org', 'news.example.net']);
    expect(await addedSitesItem.getMeta()).toEqual({ v: 2 });
  });

  it('store only what differs from the default, so better defaults reach users later', async () => {
    const { saveSetting, readSettings } = await load();
    await saveSetting('hoverDelayMs', 800);
    expect(await fakeBrowser.storage.sync.get('hoverDelayMs')).toEqual({ hoverDelayMs: 800 });
    await saveSetting('hoverDelayMs', DEFAULTS.hoverDelayMs);
    expect(await fakeBrowser.storage.sync.get('hoverDelayMs')).toEqual({});
    expect((await readSettings()).hoverDelayMs).toBe(DEFAULTS.hoverDelayMs);
  });

  it('carry the old "names and topics" choice over as "every mention", which paints what it painted', async () => {
    await fakeBrowser.storage.sync.set({ markMode: 'all', markMode$: { v: 1 } });
    const { markModeItem, readSettings } = await load();
    expect((await readSettings()).markMode).toBe('every');
    expect(await markModeItem.getMeta()).toEqual({ v: 2 });
  });

  it('keep "names only" and "nothing until I ask" from version 1, and give first mentions to who never chose', async () => {
    await fakeBrowser.storage.sync.set({ markMode: 'names', markMode$: { v: 1 } });
    expect((await (await load()).readSettings()).markMode).toBe('names');
    fakeBrowser.reset();
    await fakeBrowser.storage.sync.set({ markMode: 'none', markMode$: { v: 1 } });
    expect((await (await load()).readSettings()).markMode).toBe('none');
    fakeBrowser.reset();
    expect((await (await load()).readSettings()).markMode).toBe('first');
  });
});

describe('settings stored by a newer version (the user went back to an older build)', () => {
  it('read as the defaults, log nothing on the page, and are not overwritten by a save', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({
      markMode: 'spotlight',
      markMode$: { v: 3 },
      addedSites: [{ host: 'example.org', since: 2027 }],
      addedSites$: { v: 3 },
      hoverDelayMs: 600,
    });
    const { readSettings, saveSetting, settingsFromNewerVersion } = await load();
    const settings = await readSettings();
    expect(settings.markMode).toBe(DEFAULTS.markMode);
    expect(settings.addedSites).toEqual(DEFAULTS.addedSites);
    // Settings this version understands are still read.
    expect(settings.hoverDelayMs).toBe(600);
    expect([...(await settingsFromNewerVersion())].sort()).toEqual(['addedSites', 'markMode']);
    await saveSetting('markMode', 'every');
    await saveSetting('addedSites', ['bbc.com']);
    expect(await fakeBrowser.storage.sync.get(['markMode', 'markMode$', 'addedSites'])).toEqual({
      markMode: 'spotlight',
      markMode$: { v: 3 },
      addedSites: [{ host: 'example.org', since: 2027 }],
    });
    // A setting the newer version did not touch is saved as usual.
    await saveSetting('theme', 'dark');
    expect((await readSettings()).theme).toBe('dark');
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('a version-2 setting saved by this build records its version, so a later build migrates it right', async () => {
    const { saveSetting } = await load();
    await saveSetting('disabledSites', ['bbc.com']);
    expect(await fakeBrowser.storage.sync.get(['disabledSites', 'disabledSites$'])).toEqual({
      disabledSites: ['bbc.com'],
      disabledSites$: { v: 2 },
    });
  });
});

describe('the interface language setting', () => {
  it('keeps the values stored before Arabic existed, and reads Arabic once chosen', async () => {
    for (const stored of ['auto', 'en', 'fa', 'ru'] as const) {
      fakeBrowser.reset();
      await fakeBrowser.storage.sync.set({ uiLanguage: stored, uiLanguage$: { v: 1 } });
      expect((await (await load()).readSettings()).uiLanguage, stored).toBe(stored);
    }
    fakeBrowser.reset();
    const { saveSetting, readSettings } = await load();
    await saveSetting('uiLanguage', 'ar');
    expect(await fakeBrowser.storage.sync.get('uiLanguage')).toEqual({ uiLanguage: 'ar' });
    expect((await readSettings()).uiLanguage).toBe('ar');
  });

  it('falls back to the browser language for a language it does not offer', async () => {
    await fakeBrowser.storage.sync.set({ uiLanguage: 'de' });
    expect((await (await load()).readSettings()).uiLanguage).toBe('auto');
  });
});
