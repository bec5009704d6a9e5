/**
 * The settings as this frame reads them: asked of the background (`stage:settings`), which reads, migrates and
 * sanitises them with the storage library, so the start script carries none (a malformed field reads as its
 * default). A change in the browser's `sync`
 * area to one of our settings (the options page, the popup, another device) asks again.
 */
import { browser } from 'wxt/browser';
import { SETTING_NAMES, type Settings, sanitizeSettings } from '../../lib/settings/schema.ts';
import { askBackground } from './ask-background.ts';

export function requestSettings(): Promise<Settings> {
  return askBackground({ type: 'stage:settings' }, sanitizeSettings);
}

/** Calls `onChange` with fresh settings after each change to them; returns the function that stops watching. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const names = new Set<string>(SETTING_NAMES);
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !Object.keys(changes).some((key) => names.has(key))) return;
    // A failed read (the worker restarting) keeps the settings this frame has; the next change asks again.
    requestSettings().then(onChange, () => undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
