/**
 * Content script registrations for the sites the user added ("Always run on <site>"), and one-off scans of the
 * active tab ("Scan this page", through `activeTab`). The built content script's file names are read from the
 * manifest, so they follow whatever WXT emitted.
 */
import { sitePatterns } from '../../lib/settings/sites.ts';
import { sanitizeSites } from '../../lib/settings/schema.ts';
import { addedSitesItem } from '../../utils/storage.ts';

/** File paths as `scripting` types them; the manifest's are strings of the same files. */
type ScriptFiles = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;

const REGISTRATION_ID = 'inline-context-added-sites';

/** The files of the manifest's content script (the one WXT builds from entrypoints/content). */
export function contentScriptFiles(): { js: string[]; css: string[] } {
  const cs = browser.runtime.getManifest().content_scripts?.[0];
  return { js: cs?.js ?? [], css: cs?.css ?? [] };
}

/**
 * Registers the content script on every added site the user granted access to, replacing the previous
 * registration. Sites whose permission was revoked are left out (registering them would fail).
 */
export async function syncAddedSiteScripts(): Promise<string[]> {
  const sites = sanitizeSites(await addedSitesItem.getValue());
  const granted: string[] = [];
  for (const site of sites) {
    if (await browser.permissions.contains({ origins: sitePatterns(site) })) granted.push(site);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
  const { js, css } = contentScriptFiles();
  if (granted.length === 0 || js.length === 0) return [];
  await browser.scripting.registerContentScripts([
    {
      id: REGISTRATION_ID,
      matches: granted.flatMap(sitePatterns),
      js,
      ...(css.length > 0 ? { css } : {}),
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  return granted;
}

/** Runs the content script once in a tab ("Scan this page"); needs `activeTab` or a host permission. */
export async function scanTab(tabId: number): Promise<boolean> {
  const { js, css } = contentScriptFiles();
  if (js.length === 0) throw new Error('The manifest lists no content script.');
  if (css.length > 0) await browser.scripting.insertCSS({ target: { tabId }, files: css });
  await browser.scripting.executeScript({ target: { tabId }, files: js as ScriptFiles });
  return true;
}
