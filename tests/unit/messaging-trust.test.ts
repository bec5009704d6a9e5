/**
 * What the background trusts: its own pages may ask anything; a content script (driven by a page we do not
 * control) may not scan tabs, and may open the search page only a few times in a row; answers from a content
 * script are checked before anyone acts on them.
 */
import { describe, expect, it } from 'vitest';
import { parseContentReply } from '../../lib/messaging/protocol.ts';
import { RateLimit } from '../../lib/messaging/rate-limit.ts';
import { isContentScript, isExtensionPage } from '../../lib/messaging/sender-check.ts';

const ORIGIN = 'chrome-extension://abcdefghijklmnop/';

describe('the sender check', () => {
  it('accepts the popup and the search page, in their own window or opened in a tab', () => {
    expect(isExtensionPage({ url: `${ORIGIN}popup.html` }, ORIGIN)).toBe(true);
    expect(isExtensionPage({ url: `${ORIGIN}search.html?q=x`, tab: { id: 4 }, frameId: 0 }, ORIGIN)).toBe(
      true,
    );
    expect(
      isExtensionPage({ url: 'moz-extension://1234-uuid/popup.html' }, 'moz-extension://1234-uuid/'),
    ).toBe(true);
  });

  it('refuses a content script in a news page, whatever its page claims', () => {
    const fromPage = { url: 'https://news.example/article', tab: { id: 4, url: 'https://news.example/' } };
    expect(isExtensionPage(fromPage, ORIGIN)).toBe(false);
    expect(isContentScript(fromPage, ORIGIN)).toBe(true);
    // A page whose path spells our origin is still a web page.
    expect(isExtensionPage({ url: `https://evil.example/${ORIGIN}popup.html`, tab: { id: 4 } }, ORIGIN)).toBe(
      false,
    );
  });

  it('refuses another extension whose id starts with ours, and a sender without a URL', () => {
    expect(isExtensionPage({ url: 'chrome-extension://abcdefghijklmnopq/popup.html' }, ORIGIN)).toBe(false);
    expect(isExtensionPage({ url: 'chrome-extension://abcdefghijklmnop.evil/x' }, ORIGIN)).toBe(false);
    expect(isExtensionPage({}, ORIGIN)).toBe(false);
    // An origin passed without its slash would let both of the above through: refuse rather than guess.
    expect(isExtensionPage({ url: `${ORIGIN}popup.html` }, ORIGIN.slice(0, -1))).toBe(false);
  });

  it('a web page framed inside one of our pages is a content script, not our page', () => {
    const framed = {
      url: 'https://news.example/embed',
      tab: { id: 9, url: `${ORIGIN}search.html` },
      frameId: 3,
    };
    expect(isExtensionPage(framed, ORIGIN)).toBe(false);
    expect(isContentScript(framed, ORIGIN)).toBe(true);
  });
});

describe('the rate limit on searches opened from a page', () => {
  it('lets two searches through at once, refuses the third, and allows one more after the refill time', () => {
    let now = 1_000;
    const limit = new RateLimit<number>({ burst: 2, everyMs: 5_000, now: () => now });
    expect([limit.take(7), limit.take(7), limit.take(7)]).toEqual([true, true, false]);
    now += 4_999;
    expect(limit.take(7)).toBe(false);
    now += 1; // 5 s after the bucket ran dry: one more
    expect(limit.take(7)).toBe(true);
    expect(limit.take(7)).toBe(false);
  });

  it('a page that keeps asking stays limited: refused requests do not earn anything', () => {
    let now = 0;
    const limit = new RateLimit<number>({ burst: 2, everyMs: 5_000, now: () => now });
    let opened = 0;
    for (let i = 0; i < 600; i++) {
      if (limit.take(1)) opened++;
      now += 100; // ten a second for a minute
    }
    expect(opened).toBeLessThanOrEqual(2 + 60_000 / 5_000);
  });

  it('limits each tab on its own, and forgets the oldest tabs beyond its bound', () => {
    const now = 0;
    const limit = new RateLimit<number>({ burst: 1, everyMs: 5_000, now: () => now, maxKeys: 3 });
    expect([limit.take(1), limit.take(2), limit.take(1)]).toEqual([true, true, false]);
    for (const tab of [3, 4, 5]) limit.take(tab);
    // Tab 1 was forgotten: it starts afresh (the bound keeps memory flat on a long-lived worker).
    expect(limit.take(1)).toBe(true);
  });
});

describe('answers from a content script', () => {
  it('a well-formed summary passes', () => {
    const summary = { url: 'https://x/', marking: true, counts: { 'ali-khamenei': 2 }, statements: ['s1'] };
    expect(parseContentReply('page:summary', { ok: true, value: summary })).toEqual({
      ok: true,
      value: summary,
    });
  });

  it.each([
    ['page:summary', { url: 'https://x/', marking: 'yes', counts: {}, statements: [] }],
    ['page:summary', { url: 'https://x/', marking: true, counts: { a: -1 }, statements: [] }],
    ['page:summary', { url: 'https://x/', marking: true, counts: {}, statements: [{ html: '<img>' }] }],
    ['page:next-mark', { index: 1.5, total: 3, entity: 'x' }],
    ['page:set-marks', null],
    ['page:toggle-marks', { marking: 1 }],
  ] as const)('a malformed %s answer becomes an error reply', (type, value) => {
    const reply = parseContentReply(type, { ok: true, value });
    expect(reply.ok).toBe(false);
  });

  it('an error reply is passed on as it is', () => {
    expect(parseContentReply('page:next-mark', { ok: false, error: 'No mark on this page.' })).toEqual({
      ok: false,
      error: 'No mark on this page.',
    });
  });
});
