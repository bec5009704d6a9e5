/**
 * The user's settings: their shape, defaults and sanitising. Pure; the storage items that persist them are
 * declared in utils/storage.ts. A missing, corrupted or out-of-range stored value falls back to its default.
 */

import { UI_LANGS, type UiLang } from '../data/types.ts';

/**
 * "Marks": `first` mentions (the calm default, lib/page/paint-plan.ts), `every` mention, `names` only, or
 * `none` until the reader asks. Version 1 stored `all` for today's `every`; see {@link migrateMarkMode}.
 */
export type MarkMode = 'first' | 'every' | 'names' | 'none';
/**
 * `auto` follows the browser. Arabic was added later: the values stored before it ('auto', 'en', 'fa', 'ru')
 * keep their meaning, so the stored item needs no migration; an older build reading 'ar' falls back to 'auto'.
 */
export type UiLanguage = 'auto' | UiLang;
export type Theme = 'auto' | 'light' | 'dark';

/** Every setting, sanitised: what every page reads (persisted by the items in utils/storage.ts). */
export interface Settings {
  markMode: MarkMode;
  hoverDelayMs: number;
  uiLanguage: UiLanguage;
  theme: Theme;
  addedSites: string[];
  disabledSites: string[];
}

export const HOVER_DELAY_MIN = 100;
export const HOVER_DELAY_MAX = 2000;

export const DEFAULTS = {
  markMode: 'first' as MarkMode,
  hoverDelayMs: 250,
  uiLanguage: 'auto' as UiLanguage,
  theme: 'auto' as Theme,
  /** Hosts (e.g. `example.org`) the user added with "Always run on this site". */
  addedSites: [] as string[],
  /** Hosts the user turned off ("Off on this site"). */
  disabledSites: [] as string[],
};

export const sanitizeMarkMode = (v: unknown): MarkMode =>
  v === 'first' || v === 'every' || v === 'names' || v === 'none' ? v : DEFAULTS.markMode;

/**
 * Version 1 → 2 of the stored "what to mark": `all` (names and topics, every mention) becomes `every`, which
 * paints exactly what `all` did; `names` and `none` keep their meaning. A reader who never chose stored nothing
 * and gets the new default, first mentions.
 */
export const migrateMarkMode = (old: unknown): MarkMode => sanitizeMarkMode(old === 'all' ? 'every' : old);

export const sanitizeHoverDelay = (v: unknown): number =>
  typeof v === 'number' && Number.isFinite(v) && v >= HOVER_DELAY_MIN && v <= HOVER_DELAY_MAX
    ? Math.round(v)
    : DEFAULTS.hoverDelayMs;

export const sanitizeUiLanguage = (v: unknown): UiLanguage =>
  v === 'auto' || UI_LANGS.includes(v as UiLang) ? (v as UiLanguage) : DEFAULTS.uiLanguage;

export const sanitizeTheme = (v: unknown): Theme =>
  v === 'auto' || v === 'light' || v === 'dark' ? v : DEFAULTS.theme;

/** The settings' names: also their keys in the browser's `sync` storage area (utils/storage.ts). */
export const SETTING_NAMES = Object.keys(DEFAULTS) as (keyof Settings)[];

/**
 * Every setting from an untrusted value (a message's payload): each field sanitised as if read from storage, so
 * a missing or malformed field reads as its default.
 */
export function sanitizeSettings(v: unknown): Settings {
  const r = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  return {
    markMode: sanitizeMarkMode(r.markMode),
    hoverDelayMs: sanitizeHoverDelay(r.hoverDelayMs),
    uiLanguage: sanitizeUiLanguage(r.uiLanguage),
    theme: sanitizeTheme(r.theme),
    addedSites: sanitizeSites(r.addedSites),
    disabledSites: sanitizeSites(r.disabledSites),
  };
}

const HOST =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,5})?$/;

/** A list of host names: keeps valid, lower-cased, unique hosts; anything else in storage is dropped. */
export const sanitizeSites = (v: unknown): string[] =>
  Array.isArray(v)
    ? [
        ...new Set(v.filter((h): h is string => typeof h === 'string').map((h) => h.trim().toLowerCase())),
      ].filter((h) => HOST.test(h))
    : [];

/** Is the extension on for `host`, given the default list and the user's choices? */
export function isEnabledOn(
  host: string,
  defaults: readonly string[],
  added: readonly string[],
  disabled: readonly string[],
): boolean {
  const h = host.toLowerCase();
  const within = (list: readonly string[]) => list.some((d) => h === d || h.endsWith(`.${d}`));
  if (within(disabled)) return false;
  return within(added) || within(defaults);
}
