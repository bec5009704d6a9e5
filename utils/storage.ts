/**
 * Every persisted setting, declared once with @wxt-dev/storage (fallback + version). Each value is sanitised
 * on read by lib/settings/schema.ts, so a corrupted or out-of-range stored value behaves as its default.
 * Only what the user changed is stored, so defaults can improve in later versions.
 */
import { storage } from '#imports';
import {
  DEFAULTS,
  sanitizeHoverDelay,
  sanitizeMarkMode,
  sanitizeSites,
  sanitizeTheme,
  sanitizeUiLanguage,
} from '../lib/settings/schema.ts';

export const markModeItem = storage.defineItem('sync:markMode', { fallback: DEFAULTS.markMode, version: 1 });
export const hoverDelayItem = storage.defineItem('sync:hoverDelayMs', { fallback: DEFAULTS.hoverDelayMs, version: 1 });
export const uiLanguageItem = storage.defineItem('sync:uiLanguage', { fallback: DEFAULTS.uiLanguage, version: 1 });
export const themeItem = storage.defineItem('sync:theme', { fallback: DEFAULTS.theme, version: 1 });
export const addedSitesItem = storage.defineItem<string[]>('sync:addedSites', { fallback: DEFAULTS.addedSites, version: 1 });
export const disabledSitesItem = storage.defineItem<string[]>('sync:disabledSites', {
  fallback: DEFAULTS.disabledSites,
  version: 1,
});

/** Reads every setting, sanitised. */
export async function readSettings() {
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
