/**
 * Content script registrations for the sites the user added ("Always run on <site>"), and one-off scans of the
 * active tab ("Scan this page", through `activeTab`). The built content script's file names are read from the
 * manifest, so they follow whatever WXT emitted. Access to a site the user removes is given back
 * (`permissions.remove`), and a site whose access the user revoked in the browser leaves the list.
 */
import { LOG_PREFIX } from '../../lib/messaging/receiver.ts';
import { NEWS_SITE_HOSTS } from '../../lib/settings/news-sites.ts';
import { sanitizeSites } from '../../lib/settings/schema.ts';
import { sitesRevoked, sitesToRelease } from '../../lib/settings/site-access.ts';
import { sitePatterns } from '../../lib/settings/sites.ts';
import { readSettings, saveSetting } from '../../utils/storage.ts';

/** File paths as `scripting` types them; the manifest's are strings of the same files. */
type ScriptFiles = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;

const REGISTRATION_ID = 'inline-context-added-sites';

/** The files of the manifest's content script (the one WXT builds from entrypoints/content). */
export function contentScriptFiles(): { js: string[]; css: string[] } {
  const cs = browser.runtime.getManifest().content_scripts?.[0];
  return { js: cs?.js ?? [], css: cs?.css ?? [] };
}

/**
 * Registrations are updated one at a time, each reading the list when its turn comes: two quick changes
 * (add one site, remove another) run in order and the last one registers the newest list. Run in parallel,
 * the older update could unregister and register after the newer one and win.
 */
let updates: Promise<unknown> = Promise.resolve();

/**
 * Registers the content script on every added site the user granted access to, replacing the previous
 * registration. Sites whose permission was revoked are left out (registering them would fail).
 */
export function syncAddedSiteScripts(): Promise<string[]> {
  const next = updates.then(registerAddedSites, registerAddedSites);
  updates = next.catch(() => undefined);
  return next;
}

async function registerAddedSites(): Promise<string[]> {
  const sites = (await readSettings()).addedSites;
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

/**
 * The user's list went from `before` to `after` (options page, popup): gives back the access of every site
 * that left it, then updates the registrations. Access to a default news site is the manifest's and stays.
 */
export async function onAddedSitesChanged(
  before: readonly string[],
  after: readonly string[],
): Promise<void> {
  const release = sitesToRelease(sanitizeSites(before), sanitizeSites(after), NEWS_SITE_HOSTS);
  for (const site of release) {
    await browser.permissions.remove({ origins: sitePatterns(site) }).catch((error: unknown) => {
      console.warn(`${LOG_PREFIX} could not give back access to a removed site: ${(error as Error).message}`);
    });
  }
  await syncAddedSiteScripts();
}

/**
 * The browser took access away (the user revoked it in the extension's site settings): the sites it covered
 * leave the user's list, so the options page and popup no longer claim the extension runs there. Writing the
 * list updates the registrations through the storage watcher.
 */
export async function onPermissionsRemoved(removed: { origins?: string[] }): Promise<string[]> {
  const added = (await readSettings()).addedSites;
  const gone = sitesRevoked(added, removed.origins ?? []);
  // Through saveSetting: a list a newer version stored is not overwritten.
  if (gone.length > 0)
    await saveSetting(
      'addedSites',
      added.filter((s) => !gone.includes(s)),
    );
  return gone;
}

/** Runs the content script once in a tab ("Scan this page"); needs `activeTab` or a host permission. */
export async function scanTab(tabId: number): Promise<boolean> {
  const { js, css } = contentScriptFiles();
  if (js.length === 0) throw new Error('The manifest lists no content script.');
  if (css.length > 0) await browser.scripting.insertCSS({ target: { tabId }, files: css });
  await browser.scripting.executeScript({ target: { tabId }, files: js as ScriptFiles });
  return true;
}
