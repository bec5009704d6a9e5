/**
 * The content script's publication date (entrypoints/content/page-date.ts): it reads the page's tags itself and
 * asks the background to read its bylines, datelines and address (entrypoints/background/read-dates.ts). A
 * reader must see the same marks as before the date reader left the page: the date it gets is
 * `publicationDate`'s on every development-corpus page and baseline, and the scan asks for it only when what
 * it resolves depends on it.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { readDates } from '../../entrypoints/background/read-dates.ts';
import { type DateAsk, PageDate } from '../../entrypoints/content/page-date.ts';
import { DateReader } from '../../lib/spot/date-text.ts';
import { MONTH_NAMES } from '../../lib/spot/month-names.ts';
import { publicationDate } from '../../lib/spot/publication-date.ts';
import { needsPageDate, resolveCandidates } from '../../lib/spot/resolve.ts';
import { bundle, corpusAndBaselinePages, spotter } from './spot-helpers.ts';

const dates = new DateReader(MONTH_NAMES);
const htmlPages = corpusAndBaselinePages().filter((f) => f.endsWith('.html'));
const load = (html: string) => parseHTML(html).document as unknown as Document;

/** The background, as the message reaches it: JSON both ways. */
const background = (): DateAsk & { calls: string[][] } => {
  const calls: string[][] = [];
  const ask = async (kind: 'dateline' | 'url', items: string[], lang: string) => {
    calls.push(items);
    return JSON.parse(JSON.stringify(readDates(kind, JSON.parse(JSON.stringify(items)), lang)));
  };
  return Object.assign(ask, { calls });
};

describe("the content script's page date", () => {
  it("is publicationDate's on every corpus page and baseline", async () => {
    let undated = 0;
    for (const file of htmlPages) {
      const doc = load(readFileSync(file, 'utf8'));
      const expected = publicationDate(doc, dates);
      if (expected === null) undated++;
      expect(await new PageDate(background()).of(doc), file).toBe(expected);
    }
    // The corpus has pages of every kind: dated by tags, by bylines, by address, and not at all.
    expect(undated).toBeGreaterThan(0);
    expect(undated).toBeLessThan(htmlPages.length / 2);
  });

  it('reads a dateline through the background once, then at once on every later pass', async () => {
    const doc = load(
      '<html><body><article><div class="byline">By a reporter · ۲۲ اسفند ۱۴۰۱</div><p>Text.</p></article></body></html>',
    );
    const ask = background();
    const page = new PageDate(ask);
    const first = page.of(doc);
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toBe('2023-03-13');
    expect(page.of(doc)).toBe('2023-03-13');
    expect(ask.calls).toHaveLength(1);
  });

  it('never asks when the tags give the date, nor about texts without a year', async () => {
    const ask = vi.fn(background());
    const tagged = load(
      '<html><head><meta property="article:published_time" content="2023-03-14T08:00:00Z"></head><body><div class="date">13 March 2023</div></body></html>',
    );
    expect(new PageDate(ask).of(tagged)).toBe('2023-03-14');
    const noYear = load('<html><body><div class="meta">Posted on Monday</div><p>Text.</p></body></html>');
    expect(await new PageDate(ask).of(noYear)).toBeNull();
    // A byline without a year cannot give a date: it is not sent.
    expect(ask.mock.calls.filter(([kind]) => kind === 'dateline')).toEqual([]);
  });

  it('gives no date, and asks again next time, when the background cannot answer', async () => {
    const doc = load('<html><body><div class="byline">13 March 2023</div></body></html>');
    let up = false;
    const page = new PageDate(async (kind, items) => {
      if (!up) throw new Error('no answer from the background');
      return readDates(kind, items);
    });
    expect(await page.of(doc)).toBeNull();
    up = true;
    expect(await page.of(doc)).toBe('2023-03-13');
  });
});

describe('the date a scan resolves with', () => {
  it('is asked for only when it can change a mark: names resolve the same on any date', () => {
    let namesOnly = 0;
    for (const file of htmlPages) {
      const doc = load(readFileSync(file, 'utf8'));
      const candidates = spotter.findCandidates(doc.body?.textContent ?? '');
      const names = candidates.filter((c) => c.via === 'name');
      expect(needsPageDate(names)).toBe(false);
      if (!needsPageDate(candidates)) namesOnly++;
      const on = (publishedAt: string | null) => resolveCandidates(bundle.gazetteer, names, { publishedAt });
      const undated = on(null);
      for (const day of ['2019-01-01', '2023-03-13', '2026-06-01']) expect(on(day), file).toEqual(undated);
    }
    expect(namesOnly).toBeGreaterThan(0);
  });
});
