/**
 * Every persisted setting, declared once with @wxt-dev/storage (fallback + version + migrations). Each value is
 * sanitised on read by lib/settings/schema.ts, so a corrupted or out-of-range stored value behaves as its
 * default. Only what the user changed is stored ({@link saveSetting} removes a value equal to its default), so
 * defaults can improve in later versions.
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

/**
 * Version 2 of the site lists stores bare hosts. Version 1 builds could store what the address bar gave
 * (`https://www.bbc.com/persian/...`), which never matched a host; the migration keeps the site.
 */
const migrateSitesToHosts = (old: unknown): string[] =>
  sanitizeSites(Array.isArray(old) ? old.map((e) => (typeof e === 'string' ? toSite(e) : e)) : old);

export const markModeItem = storage.defineItem<MarkMode>('sync:markMode', {
  fallback: DEFAULTS.markMode,
  version: 2,
  migrations: { 2: migrateMarkMode },
});
export const hoverDelayItem = storage.defineItem('sync:hoverDelayMs', {
  fallback: DEFAULTS.hoverDelayMs,
  version: 1,
});
export const uiLanguageItem = storage.defineItem('sync:uiLanguage', {
  fallback: DEFAULTS.uiLanguage,
  version: 1,
});
export const themeItem = storage.defineItem('sync:theme', { fallback: DEFAULTS.theme, version: 1 });
export const addedSitesItem = storage.defineItem<string[]>('sync:addedSites', {
  fallback: DEFAULTS.addedSites,
  version: 2,
  migrations: { 2: migrateSitesToHosts },
});
export const disabledSitesItem = storage.defineItem<string[]>('sync:disabledSites', {
  fallback: DEFAULTS.disabledSites,
  version: 2,
  migrations: { 2: migrateSitesToHosts },
});

export type { Settings };

/** Reads every setting, sanitised. */
export async function readSettings(): Promise<Settings> {
  const [markMode, hoverDelayMs, uiLanguage, theme, addedSites, disabledSites] = await Promise.all([
    markModeItem.getValue(),
    hoverDelayItem.getValue(),
    uiLanguageItem.getValue(),
    themeItem.getValue(),
    addedSitesItem.getValue(),
    disabledSitesItem.getValue(),
  ]);
  return {
    markMode: sanitizeMarkMode(markMode),
    hoverDelayMs: sanitizeHoverDelay(hoverDelayMs),
    uiLanguage: sanitizeUiLanguage(uiLanguage),
    theme: sanitizeTheme(theme),
    addedSites: sanitizeSites(addedSites),
    disabledSites: sanitizeSites(disabledSites),
  };
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

/** Saves one setting; a value equal to the default is removed instead, so a better default can reach the user. */
export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  const item = SETTING_ITEMS[key] as unknown as WxtStorageItem<Settings[K], Record<string, unknown>>;
  const fallback = DEFAULTS[key];
  const same = Array.isArray(value)
    ? Array.isArray(fallback) && value.length === 0 && fallback.length === 0
    : value === fallback;
  if (same) await item.removeValue();
  else await item.setValue(value);
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
