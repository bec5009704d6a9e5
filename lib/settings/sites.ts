/**
 * Hosts and match patterns for "where it runs": pure helpers shared by the popup, the options page and the
 * background. A site is a host name (`bbc.com`, lower case, no `www.`); it covers its subdomains.
 */
import { isEnabledOn } from './schema.ts';

/** The host of an http(s) page, lower case without a leading `www.`; null for any other scheme or bad URL. */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * Turns what older versions or a user may have stored (a URL, an origin, `www.host`, a host with a trailing
 * dot) into a site host; returns the input lower-cased when it is already a host.
 */
export function toSite(entry: string): string {
  const trimmed = entry.trim().toLowerCase();
  const fromUrl = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? siteOf(trimmed) : null;
  return (fromUrl ?? trimmed.split('/')[0] ?? '').replace(/^www\./, '').replace(/\.$/, '');
}

/** Match patterns for a site and all its subdomains (`*://*.host/*` alone does not match the bare host). */
export const sitePatterns = (host: string): string[] => [`*://${host}/*`, `*://*.${host}/*`];

/** Whether the extension runs on `url`'s site, given the default list and the user's lists. */
export function runsOn(
  url: string | undefined,
  defaults: readonly string[],
  added: readonly string[],
  disabled: readonly string[],
) {
  const site = siteOf(url);
  return site !== null && isEnabledOn(site, defaults, added, disabled);
}

/** Adds `host` to a list (no duplicates, sorted for a stable options page). */
export const withSite = (list: readonly string[], host: string): string[] =>
  [...new Set([...list, host])].sort();

/** Removes `host` from a list. */
export const withoutSite = (list: readonly string[], host: string): string[] =>
  list.filter((h) => h !== host);
