/**
 * Host access for added sites, in the background against WXT's in-memory browser: a removed site's access is
 * given back, access revoked in the browser's own settings takes the site off the list, and two quick changes
 * of the list end on the newer one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sitesRevoked, sitesToRelease } from '../../lib/settings/site-access.ts';
import { sitePatterns } from '../../lib/settings/sites.ts';

type Registration = { id: string; matches: string[] };

/** Stubs for the APIs fakeBrowser leaves out: permissions held, and the content scripts registered. */
function stubBrowser(granted: Set<string>) {
  let registered: Registration[] = [];
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.permissions = {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      for (const o of origins) granted.delete(o);
      return true;
    }),
  };
  b.scripting = {
    // A slow browser: each call yields a few times, so two updates started together would interleave.
    getRegisteredContentScripts: vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 5));
      return registered;
    }),
    unregisterContentScripts: vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 5));
      registered = [];
    }),
    registerContentScripts: vi.fn(async (list: Registration[]) => {
      await new Promise((r) => setTimeout(r, 5));
      registered = [...registered, ...list];
    }),
  };
  b.runtime = {
    ...b.runtime,
    getManifest: () => ({ content_scripts: [{ js: ['content-scripts/content.js'] }] }),
  };
  return { registered: () => registered, remove: b.permissions.remove as ReturnType<typeof vi.fn> };
}

async function load() {
  vi.resetModules();
  const storage = await import('../../utils/storage.ts');
  const registrations = await import('../../entrypoints/background/registrations.ts');
  return { ...storage, ...registrations };
}

const grant = (...sites: string[]) => new Set(sites.flatMap(sitePatterns));

beforeEach(() => {
  fakeBrowser.reset();
});

// Importing the background's modules takes seconds on a loaded machine; the tests themselves are quick.
describe('host access for added sites', { timeout: 30_000 }, () => {
  it("revoking a site's permission removes it from the list", async () => {
    const granted = grant('example.org', 'news.example');
    stubBrowser(granted);
    const { addedSitesItem, onPermissionsRemoved } = await load();
    await addedSitesItem.setValue(['example.org', 'news.example']);
    // The browser reports what the user revoked in its own extension settings.
    for (const o of sitePatterns('example.org')) granted.delete(o);
    const gone = await onPermissionsRemoved({ origins: ['https://example.org/*', '*://*.example.org/*'] });
    expect(gone).toEqual(['example.org']);
    expect(await addedSitesItem.getValue()).toEqual(['news.example']);
  });

  it('removing an added site gives its access back and unregisters it', async () => {
    const stub = stubBrowser(grant('example.org', 'news.example'));
    const { onAddedSitesChanged } = await load();
    const { addedSitesItem } = await import('../../utils/storage.ts');
    await addedSitesItem.setValue(['news.example']);
    await onAddedSitesChanged(['example.org', 'news.example'], ['news.example']);
    expect(stub.remove).toHaveBeenCalledWith({ origins: sitePatterns('example.org') });
    expect(stub.remove).toHaveBeenCalledTimes(1);
    expect(stub.registered().flatMap((r) => r.matches)).toEqual(sitePatterns('news.example'));
  });

  it('two quick changes of the list end on the newer list', async () => {
    const stub = stubBrowser(grant('a.example', 'b.example'));
    const { addedSitesItem, syncAddedSiteScripts } = await load();
    await addedSitesItem.setValue(['a.example']);
    const first = syncAddedSiteScripts();
    await addedSitesItem.setValue(['b.example']);
    const second = syncAddedSiteScripts();
    await Promise.all([first, second]);
    // One registration, for the newer list only.
    expect(stub.registered()).toHaveLength(1);
    expect(stub.registered()[0]?.matches).toEqual(sitePatterns('b.example'));
  });
});

describe('site access rules', () => {
  it('gives back only sites that left the list and are not default news sites', () => {
    expect(sitesToRelease(['a.org', 'bbc.com', 'c.org'], ['c.org'], ['bbc.com'])).toEqual(['a.org']);
  });

  it('matches revoked origins to sites by host, in any pattern spelling', () => {
    expect(sitesRevoked(['a.org', 'b.org'], ['https://www.a.org/*'])).toEqual(['a.org']);
    expect(sitesRevoked(['a.org'], ['<all_urls>', '*://*.notb.org/*'])).toEqual([]);
  });
});
