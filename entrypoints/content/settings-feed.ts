/**
 * The settings as this frame reads them: asked of the background (`stage:settings`), which reads, migrates and
 * sanitises them with the storage library, so the start script carries none. A change in the browser's `sync`
 * area to one of our settings (the options page, the popup, another device) asks again.
 */
import { browser } from 'wxt/browser';
import { SETTING_NAMES, type Settings, sanitizeSettings } from '../../lib/settings/schema.ts';

/** The background did not answer with the settings. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

export async function requestSettings(): Promise<Settings> {
  const reply = (await browser.runtime.sendMessage({ type: 'stage:settings' })) as
    | { ok: true; value: unknown }
    | { ok: false; error: string }
    | undefined;
  if (!reply?.ok) throw new SettingsError(reply?.error ?? 'no answer from the background');
  return sanitizeSettings(reply.value);
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
