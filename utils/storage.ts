/**
 * Every persisted setting, declared once with @wxt-dev/storage, with its version and migration in
 * {@link VERSIONS}. Each value is sanitised on read by lib/settings/schema.ts, so a corrupted or out-of-range
 * stored value behaves as its default. Only what the user changed is stored ({@link saveSetting} removes a
 * value equal to its default), so defaults can improve in later versions.
 *
 * Versions are checked here rather than by @wxt-dev/storage's `migrations`: it runs them as soon as an item is
 * defined — in every page and frame the content script runs in — and meets a value stored by a newer version
 * with a `console.error` ("Version downgrade detected") on every page, after which a save overwrote the newer
 * value. Here a setting stored by a newer version reads as its default and is never written
 * (lib/settings/stored-version.ts); the background notes it once per browser session.
 */
import { storage, type WxtStorageItem } from '#imports';
import {
  DEFAULTS,
  type MarkMode,
  migrateMarkMode,
  type Settings,
  sanitizeHoverDelay,
  sanitizeMarkMode,
  sanitizeSites,
  sanitizeTheme,
  sanitizeUiLanguage,
} from '../lib/settings/schema.ts';
import { toSite } from '../lib/settings/sites.ts';
import { storedVersion } from '../lib/settings/stored-version.ts';

/**
 * Version 2 of the site lists stores bare hosts. Version 1 builds could store what the address bar gave
 * (`https://www.bbc.com/persian/...`), which never matched a host; the migration keeps the site.
 */
const migrateSitesToHosts = (old: unknown): string[] =>
  sanitizeSites(Array.isArray(old) ? old.map((e) => (typeof e === 'string' ? toSite(e) : e)) : old);

export const markModeItem = storage.defineItem<MarkMode>('sync:markMode', { fallback: DEFAULTS.markMode });
export const hoverDelayItem = storage.defineItem('sync:hoverDelayMs', { fallback: DEFAULTS.hoverDelayMs });
export const uiLanguageItem = storage.defineItem('sync:uiLanguage', { fallback: DEFAULTS.uiLanguage });
export const themeItem = storage.defineItem('sync:theme', { fallback: DEFAULTS.theme });
export const addedSitesItem = storage.defineItem<string[]>('sync:addedSites', {
  fallback: DEFAULTS.addedSites,
});
export const disabledSitesItem = storage.defineItem<string[]>('sync:disabledSites', {
  fallback: DEFAULTS.disabledSites,
});

/** Each setting's stored version, and how a value of the version before it is carried over. */
const VERSIONS: { [K in keyof Settings]: { version: number; migrate?: (old: unknown) => Settings[K] } } = {
  markMode: { version: 2, migrate: migrateMarkMode },
  hoverDelayMs: { version: 1 },
  uiLanguage: { version: 1 },
  theme: { version: 1 },
  addedSites: { version: 2, migrate: migrateSitesToHosts },
  disabledSites: { version: 2, migrate: migrateSitesToHosts },
};

let versionsChecked: Promise<ReadonlySet<keyof Settings>> | null = null;

/**
 * Brings settings stored by an older version up to date (once per page), and answers which settings a newer
 * version stored: those read as their defaults here and are left as they are.
 */
export function settingsFromNewerVersion(): Promise<ReadonlySet<keyof Settings>> {
  versionsChecked ??= checkVersions();
  return versionsChecked;
}

async function checkVersions(): Promise<ReadonlySet<keyof Settings>> {
  const newer = new Set<keyof Settings>();
  for (const key of Object.keys(VERSIONS) as (keyof Settings)[]) {
    const { key: storageKey } = SETTING_ITEMS[key];
    const { version, migrate } = VERSIONS[key];
    const [value, meta] = await Promise.all([storage.getItem(storageKey), storage.getMeta(storageKey)]);
    const status = storedVersion(value, meta, version);
    if (status === 'newer') newer.add(key);
    if (status !== 'older') continue;
    // Each tab may do this at once; the result is the same value, so the race is harmless.
    await storage.setItem(storageKey, migrate ? migrate(value) : value);
    await storage.setMeta(storageKey, { v: version });
  }
  return newer;
}

export type { Settings };

/** Reads every setting, sanitised; a setting stored by a newer version reads as its default. */
export async function readSettings(): Promise<Settings> {
  const newer = await settingsFromNewerVersion();
  const [markMode, hoverDelayMs, uiLanguage, theme, addedSites, disabledSites] = await Promise.all([
    markModeItem.getValue(),
    hoverDelayItem.getValue(),
    uiLanguageItem.getValue(),
    themeItem.getValue(),
    addedSitesItem.getValue(),
    disabledSitesItem.getValue(),
  ]);
  const settings: Settings = {
    markMode: sanitizeMarkMode(markMode),
    hoverDelayMs: sanitizeHoverDelay(hoverDelayMs),
    uiLanguage: sanitizeUiLanguage(uiLanguage),
    theme: sanitizeTheme(theme),
    addedSites: sanitizeSites(addedSites),
    disabledSites: sanitizeSites(disabledSites),
  };
  for (const key of newer) (settings as unknown as Record<string, unknown>)[key] = DEFAULTS[key];
  return settings;
}

/** The item behind each setting, so pages can save and watch settings by name. */
export const SETTING_ITEMS = {
  markMode: markModeItem,
  hoverDelayMs: hoverDelayItem,
  uiLanguage: uiLanguageItem,
  theme: themeItem,
  addedSites: addedSitesItem,
  disabledSites: disabledSitesItem,
} satisfies { [K in keyof Settings]: WxtStorageItem<Settings[K], Record<string, unknown>> };

/**
 * Saves one setting; a value equal to the default is removed instead, so a better default can reach the user.
 * A setting a newer version stored is not written (its value means something this build does not know).
 */
export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  if ((await settingsFromNewerVersion()).has(key)) return;
  const item = SETTING_ITEMS[key] as unknown as WxtStorageItem<Settings[K], Record<string, unknown>>;
  const fallback = DEFAULTS[key];
  const same = Array.isArray(value)
    ? Array.isArray(fallback) && value.length === 0 && fallback.length === 0
    : value === fallback;
  if (same) {
    await item.removeValue({ removeMeta: true });
    return;
  }
  await item.setValue(value);
  const { version } = VERSIONS[key];
  if (version > 1) await item.setMeta({ v: version });
}

/** Calls `onChange` with fresh sanitised settings whenever any of them changes; returns the unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const unwatchers = Object.values(SETTING_ITEMS).map((item) =>
    (item as WxtStorageItem<unknown, Record<string, unknown>>).watch(
      () => void readSettings().then(onChange),
    ),
  );
  return () => {
    for (const u of unwatchers) u();
  };
}
