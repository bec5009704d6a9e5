/**
 * Host access for the sites a user added ("Always run on <site>"), given back when it is no longer needed and
 * followed when the browser takes it away. Pure: the background passes the lists and calls `permissions.*`.
 */
/**
 * Sites whose access should be given back after the list changed from `before` to `after`: those dropped from
 * it, except the default news sites (their access is the manifest's, not an optional grant).
 */
export function sitesToRelease(
  before: readonly string[],
  after: readonly string[],
  defaults: readonly string[],
): string[] {
  const kept = new Set(after);
  const builtIn = new Set(defaults);
  return [...new Set(before)].filter((s) => !kept.has(s) && !builtIn.has(s));
}

/** The host of a match pattern (`*://*.bbc.com/*` → `bbc.com`), or null for `<all_urls>` and the like. */
function patternHost(pattern: string): string | null {
  const m = /^[^:]+:\/\/(?:\*\.)?([^/*]+)\//.exec(pattern);
  return m?.[1]?.toLowerCase().replace(/^www\./, '') ?? null;
}

/**
 * Sites of `added` whose access the browser just removed (the user revoked it in the browser's own extension
 * settings): a removed origin is one of the site's patterns, compared by host, since a browser may report
 * the pattern in another spelling (`https://bbc.com/*` for `*://bbc.com/*`).
 */
export function sitesRevoked(added: readonly string[], removedOrigins: readonly string[]): string[] {
  const hosts = new Set(removedOrigins.map(patternHost).filter((h): h is string => h !== null));
  return added.filter((site) => hosts.has(site));
}
