/** The default news list and the helpers that turn tabs and typed input into sites and match patterns. */
import { describe, expect, it } from 'vitest';
import { decidePageState } from '../../lib/popup/page-offer.ts';
import { NEWS_SITE_HOSTS, NEWS_SITE_MATCHES, NEWS_SITES } from '../../lib/settings/news-sites.ts';
import { isEnabledOn, sanitizeSites } from '../../lib/settings/schema.ts';
import { runsOn, siteOf, sitePatterns, toSite } from '../../lib/settings/sites.ts';

describe('the default news list', () => {
  it('has about forty outlets from each of Iran, Belarus, Russia and international media', () => {
    expect(NEWS_SITES.length).toBeGreaterThanOrEqual(38);
    for (const c of ['IR', 'BY', 'RU', 'INT'])
      expect(NEWS_SITES.filter((s) => s.country === c).length).toBeGreaterThan(4);
  });

  it('lists each host once, as a valid bare host with a name and languages', () => {
    expect(new Set(NEWS_SITE_HOSTS).size).toBe(NEWS_SITE_HOSTS.length);
    expect(sanitizeSites(NEWS_SITE_HOSTS)).toEqual(NEWS_SITE_HOSTS);
    for (const s of NEWS_SITES) {
      expect(s.host).not.toMatch(/^www\./);
      expect(s.name.length).toBeGreaterThan(1);
      expect(s.languages.length).toBeGreaterThan(0);
    }
  });

  it('matches each site and its subdomains, and nothing like <all_urls>', () => {
    expect(NEWS_SITE_MATCHES).toContain('*://bbc.com/*');
    expect(NEWS_SITE_MATCHES).toContain('*://*.bbc.com/*');
    expect(NEWS_SITE_MATCHES).toHaveLength(NEWS_SITE_HOSTS.length * 2);
    expect(NEWS_SITE_MATCHES.some((m) => m.includes('<all_urls>') || m.startsWith('*://*/'))).toBe(false);
  });
});

describe('sites', () => {
  it('are the host of an http(s) page, without www.', () => {
    expect(siteOf('https://www.bbc.com/persian/articles/1')).toBe('bbc.com');
    expect(siteOf('http://127.0.0.1:8080/page.html')).toBe('127.0.0.1');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('chrome-extension://abc/popup.html')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('are read from what people type or paste', () => {
    expect(toSite(' https://WWW.Example.org/a/b ')).toBe('example.org');
    expect(toSite('example.org/news')).toBe('example.org');
    expect(toSite('example.org.')).toBe('example.org');
  });

  it('cover their subdomains, and a turned-off site stays off even if it is on the default list', () => {
    expect(sitePatterns('example.org')).toEqual(['*://example.org/*', '*://*.example.org/*']);
    expect(runsOn('https://persian.bbc.com/x', NEWS_SITE_HOSTS, [], [])).toBe(true);
    expect(runsOn('https://persian.bbc.com/x', NEWS_SITE_HOSTS, [], ['bbc.com'])).toBe(false);
    expect(runsOn('https://example.org/x', NEWS_SITE_HOSTS, [], [])).toBe(false);
    expect(isEnabledOn('news.example.org', NEWS_SITE_HOSTS, ['example.org'], [])).toBe(true);
    expect(isEnabledOn('notbbc.com', NEWS_SITE_HOSTS, [], [])).toBe(false);
  });
});

describe('what the popup offers for a tab', () => {
  const base = { hasTab: true, summary: undefined, defaults: ['bbc.com'], added: [], disabled: [] };
  const summary = {
    url: 'https://www.bbc.com/x',
    marking: true,
    counts: { 'ali-khamenei': 2 },
    statements: [],
  };

  it('shows the page summary where the content script answered', () => {
    expect(decidePageState({ ...base, url: 'https://www.bbc.com/x', summary })).toEqual({
      kind: 'running',
      site: 'bbc.com',
      summary,
    });
  });

  it('offers a scan and "always run" on a site outside the lists', () => {
    expect(decidePageState({ ...base, url: 'https://example.org/a' })).toEqual({
      kind: 'not-running',
      site: 'example.org',
      off: false,
      canAlwaysRun: true,
    });
  });

  it('does not offer "always run" on a default site, and says when the user turned it off', () => {
    expect(
      decidePageState({ ...base, url: 'https://www.bbc.com/x', summary, disabled: ['bbc.com'] }),
    ).toEqual({
      kind: 'not-running',
      site: 'bbc.com',
      off: true,
      canAlwaysRun: false,
    });
  });

  it('offers only a scan when the address cannot be read, and nothing on browser pages', () => {
    expect(decidePageState({ ...base, url: undefined })).toEqual({
      kind: 'not-running',
      off: false,
      canAlwaysRun: false,
    });
    expect(decidePageState({ ...base, url: 'chrome://settings' })).toEqual({ kind: 'unsupported' });
    expect(decidePageState({ ...base, hasTab: false, url: undefined })).toEqual({ kind: 'unsupported' });
  });
});
