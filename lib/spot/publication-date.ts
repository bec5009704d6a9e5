/**
 * When a page was published, for dated titles ("the Supreme Leader" in 2023 is not the one in 2026).
 * Sources, most authoritative first (the first that gives a date wins):
 * 1. `<meta property="article:published_time">` (or `name=`, `itemprop=datePublished`);
 * 2. JSON-LD `datePublished`, at any depth;
 * 3. the first `<time datetime>` inside `article` or `main`;
 * 4. a visible byline or dateline: an element marked as one (`class`/`id` with date, time, byline,
 *    publish, posted, dateline or meta; `itemprop=datePublished`; a `<time>` without `datetime`) holding a
 *    short text with a date, then the first paragraphs of the article if one opens with a dateline
 *    (`date-text.ts`: Jalali and Gregorian dates in every page language);
 * 5. a date in the page's address: `<link rel="canonical">`, `og:url`, then the document's own URL
 *    (`/2023/03/13/`, `/1401/12/22/`).
 * Machine-readable dates come first because the site wrote them for machines; a visible date may be an
 * update time or an event date, and an address date is sometimes the section's, not the article's.
 */
import { DATELINE_READS, type DateReader, mayHoldDate, urlDate } from './date-text.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function isoDay(value: string | null | undefined): string | null {
  const m = value?.trim().match(ISO_DATE);
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The first `datePublished` anywhere in parsed JSON-LD (objects, arrays, `@graph`). */
function findDatePublished(value: unknown, depth = 0): string | null {
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const direct = record.datePublished;
  if (typeof direct === 'string' && isoDay(direct)) return isoDay(direct);
  for (const key of Object.keys(record)) {
    const found = findDatePublished(record[key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** Elements that sites use for bylines and datelines (class and id names are lower case on real sites). */
const BYLINE_SELECTOR = [
  '[itemprop="datePublished"]',
  'time:not([datetime])',
  ...['date', 'time', 'byline', 'publish', 'posted', 'dateline', 'meta', 'info'].flatMap((w) => [
    `[class*="${w}"]`,
    `[id*="${w}"]`,
  ]),
].join(',');
/** A byline is short; a longer element marked "meta" or "date" is a container of the article itself. */
const MAX_BYLINE = 200;

/**
 * The texts source 4 reads, in order: short bylines and datelines (article, then main, then the body), then the
 * first paragraphs of each. Each is trimmed and cut to what {@link DateReader.datelineDate} reads; a text without
 * a four-digit year, which cannot give a date, and a text already given, which would give the same answer, are
 * left out. The first of them that gives a date is the page's. Lazy: a reader stops at the first date, as a
 * page with a thousand dated teasers needs only its byline read.
 */
export function* datelineTexts(doc: Document): Generator<string, void, undefined> {
  const seen = new Set<string>();
  const fresh = (text: string): string | null => {
    const t = text.trim().slice(0, DATELINE_READS);
    if (!mayHoldDate(t) || seen.has(t)) return null;
    seen.add(t);
    return t;
  };
  const scopes = [doc.querySelector('article'), doc.querySelector('main'), doc.body ?? doc.documentElement];
  for (const scope of scopes) {
    if (!scope) continue;
    for (const el of Array.from(scope.querySelectorAll(BYLINE_SELECTOR))) {
      if (el.closest('script, style, template, noscript, [hidden]')) continue;
      const text = el.textContent ?? '';
      const t = text.length <= MAX_BYLINE ? fresh(text) : null;
      if (t) yield t;
    }
  }
  for (const scope of scopes) {
    if (!scope) continue;
    for (const p of Array.from(scope.querySelectorAll('p')).slice(0, 3)) {
      const t = fresh(p.textContent ?? '');
      if (t) yield t;
    }
  }
}

/** The addresses source 5 reads, in order: `<link rel="canonical">`, `og:url`, the document's own URL. */
export function addressUrls(doc: Document): string[] {
  const urls = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    doc.URL,
  ];
  return urls.filter((u): u is string => !!u);
}

/** The day the page's machine-readable tags give (sources 1 to 3 above), or null. */
export function taggedDate(doc: Document): string | null {
  for (const selector of [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
  ]) {
    const day = isoDay(doc.querySelector(selector)?.getAttribute('content'));
    if (day) return day;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const day = findDatePublished(JSON.parse(script.textContent ?? ''));
      if (day) return day;
    } catch {
      // Broken JSON-LD is common on real pages; the next source may still give a date.
    }
  }
  const time = doc.querySelector('article time[datetime], main time[datetime]');
  return isoDay(time?.getAttribute('datetime'));
}

/** The first non-null answer of `read` over `items`, in order. */
function firstOf(items: Iterable<string>, read: (item: string) => string | null): string | null {
  for (const item of items) {
    const day = read(item);
    if (day) return day;
  }
  return null;
}

/**
 * The page's publication date as `YYYY-MM-DD` (the date part as the page writes it, no time zone shift), or
 * null, from the sources listed at the top of this module, in that order. A content script reads the same
 * sources in two halves: {@link taggedDate} and the texts and addresses on the page, whose dates the background
 * reads (entrypoints/content/page-date.ts), so the date reader and its month names stay out of the page.
 */
export function publicationDate(doc: Document, dates: DateReader): string | null {
  return (
    taggedDate(doc) ??
    firstOf(datelineTexts(doc), (t) => dates.datelineDate(t, doc.documentElement?.lang ?? '')) ??
    firstOf(addressUrls(doc), urlDate)
  );
}

/**
 * The date a plain-text page shows in a byline or dateline among its first lines (a `.txt` file has no
 * markup; see `datelineDate`), or null.
 */
export function plainTextDate(text: string, dates: DateReader): string | null {
  const lines = text
    .slice(0, 2000)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  for (const line of lines.slice(0, 5)) {
    const day = dates.datelineDate(line);
    if (day) return day;
  }
  return null;
}
